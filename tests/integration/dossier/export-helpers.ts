// Shared by the export tests: the sample workspace with its newest round, and reading a small zip whole.
import yauzl from 'yauzl';
import { testWorkspace } from '../../helpers/workspace';

/** Every entry of a zip with its bytes (test-sized archives only). */
export async function readZip(file: string): Promise<Map<string, { bytes: Buffer; compressed: boolean }>> {
  const zip = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.open(file, { lazyEntries: true }, (e, z) => (e ? rej(e) : res(z))));
  const out = new Map<string, { bytes: Buffer; compressed: boolean }>();
  await new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.on('entry', (entry: yauzl.Entry) => zip.openReadStream(entry, (err, s) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      s.on('data', (c: Buffer) => chunks.push(c));
      s.on('end', () => { out.set(entry.fileName, { bytes: Buffer.concat(chunks), compressed: entry.compressionMethod !== 0 }); zip.readEntry(); });
    }));
    zip.readEntry();
  });
  return out;
}

export async function sampleWorkspace() {
  const t = testWorkspace();
  await t.value('workspace.loadSample');
  const rounds = await t.value<{ id: number }[]>('assessment.list');
  return { t, roundId: rounds[0].id };
}

