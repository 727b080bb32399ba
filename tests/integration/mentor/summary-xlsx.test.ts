// summary.exportXlsx: the workbook read back with exceljs holds exactly Table I.1 for the DIY 2015 list.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testWorkspace } from '../../helpers/workspace';
import { fixture, listInput, TABLE_I_1 } from './helpers';

type Out = { fileName: string; base64: string };

async function readTable(out: Out) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(out.base64, 'base64') as never);
  const ws = wb.worksheets[0];
  const header = (ws.getRow(3).values as unknown[]).slice(1);
  const rows: unknown[][] = [];
  for (let n = 4; n <= ws.rowCount; n++) rows.push((ws.getRow(n).values as unknown[]).slice(1));
  return { wb, header, rows };
}

describe('summary.exportXlsx', () => {
  it('exports Table I.1 for the DIY 2015 list, with totals', async () => {
    const t = testWorkspace();
    await t.value('portfolio.importCommit', listInput(fixture('diy-2015.csv')));
    const out: Out = await t.value('summary.exportXlsx', {});
    expect(out.fileName).toBe('rekap-lks.xlsx');
    const { wb, header, rows } = await readTable(out);
    expect(header).toEqual(['No', 'Kode', 'Kabupaten/Kota', 'A', 'B', 'C', 'D', 'E', 'Jumlah']);
    const body = rows.slice(0, -1).map((r) => ({ kode_wilayah: r[1], nama_wilayah: r[2], A: r[3], B: r[4], C: r[5], D: r[6], E: r[7], total: r[8] }));
    const last = rows.at(-1)!;
    expect({ rows: body, total: { A: last[3], B: last[4], C: last[5], D: last[6], E: last[7], total: last[8] } }).toEqual(TABLE_I_1);
    expect(last[2]).toBe('Jumlah');
    expect(wb.worksheets[1].getRow(2).values).toEqual([undefined, 'A', expect.any(Number)]);
  });

  it('follows the filters and the language', async () => {
    const t = testWorkspace();
    await t.value('portfolio.importCommit', listInput(fixture('diy-2015.csv')));
    const out: Out = await t.value('summary.exportXlsx', { region: '34.04', year: 2015, language: 'en' });
    expect(out.fileName).toBe('rekap-lks-34.04-2015.xlsx');
    const { header, rows } = await readTable(out);
    expect(header.at(-1)).toBe('Total');
    expect(rows).toEqual([[1, '34.04', 'Kabupaten Sleman', 2, 29, 44, 16, 24, 115], [undefined, undefined, 'Total', 2, 29, 44, 16, 24, 115]]);
  });
});
