// Migration 6: BALKS reviews of received dossiers (assessor side) and what the LKS sent and got back (LKS side).
export default `
-- The digest of the signed manifest bytes, so a review file can name the dossier it answers.
ALTER TABLE dossier_import ADD COLUMN manifest_sha256 TEXT;

-- LKS side: every dossier this workspace exported, so a review file can be matched to a dossier really sent.
CREATE TABLE dossier_export (
  dossier_id TEXT PRIMARY KEY,
  assessment_id INTEGER REFERENCES assessment(id) ON DELETE SET NULL,
  round_uid TEXT NOT NULL,
  manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
  file_sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  exported_at TEXT NOT NULL
);

-- Assessor side: one review per round of an LKS (round_uid), following the newest imported dossier version.
CREATE TABLE review (
  id INTEGER PRIMARY KEY,
  review_uid TEXT NOT NULL UNIQUE,
  round_uid TEXT NOT NULL UNIQUE,
  dossier_import_id INTEGER NOT NULL REFERENCES dossier_import(id),
  blind INTEGER NOT NULL DEFAULT 1 CHECK (blind IN (0, 1)),
  state TEXT NOT NULL DEFAULT 'diajukan' CHECK (state IN ('diajukan','ditinjau','perlu-perbaikan','diperbaiki','dinilai')),
  assessor_name TEXT,
  visit_summary TEXT,
  findings TEXT,
  recommendation TEXT,
  revision_comment TEXT,
  final_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE review_item (
  review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
  target TEXT NOT NULL CHECK (target IN ('indicator','gcg')),
  code TEXT NOT NULL,
  level INTEGER,
  not_applicable INTEGER NOT NULL DEFAULT 0,
  reason TEXT,
  gcg_value TEXT CHECK (gcg_value IS NULL OR gcg_value IN ('met','partial','not-met','na')),
  note TEXT,
  observation TEXT,
  state TEXT NOT NULL DEFAULT 'diajukan' CHECK (state IN ('diajukan','ditinjau','perlu-perbaikan','diperbaiki','dinilai')),
  revision_request TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (review_id, target, code)
);

-- Undo for the assessor's edits: the item as it was before each change (NULL = there was no row).
CREATE TABLE review_change (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  before TEXT,
  at TEXT NOT NULL
);

CREATE TABLE review_log (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT
);

-- LKS side: review files received from BALKS; read-only like imported dossiers.
CREATE TABLE review_received (
  id INTEGER PRIMARY KEY,
  review_uid TEXT NOT NULL,
  created_at TEXT NOT NULL,
  dossier_id TEXT NOT NULL REFERENCES dossier_export(dossier_id),
  assessor_fingerprint TEXT NOT NULL,
  received_at TEXT NOT NULL,
  manifest TEXT NOT NULL,
  UNIQUE (review_uid, created_at)
);
CREATE TRIGGER review_received_read_only BEFORE UPDATE ON review_received
BEGIN SELECT RAISE(ABORT, 'received reviews are read-only'); END;

-- LKS side: items the LKS marks as fixed ("diperbaiki") after a revision request; travel in the next dossier.
CREATE TABLE revision_mark (
  assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
  target TEXT NOT NULL CHECK (target IN ('indicator','gcg')),
  code TEXT NOT NULL,
  note TEXT,
  marked_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, target, code)
);
`;
