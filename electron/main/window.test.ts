import { EventEmitter } from 'node:events';
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, it, expect, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  BrowserWindow: vi.fn(),
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { createMainWindow, hardenWebContents, windowOptions } from './window';

type OpenHandler = (details: HandlerDetails) => WindowOpenHandlerResponse;

class FakeContents extends EventEmitter {
  openHandler: OpenHandler | undefined;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

function navigationEvent(url: string): { url: string; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, preventDefault: vi.fn() };
}

function harden(): { contents: FakeContents; openExternal: ReturnType<typeof vi.fn> } {
  const contents = new FakeContents();
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  hardenWebContents(contents.asWebContents(), { appOrigin: 'attest://app', openExternal });
  return { contents, openExternal };
}

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.js', {
    x: 10,
    y: 20,
    width: 1000,
    height: 700,
  });

  it('turns every renderer safety on', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('stays hidden until ready-to-show, at the given bounds', () => {
    expect(options).toMatchObject({ show: false, x: 10, y: 20, width: 1000, height: 700 });
  });
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s stays on the app origin', (event) => {
    const { contents } = harden();
    const inside = navigationEvent('attest://app/index.html#/cohorts');
    contents.emit(event, inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    for (const url of [
      'https://evil.example/',
      'attest://evil/index.html',
      'attest://app.evil/index.html',
      'file:///etc/passwd',
      'http://app.localhost/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      const outside = navigationEvent(url);
      contents.emit(event, outside);
      expect(outside.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('denies every window.open and hands only safe https links to the browser', () => {
    const { contents, openExternal } = harden();
    const open = (url: string): WindowOpenHandlerResponse | undefined =>
      contents.openHandler?.({
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
      } as HandlerDetails);
    expect(open('https://www.ontario.ca/page/micro-credentials')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.ontario.ca/page/micro-credentials');
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'attest://app/index.html',
      'smb://server/share',
      'https://bank.example@evil.example/',
      'javascript:alert(1)',
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('reports a browser that fails to open', async () => {
    const contents = new FakeContents();
    const logError = vi.fn();
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    hardenWebContents(contents.asWebContents(), {
      appOrigin: 'attest://app',
      openExternal,
      logError,
    });
    contents.openHandler?.({ url: 'https://example.com/' } as HandlerDetails);
    await vi.waitFor(() => {
      expect(logError).toHaveBeenCalledWith(new Error('no browser'));
    });
  });

  it('refuses to attach a webview', () => {
    const { contents } = harden();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('hardens a webContents once', () => {
    const contents = new FakeContents();
    const options = { appOrigin: 'attest://app', openExternal: () => Promise.resolve() };
    hardenWebContents(contents.asWebContents(), options);
    hardenWebContents(contents.asWebContents(), options);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('createMainWindow', () => {
  function fakeWindow(load: Promise<void>) {
    const window = Object.assign(new EventEmitter(), {
      webContents: new FakeContents(),
      loadURL: vi.fn(() => load),
      maximize: vi.fn(),
      show: vi.fn(),
    });
    electron.BrowserWindow.mockImplementationOnce(function () {
      return window;
    });
    return window;
  }

  it('builds a hardened window, loads the app and shows it when ready', () => {
    const window = fakeWindow(Promise.resolve());
    const created = createMainWindow({
      preloadPath: '/p.js',
      state: { bounds: { width: 900, height: 600 }, maximized: true },
      openExternal: () => Promise.resolve(),
      onLoadFailed: vi.fn(),
    });
    expect(created).toBe(window);
    expect(electron.BrowserWindow).toHaveBeenCalledWith(
      windowOptions('/p.js', { width: 900, height: 600 }),
    );
    expect(window.loadURL).toHaveBeenCalledWith('attest://app/index.html');
    expect(window.webContents.openHandler).toBeDefined();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
  });

  it('reports a renderer that fails to load', async () => {
    fakeWindow(Promise.reject(new Error('ERR_FILE_NOT_FOUND')));
    const onLoadFailed = vi.fn();
    createMainWindow({
      preloadPath: '/p.js',
      state: { bounds: { width: 900, height: 600 }, maximized: false },
      openExternal: () => Promise.resolve(),
      onLoadFailed,
    });
    await vi.waitFor(() => {
      expect(onLoadFailed).toHaveBeenCalledWith(new Error('ERR_FILE_NOT_FOUND'));
    });
  });
});
