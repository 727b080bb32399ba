// Entry point of `npm run start:web`: opens the workspace and serves the app on 127.0.0.1.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/api/result';
import { APP_VERSION } from '../../services/app-version';
import { startBackend } from '../../services/backend';
import { describeCleanup } from '../../services/evidence/sweep';
import { startWebHost } from '../web/web-host';
import { defaultWorkspaceDir } from '../../services/workspace/workspace';
import { parseArgs } from './args';

const HELP = `Swanilai web host
Usage: npm run start:web -- [--port N] [--workspace DIR] [--open-file FILE]... [--no-open]
  --port N          port on 127.0.0.1 (default 4390; 0 = any free port)
  --workspace DIR   workspace folder (default: $SWANILAI_WORKSPACE or the per-user app-data folder)
  --open-file FILE  a *.swanilai dossier or review file to import: the app opens on the screen that imports it
                    (repeatable; the browser is only shown its name, the host reads the file)
  --no-open         do not open a browser`;

function openBrowser(url: string) {
  const cmd = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
  } catch {
    /* no browser: the URL is printed anyway */
  }
}

async function main() {
  const { flags, lists } = parseArgs(process.argv.slice(2), { valued: ['port', 'workspace'], booleans: ['no-open'], repeatable: ['open-file'] });
  if (flags.help) { console.log(HELP); return; }
  const port = flags.port === undefined ? 4390 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('VALIDATION', `Port tidak valid / invalid port: ${flags.port}`);
  const dir = typeof flags.workspace === 'string' ? flags.workspace : defaultWorkspaceDir();
  // The same entry as the desktop's back end and the CLI. A damaged database still opens (locked, for recovery): the
  // app then offers to restore a backup. Daily backups run while the host does.
  const backend = startBackend({ workspaceDir: dir, transport: 'http', purpose: 'web host', log: (line) => console.log(line) });
  const { ctx, workspace } = backend;
  const staticDir = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));
  // Registered by path here, on the host's side: the browser sees an id and a name, and imports by id.
  for (const file of lists?.['open-file'] ?? []) {
    try {
      const f = await backend.openFile(file);
      console.log(`Berkas untuk dibuka / file to open: ${f.name} (${f.kind === 'dossier' ? 'dossier' : f.kind === 'review' ? 'berkas tinjauan / review file' : 'tidak dikenal / unknown'})`);
    } catch (e) {
      // The app still opens; the file that cannot be read is named here, where the path was typed.
      console.error(`Swanilai: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  let host;
  try {
    host = await startWebHost({ ctx, staticDir, port });
  } catch (e) {
    backend.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new AppError('CONFLICT', `Port ${port} sudah dipakai; coba --port lain. / Port ${port} is in use; try another --port.`);
    throw e;
  }
  console.log(`Swanilai ${APP_VERSION}: ruang kerja / workspace ${workspace.dir}`);
  const swept = describeCleanup(workspace.cleanup);
  if (swept) console.log(swept);
  if (workspace.damaged) console.log(`${workspace.damaged.message} (Pengaturan → Cadangan / Settings → Backups)`);
  console.log('Buka alamat ini di peramban / Open this address in a browser:');
  console.log(host.url);
  if (!flags['no-open']) openBrowser(host.url);
  const stop = async () => {
    await host.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`Swanilai: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
