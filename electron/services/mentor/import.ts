// Importing a mentor's LKS list: a preview that checks every row and saves nothing, and a commit that saves the
// whole list in one transaction only when no row has an error. The same LKS (name + region) is never duplicated.
import crypto from 'node:crypto';
import type { ImportPreview, ImportRow, ImportRowError } from '../../../shared/api/contract-mentor';
import { MAX_PORTFOLIO_FILE_BYTES } from '../../../shared/api/contract-mentor';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';
import { backupBeforeImport } from '../backup/auto';
import * as field from './fields';
import { readListFile, type Column } from './list-file';

export interface ListUpload { fileName: string; data: Buffer }

export function decodeUpload(fileName: string, base64: string): ListUpload {
  const data = Buffer.from(base64, 'base64');
  if (data.length > MAX_PORTFOLIO_FILE_BYTES) throw new AppError('TOO_LARGE', 'Berkas daftar lebih dari 3,5 MB / list file over 3.5 MB');
  if (data.length === 0) throw new AppError('VALIDATION', 'Berkas kosong / empty file');
  return { fileName, data };
}

const findLks = (ctx: HandlerContext) => ctx.workspace.db.prepare("SELECT id FROM mentor_lks WHERE name_key = ? AND ifnull(region_code, '') = ?");

export async function previewList(ctx: HandlerContext, file: ListUpload): Promise<ImportPreview> {
  const list = await readListFile(file.data);
  const existing = findLks(ctx);
  const seen = new Map<string, number>();
  const rows: ImportRow[] = list.rows.map(({ row, cells }) => {
    const errors: ImportRowError[] = [];
    function take<T>(column: Column, parse: (c: typeof cells[Column]) => field.Parsed<T>, fallback: T): T {
      const r = parse(cells[column]);
      if (r.ok) return r.value;
      errors.push({ row, column, message: { id: r.id, en: r.en } });
      return fallback;
    }
    const name = take('nama', field.cleanName, String(cells.nama ?? '').trim());
    let regionCode = take<string | null>('kode_wilayah', field.regencyCode, null);
    const regionName = regionCode ? ctx.regions.resolve([regionCode])[regionCode] ?? null : null;
    if (regionCode && !regionName) {
      errors.push({ row, column: 'kode_wilayah', message: { id: `Kode wilayah ${regionCode} tidak ada dalam data wilayah Kemendagri.`, en: `Region code ${regionCode} is not in the Kemendagri region data.` } });
      regionCode = null;
    }
    const lksType = take('jenis', field.lksType, null);
    const typology = take<ImportRow['typology']>('tipologi', field.typology, null);
    const grade = take('peringkat', field.grade, null);
    const year = take<number | null>('tahun', field.year, null);
    const key = field.nameKey(name);
    let action: ImportRow['action'] = 'new';
    if (key && regionCode) {
      const same = `${key}|${regionCode}|${year}`;
      const first = seen.get(same);
      if (first !== undefined && year !== null) {
        errors.push({ row, column: null, message: { id: `LKS dan tahun yang sama sudah ada di baris ${first}.`, en: `The same LKS and year are already on row ${first}.` } });
      } else seen.set(same, row);
      if (existing.get(key, regionCode)) action = 'existing';
    }
    return { row, name, regionCode, regionName, lksType, typology, grade, year, action, errors };
  });
  const keysOf = (a: ImportRow['action']) => new Set(rows.filter((r) => r.action === a && r.regionCode).map((r) => `${field.nameKey(r.name)}|${r.regionCode}`)).size;
  return { format: list.format, rows, errors: [...list.errors, ...rows.flatMap((r) => r.errors)], newLks: keysOf('new'), existingLks: keysOf('existing') };
}

export interface CommitResult { ok: boolean; preview: ImportPreview; importId: number | null; created: number; updated: number }

export async function commitList(ctx: HandlerContext, file: ListUpload): Promise<CommitResult> {
  if (ctx.workspace.readonly) throw new AppError('WORKSPACE_LOCKED', 'Ruang kerja terbuka hanya-baca; tutup aplikasi lain dulu / workspace is open read-only; close the other app first');
  const preview = await previewList(ctx, file);
  if (preview.errors.length > 0 || preview.rows.length === 0) {
    if (preview.rows.length === 0 && preview.errors.length === 0) preview.errors.push({ row: 0, column: null, message: { id: 'Daftar tidak berisi baris LKS.', en: 'The list has no LKS rows.' } });
    return { ok: false, preview, importId: null, created: 0, updated: 0 };
  }
  await backupBeforeImport(ctx);
  const db = ctx.workspace.db;
  const now = ctx.now().toISOString();
  const find = findLks(ctx);
  const insertLks = db.prepare("INSERT INTO mentor_lks (name, name_key, region_code, lks_type, source, created_at, updated_at) VALUES (?, ?, ?, ?, 'import', ?, ?)");
  // A later list may name the type the first one left empty; it never erases a known type.
  const touchLks = db.prepare('UPDATE mentor_lks SET lks_type = coalesce(?, lks_type), updated_at = ? WHERE id = ?');
  const upsertRecord = db.prepare(`INSERT INTO mentor_record (lks_id, year, typology, grade, source, import_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'import', ?, ?, ?)
    ON CONFLICT (lks_id, year, source) DO UPDATE SET typology = excluded.typology, grade = excluded.grade, import_id = excluded.import_id, updated_at = excluded.updated_at`);
  let created = 0;
  let updated = 0;
  const importId = db.transaction(() => {
    const id = Number(db.prepare('INSERT INTO mentor_import (file_name, sha256, imported_at, row_count) VALUES (?, ?, ?, ?)')
      .run(file.fileName, crypto.createHash('sha256').update(file.data).digest('hex'), now, preview.rows.length).lastInsertRowid);
    const touched = new Set<number>();
    for (const r of preview.rows) {
      const key = field.nameKey(r.name);
      let lksId = (find.get(key, r.regionCode) as { id: number } | undefined)?.id;
      if (lksId === undefined) {
        lksId = Number(insertLks.run(r.name, key, r.regionCode, r.lksType, now, now).lastInsertRowid);
        created++;
      } else if (!touched.has(lksId)) updated++;
      touched.add(lksId);
      touchLks.run(r.lksType, now, lksId);
      upsertRecord.run(lksId, r.year, r.typology, r.grade, id, now, now);
    }
    return id;
  })();
  return { ok: true, preview, importId, created, updated };
}
