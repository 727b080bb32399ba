// Received dossiers through the handler table and the CLI as a user runs it: exit codes, every reason, list.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { cli } from '../../helpers/processes';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { buildDossier } from './build-dossier';

describe('dossier handlers', () => {
  it('verify, import, list and get through the handler table; a refused import is BAD_FILE with the problems', async () => {
    const t = testWorkspace();
    const { file, parts } = await buildDossier();
    const v = await t.value('dossier.verify', { path: file });
    expect(v).toMatchObject({ ok: true, problems: [], summary: { dossierId: parts.manifest.dossierId, evidenceCount: 2 } });
    const imp = await t.value('dossier.import', { path: file });
    expect(imp).toMatchObject({ alreadyImported: false, version: 1 });
    const rows = await t.value('dossier.list');
    expect(rows).toHaveLength(1);
    const got = await t.value('dossier.get', { id: imp.id });
    expect(got.instrument).toEqual({ id: parts.manifest.instrument && (parts.manifest.instrument as { id: string }).id, version: (parts.manifest.instrument as { version: string }).version });
    expect(got.evidence).toHaveLength(2);
    const notZip = path.join(tempDir(), 'x.swanilai');
    fs.writeFileSync(notZip, 'plain text');
    const bad = await t.call('dossier.import', { path: notZip });
    expect(bad.ok).toBe(false);
    if (!bad.ok) { expect(bad.error.code).toBe('BAD_FILE'); expect(bad.error.details).toEqual([expect.objectContaining({ code: 'NOT_A_ZIP' })]); }
    // The web host gets uploads (not built yet), never a path on the server's disk.
    const web = await dispatch({ ...t.ctx, transport: 'http' }, 'dossier.verify', { path: file });
    expect(web.ok ? '' : web.error.code).toBe('VALIDATION');
    t.ws.close();
  });
});

describe('dossier CLI', () => {
  it('verify exits 0 when sound and non-zero with every reason; import and list work on a workspace', async () => {
    const { file } = await buildDossier();
    const ok = cli('dossier', 'verify', file);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/validly signed/);
    const tampered = path.join(tempDir(), 't.swanilai');
    const { file: other } = await buildDossier((p) => p.files.push({ name: 'documents/extra.docx', data: Buffer.from('x') }));
    fs.copyFileSync(other, tampered);
    const badRun = cli('dossier', 'verify', tampered, '--json');
    expect(badRun.status).not.toBe(0);
    expect(JSON.parse(badRun.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['UNLISTED_ENTRY']);

    const ws = path.join(tempDir(), 'ws');
    expect(cli('workspace', 'init', ws).status).toBe(0);
    const imp = cli('dossier', 'import', file, '--workspace', ws);
    expect(imp.status).toBe(0);
    expect(imp.stdout).toMatch(/imported as #1, version 1/);
    expect(cli('dossier', 'import', file, '--workspace', ws).stdout).toMatch(/already imported/);
    const refused = cli('dossier', 'import', tampered, '--workspace', ws);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/UNLISTED_ENTRY/);
    const list = JSON.parse(cli('dossier', 'list', '--workspace', ws, '--json').stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ lksName: 'LKS Harapan Bunda', version: 1, integrity: 'verified' });
  }, 60_000);
});
