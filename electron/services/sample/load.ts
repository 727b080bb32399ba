// Loads the sample LKS only where it cannot harm real data (an empty or sample-only workspace), in one transaction.
import { AppError } from '../../../shared/api/result';
import { plural } from '../../../shared/text/plural';
import type { Profile } from '../../../shared/profile';
import type { HandlerContext } from '../context';
import { writeProfile } from '../handlers/profile';
import { SAMPLE_PROFILE } from './profile';
import { seedSampleRound } from './round';

/** Tables whose rows the sample creates; from_sample (migration 3) tells its rows from the user's. */
const SAMPLE_TABLES = ['assessment', 'evidence', 'plan_action'] as const;

export interface SampleState {
  hasProfile: boolean;
  isSample: boolean;
  /** Rounds, evidence and plan actions the user made (anything not created by the sample). */
  realRows: { assessment: number; evidence: number; plan_action: number };
  canLoadSample: boolean;
}

/** A garbled or odd stored profile is never taken for the sample: only an object that says so is. */
function storedIsSample(data: string): boolean {
  try {
    const parsed: unknown = JSON.parse(data);
    return typeof parsed === 'object' && parsed !== null && (parsed as { isSample?: unknown }).isSample === true;
  } catch {
    return false;
  }
}

export function sampleState(ctx: HandlerContext): SampleState {
  // The stored row itself decides, not its parsed form: a profile that no longer validates is still real data.
  const row = ctx.workspace.db.prepare('SELECT data FROM profile WHERE id = 1').get() as { data: string } | undefined;
  const count = (table: (typeof SAMPLE_TABLES)[number]) =>
    (ctx.workspace.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE from_sample = 0`).get() as { n: number }).n;
  const realRows = { assessment: count('assessment'), evidence: count('evidence'), plan_action: count('plan_action') };
  const isSample = row !== undefined && storedIsSample(row.data);
  const realProfile = row !== undefined && !isSample;
  return {
    hasProfile: row !== undefined, isSample, realRows,
    canLoadSample: !realProfile && realRows.assessment === 0 && realRows.evidence === 0 && realRows.plan_action === 0,
  };
}

/** The refusal names what was found and how to try the sample without risk: a workspace of its own. */
export function sampleRefusal(s: SampleState): AppError {
  const id: string[] = [];
  const en: string[] = [];
  if (s.hasProfile && !s.isSample) { id.push('profil LKS'); en.push('an LKS profile'); }
  if (s.realRows.assessment) { id.push(`${s.realRows.assessment} putaran penilaian`); en.push(plural(s.realRows.assessment, 'assessment round', 'assessment rounds')); }
  if (s.realRows.evidence) { id.push(`${s.realRows.evidence} bukti`); en.push(plural(s.realRows.evidence, 'evidence file', 'evidence files')); }
  if (s.realRows.plan_action) { id.push(`${s.realRows.plan_action} tindakan rencana`); en.push(plural(s.realRows.plan_action, 'plan action', 'plan actions')); }
  return new AppError('CONFLICT',
    `Ruang kerja ini berisi data LKS Anda (${id.join(', ')}), jadi LKS contoh tidak dimuat: data fiktif tidak boleh tercampur dengan data sungguhan. ` +
    'Untuk mencoba contoh dengan aman, buat ruang kerja terpisah: npm run -s cli -- workspace init FOLDER --sample, lalu buka folder itu (--workspace FOLDER). / ' +
    `This workspace holds your LKS data (${en.join(', ')}), so the sample was not loaded: fictional data must not mix with real data. ` +
    'To try the sample safely, create a separate workspace: npm run -s cli -- workspace init DIR --sample, then open that folder (--workspace DIR).',
    { realRows: s.realRows, realProfile: s.hasProfile && !s.isSample });
}

/**
 * Fills an empty workspace with the sample, or resets one that holds only the sample. Every row is written in
 * one transaction; the sample's evidence files are content-addressed, so a failed load leaves at most unused
 * blobs, which the next start sweeps.
 */
export function loadSample(ctx: HandlerContext): { profile: Profile; reset: boolean } {
  const db = ctx.workspace.db;
  return db.transaction(() => {
    // Checked inside the transaction, so nothing can slip in between the check and the writes.
    const state = sampleState(ctx);
    if (!state.canLoadSample) throw sampleRefusal(state);
    const reset = state.isSample || db.prepare('SELECT 1 FROM assessment UNION ALL SELECT 1 FROM evidence LIMIT 1').get() !== undefined;
    // Whatever is here came from the sample (checked above): start it afresh. Deleting a round cascades to its
    // answers, undo log, evidence links and plan actions.
    db.prepare('DELETE FROM assessment WHERE from_sample = 1').run();
    db.prepare('DELETE FROM evidence WHERE from_sample = 1').run();
    writeProfile(ctx, SAMPLE_PROFILE);
    seedSampleRound(ctx);
    // There was no real data, so every row now in these tables is the sample's.
    for (const table of SAMPLE_TABLES) db.prepare(`UPDATE ${table} SET from_sample = 1`).run();
    return { profile: SAMPLE_PROFILE, reset };
  })();
}
