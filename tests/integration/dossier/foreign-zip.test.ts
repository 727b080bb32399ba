// A real dossier unzipped and re-zipped by other tools (Info-ZIP, Python's zipfile): accepted while every byte and
// the signature are intact, whatever the layout; a re-zip that changes or adds content is still refused.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { getDossier, importDossier, type ImportResult } from '../../../electron/services/dossier/import';
import { verifyDossier, type VerifyReport } from '../../../electron/services/dossier/verify';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { buildDossier, signedEntries, writeZip } from './build-dossier';
import { readZip, sampleWorkspace } from './export-helpers';
import { workspaceState } from './workspace-state';

const codes = (r: VerifyReport | ImportResult) => (r.ok ? [] : r.problems.map((p) => p.code));

/** Python's zipfile, as 7-Zip or a script would re-pack: every file (and, when asked, every folder) under `dir`. */
const PY_ZIP = `
import os, sys, zipfile
src, out, method, dirs = sys.argv[1], sys.argv[2], getattr(zipfile, sys.argv[3]), sys.argv[4] == '1'
with zipfile.ZipFile(out, 'w', compression=method) as z:
    for root, ds, fs in os.walk(src):
        ds.sort()
        rel = os.path.relpath(root, src)
        if dirs and rel != '.':
            z.write(root, rel + '/')
        for f in sorted(fs):
            z.write(os.path.join(root, f), os.path.normpath(os.path.join(rel, f)))
`;

let original: string;
let unpacked: string;
/** What importing the untouched export gives: the result and everything the receiving workspace holds after it. */
let reference: { result: ImportResult; state: Record<string, string>; row: Record<string, unknown> };

/** Imports into a fresh workspace: the result, the row as the app shows it (import time aside) and every other file. */
async function importFresh(file: string) {
  const t = testWorkspace();
  const result = await importDossier(t.ctx, file);
  const row = result.ok ? { ...getDossier(t.ctx, result.id), importedAt: '(now)' } : {};
  const state = Object.fromEntries(Object.entries(workspaceState(t)).filter(([k]) => !/\.sqlite(-wal)?$/.test(k)));
  t.ws.close();
  return { result, state, row };
}

/** Runs `zip` (Info-ZIP) in `cwd` with `args`, returning the new archive. */
function infoZip(name: string, args: string[], cwd = unpacked): string {
  const out = path.join(tempDir(), name);
  execFileSync('zip', ['-q', ...args.map((a) => (a === 'OUT' ? out : a))], { cwd });
  return out;
}

function pyZip(name: string, method: 'ZIP_DEFLATED' | 'ZIP_STORED', dirs: boolean, src = unpacked): string {
  const out = path.join(tempDir(), name);
  execFileSync('python3', ['-c', PY_ZIP, src, out, method, dirs ? '1' : '0']);
  return out;
}

async function expectAcceptedAsOriginal(file: string) {
  const v = await verifyDossier(file);
  expect(codes(v)).toEqual([]);
  const got = await importFresh(file);
  expect(got).toEqual(reference);
  // The receiver that already holds the original takes the re-packed copy for the same dossier: nothing is written.
  const t = testWorkspace();
  const first = await importDossier(t.ctx, original);
  const before = workspaceState(t);
  expect(await importDossier(t.ctx, file)).toEqual({ ...first, alreadyImported: true });
  expect(workspaceState(t)).toEqual(before);
  t.ws.close();
}

beforeAll(async () => {
  const { t, roundId } = await sampleWorkspace();
  original = path.join(tempDir(), 'asli.swanilai');
  await exportDossier(t.ctx, { roundId, out: original, language: 'id' });
  t.ws.close();
  unpacked = tempDir();
  execFileSync('unzip', ['-q', original, '-d', unpacked]);
  reference = await importFresh(original);
  if (!reference.result.ok) throw new Error(JSON.stringify(reference.result.problems));
});

describe('a dossier re-zipped by other tools', () => {
  it('the export unzips into manifest, signature, evidence/ and documents/ (the layout the re-zips start from)', () => {
    const names = fs.readdirSync(unpacked).sort();
    expect(names).toEqual(['documents', 'evidence', 'manifest.json', 'manifest.sig']);
    expect(fs.readdirSync(path.join(unpacked, 'evidence')).length).toBeGreaterThan(0);
  });

  it('Info-ZIP `zip -r` (folder entries, deflate, extra fields) is accepted and imports as the original', async () => {
    const file = infoZip('y.swanilai', ['-r', 'OUT', '.']);
    const zip = await readZip(file);
    expect([...zip.keys()]).toEqual(expect.arrayContaining(['evidence/', 'documents/']));
    expect(zip.get('evidence/')!.bytes.length).toBe(0);
    await expectAcceptedAsOriginal(file);
  });

  it('Info-ZIP `zip -r -D` (no folder entries), `zip -r -9` and `zip -r -0` (stored) are accepted', async () => {
    await expectAcceptedAsOriginal(infoZip('d.swanilai', ['-r', '-D', 'OUT', '.']));
    await expectAcceptedAsOriginal(infoZip('9.swanilai', ['-r', '-9', 'OUT', '.']));
    await expectAcceptedAsOriginal(infoZip('0.swanilai', ['-r', '-0', 'OUT', '.']));
  });

  it('Info-ZIP writing to a pipe (data descriptors, streamed sizes) is accepted', async () => {
    const out = path.join(tempDir(), 'pipe.swanilai');
    fs.writeFileSync(out, execFileSync('zip', ['-q', '-r', '-', '.'], { cwd: unpacked, maxBuffer: 256 * 1024 * 1024 }));
    expect(fs.readFileSync(out).readUInt16LE(6) & 0x8, 'the first local header defers its sizes to a data descriptor').toBe(0x8);
    await expectAcceptedAsOriginal(out);
  });

  it("Python's zipfile (as 7-Zip would), deflated or stored, with or without folder entries, is accepted", async () => {
    await expectAcceptedAsOriginal(pyZip('py-deflated.swanilai', 'ZIP_DEFLATED', true));
    await expectAcceptedAsOriginal(pyZip('py-stored.swanilai', 'ZIP_STORED', false));
  });

  it('re-zipped together with its folder (`zip -r y.swanilai folder/`) is accepted: the one top folder is set aside', async () => {
    const parent = tempDir();
    const folder = path.join(parent, 'berkas akreditasi');
    fs.cpSync(unpacked, folder, { recursive: true });
    const file = infoZip('folder.swanilai', ['-r', 'OUT', 'berkas akreditasi/'], parent);
    expect([...(await readZip(file)).keys()]).toContain('berkas akreditasi/manifest.json');
    await expectAcceptedAsOriginal(file);
    await expectAcceptedAsOriginal(pyZip('py-folder.swanilai', 'ZIP_DEFLATED', true, parent));
  });

  it('a folder holding more than the dossier, or two levels deep next to other files, is refused with one clear reason', async () => {
    const parent = tempDir();
    fs.cpSync(unpacked, path.join(parent, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(parent, 'a', 'catatan.txt'), 'notes next to the dossier');
    const r = await verifyDossier(infoZip('nested.swanilai', ['-r', 'OUT', 'a'], parent));
    expect(codes(r)).toEqual(['REPACKED_IN_FOLDER']);
    if (!r.ok) {
      expect(r.problems[0].message.id).toMatch(/dikemas ulang ke dalam folder.*berkas \.swanilai asli/);
      expect(r.problems[0].message.en).toMatch(/re-packed into a folder.*original \.swanilai file/);
    }
    // Only the dossier two levels down, with its folders' own entries: accepted.
    fs.rmSync(path.join(parent, 'a', 'catatan.txt'));
    await expectAcceptedAsOriginal(infoZip('deep.swanilai', ['-r', 'OUT', 'a'], parent));
  });

  it('a re-zip that adds a file, changes a byte or drops a file is still refused, naming the entry', async () => {
    const copy = tempDir();
    fs.cpSync(unpacked, copy, { recursive: true });
    fs.writeFileSync(path.join(copy, '.DS_Store'), 'x');
    const added = await verifyDossier(infoZip('added.swanilai', ['-r', 'OUT', '.'], copy));
    expect(added.ok ? [] : added.problems.map((p) => [p.code, p.entry])).toEqual([['UNLISTED_ENTRY', '.DS_Store']]);
    fs.rmSync(path.join(copy, '.DS_Store'));
    fs.mkdirSync(path.join(copy, 'lain'));
    const folder = await verifyDossier(infoZip('folder-added.swanilai', ['-r', 'OUT', '.'], copy));
    expect(folder.ok ? [] : folder.problems.map((p) => [p.code, p.entry])).toEqual([['DIRECTORY', 'lain/']]);
    fs.rmdirSync(path.join(copy, 'lain'));

    const [ev] = fs.readdirSync(path.join(copy, 'evidence'));
    const evFile = path.join(copy, 'evidence', ev);
    const bytes = fs.readFileSync(evFile);
    bytes[Math.floor(bytes.length / 2)] ^= 1;
    fs.writeFileSync(evFile, bytes);
    const changed = await verifyDossier(infoZip('changed.swanilai', ['-r', 'OUT', '.'], copy));
    expect(changed.ok ? [] : changed.problems.map((p) => [p.code, p.entry])).toEqual([['DIGEST_MISMATCH', `evidence/${ev}`]]);

    fs.rmSync(evFile);
    const dropped = await verifyDossier(infoZip('dropped.swanilai', ['-r', 'OUT', '.'], copy));
    expect(codes(dropped)).toEqual(['MISSING_ENTRY']);
  });

  it('a folder entry that carries bytes is refused', async () => {
    // A "directory" that carries bytes is not a directory entry; Python writes whatever name it is given.
    const out = path.join(tempDir(), 'dir-bytes.swanilai');
    execFileSync('python3', ['-c', `
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], 'w') as z:
    z.writestr('evidence/', b'hidden payload')
    for i in src.infolist():
        z.writestr(i, src.read(i.filename))
`, original, out]);
    const r = await verifyDossier(out);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.entry, p.message.en])).toEqual([['DIRECTORY', 'evidence/', 'A folder entry carries data']]);
  });

  it('a folder prefix never hides an attack: every name under it gets the usual checks', async () => {
    const { parts } = await buildDossier();
    const bytes = Buffer.from(JSON.stringify(parts.manifest, null, 1));
    const items = [...signedEntries(bytes, parts.key, parts.publicKey), ...parts.files];
    const under = (prefix: string, extra: typeof items = []) => [...items, ...extra].map((it) => ({ ...it, name: prefix + it.name }));
    expect(codes(await verifyDossier(await writeZip(under('a/'))))).toEqual([]);
    const traversal = await writeZip(under('QQ/'), undefined, Object.fromEntries(items.map((it) => ['QQ/' + it.name, '../' + it.name])));
    expect(codes(await verifyDossier(traversal))).toContain('PATH_TRAVERSAL');
    expect(codes(await verifyDossier(await writeZip(under('a/', [{ name: 'evidence/x', data: Buffer.from('x'), mode: 0o120777 }]))))).toEqual(['SYMLINK']);
    expect(codes(await verifyDossier(await writeZip([{ name: 'a/', data: Buffer.alloc(0) }, ...under('a/', [{ name: 'documents/extra.docx', data: Buffer.from('x') }])])))).toEqual(['UNLISTED_ENTRY']);
    expect(codes(await verifyDossier(await writeZip([...under('a/'), ...under('b/')])))).toEqual(['REPACKED_IN_FOLDER']);
  });
});
