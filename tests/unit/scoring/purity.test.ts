// shared/scoring must stay pure: no Node, Electron or database imports, only zod, relative modules and pure shared helpers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../../shared/scoring');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('shared/scoring purity', () => {
  it('has the modules the brief asks for', () => {
    expect(files).toEqual(expect.arrayContaining(['validate.ts', 'applicability.ts', 'score.ts', 'grade.ts', 'typology.ts', 'gcg.ts', 'gaps.ts', 'planner.ts', 'index.ts', 'answers-file.ts']));
  });
  it.each(files)('%s imports only zod, its siblings, the shared schemas and plural forms, and starts with a one-line comment', (f) => {
    const src = readFileSync(join(dir, f), 'utf8');
    const specs = [...src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    const allowed = (s: string) => s === 'zod' || /^\.\/[\w-]+$/.test(s) || s === '../instrument/schema' || s === '../instrument/version' || s === '../profile' || s === '../text/plural';
    expect(specs.filter((s) => !allowed(s))).toEqual([]);
    expect(src).not.toMatch(/\brequire\(|process\.|Date\.now\(|Math\.random\(/);
    expect(src.split('\n')[0]).toMatch(/^\/\/ \S/);
    expect(src.split('\n').length).toBeLessThanOrEqual(300);
  });
});
