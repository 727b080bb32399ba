// Electron main process: single instance, app:// protocol, hardened window, and a router between the renderer's
// IPC and the back end, which runs the handler table in its own utilityProcess (backend-host.ts).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type MessageBoxOptions, type OpenDialogOptions } from 'electron';
import path from 'node:path';
import { AppMenu, languageOf, watchLanguage } from './app-menu';
import type { BackendRouter } from './backend-channel';
import { createBackendRouter } from './backend-host';
import { BLOB_PATH, blobResponse } from './blob-protocol';
import { OPEN_FILE_EVENT, registerRoutes } from './ipc';
import { filesFromArgv } from './open-file-args';
import { OpenFileRouting } from './open-file-routing';
import { appFileResponse } from './protocol';
import { APP_ORIGIN, APP_SCHEME, denyAllPermissions, enforceCsp, lockDownContents, PRIVILEGED_SCHEMES, secureWebPreferences } from './security';
import { loadWindowState, MIN_SIZE, restoreBounds, saveWindowState, trackWindowState } from './window-state';
import { resolveWorkspaceDir } from './workspace-choice';
import { chooseAndSwitchWorkspace } from './workspace-switch';

protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
// Date pickers and number formats follow the UI language (Bahasa Indonesia), not the OS locale.
app.commandLine.appendSwitch('lang', 'id-ID');
app.enableSandbox();

const userData = app.getPath('userData');
// --workspace, then $SWANILAI_WORKSPACE, then the folder chosen in Settings, then userData/workspace.
const workspaceDir = resolveWorkspaceDir(process.argv, process.env, userData);

let mainWindow: BrowserWindow | null = null;
let backend: BackendRouter | null = null;
const openFiles = new OpenFileRouting();
// Dialogs are modal to the window when there is one.
const showOpenDialog = (opts: OpenDialogOptions) => (mainWindow ? dialog.showOpenDialog(mainWindow, opts) : dialog.showOpenDialog(opts));
const showMessageBox = (opts: MessageBoxOptions) => (mainWindow ? dialog.showMessageBox(mainWindow, opts) : dialog.showMessageBox(opts));
/** Menu, recent files and the menu's actions (app-menu.ts); every file to open goes through it onto openFiles. */
const appMenu = new AppMenu({
  isMac: process.platform === 'darwin', isDev: !app.isPackaged, userData, workspaceDir, version: app.getVersion(),
  setMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
  addRecentDocument: (file) => app.addRecentDocument(file),
  clearRecentDocuments: () => app.clearRecentDocuments(),
  pickFiles: showOpenDialog,
  messageBox: showMessageBox,
  openPath: (dir) => shell.openPath(dir),
  open: (files) => void openFiles.open(files),
});

/** Double-click, "Open with" and a second launch all land here (see open-file-routing.ts). */
function listenForFilesToOpen() {
  // macOS sends files as events, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    appMenu.openFiles([file]);
  });
  // A second launch hands its files (and focus) to this instance instead of opening the workspace twice.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    appMenu.openFiles(filesFromArgv(argv, { packaged: app.isPackaged, cwd: workingDirectory }));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  listenForFilesToOpen();
  appMenu.openFiles(filesFromArgv(process.argv, { packaged: app.isPackaged, cwd: process.cwd() }));
  app.whenReady().then(start).catch((e) => {
    dialog.showErrorBox('Swanilai', e instanceof Error ? e.message : String(e));
    app.exit(1);
  });
}

/** Starts the back end on the workspace; a refusal (locked by another app, unreadable folder) ends the app. */
async function startBackend(): Promise<BackendRouter | null> {
  const router = createBackendRouter(workspaceDir, chooseWorkspaceFolder);
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

/**
 * Settings → "Ganti folder…", asked for by the back end: a folder picker, the choice remembered, then a restart on
 * it. The back end closes the workspace (database, lock) before the app exits.
 */
function chooseWorkspaceFolder(): Promise<boolean> {
  return chooseAndSwitchWorkspace({
    pickFolder: showOpenDialog, userData, currentDir: workspaceDir, language: appMenu.currentLanguage,
    args: process.argv.slice(1),
    relaunch: (opts) => app.relaunch(opts),
    exit: (code) => {
      quitting = true;
      void (backend ? backend.stop() : Promise.resolve()).catch(() => {}).finally(() => app.exit(code));
    },
  });
}

/** Opens where it was last closed (on a display still there), maximized again if it was. */
function createWindow(): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const state = restoreBounds(loadWindowState(userData), areas);
  const win = new BrowserWindow({
    ...state.bounds, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height, show: false, title: 'Swanilai', backgroundColor: '#f5f6f8',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  trackWindowState(win, (s) => saveWindowState(userData, s));
  // maximize() would show the window at once, before its first paint: only when it is ready.
  win.once('ready-to-show', () => { if (state.maximized) win.maximize(); win.show(); });
  win.on('closed', () => { if (mainWindow === win) mainWindow = null; });
  return win;
}

async function start() {
  backend = await startBackend();
  if (!backend) return;
  denyAllPermissions(session.defaultSession);
  enforceCsp(session.defaultSession);
  serveAppProtocol(backend);
  // A language change in Settings passes the router as settings.set: the menu follows it.
  registerRoutes(ipcMain, watchLanguage(backend, (language) => appMenu.setLanguage(language)), (paths) => appMenu.openFiles(paths));
  appMenu.start(languageOf(await backend.call('settings.get', {})) ?? undefined);
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
