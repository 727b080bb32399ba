// The pre-export check: unanswered items, missing and expired evidence, profile fields, prerequisites, undecided facts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { precheck, profileFields, type PrecheckInput } from '../../../shared/dossier/precheck';
import { Finding } from '../../../shared/dossier/manifest';
import type { Checklist, Instrument } from '../../../shared/instrument/schema';
import type { Profile } from '../../../shared/profile';
import { scoreAll, validateChecklist, validateInstrument } from '../../../shared/scoring';

const DIR = path.join(__dirname, '../../../assets/instruments');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
const vi = validateInstrument(read('balks-umum.json'));
const vc = validateChecklist(read('gcg-tarif.json'));
if (!vi.ok || !vc.ok) throw new Error('bundled definitions invalid');
const instrument: Instrument = vi.instrument;
const checklist: Checklist = vc.checklist;
const today = '2026-12-01';
const full: Profile = {
  name: 'Yayasan Contoh', legalForm: 'yayasan', lksType: 'lksa', address: { region: { province: '34', regency: '34.04' } },
  contact: { name: 'Bu Sari', phone: '0812 3456 7890' },
};
const indicators = instrument.components.flatMap((c) => c.indicators);
const first = indicators[0];

function input(over: Partial<PrecheckInput> & { answers?: Record<string, { level: number }> } = {}): PrecheckInput {
  const profile = over.profile === undefined ? full : over.profile;
  const evidence = over.evidence ?? [];
  const result = scoreAll(instrument, over.answers ?? {}, { lksType: 'lksa', legalForm: 'yayasan' }, {
    checklist, gcgAnswers: {}, assessedOn: today, prerequisites: { profile, evidence, today },
  });
  return { roundId: 1, result, instrument, checklist, profile, evidence, today, ...over };
}

describe('precheck', () => {
  it('an empty round lists every unanswered indicator and GCG item, in schema-valid findings', () => {
    const f = precheck(input());
    for (const x of f) expect(Finding.safeParse(x).success).toBe(true);
    const unansweredInd = f.filter((x) => x.kind === 'unanswered-indicator');
    expect(unansweredInd.length).toBeGreaterThan(10);
    expect(unansweredInd[0]).toMatchObject({ code: first.code });
    expect(unansweredInd[0].message.id).toContain('belum dijawab');
    expect(unansweredInd[0].message.en).toContain('not answered');
    expect(f.filter((x) => x.kind === 'unanswered-gcg').length).toBeGreaterThan(5);
    // Findings come in a stable order: answers first, facts last.
    const order = ['unanswered-indicator', 'unanswered-gcg', 'missing-evidence', 'expired-evidence', 'profile-field', 'prerequisite', 'undecided-fact'];
    const ranks = f.map((x) => order.indexOf(x.kind));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('answering every indicator removes its finding; expected evidence is asked for until linked', () => {
    const answers = Object.fromEntries(indicators.map((i) => [i.code, { level: instrument.scale.max }]));
    const withEvidence = first.evidence.length > 0;
    const noLinks = precheck(input({ answers }));
    expect(noLinks.some((x) => x.kind === 'unanswered-indicator')).toBe(false);
    if (withEvidence) {
      const missing = noLinks.find((x) => x.kind === 'missing-evidence' && x.code === first.code)!;
      expect(missing.message.id).toContain('belum dilampirkan');
      const evidence = first.evidence.map((kind, n) => ({ sha256: String(n).padStart(64, 'a'), title: kind, kind, expiryDate: null, links: [{ assessmentId: 1, target: 'indicator' as const, code: first.code }] }));
      expect(precheck(input({ answers, evidence })).some((x) => x.kind === 'missing-evidence' && x.code === first.code)).toBe(false);
      // Links of another round do not count.
      const other = evidence.map((e) => ({ ...e, links: [{ ...e.links[0], assessmentId: 2 }] }));
      expect(precheck(input({ answers, evidence: other })).some((x) => x.kind === 'missing-evidence' && x.code === first.code)).toBe(true);
    }
  });

  it('linked evidence past its expiry date is reported, by its hash; unlinked or current files are not', () => {
    const link = [{ assessmentId: 1, target: 'indicator' as const, code: first.code }];
    const evidence = [
      { sha256: 'a'.repeat(64), title: 'Izin lama', kind: null, expiryDate: '2026-11-30', links: link },
      { sha256: 'b'.repeat(64), title: 'Izin baru', kind: null, expiryDate: '2026-12-01', links: link },
      { sha256: 'c'.repeat(64), title: 'Tidak ditautkan', kind: null, expiryDate: '2020-01-01', links: [] },
    ];
    const expired = precheck(input({ evidence })).filter((x) => x.kind === 'expired-evidence');
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ code: 'a'.repeat(64) });
    expect(expired[0].message.id).toContain('Izin lama');
  });

  it('names each essential profile field that is missing', () => {
    expect(profileFields(full)).toEqual([]);
    expect(profileFields(null).map((x) => x.code)).toEqual(['name', 'legalForm', 'lksType', 'address.region', 'contact']);
    expect(profileFields({ ...full, contact: { name: 'Bu Sari' } }).map((x) => x.code)).toEqual(['contact']);
    expect(profileFields({ ...full, address: { region: { province: '34' } } }).map((x) => x.code)).toEqual(['address.region']);
  });

  it('reports unmet prerequisites and undecided facts', () => {
    const f = precheck(input({ profile: null }));
    const prereq = f.filter((x) => x.kind === 'prerequisite');
    expect(prereq.length).toBeGreaterThan(0);
    expect(prereq[0].message.id).toMatch(/^Syarat belum/);
    const r = input();
    r.result = { ...r.result, unknownFacts: ['collectsZakat'] };
    expect(precheck(r).filter((x) => x.kind === 'undecided-fact').map((x) => x.code)).toContain('collectsZakat');
  });
});
