// Builds *.swanilai dossiers straight from docs/dossier.md with yazl (not through the exporter), valid or broken on purpose.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { fingerprintOf } from '../../../electron/services/dossier/fingerprint';
import { bundled } from '../../../electron/services/instruments/bundled';
import { DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION, type Manifest } from '../../../shared/dossier/manifest';
import { tempDir } from '../../helpers/tmp';

export interface ZipItem { name: string; data: Buffer; compress?: boolean; mode?: number }
export interface Parts { manifest: Manifest; files: ZipItem[]; key: crypto.KeyObject; publicKey: string }

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const KEYS = crypto.generateKeyPairSync('ed25519');

/** A fake .docx: its bytes only have to match the manifest; the reader never opens documents. */
const FAKE_DOCX = Buffer.from('PK\u0003\u0004 not really a docx, only bytes the manifest lists');

/** A complete, valid dossier's parts: the shipped instrument as snapshot, two evidence files, one document. */
export function validParts(opts: { evidence?: Buffer[]; roundUid?: string; dossierId?: string; keys?: crypto.KeyPairKeyObjectResult } = {}): Parts {
  const keys = opts.keys ?? KEYS;
  const der = keys.publicKey.export({ format: 'der', type: 'spki' });
  const publicKey = der.toString('base64');
  const { instruments, checklists } = bundled();
  const evidence = opts.evidence ?? [Buffer.from('%PDF-1.4 akta notaris\n'), crypto.randomBytes(3000)];
  const evFiles = evidence.map((data) => ({ name: `evidence/${sha(data)}`, data }));
  const doc = { name: 'documents/formulir-a.docx', data: FAKE_DOCX, compress: true };
  const files: ZipItem[] = [...evFiles, doc];
  const at = '2026-11-30T10:00:00.000Z';
  const manifest: Manifest = {
    format: DOSSIER_FORMAT, formatVersion: DOSSIER_FORMAT_VERSION, appVersion: '0.0.0-test', createdAt: at,
    dossierId: opts.dossierId ?? crypto.randomUUID(),
    sender: { publicKey, fingerprint: fingerprintOf(der) },
    profile: { name: 'LKS Harapan Bunda', lksType: undefined, address: { region: { province: '34', regency: '34.04' } } },
    round: { uid: opts.roundUid ?? `${fingerprintOf(der)}:1`, id: 1, name: 'Putaran 2026', createdAt: at, updatedAt: at },
    instrument: instruments[0], checklist: checklists[0] ?? null,
    answers: { indicators: {}, gcg: {} },
    results: {
      total: null, range: null, grade: null, gradeRange: { best: null, worst: null }, typology: null, gcg: null,
      origins: { scoring: 'estimate', typology: 'estimate', validity: 'estimate', note: { id: 'perkiraan', en: 'estimate' } },
    },
    evidence: evFiles.map((f, i) => ({
      path: f.name, sha256: sha(f.data), size: f.data.length, mediaType: 'application/pdf', originalName: `bukti-${i}.pdf`,
      title: `Bukti ${i}`, kind: null, effectiveDate: null, expiryDate: null, links: ['indicator:S1.01'],
    })),
    documents: [{ path: doc.name, title: { id: 'Formulir A', en: 'Form A' }, form: 'A' }],
    changeLog: [], findings: [],
    entries: files.map((f) => ({ path: f.name, sha256: sha(f.data), size: f.data.length })),
  };
  delete (manifest.profile as Record<string, unknown>).lksType;
  return { manifest, files, key: keys.privateKey, publicKey };
}

/** manifest.json and manifest.sig for these manifest bytes, signed with the given key. */
export function signedEntries(manifestBytes: Buffer, key: crypto.KeyObject, publicKey: string): ZipItem[] {
  const der = Buffer.from(publicKey, 'base64');
  const sig = {
    algorithm: 'ed25519', publicKey, fingerprint: fingerprintOf(der),
    manifestSha256: sha(manifestBytes), signature: crypto.sign(null, manifestBytes, key).toString('base64'),
  };
  return [{ name: 'manifest.json', data: manifestBytes, compress: true }, { name: 'manifest.sig', data: Buffer.from(JSON.stringify(sig)) }];
}

/**
 * Writes a zip with yazl. yazl refuses unsafe names, so a name given in `rawNames` is written as a same-length
 * placeholder and the bytes patched afterwards in both headers: the attacker's zip, not yazl's.
 */
export async function writeZip(items: ZipItem[], file = path.join(tempDir(), 'd.swanilai'), rawNames: Record<string, string> = {}): Promise<string> {
  const zip = new yazl.ZipFile();
  const swaps: [Buffer, Buffer][] = [];
  for (const it of items) {
    let name = it.name;
    const raw = rawNames[it.name];
    if (raw !== undefined) {
      const rawBytes = Buffer.from(raw, 'utf8');
      name = 'Q'.repeat(rawBytes.length - 4) + crypto.randomBytes(2).toString('hex');
      swaps.push([Buffer.from(name), rawBytes]);
    }
    if (name.endsWith('/') && raw === undefined) { zip.addEmptyDirectory(name); continue; }
    zip.addBuffer(it.data, name, { compress: it.compress ?? false, ...(it.mode ? { mode: it.mode } : {}) });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  let buf = Buffer.concat(chunks);
  for (const [from, to] of swaps) {
    for (let i = buf.indexOf(from); i !== -1; i = buf.indexOf(from, i + 1)) to.copy(buf, i);
  }
  fs.writeFileSync(file, buf);
  return file;
}

/** A valid dossier file; `edit` may change the manifest (it is then signed as edited) or the file list. */
export async function buildDossier(edit: (p: Parts) => void = () => {}, opts: Parameters<typeof validParts>[0] = {}): Promise<{ file: string; parts: Parts }> {
  const parts = validParts(opts);
  edit(parts);
  const bytes = Buffer.from(JSON.stringify(parts.manifest, null, 1));
  const file = await writeZip([...signedEntries(bytes, parts.key, parts.publicKey), ...parts.files]);
  return { file, parts };
}

/** Rewrites the uncompressed size of one entry in its local and central headers: headers that lie. */
export function patchUncompressedSize(file: string, name: string, size: number): void {
  const buf = fs.readFileSync(file);
  const nameBytes = Buffer.from(name);
  for (let i = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i !== -1; i = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) {
    const len = buf.readUInt16LE(i + 28);
    if (!buf.subarray(i + 46, i + 46 + len).equals(nameBytes)) continue;
    buf.writeUInt32LE(size, i + 24);
    const local = buf.readUInt32LE(i + 42);
    buf.writeUInt32LE(size, local + 22);
  }
  fs.writeFileSync(file, buf);
}
