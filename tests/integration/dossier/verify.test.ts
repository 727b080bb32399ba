// Verifying dossiers: a valid one passes; broken and malicious files are each refused with their own code.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDossier, type VerifyReport } from '../../../electron/services/dossier/verify';
import { DOSSIER_FORMAT_VERSION } from '../../../shared/dossier/manifest';
import { tempDir } from '../../helpers/tmp';
import { buildDossier, patchUncompressedSize, signedEntries, validParts, writeZip, type ZipItem } from './build-dossier';

const codes = (r: VerifyReport) => (r.ok ? [] : r.problems.map((p) => p.code));
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** A valid dossier's items plus or minus something, signed over the (possibly edited) manifest. */
async function zipWith(change: (items: ZipItem[], p: ReturnType<typeof validParts>) => ZipItem[], rawNames: Record<string, string> = {}) {
  const p = validParts();
  const signed = signedEntries(Buffer.from(JSON.stringify(p.manifest)), p.key, p.publicKey);
  return writeZip(change([...signed, ...p.files], p), undefined, rawNames);
}

async function expectRefused(file: string, code: string) {
  const r = await verifyDossier(file);
  expect(r.ok).toBe(false);
  expect(codes(r)).toContain(code);
  if (!r.ok) for (const p of r.problems) { expect(p.message.id).toBeTruthy(); expect(p.message.en).toBeTruthy(); }
}

describe('verifyDossier', () => {
  it('accepts a valid dossier and recomputes the fingerprint, with progress up to the total', async () => {
    const { file, parts } = await buildDossier();
    const seen: [number, number][] = [];
    const r = await verifyDossier(file, { onProgress: (d, t) => seen.push([d, t]) });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.fingerprint).toBe(parts.manifest.sender.fingerprint);
    expect(r.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(r.entries).toHaveLength(3);
    const total = parts.files.reduce((s, f) => s + f.data.length, 0);
    expect(seen.at(-1)).toEqual([total, total]);
  });

  it('refuses files that are not zips, empty, or truncated, each with its own code', async () => {
    const dir = tempDir();
    const notZip = path.join(dir, 'a.swanilai'); fs.writeFileSync(notZip, 'hello, this is text');
    const zeroBytes = path.join(dir, 'b.swanilai'); fs.writeFileSync(zeroBytes, '');
    const { file } = await buildDossier();
    const truncated = path.join(dir, 'c.swanilai'); fs.writeFileSync(truncated, fs.readFileSync(file).subarray(0, 900));
    const emptyZip = await writeZip([]);
    await expectRefused(notZip, 'NOT_A_ZIP');
    await expectRefused(zeroBytes, 'EMPTY');
    await expectRefused(emptyZip, 'EMPTY');
    await expectRefused(truncated, 'TRUNCATED');
  });

  it.each([
    ['../evil', 'PATH_TRAVERSAL'], ['/etc/x', 'ABSOLUTE_PATH'], ['..\\evil', 'PATH_TRAVERSAL'], ['documents\\x.docx', 'BACKSLASH'],
    ['C:/x', 'DRIVE_LETTER'], ['evidence/\u202Egpj.exe', 'BAD_NAME_CHARS'], ['evidence/a\u0001b', 'BAD_NAME_CHARS'],
    ['documents/' + 'a'.repeat(200), 'NAME_TOO_LONG'], ['stray/', 'DIRECTORY'],
  ])('refuses the entry name %j with %s', async (name, code) => {
    const file = await zipWith((items) => [...items, { name, data: Buffer.from('x') }], { [name]: name });
    await expectRefused(file, code);
  });

  it('refuses a symlink entry, duplicate names, and names equal after case folding or Unicode normalisation', async () => {
    await expectRefused(await zipWith((items) => [...items, { name: 'evidence/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]), 'SYMLINK');
    await expectRefused(await zipWith((items) => [...items, items[2]]), 'DUPLICATE_ENTRY');
    await expectRefused(await zipWith((items) => [...items, { name: 'MANIFEST.json', data: Buffer.from('{}') }]), 'CONFUSABLE_DUPLICATE');
    const nfc = 'documents/caf\u00e9.docx';
    const nfd = 'documents/cafe\u0301.docx';
    await expectRefused(await zipWith((items) => [...items, { name: nfc, data: Buffer.from('1') }, { name: nfd, data: Buffer.from('2') }]), 'CONFUSABLE_DUPLICATE');
  });

  it('refuses an unlisted extra entry and a listed entry that is missing', async () => {
    await expectRefused(await zipWith((items) => [...items, { name: 'documents/extra.docx', data: Buffer.from('x') }]), 'UNLISTED_ENTRY');
    await expectRefused(await zipWith((items) => items.filter((i) => !i.name.startsWith('documents/'))), 'MISSING_ENTRY');
  });

  it('refuses a zip bomb by its ratio, and one whose headers lie about the size, after inflating little', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const bomb = await buildDossier((p) => {
      const name = `evidence/${sha(zeros)}`;
      p.files.push({ name, data: zeros, compress: true });
      p.manifest.entries.push({ path: name, sha256: sha(zeros), size: zeros.length });
    });
    await expectRefused(bomb.file, 'ZIP_BOMB');
    // Headers (and manifest) claim 1000 bytes; the entry inflates to 20 MB: the inflater must stop at 1000.
    const liar = await buildDossier((p) => {
      const name = `evidence/${sha(zeros.subarray(0, 1000))}`;
      p.files.push({ name, data: zeros, compress: true });
      p.manifest.entries.push({ path: name, sha256: sha(zeros.subarray(0, 1000)), size: 1000 });
    });
    patchUncompressedSize(liar.file, `evidence/${sha(zeros.subarray(0, 1000))}`, 1000);
    const r = await verifyDossier(liar.file);
    expect(codes(r)).toEqual(['SIZE_LIES']);
  });

  it('refuses a tampered evidence byte, a tampered manifest, a bad or missing signature', async () => {
    const { file, parts } = await buildDossier();
    const buf = fs.readFileSync(file);
    const ev = parts.files[1].data; // random bytes, stored uncompressed: find and flip one
    const at = buf.indexOf(ev.subarray(0, 64));
    buf[at + 10] ^= 0xff;
    const tampered = path.join(tempDir(), 't.swanilai'); fs.writeFileSync(tampered, buf);
    await expectRefused(tampered, 'DIGEST_MISMATCH');

    const p = validParts();
    const good = Buffer.from(JSON.stringify(p.manifest));
    const [, sig] = signedEntries(good, p.key, p.publicKey);
    const edited = Buffer.from(JSON.stringify({ ...p.manifest, appVersion: '9.9.9' }));
    const swapped = await writeZip([{ name: 'manifest.json', data: edited }, sig, ...p.files]);
    const r = await verifyDossier(swapped);
    expect(codes(r)).toEqual(expect.arrayContaining(['MANIFEST_TAMPERED', 'BAD_SIGNATURE']));

    const other = crypto.generateKeyPairSync('ed25519');
    const [, foreignSig] = signedEntries(good, other.privateKey, p.publicKey);
    await expectRefused(await writeZip([{ name: 'manifest.json', data: good }, foreignSig, ...p.files]), 'BAD_SIGNATURE');
    await expectRefused(await writeZip([{ name: 'manifest.json', data: good }, ...p.files]), 'MISSING_SIGNATURE');
    await expectRefused(await writeZip([{ name: 'manifest.json', data: good }, { name: 'manifest.sig', data: Buffer.from('nope') }, ...p.files]), 'SIGNATURE_INVALID');
  });

  it('refuses a wrong format, a newer formatVersion with "update Swanilai", and a broken snapshot', async () => {
    await expectRefused((await buildDossier((p) => { (p.manifest as { format: string }).format = 'zip-of-cats'; })).file, 'WRONG_FORMAT');
    const newer = await verifyDossier((await buildDossier((p) => { p.manifest.formatVersion = DOSSIER_FORMAT_VERSION + 1; })).file);
    expect(codes(newer)).toEqual(['NEWER_FORMAT']);
    if (!newer.ok) expect(newer.problems[0].message.id).toContain('perbarui Swanilai');
    await expectRefused((await buildDossier((p) => { p.manifest.instrument = { id: 'x' }; })).file, 'BAD_INSTRUMENT');
    await expectRefused((await buildDossier((p) => { (p.manifest as { dossierId: unknown }).dossierId = 42; })).file, 'MANIFEST_INVALID');
    await expectRefused(await zipWith((items) => [{ name: 'manifest.json', data: Buffer.from('{not json') }, ...items.slice(1)]), 'MANIFEST_NOT_JSON');
    await expectRefused(await zipWith((items) => items.slice(1)), 'MISSING_MANIFEST');
  });

  it('refuses more entries than the limit, and a header claiming an entry over 1 GB, before inflating anything', async () => {
    const many = Array.from({ length: 20_101 }, (_, i) => ({ name: `documents/n${i}.docx`, data: Buffer.alloc(0) }));
    await expectRefused(await writeZip(many), 'TOO_MANY_ENTRIES');
    const { file } = await buildDossier();
    patchUncompressedSize(file, 'documents/formulir-a.docx', 0xfffffff0);
    await expectRefused(file, 'ENTRY_TOO_LARGE');
  });

  it('accepts the implied evidence/ and documents/ folder entries', async () => {
    const r = await verifyDossier(await zipWith((items) => [{ name: 'evidence/', data: Buffer.alloc(0) }, { name: 'documents/', data: Buffer.alloc(0) }, ...items]));
    expect(codes(r)).toEqual([]);
  });

  it('refuses evidence in the index that the entry list does not carry', async () => {
    await expectRefused((await buildDossier((p) => { p.manifest.evidence[0].sha256 = 'f'.repeat(64); })).file, 'EVIDENCE_NOT_LISTED');
  });
});
