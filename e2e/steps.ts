/** Steps several specs share: set-up through the UI and the resting-screen axe check. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { axe } from './axe';
import { moodleSubmissionsZip } from './fixtures/moodleSubmissions';
import type { ConsoleErrors } from './harness/ConsoleErrors';
import type { ScriptedDialogs } from './harness/ScriptedDialogs';
import { editStoredRecords } from './harness/storedRecords';
import { AchievementPage } from './pages/AchievementPage';
import { IntakePage } from './pages/IntakePage';
import { MarkingPage } from './pages/MarkingPage';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramsPage } from './pages/ProgramsPage';
import { SettingsPage } from './pages/SettingsPage';
import { SubmissionsSection } from './pages/SubmissionsSection';

/** Loads the example program and publishes its micro-credential (version 1), through the UI. */
export async function publishExampleProgram(page: Page): Promise<void> {
  const programs = await new ProgramsPage(page).open();
  await programs.loadExampleButton.click();
  await new ProgramPage(page).achievementLink('Statistical Analysis Software').click();
  const mc = new AchievementPage(page);
  await mc.openTab('Publish check');
  await mc.publishButton().click();
  await expect(mc.frozenNotice).toContainText('Version 1 is published and frozen');
}

/**
 * axe on the screen as it rests: the pointer moved away, as a keyboard user's
 * would be (`keyboardOnly`: a spec proving no mouse was used never moves it).
 */
export async function expectNoAxeViolations(
  page: Page,
  { keyboardOnly = false }: { readonly keyboardOnly?: boolean } = {},
): Promise<void> {
  if (!keyboardOnly) await page.mouse.move(0, 0);
  expect(await axe(page)).toEqual([]);
}

const roster = [
  'Student Number,Name,Email',
  '1001,Ada Lovelace,ada@uni.example',
  '1002,Grace Hopper,grace@uni.example',
  '',
].join('\n');

/** Ada's online text in the Moodle fixture carries an inline handler the page CSP blocks (and logs). */
export const cspBlockedHandler =
  /Executing inline event handler violates the following Content Security Policy/;

/**
 * The example micro-credential published, a roster of Ada and Grace and the
 * Moodle download imported through the UI (2 submissions, received). Allows
 * the console error the fixture's online text causes.
 */
export async function importMoodleSubmissions(
  page: Page,
  dialogs: ScriptedDialogs,
  workspace: string,
  consoleErrors: ConsoleErrors,
  /** Runs on the matching step before the submissions are created (roles, assignments). */
  beforeCreate?: (submissions: SubmissionsSection) => Promise<void>,
): Promise<SubmissionsSection> {
  consoleErrors.allow(cspBlockedHandler);
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
  await beforeCreate?.(submissions);
  await submissions.createButton.click();
  await expect(submissions.matching).toBeHidden();
  return submissions;
}

/** A workspace ready for marking: identity Mary Marker, then `importMoodleSubmissions`. */
export async function setUpMarking(
  page: Page,
  dialogs: ScriptedDialogs,
  workspace: string,
  consoleErrors: ConsoleErrors,
  beforeCreate?: (submissions: SubmissionsSection) => Promise<void>,
): Promise<void> {
  const settings = await new SettingsPage(page).open();
  await settings.identify('Mary Marker', 'mary@uni.example');
  await importMoodleSubmissions(page, dialogs, workspace, consoleErrors, beforeCreate);
}

/** `setUpMarking`, then the queue's next unmarked submission (Ada's) open and in marking. */
export async function startMarkingAda(
  page: Page,
  dialogs: ScriptedDialogs,
  workspace: string,
  consoleErrors: ConsoleErrors,
): Promise<MarkingPage> {
  await setUpMarking(page, dialogs, workspace, consoleErrors);
  const marking = await new MarkingPage(page).open();
  await marking.nextUnmarked('Ada Lovelace');
  return marking;
}

/**
 * Sets the status of the submissions holding evidence `fileName`, in IndexedDB
 * directly, then reloads (Dexie does not observe writes made outside it). For
 * states the UI cannot reach yet (moderation: returned, approved).
 */
export async function setStatusOfSubmissionWith(
  page: Page,
  fileName: string,
  status: string,
): Promise<void> {
  await editStoredRecords(page, 'submissions', {
    kind: 'patch',
    evidenceFileName: fileName,
    patch: { status },
  });
  await page.reload();
}
