// The fictional, clearly labelled sample LKS that demos, tests and benchmarks start from.
import type { Profile } from '../../../shared/profile';

export const SAMPLE_PROFILE: Profile = {
  name: 'Yayasan Pelita Harapan Contoh (CONTOH FIKTIF)',
  isSample: true,
  legalForm: 'yayasan',
  lksType: 'lksa',
  address: {
    street: 'Jl. Contoh Nomor 12, Dusun Fiktif',
    postalCode: '55281',
    region: { province: '34', regency: '34.04', district: '34.04.07', village: '34.04.07.2002' },
  },
  registration: {
    tandaDaftarNumber: 'CONTOH/TD-LKS/2024/001',
    izinOperasionalNumber: 'CONTOH/IO/2024/017',
    izinOperasionalExpiry: '2027-03-31',
    npwp: '01.234.567.8-901.000',
    aktaNumber: 'Akta No. 7 (contoh)',
    aktaDate: '2011-05-20',
    skKemenkumhamNumber: 'AHU-0000000.AH.01.04.Tahun 2011 (contoh)',
  },
  contact: { name: 'Ibu Contoh Rahayu', role: 'Ketua Pengurus', phone: '0274-000000', email: 'contoh@example.org' },
  foundingYear: 2011,
  clientsServed: 42,
  staffCount: 9,
  annualAidIdr: 350_000_000,
  totalAssetsIdr: 2_500_000_000,
  publicFundraisingIdr: 0,
  runsBusinessUnit: false,
  receivesGovernmentGrants: true,
  collectsZakat: false,
  operatesInMultipleRegencies: false,
};
