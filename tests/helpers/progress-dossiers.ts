// Three yearly dossiers of the sample LKS (2024, 2025, 2026) with real answers changed between them, for the
// mentor's progress tests: S4 (Sumber Daya Manusia) rises from level 1 to the sample's levels to 4, S6 only changes
// in 2026, and the Transparansi items go from not met to the sample's answers to all met. No vitest imports: the
// e2e fixture runs this under tsx.
import path from 'node:path';
import { APP_VERSION } from '../../electron/services/app-version';
import { createContext, type HandlerContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { exportDossier } from '../../electron/services/dossier/export';
import { openWorkspace } from '../../electron/services/workspace/workspace';

export const PROGRESS_YEARS = [2024, 2025, 2026] as const;

type Detail = { indicators: Record<string, { level: number | null; notApplicable: boolean }>; gcg: Record<string, { gcgValue: string | null }> };

async function value<T>(ctx: HandlerContext, name: string, input: unknown = {}): Promise<T> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** Exports the sample LKS's round three times, dated in each of PROGRESS_YEARS; returns the files, oldest first. */
export async function exportProgressDossiers(lksDir: string, outDir: string): Promise<string[]> {
  const ws = openWorkspace(lksDir, { mode: 'exclusive', purpose: 'test setup', create: true });
  const ctx = createContext(ws, 'cli', APP_VERSION);
  try {
    await value(ctx, 'workspace.loadSample');
    const assessmentId = (await value<{ id: number }[]>(ctx, 'assessment.list'))[0].id;
    const own = await value<Detail>(ctx, 'assessment.get', { id: assessmentId });
    const answered = (prefix: string) => Object.entries(own.indicators).filter(([c, a]) => c.startsWith(prefix) && a.level !== null && !a.notApplicable).map(([c, a]) => [c, a.level!] as const);
    const gcgT = Object.entries(own.gcg).filter(([c, a]) => c.startsWith('T') && a.gcgValue && a.gcgValue !== 'na').map(([c, a]) => [c, a.gcgValue!] as const);
    const setLevels = async (rows: readonly (readonly [string, number])[], level?: number) => {
      for (const [code, l] of rows) await value(ctx, 'assessment.setAnswer', { assessmentId, code, answer: { level: level ?? l } });
    };
    const setGcg = async (rows: readonly (readonly [string, string])[], v?: string) => {
      for (const [code, g] of rows) await value(ctx, 'assessment.setGcgAnswer', { assessmentId, code, value: v ?? g });
    };
    const files: string[] = [];
    const exportIn = async (year: number) => {
      ctx.now = () => new Date(`${year}-06-15T09:00:00.000Z`);
      const out = path.join(outDir, `progress-${year}.swanilai`);
      await exportDossier(ctx, { roundId: assessmentId, out, language: 'id' });
      files.push(out);
    };
    await setLevels(answered('S4'), 1);
    await setGcg(gcgT, 'not-met');
    await exportIn(2024);
    await setLevels(answered('S4'));
    await setGcg(gcgT);
    await exportIn(2025);
    await setLevels(answered('S4'), 4);
    await setLevels(answered('S6'), 3);
    await setGcg(gcgT, 'met');
    await exportIn(2026);
    return files;
  } finally {
    ws.close();
  }
}
