// The dossier's paperwork: persiapan Formulir A, B, C, the LKS profile and a draft covering letter, as DOCX.
import { formA } from './form-a';
import { formB } from './form-b';
import { formC } from './form-c';
import type { DossierDocumentsInput } from './input';
import { letterDoc } from './letter';
import { profileDoc } from './profile';

export type { DossierDocumentsInput } from './input';

export interface DossierDocumentFile {
  path: string;
  title: { id: string; en: string };
  form: 'A' | 'B' | 'C' | 'profile' | 'letter';
  data: Buffer;
}

const DOCUMENTS: { path: string; title: { id: string; en: string }; form: DossierDocumentFile['form']; build: (i: DossierDocumentsInput) => Promise<Buffer> }[] = [
  { path: 'documents/formulir-a.docx', form: 'A', title: { id: 'Persiapan Formulir A (penilaian mandiri)', en: 'Preparation of Form A (self-assessment)' }, build: formA },
  { path: 'documents/formulir-b.docx', form: 'B', title: { id: 'Persiapan Formulir B (bukti fisik)', en: 'Preparation of Form B (physical evidence)' }, build: formB },
  { path: 'documents/formulir-c.docx', form: 'C', title: { id: 'Persiapan Formulir C (pemeriksaan dokumen)', en: 'Preparation of Form C (document checklist)' }, build: formC },
  { path: 'documents/profil-lks.docx', form: 'profile', title: { id: 'Profil LKS', en: 'LKS profile' }, build: profileDoc },
  { path: 'documents/surat-pengantar.docx', form: 'letter', title: { id: 'Draf surat pengantar', en: 'Draft covering letter' }, build: letterDoc },
];

/** Builds the five documents; paths are fixed names that match the manifest's EntryPath. */
export async function buildDossierDocuments(input: DossierDocumentsInput): Promise<DossierDocumentFile[]> {
  const out: DossierDocumentFile[] = [];
  for (const d of DOCUMENTS) out.push({ path: d.path, title: d.title, form: d.form, data: await d.build(input) });
  return out;
}
