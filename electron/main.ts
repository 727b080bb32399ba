// Electron main process: single instance, app:// protocol, hardened window, and a router between the renderer's
// IPC and the back end, which runs the handler table in its own utilityProcess (backend-host.ts).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import type { BackendRouter } from './backend-channel';
import { createBackendRouter } from './backend-host';
import { BLOB_PATH, blobResponse } from './blob-protocol';
import { OPEN_FILE_EVENT, registerRoutes } from './ipc';
import { menuTemplate } from './menu';
import { filesFromArgv, workspaceFromArgv } from './open-file-args';
import { OpenFileRouting } from './open-file-routing';
import { appFileResponse } from './protocol';
import { APP_ORIGIN, APP_SCHEME, denyAllPermissions, enforceCsp, lockDownContents, PRIVILEGED_SCHEMES, secureWebPreferences } from './security';

protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
// Date pickers and number formats follow the UI language (Bahasa Indonesia), not the OS locale.
app.commandLine.appendSwitch('lang', 'id-ID');
app.enableSandbox();

function workspaceDir(argv: string[]): string {
  return workspaceFromArgv(argv) ?? process.env.SWANILAI_WORKSPACE ?? path.join(app.getPath('userData'), 'workspace');
}

let mainWindow: BrowserWindow | null = null;
let backend: BackendRouter | null = null;
const openFiles = new OpenFileRouting();

/** Double-click, "Open with" and a second launch all land here (see open-file-routing.ts). */
function listenForFilesToOpen() {
  // macOS sends files as events, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openFiles.open([file]);
  });
  // A second launch hands its files (and focus) to this instance instead of opening the workspace twice.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void openFiles.open(filesFromArgv(argv, { packaged: app.isPackaged, cwd: workingDirectory }));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  listenForFilesToOpen();
  void openFiles.open(filesFromArgv(process.argv, { packaged: app.isPackaged, cwd: process.cwd() }));
  app.whenReady().then(start).catch((e) => {
    dialog.showErrorBox('Swanilai', e instanceof Error ? e.message : String(e));
    app.exit(1);
  });
}

/** Starts the back end on the workspace; a refusal (locked by another app, unreadable folder) ends the app. */
async function startBackend(): Promise<BackendRouter | null> {
  const router = createBackendRouter(workspaceDir(process.argv));
  const started = await router.start();
  if (!started.ok) {
    dialog.showErrorBox('Swanilai', started.error.message);
    await router.stop().catch(() => {});
    app.exit(1);
    return null;
  }
  return router;
}

function serveAppProtocol(router: BackendRouter) {
  const rendererDir = path.join(__dirname, '..', 'dist', 'renderer');
  protocol.handle(APP_SCHEME, (request) => {
    const pathname = new URL(request.url).pathname;
    if (pathname.startsWith(BLOB_PATH)) return blobResponse(router, pathname);
    return Promise.resolve(appFileResponse(rendererDir, request.url));
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280, height: 820, minWidth: 1000, minHeight: 680, show: false, title: 'Swanilai', backgroundColor: '#f5f6f8',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => { if (mainWindow === win) mainWindow = null; });
  return win;
}

async function start() {
  backend = await startBackend();
  if (!backend) return;
  denyAllPermissions(session.defaultSession);
  enforceCsp(session.defaultSession);
  serveAppProtocol(backend);
  registerRoutes(ipcMain, backend, (paths) => void openFiles.open(paths));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged })));
  app.on('web-contents-created', (_e, contents) => lockDownContents(contents, shell));

  mainWindow = createWindow();
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
  // Only now can the renderer hear about files that arrived with the launch (or while it was loading).
  await openFiles.connect(backend, () => mainWindow?.webContents.send(OPEN_FILE_EVENT));
}

app.on('window-all-closed', () => app.quit());
let quitting = false;
app.on('will-quit', (event) => {
  // The back end closes the workspace (database, lock) before the app exits.
  if (quitting || !backend) return;
  event.preventDefault();
  quitting = true;
  void backend.stop().finally(() => app.quit());
});
