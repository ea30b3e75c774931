/**
 * Asks the browser to keep this origin's data under storage pressure
 * (otherwise Chromium may evict IndexedDB: marks would be lost). In Electron
 * this needs the main process's permission handler to allow
 * `persistent-storage` for the app's origin (SECURITY.md).
 */

/** The part of `StorageManager` used here; methods are optional because old or insecure contexts lack them. */
export interface PersistableStorage {
  readonly persisted?: () => Promise<boolean>;
  readonly persist?: () => Promise<boolean>;
}

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

function defaultStorage(): PersistableStorage | undefined {
  // Not every runtime has `navigator` (Node before 21) or `navigator.storage` (insecure contexts).
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * 'granted' if storage is (or now becomes) persistent, 'denied' if the
 * browser refused (or the request failed), 'unsupported' without the API.
 * Never rejects, so it can run at start-up unawaited.
 */
export async function requestPersistentStorage(
  storage: PersistableStorage | undefined = defaultStorage(),
): Promise<PersistenceResult> {
  const persisted = storage?.persisted;
  const persist = storage?.persist;
  if (persist === undefined) return 'unsupported';
  try {
    if (persisted !== undefined && (await persisted.call(storage))) return 'granted';
    return (await persist.call(storage)) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
