/**
 * The audit log: marking records who allocated, started and finalised each
 * submission, the lead reads it in the submission's history, and a check in
 * Settings finds an entry changed behind the app's back.
 */
import { expect, test } from './fixtures';
import { editStoredRecords } from './harness/storedRecords';
import { IntakePage } from './pages/IntakePage';
import { SettingsPage } from './pages/SettingsPage';
import { SubmissionsSection } from './pages/SubmissionsSection';
import { expectNoAxeViolations, startMarkingAda } from './steps';

/** Every criterion of the example rubrics (4 demonstration + 3 reflection). */
const criteria = 7;

test('marking is recorded in the audit log, shown in the history, and checked', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const marking = await startMarkingAda(page, dialogs, workspace, consoleErrors);
  await marking.levelsByKeys('3', '3', criteria);
  await page.keyboard.press('m');
  await expect(marking.finaliseButton).toBeEnabled();
  await page.keyboard.press('Control+Enter');
  // Finalising opened the next one: Grace is allocated and in marking too.
  await expect(marking.learnerHeading('Grace Hopper')).toBeVisible();
  await marking.ready();

  await new IntakePage(page).open();
  const submissions = new SubmissionsSection(page);
  await submissions.openSubmission('Ada Lovelace');
  const history = submissions.detail.getByRole('table', { name: 'History' });
  // Who and what of each row (the time is the machine's).
  const whoAndWhat = async () =>
    Promise.all(
      (await history.getByRole('row').all())
        .slice(1)
        .map(async (row) => (await row.getByRole('cell').allInnerTexts()).slice(1)),
    );
  await expect.poll(whoAndWhat).toEqual([
    ['Mary Marker', 'allocated it to themselves (received → allocated)'],
    ['Mary Marker', 'started marking (allocated → in marking)'],
    ['Mary Marker', 'finalised marking: meets (in marking → marked)'],
  ]);
  await expectNoAxeViolations(page);
  await history.scrollIntoViewIfNeeded();
  await submissions.frame.screenshot('audit-1-history');

  // Ada's three events and Grace's two chain correctly…
  const settings = await new SettingsPage(page).open();
  const log = page.getByRole('region', { name: 'Audit log' });
  await expect(log).toContainText('5 events');
  await log.getByRole('button', { name: 'Check the audit log' }).click();
  await expect(log.getByRole('status')).toContainText('All 5 events are intact and in order.');
  await expectNoAxeViolations(page);

  // …until one is changed behind the app's back.
  await editStoredRecords(page, 'auditEvents', {
    kind: 'patch',
    key: 2,
    patch: { actorId: 'someone-else' },
  });
  await page.reload();
  await expect(log).toContainText('5 events');
  await log.getByRole('button', { name: 'Check the audit log' }).click();
  await expect(log.getByRole('status')).toContainText(
    'The audit log is broken at event 2 of 5: event 2 was changed after it was written.',
  );
  await expectNoAxeViolations(page);
  await settings.frame.screenshot('audit-2-broken');
});
