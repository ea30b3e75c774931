import { describe, it, expect } from 'vitest';
import type { PersistableStorage } from './requestPersistence';
import { requestPersistentStorage } from './requestPersistence';

/** A fake StorageManager that records what was asked. */
function fakeStorage(state: { persisted: boolean; grant: boolean }) {
  const calls: string[] = [];
  const storage: PersistableStorage = {
    persisted: () => {
      calls.push('persisted');
      return Promise.resolve(state.persisted);
    },
    persist: () => {
      calls.push('persist');
      if (state.grant) state.persisted = true;
      return Promise.resolve(state.grant);
    },
  };
  return { storage, calls };
}

describe('requestPersistentStorage', () => {
  it('asks once and reports granted', async () => {
    const { storage, calls } = fakeStorage({ persisted: false, grant: true });
    expect(await requestPersistentStorage(storage)).toBe('granted');
    expect(calls).toEqual(['persisted', 'persist']);
  });

  it('does not ask again when storage is already persistent', async () => {
    const { storage, calls } = fakeStorage({ persisted: true, grant: false });
    expect(await requestPersistentStorage(storage)).toBe('granted');
    expect(calls).toEqual(['persisted']);
  });

  it('reports denied when the browser refuses', async () => {
    const { storage } = fakeStorage({ persisted: false, grant: false });
    expect(await requestPersistentStorage(storage)).toBe('denied');
  });

  it('reports denied when the request fails, without rejecting', async () => {
    const storage: PersistableStorage = {
      persisted: () => Promise.resolve(false),
      persist: () => Promise.reject(new Error('permission handler threw')),
    };
    expect(await requestPersistentStorage(storage)).toBe('denied');
  });

  it('asks directly when persisted() is missing', async () => {
    expect(await requestPersistentStorage({ persist: () => Promise.resolve(true) })).toBe(
      'granted',
    );
  });

  it('reports unsupported without the API', async () => {
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
  });

  it('uses navigator.storage by default', async () => {
    // Node has no navigator.storage: the default is "unsupported", not a crash.
    await expect(requestPersistentStorage()).resolves.toBe('unsupported');
  });
});
