// What the export writes, the import accepts: the sample round travels to another workspace with every evidence file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDossier } from '../../../electron/services/dossier/export';
import { importDossier } from '../../../electron/services/dossier/import';
import { blobPath } from '../../../electron/services/evidence/files';
import { tempDir } from '../../helpers/tmp';
import { testWorkspace } from '../../helpers/workspace';
import { sampleWorkspace } from './export-helpers';

describe('dossier export → import', () => {
  it('a fresh workspace imports the exported sample round, evidence byte for byte', async () => {
    const { t, roundId } = await sampleWorkspace();
    const out = path.join(tempDir(), 'sample.swanilai');
    const exported = await exportDossier(t.ctx, { roundId, out, language: 'id' });
    const receiver = testWorkspace();
    const r = await importDossier(receiver.ctx, out);
    expect(r).toMatchObject({ ok: true });
    const sent = (await t.value<{ sha256: string; links: { assessmentId: number }[] }[]>('evidence.list')).filter((e) => e.links.some((l) => l.assessmentId === roundId));
    expect(sent.length).toBeGreaterThan(0);
    for (const e of sent) {
      const copy = fs.readFileSync(blobPath(receiver.ws.evidenceDir, e.sha256));
      expect(crypto.createHash('sha256').update(copy).digest('hex')).toBe(e.sha256);
    }
    expect(exported.evidence).toBe(sent.length);
  });
});
