// Hostile text (SQL fragments, HTML/script, RTL override, emoji, combining marks, XML specials, long strings)
// through the database, a dossier (export → import), its DOCX paperwork, an XLSX export and evidence file names:
// every value comes back unchanged, and nothing in it is executed or breaks the markup around it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../electron/services/evidence/files';
import { bundled } from '../../electron/services/instruments/bundled';
import { testWorkspace } from '../helpers/workspace';

export const HOSTILE = [
  "'); DROP TABLE evidence;--",
  'LKS <img src=x onerror=alert(1)> Harapan',
  '<script>window.__pwned=1</script>',
  'Panti \u202Efdp.exe Kasih',
  'Yayasan 👩🏽‍⚕️ Sehat 🇮🇩',
  'Rumah Se\u0301ja\u0300htera a\u0308\u0323',
  'A & B "kutip" ]]> <![CDATA[ x ]]> &amp; &#x3c;',
];

const codes = bundled().instruments[0].components.flatMap((c) => c.indicators).map((i) => i.code);

function readZipEntries(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err2, s) => {
          if (err2 || !s) return reject(err2);
          const parts: Buffer[] = [];
          s.on('data', (d: Buffer) => parts.push(d));
          s.on('end', () => { out.set(e.fileName, Buffer.concat(parts)); zip.readEntry(); });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

/** The text of a WordprocessingML part: every <w:t>, entities decoded, joined per paragraph. */
function docxParagraphs(xml: string): string[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');
  return xml.split(/<w:p[ >]/).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(''));
}

describe('hostile text', () => {
  it('survives the database unchanged (profile, round names, notes), and SQL in it stays data', async () => {
    const t = testWorkspace();
    for (const s of HOSTILE) {
      await t.value('profile.save', { profile: { name: s } });
      expect((await t.value('profile.get')).profile.name).toBe(s);
      const r = await t.value('assessment.create', { name: s });
      expect((await t.value('assessment.get', { id: r.id })).name).toBe(s);
    }
    const { id } = await t.value('assessment.list').then((l: { id: number }[]) => l[0]);
    // The longest note the contract takes (4,000 characters) of hostile text, and 10,000 characters refused cleanly.
    const long = HOSTILE.join(' ').repeat(40).slice(0, 4000);
    await t.value('assessment.setAnswer', { assessmentId: id, code: codes[0], note: long });
    expect((await t.value('assessment.get', { id })).indicators[codes[0]].note).toBe(long);
    const tooLong = await t.call('assessment.setAnswer', { assessmentId: id, code: codes[0], note: HOSTILE.join('').repeat(60).slice(0, 10_000) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await t.value('assessment.get', { id })).indicators[codes[0]].note).toBe(long);
    // The DROP TABLE was only ever a value: every table is still there.
    for (const table of ['evidence', 'assessment', 'answer', 'profile']) {
      expect(t.ws.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)).toEqual({ name: table });
    }
    t.ws.close();
  });

  it('evidence file names: stored under the hash, shown as given (less the characters no disk accepts)', async () => {
    const t = testWorkspace();
    for (const s of HOSTILE) {
      const given = `${s}.pdf`;
      const bytes = crypto.randomBytes(100);
      const { uploadId } = await t.value('evidence.uploadBegin', { name: given, size: bytes.length, mediaType: 'application/pdf' });
      t.ctx.uploads.chunk(uploadId, 0, bytes);
      const { evidence } = await t.value('evidence.uploadFinish', { uploadId, meta: { title: s } });
      expect(evidence.title).toBe(s);
      expect(evidence.originalName).toBe(sanitizeFileName(given));
      // SQL, emoji, RTL and combining marks are kept; only < > : " | ? * and control characters become "_", and a
      // name with a slash keeps its last part (browsers send base names; a path is never taken from it).
      const base = given.split(/[\\/]/).pop()!;
      expect(evidence.originalName.replace(/_/g, '')).toBe(base.normalize('NFC').replace(/[<>:"|?*]/g, '').replace(/_/g, ''));
      expect(fs.existsSync(path.join(t.ws.evidenceDir, evidence.sha256.slice(0, 2), evidence.sha256))).toBe(true);
    }
    expect((await t.value('evidence.list')).map((e: { title: string }) => e.title).sort()).toEqual([...HOSTILE].sort());
    t.ws.close();
  });

  it('round-trips through a dossier: export → import gives the same text; the DOCX holds it escaped, as text', async () => {
    const a = testWorkspace();
    const name = HOSTILE.slice(0, 5).join(' ').slice(0, 200);
    await a.value('profile.save', { profile: { name } });
    const { id } = await a.value('assessment.create', { name: HOSTILE[1] });
    const bytes = crypto.randomBytes(300);
    const { uploadId } = await a.value('evidence.uploadBegin', { name: `${HOSTILE[0]}.pdf`, size: bytes.length, mediaType: 'application/pdf' });
    a.ctx.uploads.chunk(uploadId, 0, bytes);
    await a.value('evidence.uploadFinish', { uploadId, meta: { title: HOSTILE[2] }, link: { assessmentId: id, target: 'indicator', code: codes[0] } });
    await a.value('assessment.setAnswer', { assessmentId: id, code: codes[0], answer: { level: 2 }, note: HOSTILE[6] });
    const out = await a.value('dossier.export', { roundId: id, out: path.join(a.dir, 'd.swanilai') });

    const entries = await readZipEntries(out.path);
    const docs = [...entries.keys()].filter((n) => n.endsWith('.docx'));
    expect(docs.length).toBeGreaterThan(0);
    let found = 0;
    for (const d of docs) {
      const tmp = path.join(a.dir, 'doc.docx');
      fs.writeFileSync(tmp, entries.get(d)!);
      const xml = (await readZipEntries(tmp)).get('word/document.xml')!.toString('utf8');
      // Markup from the text never becomes markup in the document: no raw tag, and the XML still has one root.
      expect(xml).not.toMatch(/<img|<script|<!\[CDATA\[/);
      if (docxParagraphs(xml).some((p) => p.includes(name))) found++;
    }
    expect(found, 'the LKS name, exactly, in a paragraph of the paperwork').toBeGreaterThan(0);

    const b = testWorkspace();
    const imported = await b.value('dossier.import', { path: out.path });
    const got = await b.value('dossier.get', { id: imported.id });
    expect(got.profile.name).toBe(name);
    expect(got.summary.roundName).toBe(HOSTILE[1]);
    expect(got.evidence[0]).toMatchObject({ title: HOSTILE[2], originalName: sanitizeFileName(`${HOSTILE[0]}.pdf`) });
    a.ws.close();
    b.ws.close();
  });

  it('round-trips through an XLSX export (training invitations), read back with exceljs', async () => {
    const t = testWorkspace();
    const names = HOSTILE.map((s) => s.slice(0, 120));
    for (const name of names) await t.value('portfolio.add', { name, regionCode: '34.04', lksType: 'lksa', record: { year: 2025, typology: 'D' } });
    const out = await t.value('training.exportInvitations', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.base64, 'base64') as never);
    const cells = new Set<string>();
    for (const ws of wb.worksheets) ws.eachRow((r) => { for (const v of (r.values as unknown[]).slice(1)) if (typeof v === 'string') cells.add(v); });
    for (const name of names) expect(cells.has(name), name).toBe(true);
    // A cell starting with "=" would be a formula; none of ours does, and no cell turned into one.
    for (const ws of wb.worksheets) ws.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    t.ws.close();
  });
});
