// Migration 5: dossiers received from LKS (BALKS / BK3S side), verified before import and read-only afterwards.
// Versions of one round share round_uid; each export has its own dossier_id, so the same file imports only once.
export default `
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
  integrity TEXT NOT NULL CHECK (integrity IN ('verified')),
  UNIQUE (round_uid, version)
);

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
CREATE INDEX dossier_evidence_sha256 ON dossier_evidence (sha256);

-- What the LKS sent is evidence of what the LKS sent: no change after import, ever.
CREATE TRIGGER dossier_import_read_only BEFORE UPDATE ON dossier_import
BEGIN SELECT RAISE(ABORT, 'imported dossiers are read-only'); END;
CREATE TRIGGER dossier_evidence_read_only BEFORE UPDATE ON dossier_evidence
BEGIN SELECT RAISE(ABORT, 'imported dossiers are read-only'); END;
`;
