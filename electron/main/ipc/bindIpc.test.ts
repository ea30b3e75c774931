import type { IpcMainInvokeEvent } from 'electron';
import { describe, it, expect, vi } from 'vitest';

const mocked = vi.hoisted(() => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));
vi.mock('electron', () => mocked);

import { methods, preloadChannels } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/contract';
import { bindAppIpc, bindIpc } from './bindIpc';
import type { Dispatch, DispatchContext } from './dispatch';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

function fakeEvent(
  frameUrl: string | null,
  options: { mainFrame?: boolean; destroyed?: boolean } = {},
) {
  const mainFrame = { url: 'attest://app/index.html' };
  const frame =
    frameUrl === null
      ? null
      : options.mainFrame === false
        ? { url: frameUrl }
        : Object.assign(mainFrame, { url: frameUrl });
  const sender = { mainFrame, send: vi.fn(), isDestroyed: () => options.destroyed === true };
  return { event: { senderFrame: frame, sender } as unknown as IpcMainInvokeEvent, sender };
}

const answer: Result<unknown> = { ok: true, value: 'done' };

function bind() {
  const ipc = fakeIpcMain();
  const dispatch = vi.fn<Dispatch>(() => Promise.resolve(answer));
  const unbind = bindIpc(ipc, dispatch);
  const call = (channel: string, event: IpcMainInvokeEvent, request: unknown) =>
    ipc.handlers.get(channel)?.(event, request);
  const lastContext = (): DispatchContext | undefined => dispatch.mock.calls.at(-1)?.[2];
  return { ipc, dispatch, unbind, call, lastContext };
}

describe('bindIpc', () => {
  it('handles every channel of the contract, and only those', () => {
    const { ipc } = bind();
    expect([...ipc.handlers.keys()].sort()).toEqual(
      [...Object.values(methods), ...Object.values(preloadChannels)].sort(),
    );
  });

  it.each([...Object.values(methods), ...Object.values(preloadChannels)])(
    'passes %s, its request and the main-frame sender to dispatch',
    async (channel) => {
      const { dispatch, call, lastContext } = bind();
      const { event } = fakeEvent('attest://app/index.html');
      await expect(call(channel, event, { jobId: 'x' })).resolves.toBe(answer);
      expect(dispatch).toHaveBeenCalledWith(channel, { jobId: 'x' }, expect.anything());
      expect(lastContext()?.sender).toEqual({ url: 'attest://app/index.html', isMainFrame: true });
    },
  );

  it.each([
    [
      'an iframe',
      fakeEvent('https://evil.example/', { mainFrame: false }).event,
      { url: 'https://evil.example/', isMainFrame: false },
    ],
    [
      'a foreign top frame',
      fakeEvent('https://evil.example/').event,
      { url: 'https://evil.example/', isMainFrame: true },
    ],
    ['a vanished frame', fakeEvent(null).event, { url: '', isMainFrame: false }],
  ])('passes %s through for dispatch to judge', async (_name, event, sender) => {
    const { dispatch, call, lastContext } = bind();
    await call('app:info', event, {});
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(lastContext()?.sender).toEqual(sender);
  });

  it('treats a disposed frame as no sender', async () => {
    const { call, lastContext } = bind();
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      sender: { mainFrame: {}, send: vi.fn(), isDestroyed: () => false },
    } as unknown as IpcMainInvokeEvent;
    await call('app:info', event, {});
    expect(lastContext()?.sender).toEqual({ url: '', isMainFrame: false });
  });

  it('emits events to the window that asked, unless it is gone', async () => {
    const { call, lastContext } = bind();
    const live = fakeEvent('attest://app/index.html');
    await call('workspace:usage', live.event, {});
    const progress = { jobId: 'j', phase: 'running', done: 1, total: 2, unit: 'files' } as const;
    lastContext()?.emit('job:progress', progress);
    expect(live.sender.send).toHaveBeenCalledWith('job:progress', progress);

    const gone = fakeEvent('attest://app/index.html', { destroyed: true });
    await call('workspace:usage', gone.event, {});
    lastContext()?.emit('job:progress', progress);
    expect(gone.sender.send).not.toHaveBeenCalled();
  });

  it('unbinds every channel', () => {
    const { ipc, unbind } = bind();
    unbind();
    expect(ipc.handlers.size).toBe(0);
    expect(ipc.removeHandler).toHaveBeenCalledTimes(
      Object.values(methods).length + Object.values(preloadChannels).length,
    );
  });
});

describe('bindAppIpc', () => {
  it("binds Electron's ipcMain", () => {
    bindAppIpc(() => Promise.resolve(answer));
    expect(mocked.ipcMain.handle).toHaveBeenCalledTimes(
      Object.values(methods).length + Object.values(preloadChannels).length,
    );
  });
});
