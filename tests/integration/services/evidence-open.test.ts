// "Open with another application" launches documents and images only; anything can be shown in its folder.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testWorkspace } from '../../helpers/workspace';

type T = ReturnType<typeof testWorkspace>;

async function store(t: T, name: string, bytes: Uint8Array, mediaType: string): Promise<number> {
  const { uploadId } = await t.value('evidence.uploadBegin', { name, size: bytes.length, mediaType });
  t.ctx.uploads.chunk(uploadId, 0, bytes);
  return (await t.value('evidence.uploadFinish', { uploadId })).evidence.id;
}

/** A desktop context whose OS calls are recorded instead of made. */
function desktop(t: T) {
  const opened: string[] = [];
  const revealed: string[] = [];
  t.ctx.openPath = async (file) => { opened.push(file); return ''; };
  t.ctx.showItemInFolder = (file) => { revealed.push(file); };
  return { opened, revealed };
}

const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);

describe('open with another application', () => {
  it('never launches a program, even one uploaded as a PDF; says why in both languages', async () => {
    const t = testWorkspace();
    const os = desktop(t);
    for (const [name, type] of [['setup.exe', 'application/x-msdownload'], ['pasang.sh', 'application/x-sh'], ['akta.pdf', 'application/pdf']]) {
      const id = await store(t, name, name === 'pasang.sh' ? new TextEncoder().encode('#!/bin/sh\nrm -rf ~\n') : EXE, type);
      const r = await t.call('evidence.openExternal', { id });
      expect(r, name).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringMatching(/Tampilkan di folder.* \/ .*Show in folder/) } });
    }
    expect(os.opened).toEqual([]);
    t.ws.close();
  });

  it('opens a real document as a copy under its own name', async () => {
    const t = testWorkspace();
    const os = desktop(t);
    const bytes = new TextEncoder().encode('%PDF-1.4 akta pendirian');
    const id = await store(t, 'Akta Pendirian.pdf', bytes, 'application/pdf');
    const r = await t.value('evidence.openExternal', { id });
    expect(r.opened).toBe(true);
    expect(os.opened).toEqual([r.path]);
    expect(path.basename(r.path)).toBe('Akta Pendirian.pdf');
    expect(new Uint8Array(fs.readFileSync(r.path))).toEqual(bytes);
    expect(r.path.startsWith(t.ws.evidenceDir)).toBe(false);
    fs.rmSync(path.dirname(r.path), { recursive: true, force: true });
    t.ws.close();
  });

  it('shows any file in its folder: revealed on the desktop, the folder returned on the web', async () => {
    const t = testWorkspace();
    const id = await store(t, 'setup.exe', EXE, 'application/x-msdownload');
    const web = await t.value('evidence.showInFolder', { id });
    expect(web.shown).toBe(false);
    expect(fs.readdirSync(web.folder)).toEqual(['setup.exe']);
    const os = desktop(t);
    const shown = await t.value('evidence.showInFolder', { id });
    expect(shown.shown).toBe(true);
    expect(os.revealed).toEqual([shown.path]);
    expect(os.opened).toEqual([]);
    for (const dir of [web.folder, shown.folder]) fs.rmSync(dir, { recursive: true, force: true });
    t.ws.close();
  });

  it('a missing file is reported, not opened', async () => {
    const t = testWorkspace();
    const os = desktop(t);
    const id = await store(t, 'foto.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png');
    const [item] = await t.value('evidence.list');
    fs.rmSync(path.join(t.ws.evidenceDir, item.sha256.slice(0, 2), item.sha256));
    expect(await t.call('evidence.openExternal', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('evidence.showInFolder', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(os.opened).toEqual([]);
    t.ws.close();
  });
});
