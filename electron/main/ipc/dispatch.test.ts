import { describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../../shared/ipc/contract';
import { methods, preloadChannels } from '../../../shared/ipc/contract';
import { requestSchemas } from '../../../shared/ipc/schemas';
import { ServiceError } from '../../services/ServiceError';
import type { DispatchContext, Handlers } from './dispatch';
import { createDispatcher } from './dispatch';

const trusted: DispatchContext = {
  sender: { url: 'attest://app/index.html', isMainFrame: true },
  emit: () => undefined,
};

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  const base = Object.fromEntries(
    Object.values(methods).map((channel) => [channel, unused]),
  ) as unknown as Handlers;
  return { ...base, ...overrides };
}

const appInfo = {
  evidenceBaseUrl: 'attest-evidence://evidence/',
  name: 'Attest',
  version: '1.0.0',
  host: 'harness',
  platform: 'linux',
  versions: { node: '20' },
} as const;

function dispatcher(overrides: Partial<Handlers> = {}, logError = vi.fn()) {
  return {
    logError,
    dispatch: createDispatcher({
      handlers: fakeHandlers(overrides),
      isTrustedSender: (sender) => sender.isMainFrame && sender.url.startsWith('attest://app/'),
      logError,
    }),
  };
}

describe('dispatch', () => {
  it('calls the handler with the validated request and wraps its value', async () => {
    const handler = vi.fn(() => appInfo);
    const { dispatch } = dispatcher({ 'app:info': handler });
    await expect(dispatch('app:info', {}, trusted)).resolves.toEqual({ ok: true, value: appInfo });
    expect(handler).toHaveBeenCalledWith({}, trusted);
  });

  it('refuses an invalid request with invalid-request and every problem, without calling the handler', async () => {
    const handler = vi.fn(() => null);
    const { dispatch } = dispatcher({ 'dialog:open-file': handler });
    const result = await dispatch('dialog:open-file', { intent: 'nope', extra: 1 }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.message).toContain('dialog:open-file');
    expect(result.error.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['intent']),
    );
    expect(result.error.issues?.length).toBeGreaterThanOrEqual(2);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 'text', 42, []])(
    'refuses a request that is not an object (%s)',
    async (raw) => {
      const { dispatch } = dispatcher({ 'app:info': () => appInfo });
      await expect(dispatch('app:info', raw, trusted)).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    },
  );

  it.each([
    ['another origin', { url: 'https://evil.example/', isMainFrame: true }],
    ['an iframe of the app', { url: 'attest://app/index.html', isMainFrame: false }],
    ['no url', { url: '', isMainFrame: true }],
  ])('refuses an untrusted sender (%s) with forbidden', async (_label, sender) => {
    const handler = vi.fn(() => appInfo);
    const { dispatch } = dispatcher({ 'app:info': handler });
    await expect(dispatch('app:info', {}, { ...trusted, sender })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel, including prototype names', async () => {
    const { dispatch } = dispatcher();
    for (const channel of ['nope', 'constructor', '__proto__', 'toString']) {
      await expect(dispatch(channel, {}, trusted)).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('turns a thrown error into an internal error value and logs it', async () => {
    const { dispatch, logError } = dispatcher({
      'app:info': () => {
        throw new Error('disk on fire');
      },
    });
    await expect(dispatch('app:info', {}, trusted)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'app:info failed: disk on fire' },
    });
    expect(logError).toHaveBeenCalledWith('app:info', expect.any(Error));
  });

  it('passes a ServiceError through with its code and message, unlogged', async () => {
    const { dispatch, logError } = dispatcher({
      'job:cancel': () => Promise.reject(new ServiceError('not-found', 'No such job.')),
    });
    await expect(dispatch('job:cancel', { jobId: crypto.randomUUID() }, trusted)).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No such job.' },
    });
    expect(logError).not.toHaveBeenCalled();
  });

  it('has a schema for every channel and a channel for every schema', () => {
    const channels: Channel[] = [...Object.values(methods), ...Object.values(preloadChannels)];
    expect(Object.keys(requestSchemas).sort()).toEqual([...channels].sort());
  });
});
