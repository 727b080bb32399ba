// Enforces the layer rules: renderer/ and shared/ never import electron, Node built-ins or better-sqlite3.
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

export function forbiddenImports(source: string): string[] {
  const specs = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specs.filter((s) => FORBIDDEN.has(s) || FORBIDDEN.has(s.split('/')[0]));
}

describe('layer boundaries', () => {
  it('the checker catches each kind of forbidden import', () => {
    expect(forbiddenImports("import fs from 'node:fs';")).toEqual(['node:fs']);
    expect(forbiddenImports("import { ipcRenderer } from 'electron';")).toEqual(['electron']);
    expect(forbiddenImports("const D = require('better-sqlite3');")).toEqual(['better-sqlite3']);
    expect(forbiddenImports("const p = await import('path');")).toEqual(['path']);
    expect(forbiddenImports("import { z } from 'zod';")).toEqual([]);
  });

  for (const layer of ['renderer', 'shared']) {
    it(`${layer}/ imports no electron, node:* or better-sqlite3`, () => {
      const files = sourceFiles(path.join(ROOT, layer));
      expect(files.length).toBeGreaterThan(3);
      const offenders = files.flatMap((f) => forbiddenImports(fs.readFileSync(f, 'utf8')).map((s) => `${path.relative(ROOT, f)}: ${s}`));
      expect(offenders).toEqual([]);
    });
  }
});
