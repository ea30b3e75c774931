/**
 * Submission intake, end to end: a roster, a Moodle download with real small
 * files (PDF, PNG, WAV, a WebM video recorded in the test's browser, DOCX) and hostile ones (online text and an SVG with
 * script), one file assigned by hand, then every file opened in the viewer.
 * Nothing hostile runs, navigates or reaches the network.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, publishExampleProgram, setStatusOfSubmissionWith } from './steps';
import { pdfWithText, png } from './fixtures/evidenceFiles';
import { docxText, moodleSubmissionsZip } from './fixtures/moodleSubmissions';
import { recordedWebm, videoSize } from './fixtures/recordedVideo';
import { IntakePage } from './pages/IntakePage';
import { SubmissionsSection } from './pages/SubmissionsSection';

const roster = [
  'Student Number,Name,Email',
  '1001,Ada Lovelace,ada@uni.example',
  '1002,Grace Hopper,grace@uni.example',
  '1003,Alan Turing,alan@uni.example',
  '',
].join('\n');

/** Loads the example program and publishes its achievement through the UI. */

test('import a Moodle download: match, assign by hand, create, view every file safely', async ({
  page,
  dialogs,
  workspace,
  network,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  // The page CSP blocks the online text's inline handler while DOMPurify parses it: the
  // attempt is logged as an error, and blocked, which is what this test asserts below.
  consoleErrors.allow(
    /Executing inline event handler violates the following Content Security Policy/,
  );
  const dialogsShown: string[] = [];
  page.on('dialog', (dialog) => {
    dialogsShown.push(dialog.message());
    void dialog.dismiss();
  });

  const intake = new IntakePage(page);
  const submissions = new SubmissionsSection(page);
  await intake.open();
  await expect(submissions.region.getByText('No published achievement yet')).toBeVisible();

  await publishExampleProgram(page);
  const rosterPath = join(workspace, 'roster.csv');
  await writeFile(rosterPath, roster);
  await intake.open();
  await intake.startImport(dialogs, rosterPath);
  await intake.checkRows();
  await intake.confirmImport();
  await expect(intake.learners.locator('tbody tr')).toHaveCount(3);

  // A real video: recorded on a blank page of this browser (no request, no new tool).
  const video = await recordedWebm(page.context());
  await page.bringToFront();
  const zipPath = join(workspace, 'moodle-submissions.zip');
  await writeFile(zipPath, await moodleSubmissionsZip({ video }));
  await expect(submissions.versionSelect).toHaveValue(/.+/);
  await submissions.importZip(dialogs, zipPath);

  // Matched by name; the online text is a reflection, the attestation is recognised by its name.
  const ada = submissions.learnerGroup('Ada Lovelace');
  await expect(ada.getByRole('row')).toHaveCount(7);
  await expect(submissions.roleSelectFor('onlinetext.html')).toHaveValue('reflection');
  await expect(submissions.learnerGroup('Grace Hopper').getByRole('row')).toHaveCount(3);
  await expect(submissions.unmatched.getByRole('row')).toHaveCount(2);
  await expect(submissions.createButton).toHaveText('Create 2 submissions');
  await expectNoAxeViolations(page);
  await submissions.frame.screenshot('intake-1-matching');

  // Assign the stray file by hand, with the keyboard.
  const strayLearner = submissions.learnerSelectFor('Stray evidence.pdf');
  await strayLearner.focus();
  await strayLearner.selectOption({ label: 'Alan Turing (1003)' });
  await expect(submissions.createButton).toHaveText('Create 3 submissions');
  await submissions.roleSelectFor('Learning log.docx').selectOption('reflection');
  await submissions.createButton.click();
  await expect(submissions.matching).toBeHidden();

  await expect(submissions.list.locator('[role=row][data-index]')).toHaveCount(3);
  const rows = await submissions.rows();
  expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[6]])).toEqual([
    ['Ada Lovelace', '1001', '6', 'Yes', 'received'],
    ['Alan Turing', '1003', '1', 'No', 'received'],
    ['Grace Hopper', '1002', '2', 'No', 'received'],
  ]);
  await expectNoAxeViolations(page);
  await submissions.frame.screenshot('intake-2-list');

  // The same zip again merges into the same submissions: no duplicates.
  await submissions.importZip(dialogs, zipPath);
  await submissions
    .learnerSelectFor('Stray evidence.pdf')
    .selectOption({ label: 'Alan Turing (1003)' });
  await submissions.createButton.click();
  await expect(submissions.matching).toBeHidden();
  expect((await submissions.rows()).map((r) => [r[0], r[2]])).toEqual([
    ['Ada Lovelace', '6'],
    ['Alan Turing', '1'],
    ['Grace Hopper', '2'],
  ]);

  // The viewer: PDF painted, image decoded, recording has a duration, video decodes and
  // seeks, DOCX text shown.
  const startUrl = page.url();
  await submissions.openSubmission('Ada Lovelace');
  await submissions.openEvidence('Inspection report.pdf');
  const canvas = submissions.viewer.locator('canvas').first();
  await expect(canvas).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(() =>
      canvas.evaluate((c) => {
        if (!(c instanceof HTMLCanvasElement)) return 0;
        const context = c.getContext('2d');
        if (context === null) return 0;
        const { data } = context.getImageData(0, 0, c.width, c.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark += 1;
        return dark;
      }),
    )
    .toBeGreaterThan(0);
  await submissions.frame.screenshot('intake-3-pdf');
  // Its controls: zoom by the toolbar, search the text layer, one page so no next page.
  const pdfControls = submissions.viewer.getByRole('toolbar', { name: 'PDF controls' });
  const zoom = pdfControls.getByLabel(/^Zoom \d+%$/);
  const zoomBefore = await zoom.getAttribute('aria-label');
  await pdfControls.getByRole('button', { name: 'Zoom in' }).click();
  await expect(zoom).not.toHaveAttribute('aria-label', zoomBefore ?? '');
  await expect(pdfControls.getByRole('button', { name: 'Next page' })).toBeDisabled();
  const pdfSearch = submissions.viewer.getByRole('search', { name: 'Search the PDF' });
  await pdfSearch.getByRole('textbox', { name: 'Find in document' }).fill('inspection');
  await expect(pdfSearch.getByRole('status')).toHaveText('Match 1 of 1, on page 1.');
  await pdfSearch.getByRole('textbox', { name: 'Find in document' }).fill('aluminium');
  await expect(pdfSearch.getByRole('status')).toHaveText('No matches for “aluminium”.');

  await submissions.openEvidence('Bead photo.png');
  const image = submissions.viewer.getByRole('img', { name: 'Evidence: Bead photo.png' });
  await expect
    .poll(() => image.evaluate((img) => (img instanceof HTMLImageElement ? img.naturalWidth : 0)))
    .toBe(64);
  // Rotate and zoom from its toolbar; the state is spoken.
  const imageControls = submissions.viewer.getByRole('toolbar', { name: 'Image controls' });
  await imageControls.getByRole('button', { name: 'Rotate 90 degrees clockwise' }).click();
  await expect(imageControls).toContainText('turned 90°');
  await imageControls.getByRole('button', { name: 'Reset view' }).click();
  await expect(imageControls).not.toContainText('turned');

  await submissions.openEvidence('Voice note.wav');
  const audio = submissions.viewer.locator('audio');
  await expect
    .poll(() => audio.evaluate((a) => (a instanceof HTMLAudioElement ? a.duration : 0)))
    .toBeCloseTo(0.5, 1);

  await submissions.openEvidence('Site walk.webm');
  const videoElement = submissions.viewer.locator('video');
  await expect(videoElement).toHaveAccessibleName('Video: Site walk.webm');
  await expect
    .poll(() =>
      videoElement.evaluate((v) =>
        v instanceof HTMLVideoElement
          ? { ready: v.readyState >= 1, width: v.videoWidth, height: v.videoHeight }
          : null,
      ),
    )
    .toEqual({ ready: true, width: videoSize.width, height: videoSize.height });
  // A MediaRecorder WebM has no duration in its header (Infinity until the end is known):
  // seeking to 0.5 s (fetched by range) still lands there and fires "seeked".
  const seeked = await videoElement.evaluate(
    (v) =>
      new Promise<{ time: number; duration: number }>((resolve, reject) => {
        if (!(v instanceof HTMLVideoElement)) {
          reject(new Error('not a video'));
          return;
        }
        const timer = setTimeout(() => reject(new Error('no seeked event')), 10_000);
        v.addEventListener(
          'seeked',
          () => {
            clearTimeout(timer);
            resolve({ time: v.currentTime, duration: v.duration });
          },
          { once: true },
        );
        v.currentTime = 0.5;
      }),
  );
  expect(seeked.time).toBeCloseTo(0.5, 1);
  expect(seeked.duration).toBeGreaterThan(0);
  // The player asked for byte ranges and was answered with partial content.
  expect(network.evidence.filter((served) => served.status === 206).length).toBeGreaterThan(0);
  await expect
    .poll(() => videoElement.evaluate((v) => (v instanceof HTMLVideoElement ? v.readyState : 0)))
    .toBeGreaterThanOrEqual(2);
  await submissions.frame.screenshot('intake-3-video');

  await submissions.openEvidence('Learning log.docx');
  await expect(submissions.viewer.getByText(docxText)).toBeVisible({ timeout: 15_000 });
  await submissions.frame.screenshot('intake-4-docx');

  // Hostile files: shown, never run.
  await submissions.openEvidence('onlinetext.html');
  await expect(submissions.viewer.getByText('My reflection on the placement.')).toBeVisible();
  // Its source, as text, on request.
  await submissions.viewer.getByRole('switch', { name: /Show source/ }).check();
  await expect(
    submissions.viewer.getByRole('region', { name: 'Source of onlinetext.html' }),
  ).toContainText('<');
  await submissions.viewer.getByRole('switch', { name: /Show source/ }).uncheck();
  await submissions.frame.screenshot('intake-5-html');
  await submissions.openSubmission('Grace Hopper');
  await submissions.openEvidence('Diagram.svg');
  // Shown as an image only (never inline), so its script and onload never run.
  const svgImage = submissions.viewer.getByRole('img', { name: 'Evidence: Diagram.svg' });
  await expect(svgImage).toBeVisible();
  await expect
    .poll(() =>
      svgImage.evaluate((img) => (img instanceof HTMLImageElement ? img.naturalWidth : 0)),
    )
    .toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  await submissions.frame.screenshot('intake-6-svg');
  await page.waitForTimeout(500); // give anything that would run a chance to
  expect(dialogsShown).toEqual([]);
  expect(page.url()).toBe(startUrl);
  expect(network.urls).toEqual([]);
});

test('cancelling the intake from its progress bar keeps nothing', async ({
  page,
  dialogs,
  workspace,
  jobs,
}) => {
  test.setTimeout(90_000);
  await publishExampleProgram(page);
  await new IntakePage(page).open();
  const submissions = new SubmissionsSection(page);
  const zipPath = join(workspace, 'moodle-submissions.zip');
  await writeFile(zipPath, await moodleSubmissionsZip());
  jobs.holdNext();
  dialogs.willOpen(zipPath);
  await submissions.importZipButton.click();
  const progress = submissions.region.getByRole('region', { name: 'Import progress' });
  await expect(progress).toContainText('Storing the files…');
  await expectNoAxeViolations(page);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(submissions.region.getByRole('status')).toContainText(
    'Nothing was kept: the files stored so far were removed.',
  );
  await expect(submissions.matching).toBeHidden();
  const stored = await readdir(join(workspace, 'evidence', 'objects'), { recursive: true }).catch(
    () => [],
  );
  expect(stored.filter((name) => /[0-9a-f]{64}$/.test(name))).toEqual([]);
});

test('cancelling at the matching step creates nothing', async ({ page, dialogs, workspace }) => {
  test.setTimeout(90_000);
  await publishExampleProgram(page);
  const intake = await new IntakePage(page).open();
  const submissions = new SubmissionsSection(page);
  const zipPath = join(workspace, 'moodle-submissions.zip');
  await writeFile(zipPath, await moodleSubmissionsZip());
  await submissions.importZip(dialogs, zipPath);
  // No roster: nothing matches.
  await expect(submissions.unmatched.getByRole('row')).toHaveCount(9);
  await expect(submissions.createButton).toBeDisabled();
  await submissions.cancelImportButton.click();
  await expect(submissions.matching).toBeHidden();
  await expect(submissions.region.getByText('No submissions for this version yet.')).toBeVisible();
  await expect(intake.noLearners).toBeVisible();
});

/** A roster and the Moodle download, the stray file given to Alan: three submissions. */
async function importSubmissions(
  page: Page,
  dialogs: Parameters<SubmissionsSection['importZip']>[0],
  workspace: string,
): Promise<SubmissionsSection> {
  await publishExampleProgram(page);
  const intake = await new IntakePage(page).open();
  const rosterPath = join(workspace, 'roster.csv');
  await writeFile(rosterPath, roster);
  await intake.startImport(dialogs, rosterPath);
  await intake.checkRows();
  await intake.confirmImport();
  await expect(intake.learners.locator('tbody tr')).toHaveCount(3);
  const submissions = new SubmissionsSection(page);
  const zipPath = join(workspace, 'moodle-submissions.zip');
  await writeFile(zipPath, await moodleSubmissionsZip());
  await submissions.importZip(dialogs, zipPath);
  await submissions
    .learnerSelectFor('Stray evidence.pdf')
    .selectOption({ label: 'Alan Turing (1003)' });
  await submissions.createButton.click();
  await expect(submissions.matching).toBeHidden();
  await expect(submissions.list.locator('[role=row][data-index]')).toHaveCount(3);
  return submissions;
}

test('a file Attest cannot show: its facts, a warning, then a read-only copy opened outside', async ({
  page,
  dialogs,
  workspace,
  systemOpened,
}) => {
  test.setTimeout(120_000);
  const submissions = await importSubmissions(page, dialogs, workspace);
  await submissions.openSubmission('Alan Turing');
  const drawing = join(workspace, 'Bracket drawing.dwg');
  await writeFile(drawing, Buffer.from([0x41, 0x43, 0x31, 0x30, 0x33, 0x32, 0, 0, 1, 2, 3]));
  await submissions.addFiles(dialogs, [drawing]);
  await submissions.newFiles.getByRole('button', { name: 'Add 1 file' }).click();
  await expect(submissions.evidenceNames()).toContainText(['Bracket drawing.dwg']);
  await submissions.openEvidence('Bracket drawing.dwg');
  await expect(submissions.viewer).toContainText('Attest cannot show this file');
  await expect(submissions.viewer).toContainText('Bracket drawing.dwg');

  // Nothing leaves Attest until the warning is confirmed.
  const openButton = submissions.viewer.getByRole('button', { name: 'Open with system app…' });
  await openButton.focus();
  await page.keyboard.press('Enter');
  const warning = page.getByRole('dialog', { name: 'Open this file with another program?' });
  await expect(warning).toContainText('runs outside Attest’s protections');
  await expectNoAxeViolations(page);
  await submissions.frame.screenshot('intake-8-open-outside');
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toBeHidden();
  expect(systemOpened).toEqual([]);

  await openButton.click();
  await warning.getByRole('button', { name: 'Open with system app' }).click();
  await expect(page.getByText(/A read-only copy of Bracket drawing\.dwg was handed/)).toBeVisible();
  expect(systemOpened).toHaveLength(1);
  const copy = systemOpened[0] ?? '';
  expect(copy.startsWith(join(workspace, 'opened'))).toBe(true);
  expect(copy.endsWith('Bracket drawing.dwg')).toBe(true);
  expect(await readFile(copy)).toEqual(await readFile(drawing));
});

test('add files, a reflection and an attestation to a submission; they survive a reload', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(120_000);
  const submissions = await importSubmissions(page, dialogs, workspace);
  await submissions.openSubmission('Alan Turing');
  await expect(submissions.evidenceNames()).toHaveText(['Stray evidence.pdf']);

  // Two new files and a copy of one the submission already has (same bytes: skipped).
  const extra = join(workspace, 'Extra evidence.pdf');
  const photo = join(workspace, 'Site photo.png');
  const copy = join(workspace, 'Stray copy.pdf');
  await writeFile(extra, pdfWithText('More evidence'));
  await writeFile(photo, png(32, 32));
  await writeFile(copy, pdfWithText('Whose is this?'));
  await submissions.addFiles(dialogs, [extra, photo, copy]);
  await expect(submissions.newFileRoleSelect('Extra evidence.pdf')).toHaveValue('demonstration');
  await expect(submissions.newFileRoleSelect('Site photo.png')).toHaveValue('demonstration');
  await submissions.newFiles.getByRole('button', { name: 'Add 3 files' }).click();
  await expect(submissions.newFiles).toBeHidden();
  await expect(submissions.evidenceNames()).toHaveText([
    'Stray evidence.pdf',
    'Extra evidence.pdf',
    'Site photo.png',
  ]);
  await expectNoAxeViolations(page);

  const alanRow = async () => (await submissions.rows()).find((r) => r[0] === 'Alan Turing');
  await expect.poll(alanRow).toEqual(expect.arrayContaining(['3', 'No', 'No']));
  await submissions.reflectionText.fill('I checked every weld twice.\nNext time: a checklist.');
  await submissions.reflectionText.blur();
  await expect.poll(async () => (await alanRow())?.slice(4, 6)).toEqual(['Yes', 'No']);
  await submissions.attestationField('Setting organisation').fill('Acme Fabrication');
  await submissions.attestationField('Setting description').fill('Night shift, pipe welding bay');
  await submissions.attestationField('Supervisor name').fill('Joan Smith');
  await submissions.attestationField('Supervisor role').fill('Welding supervisor');
  await submissions.attestationField('Supervisor organisation').fill('Acme Fabrication');
  await submissions.attestationField('Date attested').fill('2026-03-14');
  await submissions.attestation.getByRole('button', { name: 'Save attestation' }).click();
  await expect
    .poll(alanRow)
    .toEqual(['Alan Turing', '1003', '3', expect.any(String), 'Yes', 'Yes', 'received']);
  await expectNoAxeViolations(page);
  await submissions.frame.screenshot('intake-7-reflection-attestation');

  await page.reload();
  await submissions.openSubmission('Alan Turing');
  await expect(submissions.evidenceNames()).toHaveCount(3);
  await expect(submissions.reflectionText).toHaveValue(
    'I checked every weld twice.\nNext time: a checklist.',
  );
  await expect(submissions.attestationField('Setting organisation')).toHaveValue(
    'Acme Fabrication',
  );
  await expect(submissions.attestationField('Setting description')).toHaveValue(
    'Night shift, pipe welding bay',
  );
  await expect(submissions.attestationField('Supervisor name')).toHaveValue('Joan Smith');
  await expect(submissions.attestationField('Supervisor role')).toHaveValue('Welding supervisor');
  await expect(submissions.attestationField('Supervisor organisation')).toHaveValue(
    'Acme Fabrication',
  );
  await expect(submissions.attestationField('Date attested')).toHaveValue('2026-03-14');
});

test('a returned submission gets a resubmission that keeps the chosen evidence', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(120_000);
  const submissions = await importSubmissions(page, dialogs, workspace);
  await submissions.openSubmission('Grace Hopper');
  // Only a returned (or approved not-yet) submission offers a resubmission.
  await expect(submissions.createResubmissionButton).toBeHidden();

  // Returning a submission through the UI takes allocation, marking, second marking and a
  // lead's return, none of which this screen offers yet.
  await setStatusOfSubmissionWith(page, 'Diagram.svg', 'returned');
  await submissions.openSubmission('Grace Hopper');
  await submissions.createResubmissionButton.click();
  await expect(submissions.resubmission).toHaveAccessibleName('Resubmission (attempt 2)');
  const keepSvg = submissions.resubmission.getByRole('checkbox', { name: /^Keep Diagram\.svg/ });
  await expect(keepSvg).toBeChecked();
  await expect(
    submissions.resubmission.getByRole('checkbox', { name: /^Keep Supervisor attestation\.pdf/ }),
  ).toBeChecked();
  await keepSvg.uncheck();
  await expectNoAxeViolations(page);
  await submissions.resubmission.getByRole('button', { name: 'Create attempt 2' }).click();

  // The new attempt opens: linked, received, with only the kept evidence.
  await expect(submissions.detail.getByText(/^Attempt 2 · /)).toBeVisible();
  await expect(submissions.evidenceNames()).toHaveText(['Supervisor attestation.pdf']);
  await expect(submissions.createResubmissionButton).toBeHidden();
  await expect
    .poll(async () =>
      (await submissions.rows())
        .filter((r) => r[0]?.startsWith('Grace Hopper'))
        .map((r) => [r[0], r[2], r[6]]),
    )
    .toEqual([
      ['Grace Hopper', '2', 'returned'],
      ['Grace Hopper (attempt 2)', '1', 'received'],
    ]);

  // The new or replaced files are added to the new attempt.
  const redrawn = join(workspace, 'Diagram v2.png');
  await writeFile(redrawn, png(40, 30));
  await submissions.addFiles(dialogs, [redrawn]);
  await submissions.newFiles.getByRole('button', { name: 'Add 1 file' }).click();
  await expect(submissions.evidenceNames()).toHaveText([
    'Supervisor attestation.pdf',
    'Diagram v2.png',
  ]);
});
