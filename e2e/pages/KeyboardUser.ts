/**
 * A user who never touches the mouse: focus moves with Tab (or lands where
 * the app puts it), text is typed, buttons are pressed with Enter and
 * checkboxes with Space. `locator.focus()` stands in for "Tab until there"
 * where the Tab count would only make a test brittle; `tabTo` shows a control
 * is reachable by Tab when that is the point.
 *
 * `watchPointer()` records every trusted pointer press, wheel turn or mouse
 * click in the page (a keyboard-activated click has `detail === 0`), in this and
 * every later document of the page (reloads included), so a spec can assert
 * that no mouse was used at all.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

declare global {
  interface Window {
    /** The recorder's binding to the test (Playwright's exposeBinding). */
    __attestPointerUsed?: (what: string) => void;
    __attestPointerWatched?: boolean;
  }
}

/** Installs the pointer recorder in the current document; it reports to the test. */
function installPointerLog(): void {
  if (window.__attestPointerWatched === true) return;
  window.__attestPointerWatched = true;
  const log = {
    push: (what: string) => {
      window.__attestPointerUsed?.(what);
    },
  };
  const describe = (event: Event): string => {
    const target = event.target instanceof Element ? event.target : null;
    const name = target?.getAttribute('aria-label') ?? target?.textContent.slice(0, 40) ?? '';
    return `${event.type} on <${target?.tagName.toLowerCase() ?? '?'}> ${name}`.trim();
  };
  // Not moves: Chromium sends trusted pointermove events when the layout shifts
  // under a resting cursor, which is no use of the pointer.
  for (const type of ['pointerdown', 'mousedown', 'touchstart', 'contextmenu', 'wheel']) {
    window.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) log.push(describe(event));
      },
      { capture: true },
    );
  }
  for (const type of ['click', 'dblclick', 'auxclick']) {
    window.addEventListener(
      type,
      (event) => {
        // Enter or Space on a button fires a click with detail 0; a mouse click counts presses.
        if (event.isTrusted && event instanceof MouseEvent && event.detail > 0)
          log.push(describe(event));
      },
      { capture: true },
    );
  }
}

export class KeyboardUser {
  private readonly log: string[] = [];
  private watching = false;

  constructor(readonly page: Page) {}

  /** Starts recording pointer use; `expectNoPointerUse` fails if any was recorded. */
  async watchPointer(): Promise<void> {
    if (!this.watching) {
      this.watching = true;
      await this.page.exposeBinding('__attestPointerUsed', (_source, what: unknown) => {
        this.log.push(String(what));
      });
      await this.page.addInitScript(installPointerLog);
    }
    await this.page.evaluate(installPointerLog);
  }

  pointerUse(): Promise<string[]> {
    return Promise.resolve(this.watching ? [...this.log] : ['pointer use was never watched']);
  }

  async expectNoPointerUse(): Promise<void> {
    expect(await this.pointerUse()).toEqual([]);
  }

  async isFocused(target: Locator): Promise<boolean> {
    return target.evaluate((element) => element === document.activeElement);
  }

  /** Presses Tab (or Shift+Tab) until `target` has focus. */
  async tabTo(target: Locator, { maxTabs = 60, backwards = false } = {}): Promise<void> {
    for (let presses = 0; presses < maxTabs; presses += 1) {
      if (await this.isFocused(target)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    if (await this.isFocused(target)) return;
    throw new Error(`Tab did not reach ${target.toString()} within ${maxTabs} presses.`);
  }

  /** Replaces the text of a field: focus, select all, type. */
  async type(field: Locator, text: string): Promise<void> {
    await field.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    if (text === '') await this.page.keyboard.press('Delete');
    else await this.page.keyboard.type(text);
    await expect(field).toHaveValue(text);
  }

  /** Types into the field that has focus now (after Tab), replacing its text. */
  async typeHere(text: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }

  /** Activates a button or link with Enter. */
  async press(target: Locator, key = 'Enter'): Promise<void> {
    await target.focus();
    await expect(target).toBeFocused();
    await this.page.keyboard.press(key);
  }

  /** Toggles a checkbox or switch with Space. */
  async toggle(checkbox: Locator): Promise<void> {
    await this.press(checkbox, 'Space');
  }

  /**
   * Picks `option` in a Mantine Select: opens it with ArrowDown, types to
   * filter when it is searchable, then moves with the arrow keys until the
   * option is active and presses Enter.
   */
  async choose(combobox: Locator, option: string | RegExp, filter?: string): Promise<void> {
    await combobox.focus();
    if (filter !== undefined) await this.page.keyboard.type(filter);
    const listboxId = await combobox.getAttribute('aria-controls');
    await this.page.keyboard.press('ArrowDown');
    const listbox =
      listboxId === null ? this.page.getByRole('listbox') : this.page.locator(`#${listboxId}`);
    await expect(listbox).toBeVisible();
    const wanted = listbox.getByRole('option', { name: option, exact: typeof option === 'string' });
    await expect(wanted).toHaveCount(1);
    const count = await listbox.getByRole('option').count();
    for (let step = 0; step <= count; step += 1) {
      if ((await wanted.getAttribute('data-combobox-selected')) !== null) {
        await this.page.keyboard.press('Enter');
        await expect(listbox).toBeHidden();
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`Arrow keys never reached the option ${String(option)}.`);
  }

  /**
   * Types a calendar date (YYYY-MM-DD) into an `<input type="date">`, segment
   * by segment in the order the browser's locale shows them.
   */
  async typeDate(field: Locator, isoDate: string): Promise<void> {
    const [year = '', month = '', day = ''] = isoDate.split('-');
    const order = await this.page.evaluate(() =>
      new Intl.DateTimeFormat(navigator.language)
        .formatToParts(new Date(2001, 1, 3))
        .map((part) => part.type)
        .filter((type) => type === 'year' || type === 'month' || type === 'day'),
    );
    await field.focus();
    // Start from the first segment whatever was focused before.
    await this.page.keyboard.press('Shift+Tab');
    await this.page.keyboard.press('Tab');
    for (const segment of order) {
      await this.page.keyboard.type(segment === 'year' ? year : segment === 'month' ? month : day);
    }
    await expect(field).toHaveValue(isoDate);
  }
}
