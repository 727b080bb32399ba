// Profil LKS: identity, legal form, registration, address (with region names), contact, services and facts.
import type { FileChild } from 'docx';
import { longDate, plainNumber } from '../../../../shared/format';
import type { LegalForm, LksType } from '../../../../shared/profile';
import { heading, keyValues, pack, prepareNotice, run, titleBlock, type Cell } from './kit';
import { lksName, regionName, type DossierDocumentsInput } from './input';

const L = {
  id: {
    title: 'Profil LKS', sub: 'Profil lembaga untuk berkas permohonan akreditasi', date: 'Tanggal', round: 'Putaran penilaian', empty: 'belum diisi', yes: 'Ya', no: 'Tidak',
    identity: 'Identitas lembaga', name: 'Nama LKS', legalForm: 'Bentuk hukum', lksType: 'Jenis LKS', founded: 'Tahun berdiri',
    legal: 'Legalitas dan pendaftaran', akta: 'Akta notaris pendirian', aktaDate: 'Tanggal akta', sk: 'SK pengesahan Kemenkumham', tandaDaftar: 'Tanda daftar LKS (Dinas Sosial)',
    izin: 'Izin operasional', izinUntil: 'Izin operasional berlaku s.d.', npwp: 'NPWP lembaga',
    address: 'Alamat', street: 'Jalan', village: 'Desa/kelurahan', district: 'Kecamatan', regency: 'Kabupaten/kota', province: 'Provinsi', postal: 'Kode pos',
    contact: 'Narahubung', person: 'Nama', role: 'Jabatan', phone: 'Telepon', email: 'Email',
    services: 'Layanan dan data lembaga', clients: 'Jumlah klien dilayani', staff: 'Jumlah pengurus, staf dan relawan', aid: 'Bantuan diterima per tahun', assets: 'Total aset',
    pub: 'Pengumpulan uang/barang dari masyarakat per tahun', business: 'Menjalankan unit usaha', grants: 'Menerima hibah/bantuan pemerintah', zakat: 'Mengelola zakat', multi: 'Bekerja di dua kabupaten/kota atau lebih',
    legalForms: { yayasan: 'Yayasan', perkumpulan: 'Perkumpulan', 'belum-berbadan-hukum': 'Belum berbadan hukum', 'upt-pemerintah': 'UPT/UPTD pemerintah', lainnya: 'Lainnya' } as Record<LegalForm, string>,
    lksTypes: { lksa: 'LKSA (panti asuhan / pengasuhan anak)', lansia: 'LKS lanjut usia', disabilitas: 'LKS penyandang disabilitas', lk3: 'LK3 (konsultasi kesejahteraan keluarga)', rehsos: 'Rehabilitasi sosial', lainnya: 'Lainnya' } as Record<LksType, string>,
  },
  en: {
    title: 'LKS Profile', sub: 'Organisation profile for the accreditation application', date: 'Date', round: 'Assessment round', empty: 'not filled in', yes: 'Yes', no: 'No',
    identity: 'Identity', name: 'LKS name', legalForm: 'Legal form', lksType: 'LKS type', founded: 'Founded in',
    legal: 'Legal status and registration', akta: 'Notarial deed of establishment', aktaDate: 'Date of the deed', sk: 'Kemenkumham approval decree (SK)', tandaDaftar: 'LKS registration (Dinas Sosial)',
    izin: 'Operating permit', izinUntil: 'Operating permit valid until', npwp: 'Tax number (NPWP)',
    address: 'Address', street: 'Street', village: 'Village', district: 'District (kecamatan)', regency: 'Regency/city', province: 'Province', postal: 'Postal code',
    contact: 'Contact person', person: 'Name', role: 'Position', phone: 'Phone', email: 'Email',
    services: 'Services and facts', clients: 'Clients served', staff: 'Board, staff and volunteers', aid: 'Aid received per year', assets: 'Total assets',
    pub: 'Public fundraising per year', business: 'Runs a business unit', grants: 'Receives government grants', zakat: 'Collects zakat', multi: 'Works in two or more regencies/cities',
    legalForms: { yayasan: 'Foundation (yayasan)', perkumpulan: 'Association (perkumpulan)', 'belum-berbadan-hukum': 'Not (yet) a legal entity', 'upt-pemerintah': 'Government unit (UPT/UPTD)', lainnya: 'Other' } as Record<LegalForm, string>,
    lksTypes: { lksa: 'LKSA (child care institution)', lansia: 'Older-persons LKS', disabilitas: 'Disability LKS', lk3: 'LK3 (family counselling)', rehsos: 'Social rehabilitation', lainnya: 'Other' } as Record<LksType, string>,
  },
};

export async function profileDoc(input: DossierDocumentsInput): Promise<Buffer> {
  const lang = input.language;
  const t = L[lang];
  const p = input.profile ?? {};
  const lks = lksName(input, lang);
  const v = (x: string | number | null | undefined): Cell => (x === undefined || x === null || x === '' ? [[run(t.empty, { italic: true, color: '999999' })]] : String(x));
  const n = (x: number | undefined) => (x === undefined ? undefined : plainNumber(x, lang));
  const rp = (x: number | undefined) => (x === undefined ? undefined : `Rp ${plainNumber(x, lang)}`);
  const b = (x: boolean | undefined) => (x === undefined ? undefined : x ? t.yes : t.no);
  const d = (x: string | undefined) => (x ? longDate(x, lang) : undefined);
  const reg = p.registration ?? {};
  const addr = p.address ?? {};
  const c = p.contact ?? {};
  const region = (level: 'province' | 'regency' | 'district' | 'village') => regionName(input, level) ?? undefined;
  const section = (title: string, rows: [string, Cell][]) => [heading(title, 2), keyValues(rows, { keyWidth: 40 })];
  const children: FileChild[] = [
    ...titleBlock(t.title, t.sub, [[t.name, lks], [t.round, input.roundName], [t.date, longDate(input.today, lang)]]),
    prepareNotice(lang === 'id' ? 'Profil LKS' : 'the LKS profile', lang),
    ...section(t.identity, [[t.name, v(p.name)], [t.legalForm, v(p.legalForm && t.legalForms[p.legalForm])], [t.lksType, v(p.lksType && t.lksTypes[p.lksType])], [t.founded, v(p.foundingYear)]]),
    ...section(t.legal, [[t.akta, v(reg.aktaNumber)], [t.aktaDate, v(d(reg.aktaDate))], [t.sk, v(reg.skKemenkumhamNumber)], [t.tandaDaftar, v(reg.tandaDaftarNumber)],
      [t.izin, v(reg.izinOperasionalNumber)], [t.izinUntil, v(d(reg.izinOperasionalExpiry))], [t.npwp, v(reg.npwp)]]),
    ...section(t.address, [[t.street, v(addr.street)], [t.village, v(region('village'))], [t.district, v(region('district'))], [t.regency, v(region('regency'))], [t.province, v(region('province'))], [t.postal, v(addr.postalCode)]]),
    ...section(t.contact, [[t.person, v(c.name)], [t.role, v(c.role)], [t.phone, v(c.phone)], [t.email, v(c.email)]]),
    ...section(t.services, [[t.clients, v(n(p.clientsServed))], [t.staff, v(n(p.staffCount))], [t.aid, v(rp(p.annualAidIdr))], [t.assets, v(rp(p.totalAssetsIdr))], [t.pub, v(rp(p.publicFundraisingIdr))],
      [t.business, v(b(p.runsBusinessUnit))], [t.grants, v(b(p.receivesGovernmentGrants))], [t.zakat, v(b(p.collectsZakat))], [t.multi, v(b(p.operatesInMultipleRegencies))]]),
  ];
  return pack(children, { lks, title: t.title, lang });
}
