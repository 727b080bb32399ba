// Prepares workspaces and files for the review e2e tests with the real services (run as a child process by tsx):
//   assessor WS OUTDIR  — WS holds the sample LKS's dossier, almost fully scored, with differences of 1 and 2 levels;
//   lks WS OUTDIR       — WS is the sample LKS that exported its dossier; OUTDIR gets the review file BALKS sent back
//                          (one item asked to be revised) and a review of another LKS's dossier (refused there).
// Prints one JSON line with what the test needs.
import fs from 'node:fs';
import path from 'node:path';
import { APP_VERSION } from '../../electron/services/app-version';
import { createContext, type HandlerContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { exportDossier } from '../../electron/services/dossier/export';
import { importDossier } from '../../electron/services/dossier/import';
import { buildReviewFile } from '../../electron/services/review/file';
import { setItem, setItemState, setState, updateTexts } from '../../electron/services/review/service';
import { reviewByRound } from '../../electron/services/review/store';
import { openWorkspace } from '../../electron/services/workspace/workspace';
import type { Manifest } from '../../shared/dossier/manifest';
import { snapshotsOf } from '../../shared/review/score';

type Answers = { indicators: Record<string, { level: number | null; notApplicable: boolean }>; gcg: Record<string, { gcgValue: string | null }> };

async function value<T>(ctx: HandlerContext, name: string, input: unknown = {}): Promise<T> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

function open(dir: string) {
  const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'test setup', create: true });
  return { ws, ctx: createContext(ws, 'cli', APP_VERSION) };
}

/** A sample LKS workspace that exported its newest round. */
async function lksExport(dir: string, out: string) {
  const { ws, ctx } = open(dir);
  await value(ctx, 'workspace.loadSample');
  const roundId = (await value<{ id: number }[]>(ctx, 'assessment.list'))[0].id;
  await exportDossier(ctx, { roundId, out, language: 'id' });
  const own = await value<Answers>(ctx, 'assessment.get', { id: roundId });
  ws.close();
  return { roundId, own };
}

/**
 * Imports the dossier and scores it like the LKS did, except: `up` one level higher, `gap` two levels off without a
 * comment, `noted` two levels off with a comment; `leave` stays unscored (a blind review then hides the self side).
 */
async function review(ctx: HandlerContext, file: string, own: Answers, leave: string | null) {
  const imp = await importDossier(ctx, file);
  if (!imp.ok) throw new Error(JSON.stringify(imp.problems));
  const m = JSON.parse((ctx.workspace.db.prepare('SELECT manifest FROM dossier_import WHERE id = ?').get(imp.id) as { manifest: string }).manifest) as Manifest;
  const snaps = snapshotsOf(m);
  const reviewId = reviewByRound(ctx.workspace.db, m.round.uid)!.id;
  const indicators = snaps.instrument.components.flatMap((c) => c.indicators);
  const levels = (code: string) => indicators.find((i) => i.code === code)!.levels.map((l) => l.level);
  const scored = indicators.filter((i) => own.indicators[i.code]?.level !== null && own.indicators[i.code] && !own.indicators[i.code].notApplicable);
  const gapRow = scored.find((i) => levels(i.code).some((x) => Math.abs(x - own.indicators[i.code].level!) >= 2))!;
  const notedRow = scored.find((i) => i !== gapRow && levels(i.code).some((x) => Math.abs(x - own.indicators[i.code].level!) >= 2))!;
  const upRow = scored.find((i) => i !== gapRow && i !== notedRow && levels(i.code).includes(own.indicators[i.code].level! + 1))!;
  const special = new Map<string, number>([
    [gapRow.code, levels(gapRow.code).find((x) => Math.abs(x - own.indicators[gapRow.code].level!) >= 2)!],
    [notedRow.code, levels(notedRow.code).find((x) => Math.abs(x - own.indicators[notedRow.code].level!) >= 2)!],
    [upRow.code, own.indicators[upRow.code].level! + 1],
  ]);
  for (const i of indicators) {
    if (i.code === leave) continue;
    const a = own.indicators[i.code];
    if (special.has(i.code)) setItem(ctx, { reviewId, target: 'indicator', code: i.code, level: special.get(i.code)! });
    else if (a?.notApplicable) setItem(ctx, { reviewId, target: 'indicator', code: i.code, notApplicable: { reason: 'tidak berlaku menurut asesor' } });
    else setItem(ctx, { reviewId, target: 'indicator', code: i.code, level: a?.level ?? i.levels[0].level });
  }
  setItem(ctx, { reviewId, target: 'indicator', code: notedRow.code, note: 'Dokumen pendukung belum sesuai dengan tingkat yang diklaim.' });
  for (const it of snaps.checklist?.items ?? []) {
    if (it.code === leave) continue;
    const s = own.gcg[it.code]?.gcgValue;
    if (s === 'na') setItem(ctx, { reviewId, target: 'gcg', code: it.code, notApplicable: { reason: 'tidak berlaku menurut asesor' } });
    else setItem(ctx, { reviewId, target: 'gcg', code: it.code, gcgValue: (s ?? 'partial') as 'met' | 'partial' | 'not-met' });
  }
  return { reviewId, gap: gapRow.code, noted: notedRow.code, up: upRow.code };
}

async function main() {
  const [mode, wsDir, outDir] = process.argv.slice(2);
  fs.mkdirSync(outDir, { recursive: true });
  if (mode === 'assessor') {
    const dossier = path.join(outDir, 'berkas.swanilai');
    const { own } = await lksExport(path.join(outDir, 'lks'), dossier);
    const { ws, ctx } = open(wsDir);
    // Leave the last indicator unscored: the blind review hides the self side until it is scored.
    const codes = Object.keys(own.indicators);
    const leave = codes[codes.length - 1];
    const r = await review(ctx, dossier, own, leave);
    ws.close();
    console.log(JSON.stringify({ ...r, leave, leaveAnswer: own.indicators[leave] }));
    return;
  }
  if (mode === 'lks') {
    const dossier = path.join(outDir, 'berkas.swanilai');
    const { own } = await lksExport(wsDir, dossier);
    const { ws, ctx } = open(path.join(outDir, 'balks'));
    const r = await review(ctx, dossier, own, null);
    updateTexts(ctx, r.reviewId, { assessorName: 'Dra. Siti Rahma (asesor contoh)', findings: 'Dokumen tata kelola lengkap; SK pengurus perlu diperbarui.' });
    setItemState(ctx, r.reviewId, 'indicator', r.up, 'perlu-perbaikan', 'Lampirkan SK pengurus yang masih berlaku.');
    setState(ctx, r.reviewId, 'perlu-perbaikan', 'Perbaiki butir yang ditandai lalu kirim ulang berkas.');
    const built = await buildReviewFile(ctx, r.reviewId);
    const reviewFile = path.join(outDir, 'tinjauan.swanilai');
    fs.writeFileSync(reviewFile, built.data);
    ws.close();
    // Another LKS's dossier reviewed by the same office: its review file answers a dossier this LKS never sent.
    const otherDossier = path.join(outDir, 'lain.swanilai');
    const other = await lksExport(path.join(outDir, 'lks-lain'), otherDossier);
    const b2 = open(path.join(outDir, 'balks-lain'));
    const r2 = await review(b2.ctx, otherDossier, other.own, null);
    const foreign = await buildReviewFile(b2.ctx, r2.reviewId);
    const foreignFile = path.join(outDir, 'tinjauan-lks-lain.swanilai');
    fs.writeFileSync(foreignFile, foreign.data);
    b2.ws.close();
    console.log(JSON.stringify({ reviewFile, foreignFile, dossier, revise: r.up, gap: r.gap, noted: r.noted, fingerprint: built.manifest.sender.fingerprint }));
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
