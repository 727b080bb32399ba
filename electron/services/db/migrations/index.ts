// The ordered list of one-way schema migrations; the database's user_version is the last one applied.
import m001 from './001_init';
import m002 from './002_assessment';
import m003 from './003_sample_marks';
import m004 from './004_workspace_key';
import m005 from './005_dossier_import';
import m006 from './006_review';
import m007 from './007_mentor';

export interface Migration { version: number; name: string; sql: string }

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'init', sql: m001 },
  { version: 2, name: 'assessment', sql: m002 },
  { version: 3, name: 'sample marks', sql: m003 },
  { version: 4, name: 'workspace key', sql: m004 },
  { version: 5, name: 'dossier import', sql: m005 },
  { version: 6, name: 'review', sql: m006 },
  { version: 7, name: 'mentor', sql: m007 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
