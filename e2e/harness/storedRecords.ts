/**
 * Changes the app's IndexedDB records behind its back, as a crash or a
 * tamperer would: one object store, in one transaction. Dexie does not see
 * such writes until the page reloads.
 */
import type { Page } from '@playwright/test';

export type StoredRecordsEdit =
  /** Every record of the store goes. */
  | { readonly kind: 'clear' }
  /** The records whose evidence includes a file of this name get `patch`. */
  | {
      readonly kind: 'patch';
      readonly evidenceFileName: string;
      readonly patch: Record<string, unknown>;
    }
  /** The record with this primary key gets `patch`. */
  | { readonly kind: 'patch'; readonly key: IDBValidKey; readonly patch: Record<string, unknown> }
  /** These records are written as they are (seeding a large workspace). */
  | { readonly kind: 'put'; readonly records: readonly unknown[] };

export async function editStoredRecords(
  page: Page,
  store: string,
  edit: StoredRecordsEdit,
): Promise<void> {
  // As JSON: Playwright's argument type cannot follow the patch's open record type.
  await page.evaluate(
    ({ store, json }) =>
      new Promise<void>((resolve, reject) => {
        const edit = JSON.parse(json) as StoredRecordsEdit;
        const open = indexedDB.open('attest');
        open.onerror = () => reject(new Error('cannot open the attest database'));
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          const objects = tx.objectStore(store);
          if (edit.kind === 'clear') {
            objects.clear();
          } else if (edit.kind === 'put') {
            for (const record of edit.records) objects.put(record);
          } else {
            const cursor = objects.openCursor('key' in edit ? edit.key : null);
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (c === null) return;
              const value = c.value as { evidence?: { fileName: string }[] };
              const matches =
                'key' in edit ||
                (value.evidence ?? []).some((e) => e.fileName === edit.evidenceFileName);
              if (matches) c.update({ ...value, ...edit.patch });
              c.continue();
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(`cannot change ${store}`));
        };
      }),
    { store, json: JSON.stringify(edit) },
  );
}

/** Every record of one object store, read directly (what is really stored, not what is shown). */
export async function readStoredRecords(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('attest');
        open.onerror = () => reject(new Error('cannot open the attest database'));
        open.onsuccess = () => {
          const read = open.result.transaction(store).objectStore(store).getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result);
          };
          read.onerror = () => reject(new Error(`cannot read ${store}`));
        };
      }),
    store,
  );
}
