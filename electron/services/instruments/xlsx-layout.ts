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
  overrides: 'Batas Tipologi',
  prerequisites: 'Prasyarat',
  changelog: 'Perubahan',
} as const;

/** Each key of the "Instrumen" sheet and the instrument field it holds (keys without a value are left out). */
export const META_PATHS = {
  jenis: 'kind', id: 'id', versi: 'version', judul_id: 'title.id', judul_en: 'title.en',
  status_sumber: 'provenance.status', catatan_id: 'provenance.note.id', catatan_en: 'provenance.note.en', skala_maks: 'scale.max',
  aturan_asal: 'scoring.origin', aturan_catatan_id: 'scoring.note.id', aturan_catatan_en: 'scoring.note.en',
  tipologi_asal: 'scoring.typology.origin', tipologi_model_id: 'scoring.typology.model.id', tipologi_model_en: 'scoring.typology.model.en',
  tipologi_bobot_akreditasi: 'scoring.typology.basis.accreditation', tipologi_bobot_gcg: 'scoring.typology.basis.gcg',
  masa_berlaku_A: 'scoring.validityYears.A', masa_berlaku_B: 'scoring.validityYears.B', masa_berlaku_C: 'scoring.validityYears.C',
  masa_berlaku_asal: 'scoring.validityYears.origin',
} as const;
export type MetaKey = keyof typeof META_PATHS;
export const META_KEYS = Object.keys(META_PATHS) as MetaKey[];

export const APPLICABILITY_COLUMNS = ['jenis_lks', 'bentuk_hukum', 'kondisi', 'alasan_id', 'alasan_en'] as const;

export const COLUMNS = {
  /** status: verified | to-verify (empty: not stated). */
  sources: ['id', 'judul', 'catatan', 'status'],
  evidence: ['id', 'label_id', 'label_en'],
  modules: ['id', 'judul_id', 'judul_en', 'deskripsi_id', 'deskripsi_en', ...APPLICABILITY_COLUMNS],
  components: ['id', 'kode', 'judul_id', 'judul_en', 'deskripsi_id', 'deskripsi_en', 'bobot'],
  indicatorsBase: ['komponen', 'kode', 'pertanyaan_id', 'pertanyaan_en', 'panduan_id', 'panduan_en', 'bobot', 'bukti', 'modul',
    'boleh_tidak_berlaku', 'wajib_level_min', 'upaya_per_langkah', ...APPLICABILITY_COLUMNS],
  bands: ['predikat', 'nilai_min', 'label_id', 'label_en'],
  gates: ['jenis', 'nilai_min', 'ambang', 'jumlah_maks', 'berlaku_untuk', 'label_id', 'label_en'],
  typology: ['tipologi', 'skor_min', 'label_id', 'label_en'],
  /** jenis: mustHaveFailed | permitExpired | youngerThan (tahun only for youngerThan); batas: the typology cap A–E. */
  overrides: ['jenis', 'tahun', 'batas', 'label_id', 'label_en'],
  /** cek_jenis: profile | permitValid | evidence; cek_isian: profile fields or evidence kinds, comma-separated. */
  prerequisites: ['id', 'label_id', 'label_en', 'panduan_id', 'panduan_en', 'cek_jenis', 'cek_isian', ...APPLICABILITY_COLUMNS],
  /** redaksi: codes whose wording alone changed, comma-separated. */
  changelog: ['versi', 'catatan_id', 'catatan_en', 'redaksi'],
} as const;

export function levelColumns(level: number): string[] {
  return [`level_${level}_label_id`, `level_${level}_label_en`, `level_${level}_uraian_id`, `level_${level}_uraian_en`];
}

export const YES = 'ya';
export const NO = 'tidak';
