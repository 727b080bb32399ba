// Migration 7: the BK3S/LKKS mentor's workspace: portfolio of LKS, yearly records, visits, agreed actions, list imports.
// Designed whole up front (portfolio, summary, visits, calendar, progress, training rules) so later screens need no migration.
export default `
-- An LKS the mentor follows. name_key is the normalised name (lower case, single spaces, no punctuation) used with
-- region_code to recognise the same LKS when a list is imported again.
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
CREATE UNIQUE INDEX mentor_lks_identity ON mentor_lks (name_key, ifnull(region_code, ''));
CREATE INDEX mentor_lks_region ON mentor_lks (region_code);
CREATE INDEX mentor_lks_round ON mentor_lks (round_uid);

-- Lists imported from spreadsheets, so a record can say where it came from.
CREATE TABLE mentor_import (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  imported_at TEXT NOT NULL,
  row_count INTEGER NOT NULL CHECK (row_count >= 0)
);

-- What is known about an LKS in a year: the provincial typology (A Mandiri … E Bermasalah), the BALKS grade,
-- the score and, where a dossier gave them, the scores per standard and per GCG principle ({"code": number}).
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
CREATE INDEX mentor_record_year ON mentor_record (year, typology);

-- A pendampingan visit; kinds follow seed 000 (Model 5 supervision: perizinan, persiapan lomba, pasca-diklat).
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
CREATE INDEX mentor_visit_lks ON mentor_visit (lks_id, date);

-- An action agreed at a visit (or outside one: visit_id NULL), with owner and due date; done when done_at is set.
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
CREATE INDEX mentor_action_lks ON mentor_action (lks_id, done_at, due_date);
CREATE INDEX mentor_action_visit ON mentor_action (visit_id);

-- Editable mentor data such as the training-recommendation rules, stored as validated JSON documents by name.
CREATE TABLE mentor_rules (
  name TEXT PRIMARY KEY,
  body TEXT NOT NULL CHECK (json_valid(body)),
  updated_at TEXT NOT NULL
);
`;
