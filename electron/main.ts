// Electron main process: single instance, workspace, app:// protocol, hardened window, IPC handler table.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { AppError } from '../shared/api/result';
import { APP_VERSION } from './services/app-version';
import { createContext } from './services/context';
import { defaultWorkspaceDir, openWorkspaceForRecovery, type Workspace } from './services/workspace/workspace';
import { startDailyBackups } from './services/backup/auto';
import { registerHandlers } from './ipc';
import { menuTemplate } from './menu';
import { appFileResponse } from './protocol';
import { APP_ORIGIN, APP_SCHEME, denyAllPermissions, enforceCsp, lockDownContents, PRIVILEGED_SCHEMES, secureWebPreferences } from './security';

protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
// Date pickers and number formats follow the UI language (Bahasa Indonesia), not the OS locale.
app.commandLine.appendSwitch('lang', 'id-ID');
app.enableSandbox();

function workspaceFromArgs(argv: string[]): string {
  const i = argv.indexOf('--workspace');
  if (i >= 0 && argv[i + 1]) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith('--workspace='));
  if (eq) return eq.slice('--workspace='.length);
  return process.env.SWANILAI_WORKSPACE ?? path.join(app.getPath('userData'), 'workspace');
}

let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the running window instead of opening the workspace twice.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start).catch((e) => {
    dialog.showErrorBox('Swanilai', e instanceof Error ? e.message : String(e));
    app.exit(1);
  });
}

async function start() {
  const rendererDir = path.join(__dirname, '..', 'dist', 'renderer');
  try {
    workspace = openWorkspaceForRecovery(workspaceFromArgs(process.argv) || defaultWorkspaceDir(), { mode: 'exclusive', purpose: 'desktop app', create: true });
  } catch (e) {
    const message = e instanceof AppError ? e.message : String(e);
    dialog.showErrorBox('Swanilai', message);
    app.exit(1);
    return;
  }
  startDailyBackups(workspace, (line) => console.log(line));
  denyAllPermissions(session.defaultSession);
  enforceCsp(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => Promise.resolve(appFileResponse(rendererDir, request.url)));
  registerHandlers(ipcMain, { ...createContext(workspace, 'ipc', APP_VERSION), openPath: (file) => shell.openPath(file), showItemInFolder: (file) => shell.showItemInFolder(file) });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged })));
  app.on('web-contents-created', (_e, contents) => lockDownContents(contents, shell));

  mainWindow = new BrowserWindow({
    width: 1280, height: 820, minWidth: 1000, minHeight: 680, show: false, title: 'Swanilai', backgroundColor: '#f5f6f8',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => { mainWindow = null; });
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => workspace?.close());
