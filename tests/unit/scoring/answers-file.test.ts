// The CLI answers file: schema accepts the documented example and rejects typos, bad dates and bad answers.
import { describe, expect, it } from 'vitest';
import { AnswersFile, answersFileMismatch } from '../../../shared/scoring';

const example = {
  instrument: { id: 'balks-lks', version: '0.1' },
  facts: { lksType: 'lksa', legalForm: 'yayasan', annualAidIdr: 650_000_000, staffCount: 12 },
  assessedOn: '2026-11-25',
  answers: { 'PROG.01': { level: 3 }, 'SAR.07': { notApplicable: true, reason: 'Tidak ada asrama' } },
  gcg: { checklist: { id: 'gcg-lks', version: '0.1' }, answers: { 'T.01': 'met', 'A.02': 'partial', 'I.01': 'na' } },
};

describe('AnswersFile', () => {
  it('accepts the documented example', () => {
    expect(AnswersFile.safeParse(example).success).toBe(true);
  });
  it.each([
    ['a misspelt fact', { ...example, facts: { lksTipe: 'lksa' } }, 'facts'],
    ['an impossible date', { ...example, assessedOn: '2026-02-30' }, 'assessedOn'],
    ['N/A without a reason', { ...example, answers: { 'PROG.01': { notApplicable: true, reason: ' ' } } }, 'answers.PROG.01.reason'],
    ['a fractional level', { ...example, answers: { 'PROG.01': { level: 2.5 } } }, 'answers.PROG.01'],
    ['an unknown GCG answer', { ...example, gcg: { ...example.gcg, answers: { 'T.01': 'yes' } } }, 'gcg.answers.T.01'],
    ['a bad version', { ...example, instrument: { id: 'balks-lks', version: 'v1' } }, 'instrument.version'],
  ])('rejects %s', (_name, file, path) => {
    const r = AnswersFile.safeParse(file);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
  it('reports a different instrument or checklist version', () => {
    const file = AnswersFile.parse(example);
    expect(answersFileMismatch(file, { id: 'balks-lks', version: '0.1' }, { id: 'gcg-lks', version: '0.1' })).toEqual([]);
    expect(answersFileMismatch(file, { id: 'balks-lks', version: '0.2' }, { id: 'gcg-lks', version: '0.1' }).map((p) => p.path)).toEqual(['instrument']);
    expect(answersFileMismatch(file, { id: 'balks-lks', version: '0.1' }).map((p) => p.path)).toEqual(['gcg']);
  });
});

describe('docs/answers-format.md', () => {
  it('its example file is valid', async () => {
    const { readFileSync } = await import('node:fs');
    const md = readFileSync(new URL('../../../docs/answers-format.md', import.meta.url), 'utf8');
    const json = /```json\n([\s\S]*?)```/.exec(md)![1];
    expect(AnswersFile.safeParse(JSON.parse(json)).error?.issues ?? []).toEqual([]);
  });
});
