/**
 * Files dropped from the OS onto a learner's submission join it through the
 * same steps as "Add files…" (roles, then add). In the Chromium harness the
 * drop is synthesized and the harness says where each dropped file is, as
 * Electron's `webUtils.getPathForFile` would; main's checks are the real ones,
 * so a folder or a link is refused by main and nothing changes.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { pdfWithText } from './fixtures/evidenceFiles';
import { SubmissionTools } from './pages/SubmissionTools';
import { expectNoAxeViolations, importMoodleSubmissions } from './steps';

test('drop a PDF onto a learner’s submission; a folder or a link is refused and changes nothing', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const submissions = await importMoodleSubmissions(page, dialogs, workspace, consoleErrors);
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
