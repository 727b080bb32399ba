// The review round trip with real services and real files: LKS exports, BALKS reviews and sends a signed review file
// back, the LKS imports it, marks an item fixed, changes an answer and exports again; the review follows version 2.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../shared/dossier/manifest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { importDossier } from '../../../electron/services/dossier/import';
import { buildReviewFile, importReviewFile, receivedReviews } from '../../../electron/services/review/file';
import { listMarks, markRevision } from '../../../electron/services/review/revisions';
import { finalize, setItem, setItemState, setState } from '../../../electron/services/review/service';
import { reviewByRound } from '../../../electron/services/review/store';
import { snapshotsOf } from '../../../shared/review/score';
import { reviewComparison, reviewDetail } from '../../../electron/services/review/view';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { sampleWorkspace } from '../dossier/export-helpers';

type Detail = { indicators: Record<string, { level: number | null; notApplicable: boolean }>; gcg: Record<string, { gcgValue: string | null }> };

/** Flips one byte in the middle of the (deflated) manifest.json entry's data. */
function flipManifestByte(src: string, out: string): void {
  const buf = Buffer.from(fs.readFileSync(src));
  for (let i = buf.indexOf('PK\x03\x04'); i >= 0; i = buf.indexOf('PK\x03\x04', i + 4)) {
    const nameLen = buf.readUInt16LE(i + 26);
    const extraLen = buf.readUInt16LE(i + 28);
    if (buf.subarray(i + 30, i + 30 + nameLen).toString('utf8') !== 'manifest.json') continue;
    const size = buf.readUInt32LE(i + 18);
    const start = i + 30 + nameLen + extraLen;
    // Sizes may sit in a data descriptor (yazl streams); then take a spot well inside the entry.
    buf[start + (size > 0 ? Math.floor(size / 2) : 64)] ^= 0x01;
    fs.writeFileSync(out, buf);
    return;
  }
  throw new Error('manifest.json entry not found');
}

const count = (db: { prepare(s: string): { get(): unknown } }, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('review round trip', () => {
  it('LKS → dossier → BALKS review → review file → LKS; refusals; revision marks travel in v2 and the review follows', async () => {
    const dir = tempDir();
    // LKS side: the sample round, exported.
    const { t: lks, roundId } = await sampleWorkspace();
    const v1 = path.join(dir, 'v1.swanilai');
    await exportDossier(lks.ctx, { roundId, out: v1, language: 'id' });
    const own = await lks.value<Detail>('assessment.get', { id: roundId });

    // BALKS side: import, the review opens blind in "diajukan".
    const balks = testWorkspace();
    const imp = await importDossier(balks.ctx, v1);
    expect(imp).toMatchObject({ ok: true, version: 1 });
    const m1 = JSON.parse((balks.ws.db.prepare('SELECT manifest FROM dossier_import WHERE id = ?').get((imp as { id: number }).id) as { manifest: string }).manifest) as Manifest;
    const review = reviewByRound(balks.ws.db, m1.round.uid)!;
    expect(review).toMatchObject({ state: 'diajukan', blind: true });
    const reviewId = review.id;
    const snaps = snapshotsOf(m1);

    // Indicators the LKS scored, with a level an assessor can move two steps away from.
    const scored = Object.entries(own.indicators).filter(([, a]) => a.level !== null && !a.notApplicable);
    expect(scored.length).toBeGreaterThan(2);
    const levelsOf = (code: string) => snaps.instrument.components.flatMap((c) => c.indicators).find((i) => i.code === code)!.levels.map((l) => l.level);
    const [gapCode, gapSelf] = scored.map(([c, a]) => [c, a.level!] as const).find(([c, l]) => levelsOf(c).some((x) => Math.abs(x - l) >= 2))!;
    const gapLevel = levelsOf(gapCode).find((x) => Math.abs(x - gapSelf) >= 2)!;
    const [fixCode] = scored.find(([c]) => c !== gapCode)!;
    const [otherCode] = scored.find(([c]) => c !== gapCode && c !== fixCode)!;

    // Blind: nothing of the LKS's self-score shows before the assessor scores the item.
    let detail = reviewDetail(balks.ctx, reviewId);
    expect(detail.self[`indicator:${gapCode}`]).toMatchObject({ hidden: true });
    expect(detail.self[`indicator:${otherCode}`]).toMatchObject({ hidden: true });
    expect(detail.selfResults).toBeNull();
    expect(reviewComparison(balks.ctx, reviewId).hiddenSelf).toBe(true);

    const r1 = setItem(balks.ctx, { reviewId, target: 'indicator', code: gapCode, level: gapLevel });
    expect(r1.needsComment).toBe(true);
    setItem(balks.ctx, { reviewId, target: 'indicator', code: fixCode, level: own.indicators[fixCode].level });
    detail = reviewDetail(balks.ctx, reviewId);
    expect(detail.review.state).toBe('ditinjau');
    expect(detail.self[`indicator:${gapCode}`]).toMatchObject({ hidden: false, level: gapSelf });
    expect(detail.self[`indicator:${otherCode}`]).toMatchObject({ hidden: true });
    expect(detail.selfResults).toBeNull();
    expect(detail.items[`indicator:${gapCode}`].needsComment).toBe(true);

    // Final is refused while the two-level gap has no comment (and items are unscored).
    expect(() => finalize(balks.ctx, reviewId)).toThrow(/selisih ≥ 2 tingkat tanpa komentar: .*/);
    try { finalize(balks.ctx, reviewId); } catch (e) {
      expect((e as { details?: { needComment: string[] } }).details?.needComment).toEqual([gapCode]);
    }

    // Score everything else as the LKS did: only the missing comment keeps the review from being final.
    for (const [code, a] of Object.entries(own.indicators)) {
      if (code === gapCode || code === fixCode) continue;
      if (a.notApplicable) setItem(balks.ctx, { reviewId, target: 'indicator', code, notApplicable: { reason: 'tidak berlaku menurut asesor' } });
      else if (a.level !== null) setItem(balks.ctx, { reviewId, target: 'indicator', code, level: a.level });
    }
    const unanswered = snaps.instrument.components.flatMap((c) => c.indicators).filter((i) => !own.indicators[i.code] || (own.indicators[i.code].level === null && !own.indicators[i.code].notApplicable));
    for (const i of unanswered) setItem(balks.ctx, { reviewId, target: 'indicator', code: i.code, level: i.levels[0].level });
    for (const it of snaps.checklist?.items ?? []) {
      const s = own.gcg[it.code]?.gcgValue;
      if (s === 'na') setItem(balks.ctx, { reviewId, target: 'gcg', code: it.code, notApplicable: { reason: 'tidak berlaku menurut asesor' } });
      else setItem(balks.ctx, { reviewId, target: 'gcg', code: it.code, gcgValue: (s ?? 'partial') as 'met' | 'partial' | 'not-met' });
    }
    const refusal = (() => { try { finalize(balks.ctx, reviewId); return null; } catch (e) { return e as { details?: { unscored: string[]; needComment: string[] } }; } })();
    expect(refusal?.details).toMatchObject({ unscored: [], needComment: [gapCode] });
    // Everything scored: the blind review now shows the LKS's own totals, and the comparison its side.
    expect(reviewDetail(balks.ctx, reviewId).selfResults).not.toBeNull();
    expect(reviewComparison(balks.ctx, reviewId).hiddenSelf).toBe(false);
    setItem(balks.ctx, { reviewId, target: 'indicator', code: gapCode, note: 'Bukti kunjungan tidak mendukung tingkat yang diklaim.' });
    expect(reviewDetail(balks.ctx, reviewId).items[`indicator:${gapCode}`].needsComment).toBe(false);

    // Ask for a revision of one item and of the dossier.
    expect(() => setItemState(balks.ctx, reviewId, 'indicator', fixCode, 'perlu-perbaikan', 'x')).toThrow();
    setItemState(balks.ctx, reviewId, 'indicator', fixCode, 'perlu-perbaikan', 'Lampirkan SK pengurus yang berlaku.');
    setState(balks.ctx, reviewId, 'perlu-perbaikan', 'Perbaiki butir yang ditandai lalu kirim ulang.');

    const built = await buildReviewFile(balks.ctx, reviewId);
    expect(built.manifest).toMatchObject({ state: 'perlu-perbaikan', final: false });
    const reviewFile = path.join(dir, built.fileName);
    fs.writeFileSync(reviewFile, built.data);

    // LKS imports the review file; again is "already imported".
    const got = await importReviewFile(lks.ctx, reviewFile);
    expect(got).toMatchObject({ ok: true, alreadyImported: false, assessmentId: roundId });
    expect(await importReviewFile(lks.ctx, reviewFile)).toMatchObject({ ok: true, alreadyImported: true });
    const received = receivedReviews(lks.ctx, roundId);
    expect(received).toHaveLength(1);
    expect(received[0].manifest.items.find((i) => i.code === fixCode)).toMatchObject({ state: 'perlu-perbaikan', revisionRequest: 'Lampirkan SK pengurus yang berlaku.' });
    expect(received[0].assessorFingerprint).toBe(built.manifest.sender.fingerprint);
    // A newer file of the same review supersedes the older one in the list (both are kept).
    setItem(balks.ctx, { reviewId, target: 'indicator', code: otherCode, observation: 'Dilihat saat kunjungan.' });
    await new Promise((r) => setTimeout(r, 5));
    const newer = await buildReviewFile(balks.ctx, reviewId);
    const newerFile = path.join(dir, 'newer.swanilai');
    fs.writeFileSync(newerFile, newer.data);
    const got2 = await importReviewFile(lks.ctx, newerFile);
    expect(got2).toMatchObject({ ok: true, alreadyImported: false });
    const list = receivedReviews(lks.ctx, roundId);
    expect(list.map((r) => r.id)).toEqual([(got2 as { id: number }).id]);
    expect(list[0].manifest.items.find((i) => i.code === otherCode)?.observation).toBe('Dilihat saat kunjungan.');
    // Through the handler too (what the screen reads).
    expect(await lks.value<unknown[]>('review.received', { assessmentId: roundId })).toHaveLength(1);

    // A third, fresh workspace never sent that dossier: refused, nothing written.
    const stranger = testWorkspace();
    const before = count(stranger.ws.db, 'review_received');
    const refused = await importReviewFile(stranger.ctx, reviewFile);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems.map((p) => p.code)).toEqual(['UNKNOWN_DOSSIER']);
    expect(count(stranger.ws.db, 'review_received')).toBe(before);

    // One flipped byte in the manifest: refused, nothing written.
    const tampered = path.join(dir, 'tampered.swanilai');
    flipManifestByte(reviewFile, tampered);
    const fresh = await importReviewFile(lks.ctx, tampered);
    expect(fresh.ok).toBe(false);
    if (!fresh.ok) expect(fresh.problems.length).toBeGreaterThan(0);
    expect(count(lks.ws.db, 'review_received')).toBe(2);

    // A dossier is not a review file.
    const asDossier = await importReviewFile(lks.ctx, v1);
    expect(asDossier.ok).toBe(false);
    if (!asDossier.ok) expect(asDossier.problems.map((p) => p.code)).toEqual(['IS_DOSSIER']);

    // LKS: mark the item fixed, change an answer, export version 2.
    expect(markRevision(lks.ctx, roundId, 'indicator', fixCode, 'SK baru dilampirkan')).toHaveLength(1);
    expect(listMarks(lks.ctx, roundId)).toMatchObject([{ target: 'indicator', code: fixCode, note: 'SK baru dilampirkan' }]);
    const oldLevel = own.indicators[otherCode].level!;
    const newLevel = levelsOf(otherCode).find((x) => x !== oldLevel)!;
    await lks.value('assessment.setAnswer', { assessmentId: roundId, code: otherCode, answer: { level: newLevel } });
    const v2 = path.join(dir, 'v2.swanilai');
    await exportDossier(lks.ctx, { roundId, out: v2, language: 'id' });

    // BALKS imports v2: the review moves onto it, "diperbaiki", the marked item too, and the change is listed.
    const imp2 = await importDossier(balks.ctx, v2);
    expect(imp2).toMatchObject({ ok: true, version: 2 });
    detail = reviewDetail(balks.ctx, reviewId);
    expect(detail.version).toBe(2);
    expect(detail.review.dossierImportId).toBe((imp2 as { id: number }).id);
    expect(detail.review.state).toBe('diperbaiki');
    expect(detail.items[`indicator:${fixCode}`].state).toBe('diperbaiki');
    expect(detail.revisions).toMatchObject({ reviewUid: built.manifest.reviewUid, items: [{ target: 'indicator', code: fixCode, note: 'SK baru dilampirkan' }] });
    expect(detail.changes?.fromVersion).toBe(1);
    expect(detail.changes?.list).toContainEqual(expect.objectContaining({
      target: 'indicator', code: otherCode, before: expect.objectContaining({ level: oldLevel }), after: expect.objectContaining({ level: newLevel }),
    }));
    expect(detail.changes?.list.map((c) => c.code)).toEqual([otherCode]);
  });
});
