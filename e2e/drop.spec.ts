/**
 * Files dropped from the OS onto a learner's submission join it through the
 * same steps as "Add files…" (roles, then add). In the Chromium harness the
 * drop is synthesized and the harness says where each dropped file is, as
 * Electron's `webUtils.getPathForFile` would; main's checks are the real ones,
 * so a folder or a link is refused by main and nothing changes.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfWithText } from './fixtures/evidenceFiles';
import { moodleSubmissionsZip } from './fixtures/moodleSubmissions';
import type { ScriptedDialogs } from './harness/ScriptedDialogs';
import { IntakePage } from './pages/IntakePage';
import { SubmissionTools } from './pages/SubmissionTools';
import { SubmissionsSection } from './pages/SubmissionsSection';
import { expectNoAxeViolations, publishExampleProgram } from './steps';

const roster = [
  'Student Number,Name,Email',
  '1001,Ada Lovelace,ada@uni.example',
  '1002,Grace Hopper,grace@uni.example',
  '',
].join('\n');

async function importSubmissions(
  page: Page,
  dialogs: ScriptedDialogs,
  workspace: string,
): Promise<SubmissionsSection> {
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
  await submissions.createButton.click();
  await expect(submissions.matching).toBeHidden();
  return submissions;
}

test('drop a PDF onto a learner’s submission; a folder or a link is refused and changes nothing', async ({
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
  const submissions = await importSubmissions(page, dialogs, workspace);
  const tools = new SubmissionTools(page);
  await submissions.openSubmission('Grace Hopper');
  const before = await submissions.evidenceNames().allTextContents();

  // The drop zone says what to do whatever has focus; the button stays for keyboard users.
  await expect(tools.dropZone).toContainText('Drop files from your computer');
  await expect(submissions.addFilesButton).toBeEnabled();
  await expectNoAxeViolations(page);
  await tools.dragOver(['Dropped report.pdf']);
  await expect(tools.dropZone).toContainText('Release to add these files');
  await submissions.frame.screenshot('drop-1-dragging-over');
  await tools.dragLeave();
  await expect(tools.dropZone).toContainText('Drop files from your computer');

  // A PDF: the same role step as "Add files…", then it is in the list.
  const pdf = join(workspace, 'Dropped report.pdf');
  await writeFile(pdf, pdfWithText('Dropped onto Grace'));
  await tools.dropFiles(dialogs, [pdf]);
  await expect(submissions.newFiles).toBeVisible({ timeout: 20_000 });
  await expect(submissions.newFileRoleSelect('Dropped report.pdf')).toHaveValue('demonstration');
  await submissions.newFiles.getByRole('button', { name: 'Add 1 file' }).click();
  await expect(submissions.newFiles).toBeHidden();
  await expect(submissions.evidenceNames()).toHaveText([...before, 'Dropped report.pdf']);
  await submissions.openEvidence('Dropped report.pdf');
  const after = await submissions.evidenceNames().allTextContents();

  // A folder: refused by main, with a message that says what to do instead.
  const folder = join(workspace, 'Week 3 photos');
  await mkdir(folder);
  await writeFile(join(folder, 'inside.pdf'), pdfWithText('inside'));
  await tools.dropFiles(dialogs, [folder]);
  await expect(tools.dropProblem).toContainText('Week 3 photos is a folder');
  await expect(tools.dropProblem).toContainText('Drop the files inside it');
  await expect(tools.notification('The dropped files were not added')).toBeVisible();
  await expect(submissions.newFiles).toBeHidden();
  await expect(submissions.evidenceNames()).toHaveText(after);
  await expectNoAxeViolations(page);
  await submissions.frame.screenshot('drop-2-folder-refused');

  // A link, even beside a good file: the whole drop is refused, nothing is stored.
  const link = join(workspace, 'Shortcut to report.pdf');
  await symlink(pdf, link);
  const good = join(workspace, 'Another.pdf');
  await writeFile(good, pdfWithText('another'));
  await tools.dropFiles(dialogs, [good, link]);
  await expect(tools.dropProblem).toContainText(
    'Shortcut to report.pdf is a link (shortcut); Attest does not follow links',
  );
  await expect(submissions.newFiles).toBeHidden();
  await expect(submissions.evidenceNames()).toHaveText(after);

  // The next drag clears the message.
  await tools.dragOver(['x.pdf']);
  await expect(tools.dropProblem).toBeHidden();
  await tools.dragLeave();

  // And it all survives a reload: the drop was added once, the refusals left no trace.
  await page.reload();
  await submissions.openSubmission('Grace Hopper');
  await expect(submissions.evidenceNames()).toHaveText(after);
});
