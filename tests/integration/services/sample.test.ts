// The sample LKS never touches real data: refused over any real data (nothing changes), loaded in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../electron/services/instruments/bundled';
import { openDatabase, type Db } from '../../../electron/services/db/connection';
import { MIGRATIONS } from '../../../electron/services/db/migrations/index';
import { cli } from '../../helpers/processes';
import { sha256File, tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';

type T = ReturnType<typeof testWorkspace>;
const TABLES = ['profile', 'assessment', 'answer', 'answer_change', 'evidence', 'evidence_link', 'plan_action'];

function counts(db: Db): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

/** Every byte the workspace holds: the database and its WAL, and each file under evidence/. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(e.parentPath, e.name);
    if (e.isFile() && !/\.lock$|-shm$/.test(e.name)) out[path.relative(dir, file)] = sha256File(file);
  }
  return out;
}

async function addEvidence(t: T, bytes = Buffer.from('%PDF-1.4 SK pengurus')) {
  const { uploadId } = await t.value('evidence.uploadBegin', { name: 'sk.pdf', size: bytes.length, mediaType: 'application/pdf' });
  t.ctx.uploads.chunk(uploadId, 0, bytes);
  return (await t.value('evidence.uploadFinish', { uploadId })).evidence;
}

async function expectRefusedUntouched(t: T) {
  const before = fingerprint(t.dir);
  const rows = counts(t.ws.db);
  for (const input of [{}, { replace: true }]) {
    const r = await t.call('workspace.loadSample', input);
    expect(r.ok).toBe(false);
  }
  const refused = await t.call('workspace.loadSample', {});
  expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const message = !refused.ok ? refused.error.message : '';
  expect(message).toMatch(/data LKS.* \/ .*real/s);
  expect(message).toContain('npm run -s cli -- workspace init');
  expect(message).toContain('--sample');
  expect(message).toContain('--workspace');
  expect((await t.value('workspace.status')).canLoadSample).toBe(false);
  expect(counts(t.ws.db)).toEqual(rows);
  expect(fingerprint(t.dir)).toEqual(before);
}

describe('the sample LKS and real data', () => {
  it('is refused over a real profile with a round, evidence and a plan; every byte stays as it was', async () => {
    const t = testWorkspace();
    await t.value('profile.save', { profile: { name: 'LKS Harapan Bangsa', lksType: 'lansia', staffCount: 7 } });
    const round = await t.value('assessment.create', { name: 'Persiapan akreditasi' });
    const code = bundled().instruments[0].components[0].indicators[0].code;
    await t.value('assessment.setAnswer', { assessmentId: round.id, code, answer: { level: 2 } });
    const ev = await addEvidence(t);
    await t.value('evidence.link', { evidenceId: ev.id, link: { assessmentId: round.id, target: 'indicator', code } });
    await t.value('plan.add', { assessmentId: round.id, what: 'Perbarui SK pengurus', status: 'doing' });
    await expectRefusedUntouched(t);
    expect((await t.value('profile.get')).profile.name).toBe('LKS Harapan Bangsa');
    t.ws.close();
  });

  it('is refused when any one kind of real data is there, even without a profile', async () => {
    const onlyRound = testWorkspace();
    await onlyRound.value('assessment.create', { name: 'Putaran saya' });
    await expectRefusedUntouched(onlyRound);
    onlyRound.ws.close();

    const onlyEvidence = testWorkspace();
    await addEvidence(onlyEvidence);
    await expectRefusedUntouched(onlyEvidence);
    onlyEvidence.ws.close();

    const onlyProfile = testWorkspace();
    await onlyProfile.value('profile.save', { profile: { name: 'LKS Sejahtera' } });
    await expectRefusedUntouched(onlyProfile);
    onlyProfile.ws.close();

    // A stored profile that no longer passes today's checks is still somebody's real profile.
    const oldProfile = testWorkspace();
    oldProfile.ws.db.prepare("INSERT INTO profile (id, data, updated_at) VALUES (1, ?, 'x')").run(JSON.stringify({ name: 'LKS Lama', foundingYear: 1700, npwp: 12 }));
    await expectRefusedUntouched(oldProfile);
    oldProfile.ws.close();
    const garbled = testWorkspace();
    garbled.ws.db.pragma('ignore_check_constraints = ON');
    garbled.ws.db.prepare(`INSERT INTO profile (id, data, updated_at) VALUES (1, '{"isSample": true, "name": "LKS Har', 'x')`).run();
    garbled.ws.db.pragma('ignore_check_constraints = OFF');
    await expectRefusedUntouched(garbled);
    garbled.ws.close();
  });

  it('a workspace holding only the sample may be reset; real data added to it blocks that', async () => {
    const t = testWorkspace();
    expect(await t.value('workspace.status')).toEqual({ hasProfile: false, isSample: false, canLoadSample: true });
    expect((await t.value('workspace.loadSample')).reset).toBe(false);
    const loaded = counts(t.ws.db);
    const [round] = await t.value('assessment.list');
    const code = Object.keys((await t.value('assessment.get', { id: round.id })).indicators)[0];
    await t.value('assessment.setAnswer', { assessmentId: round.id, code, note: 'coba-coba' });
    expect(await t.value('workspace.status')).toEqual({ hasProfile: true, isSample: true, canLoadSample: true });
    expect((await t.value('workspace.loadSample')).reset).toBe(true);
    expect(counts(t.ws.db)).toEqual(loaded);
    const [again] = await t.value('assessment.list');
    expect((await t.value('assessment.get', { id: again.id })).indicators[code]?.note).not.toBe('coba-coba');
    // An action the user adds, even to the sample round, is theirs: no more resetting.
    await t.value('plan.add', { assessmentId: again.id, what: 'Tindakan saya sendiri' });
    await expectRefusedUntouched(t);
    t.ws.close();
  });

  it('loads in one transaction: a failure midway leaves no row behind, and its stored files are swept at next start', async () => {
    const t = testWorkspace();
    const empty = counts(t.ws.db);
    // A real SQLite trigger makes the last step (the plan actions) fail after everything else was written.
    t.ws.db.exec("CREATE TEMP TRIGGER fail_plan BEFORE INSERT ON plan_action BEGIN SELECT RAISE(ABORT, 'gagal uji / test failure'); END");
    const failed = await t.call('workspace.loadSample');
    expect(failed).toMatchObject({ ok: false });
    expect(counts(t.ws.db)).toEqual(empty);
    expect(await t.value('workspace.status')).toEqual({ hasProfile: false, isSample: false, canLoadSample: true });
    t.ws.db.exec('DROP TRIGGER fail_plan');
    t.ws.close();
    // The content-addressed files written for the failed load have no rows: the next start sweeps them.
    const again = testWorkspace(t.dir);
    expect(again.ws.cleanup.orphanFiles).toBeGreaterThanOrEqual(4);
    await again.value('workspace.loadSample');
    expect(counts(again.ws.db)).toMatchObject({ profile: 1, assessment: 1, evidence: 4, plan_action: 3 });
    again.ws.close();
  });

  it('rows from before the sample marks existed (schema 2) count as real data after the upgrade', async () => {
    const dir = tempDir();
    const old = openDatabase(path.join(dir, 'swanilai.sqlite'), { migrations: MIGRATIONS.slice(0, 2) });
    old.prepare("INSERT INTO assessment (name, instrument_id, instrument_version, created_at, updated_at) VALUES ('Putaran lama', 'balks-umum', '1.0.0', 'x', 'x')").run();
    old.close();
    const t = testWorkspace(dir);
    expect(t.ws.db.prepare('SELECT from_sample FROM assessment').get()).toEqual({ from_sample: 0 });
    await expectRefusedUntouched(t);
    t.ws.close();
  });

  it('the CLI refuses to put the sample into a workspace with real data, and says how to try it safely', async () => {
    const t = testWorkspace(path.join(tempDir(), 'real'));
    await t.value('profile.save', { profile: { name: 'LKS Harapan Bangsa' } });
    t.ws.close();
    const r = cli('workspace', 'init', t.dir, '--sample');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/CONFLICT.*workspace init .*--sample/);
    const show = JSON.parse(cli('profile', 'show', '--workspace', t.dir, '--json').stdout);
    expect(show.profile.name).toBe('LKS Harapan Bangsa');
  });
});
