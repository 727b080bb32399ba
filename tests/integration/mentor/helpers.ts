// Shared bits of the mentor tests: the list fixtures as upload inputs and Table I.1 (DIY 2015) as the summary must show it.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../helpers/processes';

export const FIXTURES = path.join(ROOT, 'tests/fixtures/portfolio');
export const fixture = (name: string) => path.join(FIXTURES, name);

export function listInput(file: string, fileName = path.basename(file)) {
  return { fileName, base64: fs.readFileSync(file).toString('base64') };
}

const row = (kode_wilayah: string, nama_wilayah: string, [A, B, C, D, E]: number[]) => ({ kode_wilayah, nama_wilayah, A, B, C, D, E, total: A + B + C + D + E });

/** Table I.1 of seed 000 in the CLI's JSON shape, rows in region-code order. */
export const TABLE_I_1 = {
  rows: [
    row('34.01', 'Kabupaten Kulon Progo', [0, 3, 25, 15, 4]),
    row('34.02', 'Kabupaten Bantul', [0, 21, 38, 18, 8]),
    row('34.03', 'Kabupaten Gunungkidul', [0, 1, 31, 19, 0]),
    row('34.04', 'Kabupaten Sleman', [2, 29, 44, 16, 24]),
    row('34.71', 'Kota Yogyakarta', [0, 10, 31, 24, 3]),
  ],
  total: { A: 2, B: 64, C: 169, D: 92, E: 39, total: 366 },
};
