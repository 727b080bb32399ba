// Unscored prerequisites of applying for accreditation (recommendations, letter, registration, permit): met or not.
import type { Instrument, Prerequisite, Text } from '../instrument/schema';
import type { Profile } from '../profile';
import { FACT_LABELS, isApplicable, type FactName, type Facts } from './applicability';
import { plural, pluralWord } from '../text/plural';
import { joinText, text } from './util';

export type PrerequisiteStatus = 'met' | 'missing' | 'not-applicable' | 'undecided';

export interface PrerequisiteResult {
  id: string;
  label: Text;
  guidance?: Text;
  status: PrerequisiteStatus;
  /** What was found or what is missing, in words. */
  detail: Text;
  unknownFacts: FactName[];
}

export interface PrerequisiteInputs {
  profile: Profile | null;
  /** Stored evidence files: their kind and end of validity (YYYY-MM-DD or null). */
  evidence: { kind: string | null; expiryDate: string | null }[];
  /** YYYY-MM-DD: evidence and permits that ended before this day no longer count. */
  today: string;
}

/** Reads `registration.tandaDaftarNumber` style paths; empty strings count as not filled in. */
function profileValue(profile: Profile | null, field: string): unknown {
  let v: unknown = profile;
  for (const part of field.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return typeof v === 'string' ? (v.trim() === '' ? undefined : v) : v;
}

function evaluate(p: Prerequisite, inputs: PrerequisiteInputs): { met: boolean; detail: Text } {
  const c = p.check;
  if (c.kind === 'profile') {
    const missing = c.fields.filter((f) => profileValue(inputs.profile, f) === undefined);
    return missing.length
      ? { met: false, detail: text(`Belum diisi di profil: ${missing.join(', ')}`, `Not yet in the profile: ${missing.join(', ')}`) }
      : { met: true, detail: text('Tercatat di profil', 'Recorded in the profile') };
  }
  if (c.kind === 'permitValid') {
    const number = profileValue(inputs.profile, 'registration.izinOperasionalNumber');
    const until = profileValue(inputs.profile, 'registration.izinOperasionalExpiry') as string | undefined;
    if (!number || !until) return { met: false, detail: text('Nomor dan tanggal berakhirnya izin operasional belum diisi di profil', 'The operating permit number and end date are not in the profile yet') };
    return until < inputs.today
      ? { met: false, detail: text(`Izin operasional berakhir ${until}; perpanjang sebelum mengajukan`, `The operating permit ended on ${until}; renew it before applying`) }
      : { met: true, detail: text(`Izin operasional berlaku sampai ${until}`, `Operating permit valid until ${until}`) };
  }
  const files = inputs.evidence.filter((e) => e.kind !== null && c.evidenceKinds.includes(e.kind));
  const valid = files.filter((e) => !e.expiryDate || e.expiryDate >= inputs.today);
  if (valid.length) return { met: true, detail: text(`${valid.length} berkas bukti tersimpan`, `${plural(valid.length, 'evidence file', 'evidence files')} stored`) };
  return files.length
    ? { met: false, detail: text('Berkas yang tersimpan sudah kedaluwarsa', pluralWord(files.length, 'The stored file has expired', 'The stored files have expired')) }
    : { met: false, detail: text('Belum ada berkas bukti dengan jenis ini di loker bukti', 'No evidence file of this kind in the evidence locker yet') };
}

/** Every prerequisite of the instrument, in order, with its status; none of them changes the score. */
export function checkPrerequisites(instrument: Pick<Instrument, 'prerequisites'>, facts: Facts, inputs: PrerequisiteInputs): PrerequisiteResult[] {
  return instrument.prerequisites.map((p) => {
    const app = isApplicable(p.applicability, facts);
    const base = { id: p.id, label: p.label, ...(p.guidance ? { guidance: p.guidance } : {}), unknownFacts: app.unknownFacts };
    if (!app.applies && app.unknownFacts.length) {
      const facts_ = joinText(app.unknownFacts.map((f) => FACT_LABELS[f]), ', ');
      return { ...base, status: 'undecided', detail: text(`Lengkapi profil (${facts_.id}) untuk mengetahui apakah ini disyaratkan`, `Fill in the profile (${facts_.en}) to know whether this is required`) };
    }
    if (!app.applies) return { ...base, status: 'not-applicable', detail: app.reason ?? text('Tidak disyaratkan untuk profil ini', 'Not required for this profile') };
    const r = evaluate(p, inputs);
    return { ...base, status: r.met ? 'met' : 'missing', detail: r.detail };
  });
}
