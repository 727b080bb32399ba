// For the mentor progress e2e test (run as a child process by tsx while the web host is stopped):
//   progress-fixture.ts WS OUTDIR — the sample LKS exports three yearly dossiers into OUTDIR (progress-dossiers.ts)
//   and WS, the mentor's workspace, receives them in "Berkas masuk". Prints one JSON line with the files.
import fs from 'node:fs';
import path from 'node:path';
import { APP_VERSION } from '../../electron/services/app-version';
import { createContext } from '../../electron/services/context';
import { importDossier } from '../../electron/services/dossier/import';
import { openWorkspace } from '../../electron/services/workspace/workspace';
import { exportProgressDossiers } from './progress-dossiers';

async function main() {
  const [workspace, out] = process.argv.slice(2);
  if (!workspace || !out) throw new Error('usage: progress-fixture.ts WS OUTDIR');
  const lksDir = fs.mkdtempSync(path.join(out, 'lks-'));
  const files = await exportProgressDossiers(lksDir, out);
  const ws = openWorkspace(workspace, { mode: 'exclusive', purpose: 'test setup', create: true });
  try {
    const ctx = createContext(ws, 'cli', APP_VERSION);
    for (const f of files) {
      const r = await importDossier(ctx, f);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
    }
  } finally {
    ws.close();
  }
  console.log(JSON.stringify({ files }));
}

main().catch((e) => { console.error(e); process.exit(1); });
