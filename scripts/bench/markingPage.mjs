// Functions the marking benchmark runs inside the page (page.evaluate): each
// is self-contained (Playwright sends its source). Timings are taken in the
// page with performance.now(), from the user's input to the DOM that shows
// its result, so no Playwright round trip is counted.

/** Writes rows into the app's own IndexedDB (created by the app first), one transaction. */
export async function seedDatabase({ name, tables, replace }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = Object.keys(tables);
    await new Promise((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const table of names) {
        const store = tx.objectStore(table);
        if (replace) store.clear();
        for (const row of tables[table]) store.put(row);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Resolves with ms from `act()` to `done()` becoming true (checked on every DOM change). */
function timeUntil(act, done, timeoutMs) {
  return new Promise((resolve, reject) => {
    let observer = null;
    const timer = setTimeout(() => {
      observer?.disconnect();
      reject(new Error('timed out'));
    }, timeoutMs);
    const started = performance.now();
    observer = new MutationObserver(() => {
      if (!done()) return;
      const ms = performance.now() - started;
      observer.disconnect();
      clearTimeout(timer);
      resolve(ms);
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    act();
  });
}

/** Types `text` into the learner filter (as one input event) until the rows reflect it. */
export function timeLearnerFilter(text) {
  const input = document.querySelector('section[aria-label="Marking queue"] input[type=search]');
  const holder = document.querySelector('[data-queue-key]');
  if (input === null || holder === null) throw new Error('no queue on screen');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const timeUntil = globalThis.__benchTimeUntil;
  return timeUntil(
    () => {
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    () =>
      document
        .querySelector('[data-queue-key]')
        ?.getAttribute('data-queue-key')
        .endsWith(`|${text}`),
    10_000,
  );
}

/** Clicks a column's sort button until the rows are in that order. */
export function timeSort({ label, expectedPrefix }) {
  const buttons = [...document.querySelectorAll('[role=columnheader] button')];
  const button = buttons.find((b) => b.textContent.trim().startsWith(label));
  if (button === undefined) throw new Error(`no sort button ${label}`);
  return globalThis.__benchTimeUntil(
    () => button.click(),
    () =>
      document
        .querySelector('[data-queue-key]')
        ?.getAttribute('data-queue-key')
        .startsWith(expectedPrefix),
    10_000,
  );
}

/**
 * Presses n on the queue until the first level of the first criterion can be
 * chosen; also says when the rubric first showed (perhaps not yet editable).
 */
export async function timeNextUnmarked() {
  const started = performance.now();
  let shownMs = null;
  const ms = await globalThis.__benchTimeUntil(
    () =>
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'n', bubbles: true, cancelable: true }),
      ),
    () => {
      const radio = document.querySelector('[data-criterion="0"] [role=radio]');
      if (radio !== null && shownMs === null) shownMs = performance.now() - started;
      return radio !== null && !radio.hasAttribute('aria-disabled');
    },
    20_000,
  );
  return { ms, shownMs };
}

/** Clicks "Allocate to me" until the counts show `expected` allocated. */
export function timeAllocate(expected) {
  const button = [...document.querySelectorAll('button')].find(
    (b) => b.textContent.trim() === 'Allocate to me',
  );
  if (button === undefined) throw new Error('no Allocate to me button');
  return globalThis.__benchTimeUntil(
    () => button.click(),
    () =>
      document
        .querySelector('[role=listitem][data-status=allocated]')
        ?.getAttribute('data-count') === String(expected),
    20_000,
  );
}

/** Installs `timeUntil` in the page (each evaluate'd function is sent alone). */
export function installTimer() {
  return `globalThis.__benchTimeUntil = ${timeUntil.toString()};`;
}
