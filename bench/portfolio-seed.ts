// Generates a mentor portfolio straight into a workspace database (benchmarks and the scale test): `lks` LKS with
// `years` yearly records each (every other one a dossier projection with scores), 3 visits and 3 actions per LKS.
import type Database from 'better-sqlite3';

export const SEED_REGIONS = ['34.01', '34.02', '34.03', '34.04', '34.71', '11.10', '11.71', '73.71', '91.71', '32.10'];

export function seedPortfolio(db: Database.Database, lks: number, years: number): void {
  const now = '2026-11-30T00:00:00.000Z';
  db.transaction(() => {
    const addLks = db.prepare("INSERT INTO mentor_lks (name, name_key, region_code, lks_type, source, created_at, updated_at) VALUES (?, ?, ?, 'lksa', 'import', ?, ?)");
    const addRecord = db.prepare('INSERT INTO mentor_record (lks_id, year, typology, grade, score, standard_scores, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const addVisit = db.prepare("INSERT INTO mentor_visit (lks_id, date, kind, next_visit_date, created_at, updated_at) VALUES (?, ?, 'pendampingan', ?, ?, ?)");
    const addAction = db.prepare("INSERT INTO mentor_action (visit_id, lks_id, text, due_date, done_at, created_at, updated_at) VALUES (?, ?, 'laporan keuangan', ?, ?, ?, ?)");
    for (let i = 0; i < lks; i++) {
      const id = Number(addLks.run(`LKS Binaan ${i}`, `lks binaan ${i}`, SEED_REGIONS[i % SEED_REGIONS.length], now, now).lastInsertRowid);
      for (let y = 0; y < years; y++) {
        const dossier = y % 2 === 1;
        addRecord.run(id, 2007 + y, 'ABCDE'[(i + y) % 5], 'ABC'[(i + y) % 3], dossier ? 50 + ((i + y) % 50) : null, dossier ? JSON.stringify({ S1: 60 + (i % 30), S2: 70 }) : null, dossier ? 'dossier' : 'import', now, now);
      }
      for (let v = 0; v < 3; v++) {
        const visit = Number(addVisit.run(id, `2026-0${v + 1}-10`, `2026-0${v + 4}-10`, now, now).lastInsertRowid);
        addAction.run(visit, id, `2026-0${v + 2}-01`, v === 0 ? now : null, now, now);
      }
    }
  })();
}
