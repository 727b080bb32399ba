// The spreadsheet layout for authoring instruments: sheet names and Indonesian column headers, one sheet per part.
export const SHEETS = {
  meta: 'Instrumen',
  sources: 'Sumber',
  evidence: 'Jenis Bukti',
  modules: 'Modul',
  components: 'Komponen',
  indicators: 'Indikator',
  bands: 'Predikat',
  gates: 'Gerbang',
  typology: 'Tipologi',
} as const;

export const META_KEYS = [
  'jenis', 'id', 'versi', 'judul_id', 'judul_en', 'status_sumber', 'catatan_id', 'catatan_en', 'skala_maks',
  'aturan_asal', 'aturan_catatan_id', 'aturan_catatan_en', 'tipologi_asal', 'tipologi_bobot_akreditasi', 'tipologi_bobot_gcg',
  'masa_berlaku_A', 'masa_berlaku_B', 'masa_berlaku_C', 'masa_berlaku_asal',
] as const;

export const APPLICABILITY_COLUMNS = ['jenis_lks', 'bentuk_hukum', 'kondisi', 'alasan_id', 'alasan_en'] as const;

export const COLUMNS = {
  sources: ['id', 'judul', 'catatan'],
  evidence: ['id', 'label_id', 'label_en'],
  modules: ['id', 'judul_id', 'judul_en', 'deskripsi_id', 'deskripsi_en', ...APPLICABILITY_COLUMNS],
  components: ['id', 'kode', 'judul_id', 'judul_en', 'deskripsi_id', 'deskripsi_en', 'bobot'],
  indicatorsBase: ['komponen', 'kode', 'pertanyaan_id', 'pertanyaan_en', 'panduan_id', 'panduan_en', 'bobot', 'bukti', 'modul',
    'boleh_tidak_berlaku', 'wajib_level_min', 'upaya_per_langkah', ...APPLICABILITY_COLUMNS],
  bands: ['predikat', 'nilai_min', 'label_id', 'label_en'],
  gates: ['jenis', 'nilai_min', 'ambang', 'jumlah_maks', 'berlaku_untuk', 'label_id', 'label_en'],
  typology: ['tipologi', 'skor_min', 'label_id', 'label_en'],
} as const;

export function levelColumns(level: number): string[] {
  return [`level_${level}_label_id`, `level_${level}_label_en`, `level_${level}_uraian_id`, `level_${level}_uraian_en`];
}

export const YES = 'ya';
export const NO = 'tidak';
