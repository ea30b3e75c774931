/**
 * Issue 5's acceptance, end to end: three submissions marked with the
 * keyboard alone (levels, comments, the comment bank, reflection tags, the
 * decision) and no pointer event at all; a reload in the middle of the second
 * loses nothing; the third is marked blind and the learner's name, student
 * number and email appear nowhere in the DOM.
 *
 * Set-up (identity, example program, roster, a Moodle-shaped zip, reflection
 * texts) uses the pointer like any lead would; the recorder starts after it.
 * Focus moves with keys, or with `locator.focus()` where KeyboardUser.ts says
 * it stands in for "Tab until there".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfWithText, zipOf } from './fixtures/evidenceFiles';
import { IntakePage } from './pages/IntakePage';
import { KeyboardUser } from './pages/KeyboardUser';
import { MarkingPage } from './pages/MarkingPage';
import { SettingsPage } from './pages/SettingsPage';
import { SubmissionsSection } from './pages/SubmissionsSection';
import { expectNoAxeViolations, publishExampleProgram } from './steps';

const learners = [
  { number: '1001', name: 'Ada Lovelace', email: 'ada@uni.example', moodle: 5001 },
  { number: '1002', name: 'Grace Hopper', email: 'grace@uni.example', moodle: 5002 },
  { number: '1004', name: 'Katherine Johnson', email: 'kjohnson@uni.example', moodle: 5004 },
] as const;

const reflection =
  'At the plant I cleaned the inspection data and ran a t-test for the supervisor. ' +
  'Checking the assumptions first changed which test was honest to use, so next time ' +
  'I will plot the residuals before I choose a test.';

const bankComment = 'Say which checks you ran on the data before the analysis.';

async function setUp(
  page: Page,
  dialogs: Parameters<SubmissionsSection['importZip']>[0],
  dir: string,
) {
  const settings = await new SettingsPage(page).open();
  await settings.identify('Mary Marker', 'mary@uni.example');
  await publishExampleProgram(page);

  const intake = await new IntakePage(page).open();
  const rosterPath = join(dir, 'roster.csv');
  await writeFile(
    rosterPath,
    [
      'Student Number,Name,Email',
      ...learners.map((l) => `${l.number},${l.name},${l.email}`),
      '',
    ].join('\n'),
  );
  await intake.startImport(dialogs, rosterPath);
  await intake.checkRows();
  await intake.confirmImport();

  const submissions = new SubmissionsSection(page);
  const zipPath = join(dir, 'moodle.zip');
  const files: Record<string, Buffer> = {};
  for (const l of learners) {
    // Katherine's file carries her name, as LMS downloads often do: blind marking must hide it.
    const file = l.name === 'Katherine Johnson' ? `${l.name} - site report.pdf` : 'Report.pdf';
    files[`${l.name}_${String(l.moodle)}_assignsubmission_file_/${file}`] = pdfWithText(
      'Weld bead inspection report',
    );
  }
  await writeFile(zipPath, await zipOf(files));
  await expect(submissions.versionSelect).toHaveValue(/.+/);
  await submissions.importZip(dialogs, zipPath);
  await expect(submissions.createButton).toHaveText('Create 3 submissions');
  await submissions.createButton.click();
  await expect(submissions.matching).toBeHidden();
  for (const l of learners) {
    await submissions.openSubmission(l.name);
    await submissions.reflectionText.fill(reflection);
    await submissions.reflectionText.blur();
    await expect(submissions.reflectionText).toHaveValue(reflection);
  }
  // The reflection text is written on blur; give the last write its moment.
  await page.waitForTimeout(300);
}

/** Everything a screen reader or a curious DOM inspector could find on the page. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = Array.from(
      document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
      (field) => field.value,
    );
    return [document.title, document.documentElement.outerHTML, ...values].join('\n');
  });
}

async function expectNobodyNamed(page: Page, learner: (typeof learners)[number]): Promise<void> {
  const text = await pageText(page);
  for (const secret of [...learner.name.split(' '), learner.number, learner.email]) {
    expect(text, `"${secret}" is on the page`).not.toContain(secret);
  }
}

/** Selects `length` characters of the reflection from `start` with Shift+arrows, then Alt+`stage`. */
async function tagPassage(page: Page, text: Locator, start: number, length: number, stage: number) {
  await text.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < start; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press(`Alt+${String(stage)}`);
}

/** Presses `key` on each criterion from the active one on, moving down with j. */
async function markRest(page: Page, keys: readonly string[]): Promise<void> {
  for (const [i, key] of keys.entries()) {
    if (i > 0) await page.keyboard.press('j');
    await page.keyboard.press(key);
  }
}

test('three submissions marked by keyboard alone, a reload midway, the third blind', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(240_000);
  await setUp(page, dialogs, workspace);
  const marking = new MarkingPage(page);
  const user = new KeyboardUser(page);
  const main = page.getByRole('main');
  const reflectionText = main.getByRole('textbox', { name: 'Reflection text' });
  const describeTag = main.getByRole('button', { name: /^Remove Describe tag/ });
  const examineTag = main.getByRole('button', { name: /^Remove Examine tag/ });
  const noAnalysis = main.getByText('Description without analysis');
  const firstComment = marking.comment('Data preparation');
  const bankButton = main.getByRole('button', { name: `Insert comment: ${bankComment}` });

  await user.watchPointer();
  await page.getByRole('link', { name: 'Marking' }).focus();
  await page.keyboard.press('Enter');
  await expect(marking.queue).toBeVisible();

  // 1. Ada: tags (description, then analysis), levels, a comment saved to the bank, meets.
  await marking.nextUnmarked('Ada Lovelace');
  await tagPassage(page, reflectionText, 0, 79, 1);
  await expect(describeTag).toBeVisible();
  await expect(noAnalysis).toBeVisible();
  await tagPassage(page, reflectionText, 80, 60, 2);
  await expect(examineTag).toBeVisible();
  await expect(noAnalysis).toBeHidden();
  await page.keyboard.press('Tab'); // out of the text, onto its stage buttons
  await page.keyboard.press('k'); // the first criterion
  await page.keyboard.press('3');
  await page.keyboard.press('c');
  await expect(firstComment).toBeFocused();
  await page.keyboard.type(bankComment);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('b');
  await expect(bankButton).toBeVisible();
  await page.keyboard.press('j');
  await markRest(page, ['4', '3', '3', '3', '3', '3']);
  expect(await marking.chosenLevels()).toEqual([
    'Proficient',
    'Exemplary',
    'Proficient',
    'Proficient',
    'Proficient',
    'Proficient',
    'Proficient',
  ]);
  await page.keyboard.press('m');
  await expect(marking.finaliseButton).toBeEnabled();
  await expectNoAxeViolations(page, { keyboardOnly: true });
  await marking.frame.screenshot('workbench-1-tagged');
  await page.keyboard.press('Control+Enter');

  // 2. Grace: a bank comment by Alt+1, a tag, then a reload in the middle.
  await expect(marking.learnerHeading('Grace Hopper')).toBeVisible();
  await marking.ready();
  await expect(bankButton).toBeVisible();
  await page.keyboard.press('3');
  await page.keyboard.press('Alt+1');
  await expect(firstComment).toHaveValue(bankComment);
  await page.keyboard.press('j');
  await page.keyboard.press('4');
  await tagPassage(page, reflectionText, 0, 79, 1);
  await expect(describeTag).toBeVisible();
  await marking.reloadAfterAutosave('Grace Hopper');
  await marking.ready();
  await expect(marking.level('Choosing the analysis', 'Exemplary')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  expect(await marking.chosenLevels()).toEqual(['Proficient', 'Exemplary', '', '', '', '', '']);
  await expect(firstComment).toHaveValue(bankComment);
  await expect(describeTag).toBeVisible();
  await expect(noAnalysis).toBeVisible();
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await markRest(page, ['3', '3', '3', '3', '3']);
  expect(await marking.chosenLevels()).toEqual([
    'Proficient',
    'Exemplary',
    'Proficient',
    'Proficient',
    'Proficient',
    'Proficient',
    'Proficient',
  ]);
  await page.keyboard.press('m');
  await expect(marking.finaliseButton).toBeEnabled();
  await page.keyboard.press('Control+Enter');
  await expect(marking.learnerHeading('Katherine Johnson')).toBeVisible();

  // The lead turns blind marking on for the micro-credential (keyboard again).
  await page.getByRole('link', { name: 'Programs' }).focus();
  await page.keyboard.press('Enter');
  await main.getByRole('link', { name: 'Data Analytics Micro-credentials' }).focus();
  await page.keyboard.press('Enter');
  await main.getByRole('link', { name: 'Statistical Analysis Software' }).focus();
  await page.keyboard.press('Enter');
  await main.getByRole('tab', { name: 'Marking' }).focus();
  await page.keyboard.press('Enter');
  const blindSwitch = main.getByRole('switch', { name: /^Blind marking/ });
  await blindSwitch.focus();
  await page.keyboard.press('Space');
  await expect(blindSwitch).toBeChecked();

  // 3. Katherine, blind: nowhere on the queue or the marking screen.
  await page.getByRole('link', { name: 'Marking' }).focus();
  await page.keyboard.press('Enter');
  await expect(marking.queueTable).toBeVisible();
  await expect(marking.queueTable).toContainText(/Candidate [0-9A-F]{6}/);
  await expectNobodyNamed(page, learners[2]);
  await page.keyboard.press('n');
  await expect(
    main.getByRole('heading', { level: 2, name: /^Candidate [0-9A-F]{6}$/ }),
  ).toBeVisible();
  await expect(main.getByRole('navigation', { name: 'Evidence files' })).toContainText(
    'Demonstration file 1.pdf',
  );
  await tagPassage(page, reflectionText, 80, 60, 2);
  await expect(examineTag).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('k');
  await markRest(page, ['3', '3', '3', '3', '3', '3', '3']);
  await page.keyboard.press('m');
  await expect(marking.finaliseButton).toBeEnabled();
  await expectNobodyNamed(page, learners[2]);
  await expectNoAxeViolations(page, { keyboardOnly: true });
  await marking.frame.screenshot('workbench-2-blind');
  await page.keyboard.press('Control+Enter');
  await expect(marking.queue).toBeVisible();
  await expect(marking.counts).toContainText('marked: 3');
  await expectNobodyNamed(page, learners[2]);

  await user.expectNoPointerUse();
});
