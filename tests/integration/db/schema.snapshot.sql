CREATE INDEX answer_change_by_assessment ON answer_change (assessment_id, id);

CREATE INDEX dossier_evidence_sha256 ON dossier_evidence (sha256);

CREATE INDEX evidence_link_by_target ON evidence_link (assessment_id, target, code);

CREATE INDEX plan_action_by_assessment ON plan_action (assessment_id);

CREATE TABLE answer (
  assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
  target TEXT NOT NULL CHECK (target IN ('indicator', 'gcg')),
  code TEXT NOT NULL,
  level INTEGER,
  gcg_value TEXT CHECK (gcg_value IN ('met', 'partial', 'not-met', 'na')),
  not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
  na_reason TEXT,
  note TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, target, code)
) STRICT;

CREATE TABLE answer_change (
  id INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  at TEXT NOT NULL
) STRICT;

CREATE TABLE assessment (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  instrument_id TEXT NOT NULL,
  instrument_version TEXT NOT NULL,
  checklist_id TEXT,
  checklist_version TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- Set when the round was carried over from an older instrument version; review_codes lists what to re-check.
  carried_from INTEGER REFERENCES assessment(id) ON DELETE SET NULL,
  review_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(review_codes))
, from_sample INTEGER NOT NULL DEFAULT 0 CHECK (from_sample IN (0, 1))) STRICT;

CREATE TABLE dossier_evidence (
  dossier_import_id INTEGER NOT NULL REFERENCES dossier_import(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  size INTEGER NOT NULL,
  media_type TEXT NOT NULL,
  original_name TEXT NOT NULL,
  title TEXT NOT NULL,
  kind TEXT,
  effective_date TEXT,
  expiry_date TEXT,
  links TEXT NOT NULL,
  PRIMARY KEY (dossier_import_id, sha256)
);

CREATE TABLE dossier_export (
  dossier_id TEXT PRIMARY KEY,
  assessment_id INTEGER REFERENCES assessment(id) ON DELETE SET NULL,
  round_uid TEXT NOT NULL,
  manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
  file_sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  exported_at TEXT NOT NULL
);

CREATE TABLE dossier_import (
  id INTEGER PRIMARY KEY,
  dossier_id TEXT NOT NULL UNIQUE,
  round_uid TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  sender_fingerprint TEXT NOT NULL,
  lks_name TEXT,
  lks_type TEXT,
  province_code TEXT,
  regency_code TEXT,
  district_code TEXT,
  village_code TEXT,
  round_name TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  manifest TEXT NOT NULL,
  integrity TEXT NOT NULL CHECK (integrity IN ('verified')), manifest_sha256 TEXT,
  UNIQUE (round_uid, version)
);

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  original_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  kind TEXT,
  title TEXT NOT NULL,
  effective_date TEXT,
  expiry_date TEXT,
  added_at TEXT NOT NULL
, from_sample INTEGER NOT NULL DEFAULT 0 CHECK (from_sample IN (0, 1))) STRICT;

CREATE TABLE evidence_link (
  evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
  target TEXT NOT NULL CHECK (target IN ('indicator', 'gcg')),
  code TEXT NOT NULL,
  PRIMARY KEY (evidence_id, assessment_id, target, code)
) STRICT;

CREATE TABLE instrument_import (
  id TEXT NOT NULL,
  version TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('instrument', 'checklist')),
  data TEXT NOT NULL CHECK (json_valid(data)),
  imported_at TEXT NOT NULL,
  PRIMARY KEY (id, version)
) STRICT;

CREATE TABLE migration_log (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT;

CREATE TABLE plan_action (
  id INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
  code TEXT,
  what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 1000),
  who TEXT,
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
, from_sample INTEGER NOT NULL DEFAULT 0 CHECK (from_sample IN (0, 1))) STRICT;

CREATE TABLE profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  data TEXT NOT NULL CHECK (json_valid(data)),
  updated_at TEXT NOT NULL
) STRICT;

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

CREATE TABLE review_change (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  before TEXT,
  at TEXT NOT NULL
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

CREATE TABLE review_log (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT
);

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

CREATE TABLE revision_mark (
  assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
  target TEXT NOT NULL CHECK (target IN ('indicator','gcg')),
  code TEXT NOT NULL,
  note TEXT,
  marked_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, target, code)
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE workspace_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  private_key BLOB NOT NULL,
  public_key BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TRIGGER dossier_evidence_read_only BEFORE UPDATE ON dossier_evidence
BEGIN SELECT RAISE(ABORT, 'imported dossiers are read-only'); END;

CREATE TRIGGER dossier_import_read_only BEFORE UPDATE ON dossier_import
BEGIN SELECT RAISE(ABORT, 'imported dossiers are read-only'); END;

CREATE TRIGGER review_received_read_only BEFORE UPDATE ON review_received
BEGIN SELECT RAISE(ABORT, 'received reviews are read-only'); END;
