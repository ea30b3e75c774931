/**
 * The hardened main window (Electron's security checklist: sandbox,
 * contextIsolation, no Node, navigation and window-open handlers, no webview).
 */
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { BrowserWindow } from 'electron';
import { isSafeExternalUrl } from '../services/security/externalUrl';
import { isAppUrl } from './appUrl';
import { APP_ORIGIN } from './protocol';
import type { WindowBounds, WindowState } from './windowState';

export const minWindowSize = { width: 800, height: 560 } as const;

export function windowOptions(
  preloadPath: string,
  bounds: WindowBounds,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Attest',
    // Shown on 'ready-to-show', so the user never sees a blank frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

export interface HardenOptions {
  readonly appOrigin: string;
  /** Opens a checked https URL in the system browser. */
  readonly openExternal: (url: string) => Promise<void>;
  readonly logError?: (error: unknown) => void;
}

const hardened = new WeakSet<WebContents>();

/**
 * Keeps a webContents on the app: navigation and redirects leave the app
 * origin never, new windows never open (safe https links go to the browser),
 * `<webview>` never attaches. Safe to call twice on the same contents.
 */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const { appOrigin, openExternal, logError } = options;

  const stayOnApp = (event: { url: string; preventDefault: () => void }): void => {
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      // Fire and forget: the window-open answer cannot wait for the browser.
      void openExternal(url).catch((error: unknown) => logError?.(error));
    }
    return { action: 'deny' };
  });
}

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly state: WindowState;
  readonly openExternal: (url: string) => Promise<void>;
  /** Called when the renderer cannot be loaded (the window is not shown). */
  readonly onLoadFailed: (error: unknown) => void;
  readonly logError?: (error: unknown) => void;
}

/** Builds the main window and loads the renderer from the app protocol. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow(windowOptions(options.preloadPath, state.bounds));
  hardenWebContents(window.webContents, {
    appOrigin: APP_ORIGIN,
    openExternal: options.openExternal,
    ...(options.logError === undefined ? {} : { logError: options.logError }),
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // Failure is reported through onLoadFailed; nothing awaits the load.
  void window.loadURL(`${APP_ORIGIN}/index.html`).catch(options.onLoadFailed);
  return window;
}
