/**
 * Issue 5: "a draft that two windows edit is detected and never silently
 * overwritten". Two pages of one browser context share the app's origin, so
 * its IndexedDB: two windows of Attest on one workspace. Each window notices
 * the other's write as it happens, shows an alert, stops editing and saving
 * until the marker chooses whose marks to keep.
 *
 * Set-up goes through the UI with scripted dialogs, and a second window can
 * only be opened in the Chromium harness: this spec is skipped on Electron.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MarkingPage } from './pages/MarkingPage';
import { expectNoAxeViolations, setUpMarking } from './steps';

const dataPreparation = 'Data preparation';
const choosingAnalysis = 'Choosing the analysis';
const runningOutput = 'Running and interpreting output';
const conflictTitle = 'These marks were changed in another window';
const useTheirs = 'Use the other window’s marks';
const keepMine = 'Keep the marks in this window';
/** Longer than the autosave delay (250 ms). */
const autosaved = 400;

/** Marking's view of one window, with its conflict alert. */
class MarkingWindow extends MarkingPage {
  readonly conflict: Locator;

  constructor(page: Page) {
    super(page);
    this.conflict = page.getByRole('alert', { name: conflictTitle });
  }

  button(name: string): Locator {
    return this.conflict.getByRole('button', { name });
  }

  /** Every level radio of every criterion. */
  get levelRadios(): Locator {
    return this.page.locator('[data-criterion] [role=radiogroup] [role=radio]');
  }

  async expectLevels(levels: readonly string[]): Promise<void> {
    const all = [...levels, ...Array<string>(7 - levels.length).fill('')];
    await expect.poll(() => this.chosenLevels()).toEqual(all);
  }

  async expectEditable(editable: boolean): Promise<void> {
    const radios = this.levelRadios;
    await expect(radios.first()).toBeVisible();
    const count = await radios.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      if (editable) await expect(radios.nth(i)).not.toHaveAttribute('aria-disabled');
      else await expect(radios.nth(i)).toHaveAttribute('aria-disabled', 'true');
    }
  }
}

/** Window A marks Ada's first criterion Proficient; answers A and the submission's URL. */
async function startMarkingAda(page: Page): Promise<{ a: MarkingWindow; url: string }> {
  const a = new MarkingWindow(page);
  await a.open();
  await a.nextUnmarked('Ada Lovelace');
  await page.keyboard.press('3');
  await expect(a.level(dataPreparation, 'Proficient')).toHaveAttribute('aria-checked', 'true');
  await page.waitForTimeout(autosaved);
  const url = page.url();
  expect(url).toMatch(/#\/marking\/[^/?]+/);
  return { a, url };
}

/** Window B opens the same submission, sees A's mark and marks the second criterion Exemplary. */
async function openAndMarkInB(
  secondWindow: (url?: string) => Promise<Page>,
  url: string,
): Promise<MarkingWindow> {
  const b = new MarkingWindow(await secondWindow(url));
  await expect(b.learnerHeading('Ada Lovelace')).toBeVisible();
  await expect(b.level(dataPreparation, 'Proficient')).toHaveAttribute('aria-checked', 'true');
  await b.expectEditable(true);
  await b.page.keyboard.press('j');
  await b.page.keyboard.press('4');
  await expect(b.level(choosingAnalysis, 'Exemplary')).toHaveAttribute('aria-checked', 'true');
  await b.page.waitForTimeout(autosaved);
  await expect(b.conflict).toBeHidden();
  return b;
}

async function reloadMarking(window: MarkingWindow): Promise<void> {
  await window.page.reload();
  await expect(window.learnerHeading('Ada Lovelace')).toBeVisible();
  await expect(window.levelRadios.first()).toBeVisible();
}

test('the harness watches the console of every window it opens', async ({
  page,
  secondWindow,
  consoleErrors,
}) => {
  const other = await secondWindow();
  await page.evaluate(() => console.error('from the first window'));
  await other.evaluate(() => console.error('from the second window'));
  await expect
    .poll(() => consoleErrors.messages.filter((m) => m.includes('from the')))
    .toHaveLength(2);
  expect(consoleErrors.messages.filter((m) => m.includes('from the'))).toEqual([
    expect.stringContaining('from the first window'),
    expect.stringContaining('from the second window'),
  ]);
  // Both windows have window.api and reach main as the app's main frame.
  const infos = await Promise.all(
    [page, other].map((p) => p.evaluate(() => window.api.appInfo({}))),
  );
  expect(infos[0]).toMatchObject({ ok: true });
  expect(infos[1]).toEqual(infos[0]);
  consoleErrors.allow(/from the (first|second) window/);
});

test('another window’s write stops this window until the marker takes their marks', async ({
  page,
  dialogs,
  workspace,
  secondWindow,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await setUpMarking(page, dialogs, workspace, consoleErrors);
  const { a, url } = await startMarkingAda(page);
  const b = await openAndMarkInB(secondWindow, url);

  // A noticed B's write by itself: nothing was typed in A since.
  await expect(a.conflict).toBeVisible();
  await expect(a.button(useTheirs)).toBeVisible();
  await expect(a.button(keepMine)).toBeVisible();
  await a.expectEditable(false);
  await a.expectLevels(['Proficient']);
  await expectNoAxeViolations(page);
  await a.frame.screenshot('two-windows-conflict');

  // A level key in A changes nothing, on screen or in store.
  await a.level(dataPreparation, 'Proficient').focus();
  await page.keyboard.press('1');
  await page.waitForTimeout(autosaved);
  await a.expectLevels(['Proficient']);
  await expect(a.conflict).toBeVisible();
  await expect(b.conflict).toBeHidden();
  await reloadMarking(b);
  await b.expectLevels(['Proficient', 'Exemplary']);
  await expect(b.conflict).toBeHidden();

  // A takes B's marks and edits again.
  await a.button(useTheirs).click();
  await expect(a.conflict).toBeHidden();
  await a.expectLevels(['Proficient', 'Exemplary']);
  await a.expectEditable(true);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await expect(a.level(runningOutput, 'Developing')).toHaveAttribute('aria-checked', 'true');
  await page.waitForTimeout(autosaved);
  await expect(a.conflict).toBeHidden();

  // A's write is foreign to B in turn; reloaded, B has all three.
  await expect(b.conflict).toBeVisible();
  await reloadMarking(b);
  await expect(b.conflict).toBeHidden();
  await b.expectLevels(['Proficient', 'Exemplary', 'Developing']);
});

test('keeping this window’s marks overwrites only by choice, and the other window is told', async ({
  page,
  dialogs,
  workspace,
  secondWindow,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await setUpMarking(page, dialogs, workspace, consoleErrors);
  const { a, url } = await startMarkingAda(page);
  const b = await openAndMarkInB(secondWindow, url);

  await expect(a.conflict).toBeVisible();
  await a.expectEditable(false);
  await a.button(keepMine).click();
  await expect(a.conflict).toBeHidden();
  await a.expectEditable(true);
  await a.expectLevels(['Proficient']);
  await page.waitForTimeout(autosaved);

  // A's write replaced B's by the marker's choice: B is told, and stops too.
  await expect(b.conflict).toBeVisible();
  await b.expectEditable(false);
  await b.expectLevels(['Proficient', 'Exemplary']);
  await expectNoAxeViolations(b.page);

  // What is stored is A's.
  await reloadMarking(a);
  await expect(a.conflict).toBeHidden();
  await a.expectLevels(['Proficient']);

  // B takes A's marks.
  await b.button(useTheirs).click();
  await expect(b.conflict).toBeHidden();
  await b.expectLevels(['Proficient']);
  await b.expectEditable(true);
});
