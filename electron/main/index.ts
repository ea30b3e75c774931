/**
 * The Electron lifecycle and nothing else. Every decision lives in a module
 * with its own tests: args, protocol, window, permissions, windowState,
 * ipc/bindIpc, dialogs, finishBeforeQuit.
 */
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, protocol, screen, session, shell } from 'electron';
import { parseArgs } from './args';
import { electronDialogs } from './dialogs';
import { finishBeforeQuit } from './finishBeforeQuit';
import { bindAppIpc } from './ipc/bindIpc';
import { createAppDispatch } from './ipc/createAppDispatch';
import { installPermissionHandlers } from './permissions';
import {
  APP_ORIGIN,
  EVIDENCE_BASE_URL,
  handleAppProtocol,
  handleEvidenceProtocol,
  registerAppScheme,
} from './protocol';
import { createMainWindow, hardenWebContents } from './window';
import type { WindowStateTracker } from './windowState';
import {
  fitToDisplays,
  readWindowState,
  trackWindowState,
  windowStatePath,
  writeWindowState,
} from './windowState';

// Everything up to `whenReady` must happen before Electron is ready.
const launch = parseArgs(process.argv);
if (launch.userData !== undefined) app.setPath('userData', launch.userData);
registerAppScheme();
app.enableSandbox();

const logError = (error: unknown): void => {
  console.error('[attest]', error);
};
/** Callers check the URL first (hardenWebContents, the shell:open-external handler). */
const openExternal = (url: string): Promise<void> => shell.openExternal(url);
/** Only for the verified copies main writes (the evidence:open-externally handler). */
const openPath = async (path: string): Promise<void> => {
  const problem = await shell.openPath(path);
  if (problem !== '') throw new Error(`The system could not open the file: ${problem}`);
};

let mainWindow: BrowserWindow | null = null;
let stateTracker: WindowStateTracker | null = null;
let ready = false;

function failToStart(error: unknown): void {
  logError(error);
  dialog.showErrorBox(
    'Attest could not start',
    error instanceof Error ? error.message : String(error),
  );
  app.quit();
}

async function openMainWindow(): Promise<void> {
  const stateFile = windowStatePath(app.getPath('userData'));
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
    (display) => display.workArea,
  );
  const window = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    state: fitToDisplays(await readWindowState(stateFile), displays),
    openExternal,
    onLoadFailed: failToStart,
    logError,
  });
  stateTracker = trackWindowState(window, (state) => writeWindowState(stateFile, state), {
    logError,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

async function start(): Promise<void> {
  installPermissionHandlers(session.defaultSession, APP_ORIGIN);
  handleAppProtocol(protocol, join(__dirname, '../renderer'));
  const userData = app.getPath('userData');
  const { dispatch, services } = await createAppDispatch({
    appInfo: {
      evidenceBaseUrl: EVIDENCE_BASE_URL,
      name: 'Attest',
      version: app.getVersion(),
      host: 'electron',
      platform: process.platform,
      versions: {
        node: process.versions.node,
        chrome: process.versions.chrome,
        electron: process.versions.electron,
      },
    },
    workspacePath: launch.workspace ?? join(userData, 'workspace'),
    dialogs: electronDialogs(() => mainWindow),
    openExternal,
    openPath,
    appOrigin: APP_ORIGIN,
    logError: (channel, error) => {
      logError(new Error(`${channel} failed`, { cause: error }));
    },
  });
  handleEvidenceProtocol(protocol, services.evidence);
  bindAppIpc(dispatch);
  await openMainWindow();
  ready = true;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { appOrigin: APP_ORIGIN, openExternal, logError });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open reopens it.
    if (ready && mainWindow === null) void openMainWindow().catch(failToStart);
  });
  finishBeforeQuit(app, () => stateTracker?.flush() ?? Promise.resolve(), { logError });
  // Startup failures end in failToStart; nothing else awaits this chain.
  void app.whenReady().then(start).catch(failToStart);
}
