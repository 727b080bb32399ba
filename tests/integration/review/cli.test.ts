// The review CLI as a user runs it: list with states, the signed review file out, and its import on the LKS side.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { cli } from '../../helpers/processes';
import { sha256File, tempDir } from '../../helpers/tmp';
import { sampleWorkspace } from '../dossier/export-helpers';

describe('review CLI', () => {
  it('lists received dossiers with their review state, exports a review file the sending LKS imports and others refuse', async () => {
    const { t, roundId } = await sampleWorkspace();
    const dossier = path.join(tempDir(), 'sample.swanilai');
    await exportDossier(t.ctx, { roundId, out: dossier, language: 'id' });
    t.ws.close();

    const assessor = path.join(tempDir(), 'balks');
    expect(cli('workspace', 'init', assessor).status).toBe(0);
    expect(cli('dossier', 'import', dossier, '--workspace', assessor).status).toBe(0);
    const list = cli('review', 'list', '--workspace', assessor, '--json');
    expect(list.status).toBe(0);
    const rows = JSON.parse(list.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ dossier: 1, lksName: expect.stringContaining('Pelita Harapan'), version: 1, review: { state: 'diajukan', final: false, blind: true, followsThisVersion: true } });

    const reviewFile = path.join(tempDir(), 'tinjauan.swanilai');
    const out = cli('review', 'export', '--workspace', assessor, '--dossier', '1', '--out', reviewFile);
    expect(out.status, out.stderr).toBe(0);
    expect(fs.existsSync(reviewFile)).toBe(true);
    const docx = path.join(tempDir(), 'laporan.docx');
    const rep = cli('review', 'report', '--workspace', assessor, '--dossier', '1', '--out', docx);
    expect(rep.status, rep.stderr).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(path.dirname(docx))).toEqual(['laporan.docx']);
    expect(cli('review', 'export', '--workspace', assessor, '--dossier', '9', '--out', reviewFile).status).not.toBe(0);

    // The LKS that sent the dossier takes it; a second import changes nothing.
    const imp = cli('review', 'import', reviewFile, '--workspace', t.dir, '--json');
    expect(imp.status, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ ok: true, alreadyImported: false, assessmentId: roundId });
    expect(JSON.parse(cli('review', 'import', reviewFile, '--workspace', t.dir, '--json').stdout)).toMatchObject({ alreadyImported: true });

    // Another workspace never sent that dossier: refused, with the reason, and its database untouched.
    const other = path.join(tempDir(), 'other');
    expect(cli('workspace', 'init', other).status).toBe(0);
    const db = path.join(other, 'swanilai.sqlite');
    const before = sha256File(db);
    const refused = cli('review', 'import', reviewFile, '--workspace', other);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/UNKNOWN_DOSSIER/);
    expect(sha256File(db)).toBe(before);

    // A dossier is not a review file, and says where it belongs.
    const wrong = cli('review', 'import', dossier, '--workspace', t.dir);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/IS_DOSSIER/);
    // …and the other way round: a review file dropped into the inbox is not a dossier.
    const back = cli('dossier', 'import', reviewFile, '--workspace', assessor);
    expect(back.status).not.toBe(0);
    expect(back.stderr).toMatch(/IS_REVIEW/);
  }, 120_000);
});
