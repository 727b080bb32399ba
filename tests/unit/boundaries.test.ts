// Enforces the layer rules: renderer/ and shared/ never import electron, Node built-ins or better-sqlite3, nor
// reach into another layer's folder by a relative path (renderer → electron/, shared → electron/ or renderer/).
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const FORBIDDEN = new Set(['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

function importSpecifiers(source: string): string[] {
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

export function forbiddenImports(source: string): string[] {
  return importSpecifiers(source).filter((s) => FORBIDDEN.has(s) || FORBIDDEN.has(s.split('/')[0]));
}

/** Relative imports in `file` that resolve into one of the `forbiddenDirs` (top-level folders of the project). */
export function crossLayerImports(file: string, source: string, forbiddenDirs: string[]): string[] {
  return importSpecifiers(source).filter((s) => {
    if (!s.startsWith('.')) return false;
    const top = path.relative(ROOT, path.resolve(path.dirname(file), s)).split(path.sep)[0];
    return forbiddenDirs.includes(top);
  });
}

/** Which project folders each layer must not reach into. */
const OTHER_LAYERS: Record<string, string[]> = { renderer: ['electron'], shared: ['electron', 'renderer'] };

describe('layer boundaries', () => {
  it('the checker catches each kind of forbidden import', () => {
    expect(forbiddenImports("import fs from 'node:fs';")).toEqual(['node:fs']);
    expect(forbiddenImports("import { ipcRenderer } from 'electron';")).toEqual(['electron']);
    expect(forbiddenImports("const D = require('better-sqlite3');")).toEqual(['better-sqlite3']);
    expect(forbiddenImports("const p = await import('path');")).toEqual(['path']);
    expect(forbiddenImports("import { z } from 'zod';")).toEqual([]);
  });

  it('the checker catches a relative import from renderer/ into electron/, however deep', () => {
    const screen = path.join(ROOT, 'renderer/features/settings/SettingsScreen.tsx');
    expect(crossLayerImports(screen, "import { loadSample } from '../../../electron/services/sample/load';", ['electron'])).toEqual(['../../../electron/services/sample/load']);
    expect(crossLayerImports(screen, "import type { Db } from '../../../electron/services/db/connection';", ['electron'])).toEqual(['../../../electron/services/db/connection']);
    expect(crossLayerImports(screen, "const m = await import('../../../electron/ipc');", ['electron'])).toEqual(['../../../electron/ipc']);
    expect(crossLayerImports(path.join(ROOT, 'renderer/App.tsx'), "export * from '../electron/preload';", ['electron'])).toEqual(['../electron/preload']);
    // Shared code and the renderer's own folders are fine; a folder merely named like a layer is not that layer.
    expect(crossLayerImports(screen, "import { contract } from '../../../shared/api/contract';", ['electron'])).toEqual([]);
    expect(crossLayerImports(screen, "import { call } from '../../api/client';", ['electron'])).toEqual([]);
    expect(crossLayerImports(screen, "import x from './electron/thing';", ['electron'])).toEqual([]);
  });

  for (const layer of ['renderer', 'shared']) {
    it(`${layer}/ imports no electron, node:* or better-sqlite3`, () => {
      const files = sourceFiles(path.join(ROOT, layer));
      expect(files.length).toBeGreaterThan(3);
      const offenders = files.flatMap((f) => forbiddenImports(fs.readFileSync(f, 'utf8')).map((s) => `${path.relative(ROOT, f)}: ${s}`));
      expect(offenders).toEqual([]);
    });

    it(`${layer}/ does not import from ${OTHER_LAYERS[layer].join(' or ')}/ by a relative path`, () => {
      const offenders = sourceFiles(path.join(ROOT, layer))
        .flatMap((f) => crossLayerImports(f, fs.readFileSync(f, 'utf8'), OTHER_LAYERS[layer]).map((s) => `${path.relative(ROOT, f)}: ${s}`));
      expect(offenders).toEqual([]);
    });
  }
});
