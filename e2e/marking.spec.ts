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
import { expectNoAxeViolations, publishExampleProgram } from './steps';
import { moodleSubmissionsZip } from './fixtures/moodleSubmissions';
import type { ScriptedDialogs } from './harness/ScriptedDialogs';
import { IntakePage } from './pages/IntakePage';
import { MarkingPage } from './pages/MarkingPage';
import { SettingsPage } from './pages/SettingsPage';
import { SubmissionsSection } from './pages/SubmissionsSection';

const roster = [
  'Student Number,Name,Email',
  '1001,Ada Lovelace,ada@uni.example',
  '1002,Grace Hopper,grace@uni.example',
  '',
].join('\n');

const demonstration = [
  'Data preparation',
  'Choosing the analysis',
  'Running and interpreting output',
  'Communicating results',
];
const reflection = ['Describe', 'Examine', 'Articulate Learning'];

async function setUp(page: Page, dialogs: ScriptedDialogs, workspace: string): Promise<void> {
  const settings = await new SettingsPage(page).open();
  await settings.nameInput.fill('Mary Marker');
  await settings.emailInput.fill('mary@uni.example');
  await settings.saveIdentityButton.click();

  await publishExampleProgram(page);

  const intake = await new IntakePage(page).open();
  const rosterPath = join(workspace, 'roster.csv');
  await writeFile(rosterPath, roster);
  await intake.startImport(dialogs, rosterPath);
  await intake.checkRows();
  await intake.confirmImport();
  const submissions = new SubmissionsSection(page);
  const zipPath = join(workspace, 'moodle-submissions.zip');
  await writeFile(zipPath, await moodleSubmissionsZip());
  await expect(submissions.versionSelect).toHaveValue(/.+/);
  await submissions.importZip(dialogs, zipPath);
  await expect(submissions.createButton).toHaveText('Create 2 submissions');
  await submissions.createButton.click();
  await expect(submissions.matching).toBeHidden();
}

test('mark a submission with the keyboard alone, reload midway, finalise', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  // Ada's online text carries an inline handler that the page CSP blocks (and logs).
  consoleErrors.allow(
    /Executing inline event handler violates the following Content Security Policy/,
  );
  await setUp(page, dialogs, workspace);

  const marking = await new MarkingPage(page).open();
  await expect(marking.queueTable.getByRole('row')).toHaveCount(3);
  await expect(marking.counts).toContainText('received: 2');
  await expectNoAxeViolations(page);
  await marking.frame.screenshot('marking-1-queue');

  // n opens the next unmarked submission; opening it allocates it to me and starts marking.
  await page.keyboard.press('n');
  await expect(marking.learnerHeading('Ada Lovelace')).toBeVisible();
  await expect(marking.status).toHaveText('in marking');

  // The first two criteria by number keys, then a comment.
  await page.keyboard.press('3');
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
  await page.waitForTimeout(400);
  await page.reload();
  await expect(marking.learnerHeading('Ada Lovelace')).toBeVisible();
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
