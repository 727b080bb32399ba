// The UI catalogues in English: counts go through plural syntax (never "item(s)"), and every plural is well formed.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../renderer/i18n/i18n';
import { formatMessage } from '../../../shared/text/message';

const ROOT = path.resolve(__dirname, '../../..');
const FEATURES = path.join(ROOT, 'renderer/features');

/** Messages whose files belong to work in progress elsewhere; remove an entry once its owner has fixed it. */
const PENDING = new Set<string>();

async function englishMessages(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  const { en } = await import('../../../renderer/i18n/en');
  for (const [k, v] of Object.entries(en)) out.push([`i18n/en.ts ${k}`, v]);
  for (const feature of fs.readdirSync(FEATURES)) {
    for (const file of fs.readdirSync(path.join(FEATURES, feature)).filter((f) => /^messages.*\.ts$/.test(f))) {
      const mod = (await import(path.join(FEATURES, feature, file))) as Record<string, unknown>;
      for (const c of Object.values(mod)) {
        const cat = c as { en?: Record<string, string> };
        if (cat && typeof cat === 'object' && cat.en) for (const [k, v] of Object.entries(cat.en)) out.push([`${feature}/${file} ${k}`, v]);
      }
    }
  }
  return out;
}

/** String and template literals (parsed, so a call such as `from(s)` is not text) that write a plural as "(s)". */
function sourceHits(dir: string): string[] {
  const files = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(d, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(d, e.name)] : []);
  return files(path.join(ROOT, dir)).flatMap((f) => {
    const src = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const hits: string[] = [];
    const visit = (n: ts.Node) => {
      if ((ts.isStringLiteralLike(n) || ts.isTemplateLiteralToken(n) || ts.isJsxText(n)) && /[a-z]\(s\)/i.test(n.text)) {
        hits.push(`${path.relative(ROOT, f)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
    return hits;
  });
}

describe('English catalogues', () => {
  it('write no count as "(s)": plural syntax picks the form', async () => {
    const all = await englishMessages();
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter(([k, v]) => /\w\(s\)/.test(v) && !PENDING.has(k)).map(([k]) => k)).toEqual([]);
  });

  it('write no count before a fixed plural noun ("{n} items"): that is plural syntax too', async () => {
    const fixed = /\{(?:n|g|count|days|total|all|steps|years|shown|skipped)\} (?:[a-z-]+ )?[a-z]+s\b/;
    expect((await englishMessages()).filter(([k, v]) => fixed.test(v) && !PENDING.has(k)).map(([k]) => k)).toEqual([]);
  });

  it('have well-formed plurals: each names "one" and "other" and formats away completely', async () => {
    const bad = (await englishMessages()).filter(([, v]) => v.includes(', plural,')).filter(([, v]) => {
      const names = [...v.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]);
      const params = Object.fromEntries(names.map((n) => [n, 1]));
      return !/\bone\s*\{/.test(v) || !/\bother\s*\{/.test(v) || /plural|[{}]/.test(translateTemplate(v, params));
    });
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it('the app-wide catalogue counts in English and leaves Indonesian as written', () => {
    expect(translate('en', 'profile.draftsPending', { count: 1 })).toBe('Not saved yet: 1 field marked in red. Other fields keep saving automatically.');
    expect(translate('en', 'profile.draftsPending', { count: 2 })).toContain('2 fields marked');
    expect(translate('id', 'profile.draftsPending', { count: 1 })).toBe('Belum tersimpan: 1 isian bertanda merah. Isian lain tetap tersimpan otomatis.');
  });
});

describe('sources', () => {
  it.each(['renderer', 'shared', 'electron/services/reports'])('%s/ has no "(s)" plural in a string', (dir) => {
    expect(sourceHits(dir).filter((h) => !h.startsWith('renderer/features/settings/'))).toEqual([]);
  });
});

const translateTemplate = (t: string, p: Record<string, number>) => formatMessage(t, p, 'en');
