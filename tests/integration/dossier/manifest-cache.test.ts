// Parsed manifests are shared between readers of the same imported dossier: parsed once, frozen against changes, and
// a deleted row whose id comes back with another dossier is not answered from the cache.
import { describe, expect, it } from 'vitest';
import { getDossier, importDossier } from '../../../electron/services/dossier/import';
import { testWorkspace } from '../../helpers/workspace';
import { buildDossier } from './build-dossier';

describe('manifest cache', () => {
  it('gives the same frozen manifest to every reader and follows a reused row id', async () => {
    const t = testWorkspace();
    const first = await buildDossier();
    const r = await importDossier(t.ctx, first.file);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const a = getDossier(t.ctx, r.id).manifest;
    expect(getDossier(t.ctx, r.id).manifest).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.answers.indicators)).toBe(true);
    expect(() => { (a as { dossierId: string }).dossierId = 'x'; }).toThrow(TypeError);

    // The import row goes (e.g. a future "remove dossier"); SQLite hands the same id to the next import.
    t.ws.db.transaction(() => {
      for (const table of ['review_item', 'review_change', 'review_log']) t.ws.db.prepare(`DELETE FROM ${table} WHERE review_id IN (SELECT id FROM review WHERE dossier_import_id = ?)`).run(r.id);
      t.ws.db.prepare('DELETE FROM review WHERE dossier_import_id = ?').run(r.id);
      t.ws.db.prepare('DELETE FROM dossier_evidence WHERE dossier_import_id = ?').run(r.id);
      t.ws.db.prepare('DELETE FROM dossier_import WHERE id = ?').run(r.id);
    })();
    const second = await buildDossier(undefined, {});
    const r2 = await importDossier(t.ctx, second.file);
    if (!r2.ok) throw new Error(JSON.stringify(r2.problems));
    expect(r2.id).toBe(r.id);
    expect(getDossier(t.ctx, r2.id).manifest.dossierId).toBe(second.parts.manifest.dossierId);
    expect(second.parts.manifest.dossierId).not.toBe(first.parts.manifest.dossierId);
    t.ws.close();
  });
});
