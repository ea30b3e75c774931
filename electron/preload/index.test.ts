import { describe, it, expect, vi } from 'vitest';

const mocked = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn<(key: string, value: unknown) => void>() },
    webUtils: {
      getPathForFile: vi.fn((file: { name: string }) =>
        file.name === 'made-up.txt' ? '' : `/home/me/${file.name}`,
      ),
    },
    ipcRenderer: {
      invoke: vi.fn((channel: string, request: unknown) =>
        Promise.resolve({ ok: true, value: { channel, request } }),
      ),
      on: vi.fn((name: string, listener: (event: unknown, payload: unknown) => void) => {
        const set = listeners.get(name) ?? new Set();
        set.add(listener);
        listeners.set(name, set);
      }),
      removeListener: vi.fn(
        (name: string, listener: (event: unknown, payload: unknown) => void) => {
          listeners.get(name)?.delete(listener);
        },
      ),
    },
  };
});
vi.mock('electron', () => mocked);

import { events, methods, preloadChannels } from '../../shared/ipc/contract';
import type { JobProgress } from '../../shared/ipc/contract';
import { api } from './index';

function exposed(): Record<string, unknown> {
  expect(mocked.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, value] = mocked.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('api');
  return value as Record<string, unknown>;
}

function emit(name: string, payload: unknown): void {
  const sender = { send: vi.fn() };
  for (const listener of mocked.listeners.get(name) ?? []) listener({ sender }, payload);
}

describe('preload', () => {
  it('exposes exactly one function per method and event, as window.api', () => {
    const value = exposed();
    expect(value).toBe(api);
    expect(Object.keys(value).sort()).toEqual(
      [...Object.keys(methods), ...Object.keys(events), ...Object.keys(preloadChannels)].sort(),
    );
    for (const fn of Object.values(value)) expect(typeof fn).toBe('function');
  });

  it.each(Object.entries(methods))(
    '%s invokes %s with the request only',
    async (method, channel) => {
      const call = exposed()[method] as (request: unknown) => Promise<unknown>;
      const request = { probe: method };
      await expect(call(request)).resolves.toEqual({ ok: true, value: { channel, request } });
      expect(mocked.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, request);
    },
  );

  it('sends the paths Electron gives for dropped files, never a path from the renderer', async () => {
    const files = [new File(['a'], 'essay.pdf'), new File(['b'], 'made-up.txt')];
    await api.registerDroppedFiles({ files });
    expect(mocked.webUtils.getPathForFile).toHaveBeenCalledTimes(2);
    expect(mocked.ipcRenderer.invoke).toHaveBeenLastCalledWith(
      preloadChannels.registerDroppedFiles,
      { paths: ['/home/me/essay.pdf', ''] },
    );
  });

  it('hands listeners the payload only and unsubscribes', () => {
    const progress: JobProgress = {
      jobId: 'j1',
      phase: 'running',
      done: 1,
      total: 3,
      unit: 'files',
    };
    const listener = vi.fn();
    const unsubscribe = api.onJobProgress(listener);
    expect(mocked.ipcRenderer.on).toHaveBeenCalledWith(events.onJobProgress, expect.any(Function));
    emit(events.onJobProgress, progress);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([progress]);

    unsubscribe();
    expect(mocked.ipcRenderer.removeListener).toHaveBeenCalledWith(
      events.onJobProgress,
      mocked.ipcRenderer.on.mock.calls.at(-1)?.[1],
    );
    emit(events.onJobProgress, progress);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps two subscriptions apart', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.onJobProgress(first);
    const stopSecond = api.onJobProgress(second);
    stopFirst();
    emit(events.onJobProgress, { jobId: 'j2', phase: 'done', done: 1, total: 1, unit: 'files' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    stopSecond();
  });
});
