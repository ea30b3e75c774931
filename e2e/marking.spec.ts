/**
 * Marking, end to end: one submission marked with the keyboard alone (levels
 * by number keys, criteria by j, a comment by c, meets by m, Ctrl+Enter to
 * finalise), with a reload in the middle that loses nothing.
 *
 * Set-up goes through the UI (example program published, identity saved, a
 * roster and a Moodle download imported), reusing the intake fixtures. The
 * zip import uses scripted dialogs, so this spec runs on the Chromium harness.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editStoredRecords, readStoredRecords } from './harness/storedRecords';
import { pdfWithText } from './fixtures/evidenceFiles';
import { docxText } from './fixtures/moodleSubmissions';
import {
  expectNoAxeViolations,
  setStatusOfSubmissionWith,
  setUpMarking,
  startMarkingAda,
} from './steps';
import { MarkingPage } from './pages/MarkingPage';
import { ProgramsPage } from './pages/ProgramsPage';
import { SubmissionsSection } from './pages/SubmissionsSection';

const demonstration = [
  'Data preparation',
  'Choosing the analysis',
  'Running and interpreting output',
  'Communicating results',
];
const reflection = ['Describe', 'Examine', 'Articulate Learning'];

test('n opens the next unmarked submission from any screen; Back returns there', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await setUpMarking(page, dialogs, workspace, consoleErrors);
  const programs = await new ProgramsPage(page).open();
  await expect(programs.frame.heading).toHaveText('Programs');
  await page.keyboard.press('n');
  const marking = new MarkingPage(page);
  await expect(marking.learnerHeading('Ada Lovelace')).toBeVisible();
  await marking.ready();
  // The queue it passed through is not in the history.
  await page.goBack();
  await expect(page).toHaveURL(/#\/programs$/);
  await expect(programs.frame.heading).toHaveText('Programs');
});

test('every level of every criterion is reached by the keyboard and announced with its state', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const marking = await startMarkingAda(page, dialogs, workspace, consoleErrors);
  const criteria = [...demonstration, ...reflection];
  // One radio group per criterion (the decision's own group aside).
  await expect(page.locator('[data-criterion] [role=radiogroup]')).toHaveCount(criteria.length);
  for (const title of criteria) {
    const group = marking.criterion(title);
    const radios = group.getByRole('radio');
    const count = await radios.count();
    expect(count, title).toBeGreaterThan(1);
    // An unmarked group's one tab stop is its first level; Space chooses it.
    await expect(radios.first()).toHaveAttribute('tabindex', '0');
    await radios.first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < count; i += 1) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const radio = radios.nth(i);
      await expect(radio).toBeFocused();
      await expect(radio).toHaveAttribute('aria-checked', 'true');
      await expect(radio).toHaveAccessibleName(/^[^,]+, \d+(\.\d+)? points?: \S/);
      await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
    }
    // Past the last level, the arrow wraps to the first.
    await page.keyboard.press('ArrowRight');
    await expect(radios.first()).toBeFocused();
    await expect(radios.first()).toHaveAttribute('aria-checked', 'true');
  }
});

test('mark a submission with the keyboard alone, reload midway, finalise', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await setUpMarking(page, dialogs, workspace, consoleErrors);

  const marking = await new MarkingPage(page).open();
  await expect(marking.queueTable.getByRole('row')).toHaveCount(3);
  await expect(marking.counts).toContainText('received: 2');
  await expectNoAxeViolations(page);
  await marking.frame.screenshot('marking-1-queue');

  // n opens the next unmarked submission; opening it allocates it to me and starts marking.
  await marking.nextUnmarked('Ada Lovelace');

  // Each level is a radio a screen reader announces with its title, points,
  // descriptor and whether it is chosen.
  await page.keyboard.press('3');
  await expect(marking.criterion(demonstration[0] ?? '')).toMatchAriaSnapshot(`
    - radiogroup "Data preparation":
      - radio /^Not yet, 1 point. Data are imported with errors/
      - radio /^Developing, 2 points. .+/
      - radio /^Proficient, 3 points. .+/ [checked]
      - radio /^Exemplary, 4 points. .+/
  `);
  await expect(marking.level(demonstration[0] ?? '', 'Proficient')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(marking.level(demonstration[0] ?? '', 'Proficient')).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('4');
  await page.keyboard.press('c');
  await expect(marking.comment(demonstration[1] ?? '')).toBeFocused();
  await page.keyboard.type('Good choice of test; say why over the alternatives.');
  // Undo and redo a level choice.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('2');
  await page.keyboard.press('Control+z');
  await expect(marking.level(demonstration[1] ?? '', 'Exemplary')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+z');

  // Reload in the middle: every level and comment is back.
  await marking.reloadAfterAutosave('Ada Lovelace');
  await expect(marking.level(demonstration[0] ?? '', 'Proficient')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(marking.level(demonstration[1] ?? '', 'Exemplary')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(marking.comment(demonstration[1] ?? '')).toHaveValue(
    'Good choice of test; say why over the alternatives.',
  );
  expect(await marking.chosenLevels()).toEqual(['Proficient', 'Exemplary', '', '', '', '', '']);

  // The rest: j moves on from the first criterion, then 3 on each.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  for (let i = 2; i < demonstration.length + reflection.length; i += 1) {
    await page.keyboard.press('3');
    await page.keyboard.press('j');
  }
  expect(await marking.chosenLevels()).toEqual([
    'Proficient',
    'Exemplary',
    'Proficient',
    'Proficient',
    'Proficient',
    'Proficient',
    'Proficient',
  ]);
  await expect(marking.totals).toContainText(/Demonstration:\s*16 \/ 20\s*meets/);
  await page.keyboard.press('m');
  await expect(page.getByRole('radio', { name: 'Meets' })).toBeChecked();
  await expect(marking.finaliseButton).toBeEnabled();
  await expectNoAxeViolations(page);
  await marking.frame.screenshot('marking-2-view');

  // Finalise jumps to the next unmarked submission.
  await page.keyboard.press('Control+Enter');
  await expect(marking.learnerHeading('Grace Hopper')).toBeVisible();
  await marking.open();
  await expect(marking.counts).toContainText('marked: 1');
  await expect(marking.queueTable.getByRole('row', { name: /Ada Lovelace/ })).toContainText(
    'marked',
  );
});

test('attempt 2 opens beside attempt 1: carried-over marks, reopen, evidence compared', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  await setUpMarking(page, dialogs, workspace, consoleErrors);
  const marking = await new MarkingPage(page).open();

  // Attempt 1: not yet, "Choosing the analysis" returned for resubmission.
  await marking.nextUnmarked('Ada Lovelace');
  await page.keyboard.press('3');
  await page.keyboard.press('j');
  await page.keyboard.press('1');
  for (let i = 2; i < demonstration.length + reflection.length; i += 1) {
    await page.keyboard.press('j');
    await page.keyboard.press('3');
  }
  await page.keyboard.press('y');
  await page.getByRole('checkbox', { name: 'Choosing the analysis' }).check();
  await marking.feedback.fill('Justify the choice of test against the alternatives.');
  await expect(marking.finaliseButton).toBeEnabled();
  await page.keyboard.press('Control+Enter');
  await expect(marking.learnerHeading('Grace Hopper')).toBeVisible();

  // The lead approves the not-yet (moderation is not built yet: set in IndexedDB).
  await setStatusOfSubmissionWith(page, 'Bead photo.png', 'approved');
  const submissions = new SubmissionsSection(page);
  await submissions.frame.goTo('Intake');
  await submissions.openSubmission('Ada Lovelace');
  await submissions.createResubmissionButton.click();
  await submissions.resubmission.getByRole('checkbox', { name: /^Keep Bead photo\.png/ }).uncheck();
  await submissions.resubmission.getByRole('button', { name: 'Create attempt 2' }).click();
  await expect(submissions.detail.getByText(/^Attempt 2 · /)).toBeVisible();
  const revised = join(workspace, 'Revised analysis.pdf');
  await writeFile(revised, pdfWithText('Revised analysis: Welch test'));
  await submissions.addFiles(dialogs, [revised]);
  await submissions.newFiles.getByRole('button', { name: 'Add 1 file' }).click();
  await expect(submissions.evidenceNames()).toContainText(['Revised analysis.pdf']);

  // Attempt 2 in the workbench.
  await marking.open();
  await marking.queueTable
    .getByRole('row')
    .filter({ hasText: 'Ada Lovelace' })
    .filter({ has: page.getByRole('cell', { name: '2', exact: true }) })
    .getByRole('link')
    .click();
  await expect(marking.learnerHeading('Ada Lovelace')).toBeVisible();
  await expect(marking.status).toHaveText('in marking');
  const attempt1 = page.getByRole('region', { name: /^Attempt 1/ });
  await expect(attempt1).toContainText('Not yet');
  await expect(attempt1).toContainText('Choosing the analysis');
  const carried = page.getByRole('group', { name: 'Attempt 1 mark' });
  await expect(carried.first()).toContainText('Carried over');
  await expect(carried.nth(1)).toContainText('Returned for resubmission');
  expect(await marking.chosenLevels()).toEqual([
    'Proficient',
    '',
    'Proficient',
    'Proficient',
    'Proficient',
    'Proficient',
    'Proficient',
  ]);

  // e compares the evidence; Escape closes it.
  await page.keyboard.press('e');
  const comparison = page.getByRole('table', { name: 'Evidence: attempt 1 and attempt 2' });
  await expect(comparison).toBeVisible();
  await expect(comparison.getByRole('row').filter({ hasText: 'Bead photo.png' })).toContainText(
    'Removed',
  );
  await expect(
    comparison.getByRole('row').filter({ hasText: 'Revised analysis.pdf' }),
  ).toContainText('New');
  await expect(
    comparison.getByRole('row').filter({ hasText: 'Inspection report.pdf' }),
  ).toContainText('Kept');
  await expectNoAxeViolations(page);
  await marking.frame.screenshot('marking-3-compare');
  await page.keyboard.press('Escape');
  await expect(comparison).toBeHidden();

  // r reopens the carried-over first criterion; undo brings the carried mark back.
  await page.keyboard.press('k');
  await page.keyboard.press('r');
  expect((await marking.chosenLevels())[0]).toBe('');
  await page.keyboard.press('Control+z');
  await expect(marking.level(demonstration[0] ?? '', 'Proficient')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  // The returned criterion is marked again; a reload keeps carried-over marks marked as such.
  await page.keyboard.press('j');
  await page.keyboard.press('4');
  await marking.reloadAfterAutosave('Ada Lovelace');
  await expect(carried.first()).toContainText('Carried over');
  expect((await marking.chosenLevels()).slice(0, 2)).toEqual(['Proficient', 'Exemplary']);
  await expectNoAxeViolations(page);
  await marking.frame.screenshot('marking-4-resubmission');
});

test('grade one criterion across learners, learner after learner', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const marking = await startMarkingAda(page, dialogs, workspace, consoleErrors);
  // Open Grace's too, so both are being marked.
  await marking.open();
  await marking.queueTable.getByRole('link', { name: 'Grace Hopper' }).click();
  await expect(marking.learnerHeading('Grace Hopper')).toBeVisible();
  await marking.ready();
  await marking.open();
  await marking.queueTable.getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(marking.learnerHeading('Ada Lovelace')).toBeVisible();
  await marking.ready();

  // g: only the active criterion, for each learner in turn.
  await page.keyboard.press('k');
  await page.keyboard.press('g');
  const across = page.getByRole('alert').filter({ hasText: 'Grading “Data preparation”' });
  await expect(across).toContainText('Learner 1 of 2');
  await expect.poll(() => marking.chosenLevels()).toEqual(['']);
  await page.keyboard.press('3');
  await expectNoAxeViolations(page);
  await marking.frame.screenshot('marking-5-across');
  await page.keyboard.press('n');
  await expect(marking.learnerHeading('Grace Hopper')).toBeVisible();
  await expect(across).toContainText('Learner 2 of 2');
  await marking.ready();
  await page.keyboard.press('2');
  await expect(marking.level('Data preparation', 'Developing')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await page.keyboard.press('n');
  await expect(page.getByText('Last learner')).toBeVisible();

  // g again: the whole rubric, with the mark given in the across mode.
  await page.keyboard.press('g');
  await expect(across).toBeHidden();
  expect((await marking.chosenLevels()).length).toBe(demonstration.length + reflection.length);
  expect((await marking.chosenLevels())[0]).toBe('Developing');
  await marking.open();
  await marking.queueTable.getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(marking.level('Data preparation', 'Proficient')).toHaveAttribute(
    'aria-checked',
    'true',
  );
});

test('a reflection submitted as a Word file is tagged on its text, and the tags survive a reload', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await setUpMarking(page, dialogs, workspace, consoleErrors, async (submissions) => {
    await submissions.roleSelectFor('Learning log.docx').selectOption('reflection');
  });
  const marking = await new MarkingPage(page).open();
  await marking.nextUnmarked('Ada Lovelace');
  const main = page.getByRole('main');
  const text = main.getByRole('textbox', { name: 'Reflection text' });
  await expect(text).toBeHidden();
  await main.getByRole('button', { name: 'Tag the text of Learning log.docx' }).click();
  await expect(text).toHaveValue(docxText);
  await expect(main.getByText('Tagging the text of Learning log.docx.')).toBeVisible();
  await text.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'Learning log'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Alt+1');
  const tag = main.getByRole('button', { name: /^Remove Describe tag/ });
  await expect(tag).toBeVisible();
  await expectNoAxeViolations(page);
  await marking.reloadAfterAutosave('Ada Lovelace');
  await expect(text).toHaveValue(docxText);
  await expect(tag).toBeVisible();
});

/** How many levels are chosen in the stored assessments (IndexedDB, read directly). */
async function storedLevels(page: Page): Promise<number> {
  const rows = (await readStoredRecords(page, 'assessments')) as {
    demonstration: { levelId: string | null }[];
  }[];
  return rows.flatMap((r) => r.demonstration).filter((m) => m.levelId !== null).length;
}

test('marks are written at once when the window loses focus or the marker moves on', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const marking = await startMarkingAda(page, dialogs, workspace, consoleErrors);
  // Time stands still: the autosave's pause never ends by itself, so only a flush writes.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.keyboard.press('3');
  await expect(marking.level(demonstration[0] ?? '', 'Proficient')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  expect(await storedLevels(page)).toBe(0);
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect.poll(() => storedLevels(page)).toBe(1);

  await page.keyboard.press('j');
  await page.keyboard.press('4');
  await expect(marking.level(demonstration[1] ?? '', 'Exemplary')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  expect(await storedLevels(page)).toBe(1);
  // Moving on to the next learner writes this one's marks on the way out.
  await page.keyboard.press('n');
  await expect.poll(() => storedLevels(page)).toBe(2);
  await page.clock.resume();
  await expect(marking.learnerHeading('Grace Hopper')).toBeVisible();
});

test('meets against the pass rules needs a written reason; undo takes the reason back too', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const marking = await startMarkingAda(page, dialogs, workspace, consoleErrors);
  // "Not yet" on a required criterion, Proficient elsewhere: the pass rule fails.
  await marking.levelsByKeys('1', '3', demonstration.length + reflection.length);
  await page.keyboard.press('m');
  const reason = page.getByRole('textbox', { name: 'Why meets against the pass rules' });
  await expect(reason).toBeVisible();
  await expect(marking.finaliseButton).toBeDisabled();
  await reason.focus();
  const why = 'Observed the full analysis on site; the write-up undersells it.';
  await page.keyboard.type(why);
  await expect(marking.finaliseButton).toBeEnabled();
  // Undo (in the field too) takes the reason typed in one go back, as for comments,
  // and the field shows it; meets stays chosen.
  await page.keyboard.press('Control+z');
  await expect(reason).toHaveValue('');
  await expect(marking.finaliseButton).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(reason).toHaveValue(why);
  await expect(page.getByText('Override: flagged for the lead')).toBeVisible();
});

test('marks that never reached the database (a crash within the autosave delay) are restored; stale ones are not', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const marking = await startMarkingAda(page, dialogs, workspace, consoleErrors);
  // Every change is journalled at once, before the debounced write: record the
  // journal's writes (the entry lives only until that write commits).
  await page.evaluate(() => {
    const seen: [string, string][] = [];
    (window as unknown as { journalWrites: typeof seen }).journalWrites = seen;
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
      this: Storage,
      k: string,
      v: string,
    ) => void;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if (k.startsWith('attest:pending-marks:')) seen.push([k, v]);
      setItem.call(this, k, v);
    };
  });
  await page.keyboard.press('3');
  const written = await page.waitForFunction(
    () => (window as unknown as { journalWrites: [string, string][] }).journalWrites[0] ?? null,
  );
  const [key, value] = (await written.jsonValue()) as [string, string];
  // The write commits and the journal entry goes.
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();

  // A crash before that write: the database has no marks, the journal has them.
  const dropAssessments = () => editStoredRecords(page, 'assessments', { kind: 'clear' });
  await dropAssessments();
  await page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: key, v: value });
  await page.reload();
  await expect(marking.level(demonstration[0] ?? '', 'Proficient')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();

  // An entry made on marks that were saved differently since is not replayed over them.
  await page.keyboard.press('j');
  await page.keyboard.press('4');
  await expect(marking.level(demonstration[1] ?? '', 'Exemplary')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  // The journal entry goes once the autosave has committed.
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  const stale = JSON.stringify({
    ...(JSON.parse(value) as object),
    base: 'another@2020-01-01T00:00:00.000Z',
  });
  await page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: key, v: stale });
  await page.reload();
  await expect(page.getByText('Unsaved marks from earlier were not restored')).toBeVisible();
  await expect(marking.level(demonstration[1] ?? '', 'Exemplary')).toHaveAttribute(
    'aria-checked',
    'true',
  );
});
