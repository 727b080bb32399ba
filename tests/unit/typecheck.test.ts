// Type-checks each layer with its own tsconfig (renderer and shared have no Node or Electron types).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

describe('type check', () => {
  for (const project of ['shared/tsconfig.json', 'renderer/tsconfig.json', 'electron/tsconfig.json', 'tsconfig.json']) {
    it(`tsc -p ${project} reports no errors`, () => {
      let output = '';
      try {
        execFileSync(process.execPath, [TSC, '-p', project, '--noEmit'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        output = String((e as { stdout?: string }).stdout ?? e);
      }
      expect(output).toBe('');
    }, 120_000);
  }
});
