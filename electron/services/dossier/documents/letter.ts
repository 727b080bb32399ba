// Surat pengantar: a DRAFT covering letter to the Kepala BALKS, with the attachments and the dossier's key fingerprint.
import { AlignmentType, Paragraph, TabStopType, TextRun, type FileChild } from 'docx';
import { longDate, plainNumber } from '../../../../shared/format';
import { heading, isExpired, pack, para, run, type Lang } from './kit';
import { lksName, regionName, type DossierDocumentsInput } from './input';

const BLANK = '……………………………';

const L = {
  id: {
    title: 'Surat pengantar', draft: 'DRAFT — bukan surat resmi. ', draftHow: 'Periksa isinya, isi nomor surat, cetak di atas kop surat lembaga, lalu tanda tangani dan beri cap.',
    no: 'Nomor', att: 'Lampiran', subject: 'Perihal', subjectText: 'Permohonan akreditasi', attText: (n: number) => `${n} berkas`,
    to: ['Kepada Yth.', 'Kepala Badan Akreditasi Lembaga Kesejahteraan Sosial (BALKS)', 'Kementerian Sosial Republik Indonesia'], via: (r: string) => `melalui Kepala Dinas Sosial ${r}`, viaBlank: `melalui Kepala Dinas Sosial ${BLANK}`, at: 'di tempat',
    greet: 'Dengan hormat,',
    body: (lks: string, round: string) => `Yang bertanda tangan di bawah ini, atas nama ${lks}, dengan ini mengajukan permohonan akreditasi lembaga kepada Badan Akreditasi Lembaga Kesejahteraan Sosial. Penilaian mandiri telah kami lakukan (putaran "${round}") dan hasilnya kami sertakan sebagai bahan persiapan visitasi.`,
    attLead: 'Bersama surat ini kami lampirkan:',
    items: (ev: number) => ['Persiapan Formulir A (instrumen penilaian mandiri)', `Persiapan Formulir B (daftar ${plainNumber(ev, 'id')} bukti fisik)`, 'Persiapan Formulir C (lembar pemeriksaan dokumen)', 'Profil LKS', 'Surat rekomendasi Dinas Sosial',
      `Berkas digital (.swanilai) berisi data penilaian dan ${plainNumber(ev, 'id')} berkas bukti`],
    missingRec: ' (belum ada — lampirkan)',
    close: 'Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.',
    regards: 'Hormat kami,', chair: 'Ketua', seal: '(tanda tangan dan cap lembaga)',
    fp: 'Sidik jari berkas digital', fpNote: 'Berkas .swanilai ditandatangani secara digital; BALKS dapat mencocokkan sidik jari ini dengan yang tampil di aplikasi saat membuka berkas.', noFp: 'akan tercetak saat berkas digital dibuat',
  },
  en: {
    title: 'Covering letter', draft: 'DRAFT — not an official letter. ', draftHow: 'Check it, fill in the letter number, print it on the organisation\'s letterhead, then sign and stamp it.',
    no: 'Number', att: 'Attachments', subject: 'Subject', subjectText: 'Application for accreditation', attText: (n: number) => `${n} documents`,
    to: ['To:', 'The Head of the Social Welfare Institution Accreditation Board (BALKS)', 'Ministry of Social Affairs of the Republic of Indonesia'], via: (r: string) => `through the Head of the Dinas Sosial of ${r}`, viaBlank: `through the Head of the Dinas Sosial of ${BLANK}`, at: '',
    greet: 'Dear Sir or Madam,',
    body: (lks: string, round: string) => `On behalf of ${lks}, the undersigned hereby applies for the accreditation of the institution by the Social Welfare Institution Accreditation Board. We have carried out a self-assessment (round "${round}") and enclose its results to prepare the site visit.`,
    attLead: 'We enclose:',
    items: (ev: number) => ['Preparation of Form A (self-assessment instrument)', `Preparation of Form B (list of ${plainNumber(ev, 'en')} physical evidence files)`, 'Preparation of Form C (document checklist)', 'LKS profile', 'Recommendation letter from the Dinas Sosial',
      `Digital dossier (.swanilai) with the assessment data and ${plainNumber(ev, 'en')} evidence files`],
    missingRec: ' (not yet available — attach it)',
    close: 'Thank you for your attention and cooperation.',
    regards: 'Yours faithfully,', chair: 'Chair', seal: '(signature and stamp)',
    fp: 'Digital dossier fingerprint', fpNote: 'The .swanilai file is digitally signed; BALKS can compare this fingerprint with the one the app shows when it opens the file.', noFp: 'printed when the digital dossier is made',
  },
};

const line = (k: string, v: string, bold = false) => new Paragraph({
  spacing: { after: 40 }, tabStops: [{ type: TabStopType.LEFT, position: 1400 }],
  children: [new TextRun({ text: k }), new TextRun({ text: `\t: ${v}`, bold })],
});
const right = (text: string, o: { bold?: boolean; after?: number; italic?: boolean; color?: string } = {}) =>
  new Paragraph({ indent: { left: 5600 }, spacing: { after: o.after ?? 0 }, children: [new TextRun({ text, bold: o.bold, italics: o.italic, color: o.color })] });

export async function letterDoc(input: DossierDocumentsInput): Promise<Buffer> {
  const lang: Lang = input.language;
  const t = L[lang];
  const lks = lksName(input, lang);
  const regency = regionName(input, 'regency');
  const place = regency ? regency.replace(/^(KABUPATEN|KAB\.|KOTA)\s+/i, '').replace(/\b\w+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()) : BLANK;
  const regencyTitle = regency ? regency.replace(/\b\w+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()) : null;
  const recommendation = input.evidence.some((e) => e.kind === 'rekomendasi-dinsos' && !isExpired(e.expiryDate, input.today));
  const items = t.items(input.evidence.length).map((s, i) => (i === 4 && !recommendation ? s + t.missingRec : s));
  const contact = input.profile?.contact;
  const children: FileChild[] = [
    new Paragraph({
      spacing: { after: 280 }, shading: { type: 'clear', color: 'auto', fill: 'FDECEC' }, border: { left: { style: 'single', size: 24, color: 'B42318', space: 8 } },
      children: [new TextRun({ text: t.draft, bold: true, color: 'B42318', size: 22 }), new TextRun({ text: t.draftHow, size: 18, color: '5B1A14' })],
    }),
    heading(lang === 'id' ? 'Draf surat pengantar permohonan akreditasi' : 'Draft covering letter for the accreditation application', 2),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 200 }, children: [new TextRun(`${place}, ${longDate(input.today, lang)}`)] }),
    line(t.no, BLANK), line(t.att, t.attText(items.length)), line(t.subject, t.subjectText, true),
    para('', { after: 120 }),
    ...t.to.map((s, i) => para(i === 1 ? [run(s, { bold: true })] : s, { after: 0 })),
    para(regencyTitle ? t.via(regencyTitle) : t.viaBlank, { after: 0 }),
    ...(t.at ? [para(t.at, { after: 0 })] : []),
    para('', { after: 120 }),
    para(t.greet, { after: 160 }),
    para(t.body(lks, input.roundName), { align: 'both', after: 160 }),
    para(t.attLead, { after: 60 }),
    ...items.map((s, i) => para(`${i + 1}.  ${s}`, { indent: 400, after: 40 })),
    para(t.close, { align: 'both', before: 160, after: 360 }),
    right(t.regards),
    right(`${contact?.role?.trim() || t.chair} ${lks}`, { after: 1100 }),
    right(t.seal, { italic: true, color: '999999' }),
    right(contact?.name?.trim() || BLANK, { bold: true, after: 480 }),
    new Paragraph({
      spacing: { before: 240, after: 40 }, border: { top: { style: 'single', size: 4, color: 'AAAAAA', space: 6 } },
      children: [new TextRun({ text: `${t.fp}: `, bold: true, size: 18 }), new TextRun({ text: input.fingerprint ?? t.noFp, size: 18, font: 'Liberation Mono' })],
    }),
    para([run(t.fpNote, { size: 16, color: '666666' })]),
  ];
  return pack(children, { lks, title: t.title, lang, draft: true, footerNote: lang === 'id' ? 'draf, bukan surat resmi' : 'draft, not an official letter' });
}
