// The shipped instrument and checklist (balks-umum / gcg-tarif 1.1.0): references with their status, legal forms,
// advice, N/A rules, new fact-driven items, typology model, prerequisites, register, and an honest editorial list.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGAL_FORMS, type LegalForm } from '../../../shared/profile';
import { indicatorApplicability, isApplicable, projectTypology, scoreGcg, validateChecklist, validateInstrument, type Facts } from '../../../shared/scoring';
import type { Checklist, Instrument, Text } from '../../../shared/instrument/schema';

const DIR = path.join(__dirname, '../../../assets/instruments');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));

function instrument(file: string): Instrument {
  const v = validateInstrument(read(file));
  if (!v.ok) throw new Error(JSON.stringify(v.problems.slice(0, 3)));
  return v.instrument;
}
function checklist(file: string): Checklist {
  const v = validateChecklist(read(file));
  if (!v.ok) throw new Error(JSON.stringify(v.problems.slice(0, 3)));
  return v.checklist;
}

const INST = instrument('balks-umum.json');
const CL = checklist('gcg-tarif.json');
const item = (code: string) => CL.items.find((i) => i.code === code)!;
const indicator = (code: string) => INST.components.flatMap((c) => c.indicators).find((i) => i.code === code)!;

/** Every Text ({id, en}) in a JSON tree: what the user reads. */
function texts(node: unknown, at = ''): { at: string; text: Text }[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => texts(x, `${at}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  if (typeof o.id === 'string' && typeof o.en === 'string' && Object.keys(o).length === 2) return [{ at, text: o as unknown as Text }];
  return Object.entries(o).flatMap(([k, v]) => texts(v, `${at}.${k}`));
}

/** A complete profile for a legal form, so that nothing is left undecided. */
const facts = (legalForm: LegalForm, more: Facts = {}): Facts => ({
  legalForm, lksType: 'lksa', annualAidIdr: 100_000_000, totalAssetsIdr: 1_000_000_000, publicFundraisingIdr: 0, clientsServed: 30, staffCount: 6,
  foundingYear: 2012, runsBusinessUnit: false, receivesGovernmentGrants: false, collectsZakat: false, operatesInMultipleRegencies: false, ...more,
});
const statusOf = (code: string, f: Facts) => scoreGcg(CL, {}, f).items.find((i) => i.code === code)!.status;

describe('bundled files', () => {
  it('both current files validate as version 1.1.0, and the archived 1.0.0 files still validate', () => {
    expect(INST.version).toBe('1.1.0');
    expect(CL.version).toBe('1.1.0');
    expect(instrument('archive/balks-umum-1.0.0.json').version).toBe('1.0.0');
    expect(checklist('archive/gcg-tarif-1.0.0.json').version).toBe('1.0.0');
  });

  it('checklist items carry structured references; no cite says "perlu diverifikasi" (the status is the field)', () => {
    for (const raw of read('gcg-tarif.json').items) expect(raw).not.toHaveProperty('basis');
    const cites = CL.items.flatMap((i) => i.references.map((r) => `${r.cite.id} | ${r.cite.en}`));
    expect(cites.length).toBeGreaterThan(CL.items.length);
    for (const c of cites) expect(c).not.toMatch(/perlu (di)?verifikasi|to be verified|perlu dicocokkan|must be checked/i);
  });
});

describe('legal references (issue 8, point 11)', () => {
  it('the provenance cites Permensos 5/2024 as current and 22/2016 only as what it replaced', () => {
    for (const def of [INST, CL]) {
      const ids = def.provenance.sources.map((s) => s.id);
      expect(ids).toContain('permensos-5-2024');
      expect(ids).not.toContain('permensos-22-2016');
      expect(def.provenance.sources.find((s) => s.id === 'permensos-5-2024')!.title).toMatch(/5(\/| Tahun )2024 tentang Lembaga Kesejahteraan Sosial/);
      for (const s of def.provenance.sources) expect(s.title).not.toMatch(/22(\/| Tahun )2016/);
      const mentions = [def.provenance.note.id, def.provenance.note.en, ...def.provenance.sources.map((s) => `${s.title} ${s.note ?? ''}`)].join(' ');
      for (const m of mentions.matchAll(/.{0,40}22\/2016/g)) expect(m[0]).toMatch(/menggantikan|replaced|replaces|pengganti/i);
    }
    expect(INST.provenance.note.id).toContain('Permensos 5/2024');
  });

  it('every source has a status; verified only where the article was checked', () => {
    for (const def of [INST, CL]) for (const s of def.provenance.sources) expect(['verified', 'to-verify'], s.id).toContain(s.status);
    const verified = (def: Instrument | Checklist) => def.provenance.sources.filter((s) => s.status === 'verified').map((s) => s.id).sort();
    expect(verified(CL)).toEqual(['bk3s-diy', 'isak-35', 'knkg-gcg-2006', 'pp-29-1980', 'pp-63-2008', 'uu-11-2009', 'wksbm-yogyakarta']);
    expect(INST.provenance.sources.find((s) => s.id === 'uu-11-2009')).toMatchObject({ status: 'verified', title: expect.stringMatching(/Pasal 53.*Pasal 42–43/) });
    expect(INST.provenance.sources.find((s) => s.id === 'permensos-8-2025')!.title).toContain('tentang Akreditasi Lembaga');
  });

  it('the articles checked in DOMAIN §4 are cited, verified, on the items they ground', () => {
    const verifiedCite = (code: string, re: RegExp) =>
      expect(item(code).references.some((r) => r.status === 'verified' && re.test(r.cite.id)), `${code} ${re}`).toBe(true);
    verifiedCite('R06', /PP 29\/1980.*Pasal 6 ayat \(1\)/);
    verifiedCite('R06', /PP 29\/1980.*Pasal 21–22/);
    verifiedCite('A06', /PP 29\/1980.*Pasal 21–22/);
    verifiedCite('K02', /UU 11\/2009.*Pasal 2 huruf b.*keadilan/);
    verifiedCite('K06', /UU 11\/2009.*Pasal 2 huruf h.*partisipasi/);
    verifiedCite('R09', /UU 11\/2009.*Pasal 38/);
    verifiedCite('I10', /PP 63\/2008.*Pasal 25 ayat \(3\)/);
    for (const code of ['T02', 'A05']) verifiedCite(code, /UU Yayasan Pasal 52.*di luar harta wakaf/);
  });

  it('nothing else is claimed as verified: only checked articles, the named professional codes and the seed studies', () => {
    const allowed = [
      /^PP 29\/1980 .*Pasal (6 ayat \(1\)|21–22)/, /^UU 11\/2009 .*Pasal (2 huruf [bh]|38)\b/, /^PP 63\/2008 .*Pasal 25 ayat \(3\)/,
      /^UU Yayasan Pasal 52: .*di luar harta wakaf/, /^Pedoman Umum GCG Indonesia \(KNKG 2006\), prinsip /, /^Pedoman Sistem Pelaporan Pelanggaran/,
      /^ISAK 35 /, /\(rujukan 00[0-4]\)/,
    ];
    for (const i of CL.items) for (const r of i.references.filter((x) => x.status === 'verified')) {
      expect(allowed.some((re) => re.test(r.cite.id)), `${i.code}: ${r.cite.id}`).toBe(true);
    }
    // UU Yayasan articles other than the wakaf rule of Pasal 52 are still to be verified.
    expect(item('T01').references.find((r) => /Pasal 52 ayat \(1\)/.test(r.cite.id))!.status).toBe('to-verify');
  });
});

describe('register (issue 8, point 15)', () => {
  const all = [...texts(read('balks-umum.json')), ...texts(read('gcg-tarif.json'))];
  it('no Indonesian text says "punya", "terlantar" or "level"', () => {
    expect(all.length).toBeGreaterThan(1000);
    const bad = all.filter(({ text }) => /\bpunya\b|\bterlantar\b|\blevel\b/i.test(text.id)).map(({ at, text }) => `${at}: ${text.id}`);
    expect(bad).toEqual([]);
  });

  it('nothing claims to be the official Formulir A/B/C: the app prepares their content', () => {
    const claims = all.filter(({ text }) => /(?<!persiapan )Formulir [ABC]\b/.test(text.id) && !/persiapan Formulir/.test(text.id));
    expect(claims).toEqual([]);
    expect(INST.provenance.note.id).toMatch(/persiapan Formulir A/);
  });
});

describe('N/A only where allowed (point 8)', () => {
  it('items every LKS must meet never allow "tidak berlaku"', () => {
    // Decided explicitly in the file for every item, not left to the schema default.
    const raw = new Map<string, { allowNotApplicable?: unknown }>(read('gcg-tarif.json').items.map((i: { code: string }) => [i.code, i]));
    for (const [code, i] of raw) expect(typeof i.allowNotApplicable, code).toBe('boolean');
    const mustMeet = ['R01', 'R03', 'R04', 'R05', 'A04', 'A08', 'A09', 'I03', 'I04', 'I06', 'K01', 'K02', 'K03', 'K07'];
    for (const code of mustMeet) expect(raw.get(code)!.allowNotApplicable, code).toBe(false);
  });

  it('only T03, T04 and K05 allow it, and their guidance says when it is right', () => {
    expect(CL.items.filter((i) => i.allowNotApplicable).map((i) => i.code)).toEqual(['T03', 'T04', 'K05']);
    for (const code of ['T03', 'T04', 'K05']) expect(item(code).guidance!.id).toMatch(/“Tidak berlaku” hanya tepat bila/);
  });

  it('S1.09 guidance says a missing programme is a gap, not N/A', () => {
    expect(indicator('S1.09').guidance!.id).toMatch(/bukan alasan “tidak berlaku”/);
  });
});

describe('advice, not obligation (point 9)', () => {
  const big = { annualAidIdr: 600_000_000 };
  it('T01, T02 and A05 are advice for a perkumpulan and obligations for a yayasan', () => {
    for (const code of ['T01', 'T02', 'A05']) {
      expect(statusOf(code, facts('perkumpulan', big)), code).toBe('advice');
      expect(statusOf(code, facts('yayasan', big)), code).toBe('unanswered');
    }
    const r = scoreGcg(CL, { T01: 'met', T02: 'not-met', A05: 'not-met' }, facts('perkumpulan', big));
    const counted = r.items.filter((i) => ['T01', 'T02', 'A05'].includes(i.code)).map((i) => i.credit);
    expect(counted).toEqual([null, null, null]);
    expect(r.items.find((i) => i.code === 'T01')!.reason!.id).toMatch(/anjuran/);
  });

  it('below the threshold T02/A05 are hidden for every form; a government unit gets T01 as an obligation and no T02/A05', () => {
    for (const form of LEGAL_FORMS) for (const code of ['T02', 'A05']) expect(statusOf(code, facts(form)), `${form} ${code}`).toBe('not-applicable');
    expect(statusOf('T01', facts('upt-pemerintah', big))).toBe('unanswered');
    for (const code of ['T02', 'A05']) expect(statusOf(code, facts('upt-pemerintah', big))).toBe('not-applicable');
  });
});

describe('facts and legal forms (point 12)', () => {
  it('every item is decided for every legal form once the profile is complete', () => {
    for (const form of LEGAL_FORMS) {
      const r = scoreGcg(CL, {}, facts(form, { runsBusinessUnit: true, receivesGovernmentGrants: true, collectsZakat: true, publicFundraisingIdr: 600_000_000 }));
      expect(r.unknownFacts, form).toEqual([]);
      for (const h of r.hidden) expect(h.reason.id.length, `${form} ${h.code}`).toBeGreaterThan(20);
    }
  });

  it('an LKS not yet a legal entity answers R01/S3.01 (a gap, not N/A); a government unit does not', () => {
    expect(statusOf('R01', facts('belum-berbadan-hukum'))).toBe('unanswered');
    expect(indicatorApplicability(INST, indicator('S3.01'), facts('belum-berbadan-hukum')).applies).toBe(true);
    expect(statusOf('R01', facts('upt-pemerintah'))).toBe('not-applicable');
    expect(indicatorApplicability(INST, indicator('S3.01'), facts('upt-pemerintah'))).toMatchObject({ applies: false, reason: { id: expect.stringMatching(/UPT/) } });
    expect(isApplicable(item('R01').applicability, facts('belum-berbadan-hukum')).reason!.id).toMatch(/kekurangan/);
  });

  it('yayasan organs do not apply to an LKS not yet a legal entity nor to a government unit; R13 is the unit\'s counterpart', () => {
    for (const form of ['belum-berbadan-hukum', 'upt-pemerintah'] as const) {
      for (const code of ['A01', 'A03', 'I01', 'I02']) expect(statusOf(code, facts(form)), `${form} ${code}`).toBe('not-applicable');
    }
    for (const code of ['R02', 'A04', 'I03', 'R13']) expect(statusOf(code, facts('upt-pemerintah')), code).toBe(code === 'R13' ? 'unanswered' : 'not-applicable');
    expect(statusOf('R13', facts('yayasan'))).toBe('not-applicable');
    expect(statusOf('A02', facts('belum-berbadan-hukum'))).toBe('unanswered');
    // Books, registration, bank account, taxes, complaints, confidentiality apply to every form.
    for (const form of LEGAL_FORMS) for (const code of ['R03', 'R04', 'R05', 'A08', 'K01', 'K07']) expect(statusOf(code, facts(form)), `${form} ${code}`).toBe('unanswered');
  });

  it('the new items appear for their facts and not otherwise', () => {
    const shown = (f: Facts) => new Set(scoreGcg(CL, {}, f).items.filter((i) => i.status !== 'not-applicable').map((i) => i.code));
    const none = shown(facts('yayasan'));
    for (const code of ['A12', 'I10', 'R10', 'R11', 'I09', 'R12', 'R13']) expect(none.has(code), code).toBe(false);
    expect(shown(facts('yayasan', { foundingYear: 1998 })).has('R10')).toBe(true);
    expect(shown(facts('yayasan', { foundingYear: 2004 })).has('R10')).toBe(false);
    expect(shown(facts('perkumpulan', { foundingYear: 1998 })).has('R10')).toBe(false);
    const business = shown(facts('yayasan', { runsBusinessUnit: true }));
    expect(business.has('R11') && business.has('I09')).toBe(true);
    expect(statusOf('R11', facts('perkumpulan', { runsBusinessUnit: true }))).toBe('advice');
    const grants = shown(facts('perkumpulan', { receivesGovernmentGrants: true }));
    expect(grants.has('A12') && grants.has('I10')).toBe(true);
    expect(shown(facts('upt-pemerintah', { receivesGovernmentGrants: true })).has('A12')).toBe(false);
    expect(shown(facts('lainnya', { collectsZakat: true })).has('R12')).toBe(true);
    expect(shown(facts('upt-pemerintah')).has('R13')).toBe(true);
    // An older yayasan without a founding year is undecided, and says which fact is missing.
    const undecided = scoreGcg(CL, {}, { ...facts('yayasan'), foundingYear: undefined });
    expect(undecided.unknownFacts).toEqual(['foundingYear']);
  });

  it('T02/A05 count wealth outside wakaf; R06/A06 name the collections that need no PUB permit', () => {
    for (const code of ['T02', 'A05']) {
      expect(item(code).text.id, code).toMatch(/kekayaan (lembaga )?\(?di luar harta wakaf/);
      expect(item(code).applicability!.reason!.id, code).toMatch(/kekayaan di luar harta wakaf/);
    }
    for (const code of ['R06', 'A06']) {
      const reason = item(code).applicability!.reason!.id;
      for (const w of ['Zakat', 'tempat ibadah', 'adat', 'anggota', 'PP 29/1980 Pasal 21–22', 'tidak dihitung dalam angka PUB']) expect(reason, `${code} ${w}`).toContain(w);
    }
  });
});

describe('instrument: typology, prerequisites, S3.13 (points 13–14)', () => {
  it('the typology names its model and caps the band by rule, with the reason shown', () => {
    const ty = INST.scoring.typology;
    expect(ty.model!.id).toBe('Perkiraan tipologi menurut model verifikasi LKS Dinas Sosial DIY (2015); bukan hasil verifikasi Dinas Sosial dan bukan keputusan BALKS.');
    expect(ty.overrides.map((o) => [o.kind, o.cap])).toEqual([['mustHaveFailed', 'E'], ['permitExpired', 'E'], ['youngerThan', 'D']]);
    expect(ty.overrides.find((o) => o.kind === 'youngerThan')).toMatchObject({ years: 2 });
    const young = projectTypology(ty, 90, 90, { assessedOn: '2026-06-01', foundingYear: 2025 });
    expect(young.typology).toBe('D');
    expect(young.note.id).toContain('LKS berdiri kurang dari 2 tahun');
    expect(INST.scoring.note.id).toMatch(/model verifikasi LKS Dinas Sosial DIY tahun 2015/);
    expect(INST.scoring.note.id).toMatch(/tidak berasal dari BALKS/);
  });

  it('S3.13 rates coordination only; the recommendations, letter, profile, registration and permit are prerequisites', () => {
    const s313 = indicator('S3.13');
    for (const l of s313.levels) expect(l.description.id).not.toMatch(/rekomendasi/i);
    expect(s313.question.id).not.toMatch(/rekomendasi/i);
    const pre = Object.fromEntries(INST.prerequisites.map((p) => [p.id, p]));
    expect(Object.keys(pre)).toEqual(['rekomendasi-dinsos', 'rekomendasi-lkks', 'surat-permohonan', 'profil-lks', 'tanda-daftar', 'izin-operasional']);
    expect(pre['rekomendasi-dinsos'].check).toEqual({ kind: 'evidence', evidenceKinds: ['rekomendasi-dinsos'] });
    expect(pre['rekomendasi-lkks'].applicability!.condition).toEqual({ fact: 'operatesInMultipleRegencies', op: 'eq', value: true });
    expect(pre['tanda-daftar'].check).toEqual({ kind: 'profile', fields: ['registration.tandaDaftarNumber'] });
    expect(pre['izin-operasional'].check).toEqual({ kind: 'permitValid' });
    for (const p of INST.prerequisites) expect(p.guidance, p.id).toBeDefined();
  });
});

describe('changelog (versioning)', () => {
  /** The register substitutions of 1.1.0; an editorial code must differ from 1.0.0 by nothing else. */
  const register = (s: string) => s
    .replace(/\bpunya\b/g, 'memiliki').replace(/\blevel (\d)/g, 'tingkat $1').replace(/\bterlantar\b/g, 'telantar')
    .replace(/\bbisa\b/g, 'dapat').replace(/\bBisa\b/g, 'Dapat').replace(/\blewat\b/g, 'melalui').replace(/\bmensupervisi\b/g, 'menyupervisi')
    .replace(/obrolan berkala/g, 'percakapan berkala').replace(/'klien menjadi lebih baik'/g, '“klien menjadi lebih baik”')
    .replace(/Relawan didaftar,/g, 'Relawan didata,').replace(/\(pembina, pengurus, pengawas\)/g, '(Pembina, Pengurus, Pengawas)');

  it('balks-umum lists as editorial exactly the codes reworded for register only; S3.13 changed meaning', () => {
    const old = instrument('archive/balks-umum-1.0.0.json');
    const before = new Map(old.components.flatMap((c) => c.indicators).map((i) => [i.code, i]));
    const log = INST.changelog.find((e) => e.version === '1.1.0')!;
    expect(log.editorial).not.toContain('S3.13');
    for (const ind of INST.components.flatMap((c) => c.indicators)) {
      const o = before.get(ind.code)!;
      const sameAfterRegister = register(o.question.id) === ind.question.id && o.question.en === ind.question.en
        && o.levels.every((l, k) => register(l.description.id) === ind.levels[k].description.id && l.description.en === ind.levels[k].description.en);
      const changed = JSON.stringify(o.question) !== JSON.stringify(ind.question) || JSON.stringify(o.levels.map((l) => l.description)) !== JSON.stringify(ind.levels.map((l) => l.description));
      if (log.editorial.includes(ind.code)) expect(sameAfterRegister && changed, ind.code).toBe(true);
      else expect(changed, ind.code).toBe(ind.code === 'S3.13');
    }
  });

  it('gcg-tarif: new items are not in 1.0.0, A05 changed meaning and is not editorial', () => {
    const old = checklist('archive/gcg-tarif-1.0.0.json');
    const oldCodes = new Set(old.items.map((i) => i.code));
    expect(CL.items.filter((i) => !oldCodes.has(i.code)).map((i) => i.code).sort()).toEqual(['A12', 'I09', 'I10', 'R10', 'R11', 'R12', 'R13']);
    const log = CL.changelog.find((e) => e.version === '1.1.0')!;
    expect(log.editorial).not.toContain('A05');
    const changedText = CL.items.filter((i) => oldCodes.has(i.code) && JSON.stringify(old.items.find((o) => o.code === i.code)!.text) !== JSON.stringify(i.text)).map((i) => i.code);
    expect(changedText).toEqual(['A05']);
  });
});

describe('a later version of the shipped instrument', () => {
  it('may remove an indicator that the 1.1.0 entry lists as editorial; the current entry must name existing codes', () => {
    const next = read('balks-umum.json');
    next.version = '1.2.0';
    next.components[1].indicators = next.components[1].indicators.filter((i: { code: string }) => i.code !== 'S2.02');
    expect(validateInstrument(next).ok).toBe(true);
    const wrong = read('balks-umum.json');
    wrong.components[1].indicators = wrong.components[1].indicators.filter((i: { code: string }) => i.code !== 'S2.02');
    const r = validateInstrument(wrong);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([expect.stringContaining('unknown code S2.02')]);
  });
});
