import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, it, expect, vi } from 'vitest';
import { methods, preloadChannels } from '../../shared/ipc/contract';
import type { AppDispatch, createAppDispatch as CreateAppDispatch } from './ipc/createAppDispatch';

const mocked = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const order: string[] = [];
  class FakeWindow {
    static created: FakeWindow[] = [];
    events = new EventEmitter();
    webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: () => undefined });
    loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: unknown) {
      FakeWindow.created.push(this);
    }
    on(event: string, listener: () => void): this {
      this.events.on(event, listener);
      return this;
    }
    once(event: string, listener: () => void): this {
      this.events.once(event, listener);
      return this;
    }
    getNormalBounds = () => ({ x: 0, y: 0, width: 800, height: 600 });
    isMaximized = () => false;
  }
  const app = Object.assign(new EventEmitter(), {
    setPath: vi.fn(() => order.push('setPath')),
    getPath: vi.fn(() => ''),
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    getVersion: () => '0.1.0',
  });
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  return {
    order,
    FakeWindow,
    electron: {
      app,
      BrowserWindow: FakeWindow,
      dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemesAsPrivileged')),
        handle: vi.fn(),
      },
      screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
        },
      },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
    },
    createAppDispatch: vi.fn<typeof CreateAppDispatch>(),
  };
});
vi.mock('electron', () => mocked.electron);
vi.mock('./ipc/createAppDispatch', () => ({ createAppDispatch: mocked.createAppDispatch }));

const { app, dialog, ipcMain, protocol, session } = mocked.electron;
const argv = process.argv;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attest-index-'));
});
afterAll(async () => {
  process.argv = argv;
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  app.removeAllListeners();
  mocked.order.length = 0;
  mocked.FakeWindow.created = [];
  app.getPath.mockImplementation(() => dir);
  app.requestSingleInstanceLock.mockReturnValue(true);
  mocked.createAppDispatch.mockResolvedValue({
    dispatch: vi.fn(),
    services: {},
  } as unknown as AppDispatch);
  process.argv = ['electron', '.', `--user-data=${dir}`, `--workspace=${join(dir, 'ws')}`];
});

async function boot(): Promise<void> {
  await import('./index');
  await vi.waitFor(() => {
    expect(
      mocked.FakeWindow.created.length + dialog.showErrorBox.mock.calls.length,
    ).toBeGreaterThan(0);
  });
}

describe('index', () => {
  it('sets user data, registers the scheme and enables the sandbox before ready', async () => {
    await import('./index');
    expect(app.setPath).toHaveBeenCalledWith('userData', dir);
    expect(mocked.order.slice(0, 3)).toEqual([
      'setPath',
      'registerSchemesAsPrivileged',
      'enableSandbox',
    ]);
  });

  it('quits at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await import('./index');
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('on ready: permissions, protocol, dispatch, IPC and the window', async () => {
    await boot();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('attest', expect.any(Function));
    const options = mocked.createAppDispatch.mock.calls[0]?.[0];
    expect(options).toMatchObject({ appOrigin: 'attest://app', workspacePath: join(dir, 'ws') });
    expect(options?.appInfo).toMatchObject({ name: 'Attest', version: '0.1.0', host: 'electron' });
    expect(ipcMain.handle).toHaveBeenCalledTimes(
      Object.values(methods).length + Object.values(preloadChannels).length,
    );
    expect(mocked.FakeWindow.created[0]?.loadURL).toHaveBeenCalledWith('attest://app/index.html');
  });

  it('shows the error and quits when the workspace cannot be opened', async () => {
    mocked.createAppDispatch.mockRejectedValue(
      new Error('This workspace was written by a newer Attest.'),
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await boot();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Attest could not start',
      'This workspace was written by a newer Attest.',
    );
    expect(app.quit).toHaveBeenCalled();
    expect(mocked.FakeWindow.created).toHaveLength(0);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('hardens every new webContents', async () => {
    await import('./index');
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('quits when the last window closes (except on macOS)', async () => {
    await import('./index');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
