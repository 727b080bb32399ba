// The invitation list of the training models as an XLSX workbook: one sheet per model (or only the one asked for),
// each with the LKS to invite and the reasons, so the mentor can send it on or mail-merge the invitations.
import ExcelJS from 'exceljs';
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import { AppError } from '../../../shared/api/result';
import type { LksType } from '../../../shared/profile';
import type { HandlerContext } from '../context';
import { listPortfolio } from './portfolio';
import { inviteList } from './recommendations';

type Lang = 'id' | 'en';
type Invitations = ReturnType<typeof inviteList>;

const TEXT = {
  id: {
    no: 'No', name: 'Nama LKS', region: 'Kab/Kota', type: 'Jenis', typology: 'Tipologi', reason: 'Alasan',
    estimate: 'perkiraan', invite: 'LKS yang diundang', none: 'Tidak ada LKS yang diundang.', rules: 'Aturan', version: 'versi',
    stored: 'diubah pendamping', shipped: 'bawaan', filter: 'Jenis LKS', undecided: 'Belum dapat diputuskan (data belum lengkap)',
    estimateNote: '(perkiraan): alasan yang ambangnya perkiraan, bukan dari sumber',
  },
  en: {
    no: 'No', name: 'LKS name', region: 'Regency/City', type: 'Type', typology: 'Typology', reason: 'Reason',
    estimate: 'estimate', invite: 'LKS to invite', none: 'No LKS to invite.', rules: 'Rules', version: 'version',
    stored: 'edited by the mentor', shipped: 'shipped', filter: 'LKS type', undecided: 'Undecided (data missing)',
    estimateNote: '(estimate): a reason whose threshold is an estimate, not from the source',
  },
} as const;

export const HEADER_ROW = 4;

/** Recorded typology, else the dossier's projection marked as an estimate. */
function typologyOf(r: PortfolioRow | undefined, lang: Lang): string {
  if (r?.recorded?.typology) return r.recorded.typology;
  if (r?.projected?.typology) return `${r.projected.typology} (${TEXT[lang].estimate})`;
  return '';
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 28).trim();
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

export async function invitationsWorkbook(inv: Invitations, rows: PortfolioRow[], lang: Lang, lksType?: LksType): Promise<Buffer> {
  const x = TEXT[lang];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Swanilai';
  const used = new Set<string>();
  for (const m of inv.models) {
    const ws = wb.addWorksheet(sheetName(`${m.model.number}. ${m.model.title[lang]}`, used));
    ws.getCell('A1').value = `Model ${m.model.number}: ${m.model.title[lang]} (${m.model.size.hours ? `${m.model.size.hours} ${m.model.size.unit === 'jpl' ? 'JPL' : lang === 'id' ? 'jam' : 'hours'}` : m.model.size.text[lang]})`;
    ws.getCell('A1').font = { bold: true, size: 12 };
    ws.getCell('A2').value = [
      `${x.invite}: ${m.invite.length}`,
      lksType ? `${x.filter}: ${lksType}` : '',
      `${x.rules}: ${inv.rules.id} ${x.version} ${inv.rules.version} (${inv.rules.source === 'stored' ? x.stored : x.shipped})`,
    ].filter(Boolean).join(' · ');
    const head = ws.getRow(HEADER_ROW);
    head.values = [x.no, x.name, x.region, x.type, x.typology, x.reason];
    head.font = { bold: true };
    m.invite.forEach((lks, i) => {
      const r = byId.get(lks.lksId);
      const reason = lks.reasons.map((t) => t[lang]).join('\n') + (lks.estimate ? ` (${x.estimate})` : '');
      const row = ws.addRow([i + 1, lks.name, r?.regionName ?? '', r?.lksType ?? '', typologyOf(r, lang), reason]);
      row.alignment = { vertical: 'top', wrapText: true };
    });
    if (!m.invite.length) ws.addRow(['', x.none]);
    if (m.invite.some((l) => l.estimate)) { ws.addRow([]); ws.addRow(['', x.estimateNote]).font = { italic: true }; }
    if (m.undecided.length) {
      ws.addRow([]);
      ws.addRow(['', `${x.undecided}: ${m.undecided.length}`]).font = { bold: true };
      m.undecided.forEach((u, i) => { ws.addRow([i + 1, u.name, byId.get(u.lksId)?.regionName ?? '', '', '', u.missing.map((t) => t[lang]).join('; ')]).alignment = { vertical: 'top', wrapText: true }; });
    }
    [5, 36, 20, 12, 16, 90].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function invitationsXlsx(ctx: HandlerContext, i: { model?: string; lksType?: LksType; language: Lang }) {
  const all = inviteList(ctx, i.lksType);
  const models = i.model ? all.models.filter((m) => m.model.id === i.model) : all.models;
  if (!models.length) {
    const known = all.models.map((m) => m.model.id).join(', ');
    throw new AppError('NOT_FOUND', `Model "${i.model}" tidak ada dalam aturan; yang ada: ${known} / model "${i.model}" is not in the rules; known: ${known}`);
  }
  const buf = await invitationsWorkbook({ ...all, models }, listPortfolio(ctx), i.language, i.lksType);
  const fileName = `undangan-pelatihan${i.model ? `-${i.model}` : ''}${i.lksType ? `-${i.lksType}` : ''}.xlsx`;
  return { fileName, base64: buf.toString('base64') };
}
