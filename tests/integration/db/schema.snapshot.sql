CREATE INDEX answer_change_by_assessment ON answer_change (assessment_id, id);

CREATE INDEX dossier_evidence_sha256 ON dossier_evidence (sha256);

CREATE INDEX evidence_link_by_target ON evidence_link (assessment_id, target, code);

CREATE INDEX mentor_action_lks ON mentor_action (lks_id, done_at, due_date);

CREATE INDEX mentor_action_visit ON mentor_action (visit_id);

CREATE UNIQUE INDEX mentor_lks_identity ON mentor_lks (name_key, ifnull(region_code, ''));

CREATE INDEX mentor_lks_region ON mentor_lks (region_code);

CREATE INDEX mentor_lks_round ON mentor_lks (round_uid);

CREATE INDEX mentor_record_year ON mentor_record (year, typology);

CREATE INDEX mentor_visit_lks ON mentor_visit (lks_id, date);

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

CREATE TABLE mentor_action (
  id INTEGER PRIMARY KEY,
  visit_id INTEGER REFERENCES mentor_visit(id) ON DELETE CASCADE,
  lks_id INTEGER NOT NULL REFERENCES mentor_lks(id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  owner TEXT,
  due_date TEXT,
  done_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE mentor_import (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  imported_at TEXT NOT NULL,
  row_count INTEGER NOT NULL CHECK (row_count >= 0)
);

CREATE TABLE mentor_lks (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_key TEXT NOT NULL CHECK (length(name_key) > 0),
  region_code TEXT CHECK (region_code IS NULL OR region_code GLOB '[0-9][0-9].[0-9][0-9]'),
  lks_type TEXT CHECK (lks_type IS NULL OR lks_type IN ('lksa','lansia','disabilitas','lk3','rehsos','lainnya')),
  source TEXT NOT NULL CHECK (source IN ('manual','import','dossier')),
  round_uid TEXT,
  rhythm TEXT CHECK (rhythm IS NULL OR rhythm IN ('monthly','quarterly','six-monthly','yearly')),
  -- Works in two or more kab/kota (Model 5 supervision, LKKS recommendation); NULL = not known.
  multi_regency INTEGER CHECK (multi_regency IS NULL OR multi_regency IN (0, 1)),
  permit_expiry TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE mentor_record (
  id INTEGER PRIMARY KEY,
  lks_id INTEGER NOT NULL REFERENCES mentor_lks(id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  typology TEXT CHECK (typology IS NULL OR typology IN ('A','B','C','D','E')),
  grade TEXT CHECK (grade IS NULL OR grade IN ('A','B','C')),
  score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
  standard_scores TEXT CHECK (standard_scores IS NULL OR json_valid(standard_scores)),
  gcg_scores TEXT CHECK (gcg_scores IS NULL OR json_valid(gcg_scores)),
  -- When the grade was given (YYYY-MM-DD), for the projected re-accreditation date; NULL when unknown.
  assessed_on TEXT,
  source TEXT NOT NULL CHECK (source IN ('manual','import','dossier')),
  import_id INTEGER REFERENCES mentor_import(id) ON DELETE SET NULL,
  round_uid TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (lks_id, year, source)
);

CREATE TABLE mentor_rules (
  name TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (json_valid(body)),
  updated_at TEXT NOT NULL
);

CREATE TABLE mentor_visit (
  id INTEGER PRIMARY KEY,
  lks_id INTEGER NOT NULL REFERENCES mentor_lks(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('pendampingan','supervisi-perizinan','persiapan-lomba','pasca-diklat','insidental')),
  participants TEXT,
  findings TEXT,
  next_visit_date TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

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
