// Received dossiers become portfolio entries: the sender's LKS with its region and type, and a 'dossier' record with
// the projected grade, typology, total and per-standard scores; a second run and a re-sent version add nothing new.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { sampleWorkspace } from '../dossier/export-helpers';

describe('portfolio from received dossiers', () => {
  it('adds the sample LKS once with its projected results, and matches a listed LKS by name and region', async () => {
    const { t: lks, roundId } = await sampleWorkspace();
    const file = path.join(tempDir(), 'sample.swanilai');
    await exportDossier(lks.ctx, { roundId, out: file, language: 'id' });
    const profile = (await lks.value('profile.get')).profile;
    lks.ws.close();

    const mentor = testWorkspace();
    expect((await mentor.call('dossier.import', { path: file })).ok).toBe(true);
    const manifest = JSON.parse((mentor.ws.db.prepare('SELECT manifest FROM dossier_import').get() as { manifest: string }).manifest);

    const first = await mentor.value('portfolio.fromDossiers');
    expect(first).toEqual({ created: 1, updated: 0, records: 1, skipped: 0 });
    const [row] = await mentor.value('portfolio.list');
    expect(row).toMatchObject({ name: profile.name, regionCode: profile.address.region.regency, lksType: profile.lksType, source: 'dossier', recorded: null });
    expect(row.regionName).toBeTruthy();
    expect(row.projected).toMatchObject({ year: Number(manifest.createdAt.slice(0, 4)), typology: manifest.results.typology, grade: manifest.results.grade });
    expect(row.lastScore).toBe(manifest.results.total);
    const stored = mentor.ws.db.prepare("SELECT standard_scores FROM mentor_record WHERE source = 'dossier'").get() as { standard_scores: string };
    const scored = manifest.results.components.filter((c: { scored: boolean }) => c.scored);
    expect(Object.keys(JSON.parse(stored.standard_scores))).toEqual(scored.map((c: { code: string }) => c.code));
    const summary = await mentor.value('summary.get', {});
    expect(summary.standards.length).toBe(scored.length);

    // Again: nothing new.
    expect(await mentor.value('portfolio.fromDossiers')).toEqual({ created: 0, updated: 0, records: 0, skipped: 0 });
    mentor.ws.close();

    // A mentor who already listed this LKS (another spelling) gets the dossier on that entry, not a second LKS.
    const listed = testWorkspace();
    const added = await listed.value('portfolio.add', { name: profile.name.toUpperCase(), regionCode: profile.address.region.regency, record: { year: 2015, typology: 'C' } });
    expect((await listed.call('dossier.import', { path: file })).ok).toBe(true);
    expect(await listed.value('portfolio.fromDossiers')).toMatchObject({ created: 0, updated: 1, records: 1 });
    const rows = await listed.value('portfolio.list');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: added.id, recorded: { year: 2015, typology: 'C' }, projected: { typology: manifest.results.typology } });
    listed.ws.close();
  }, 120_000);
});
