/**
 * The marking screens in the dark colour scheme: the queue, a submission being
 * marked (levels, a "not yet" decision with criteria to resubmit), and the
 * marked submission's frozen detail and history, each checked by axe.
 */
import { expect, test } from './fixtures';
import { IntakePage } from './pages/IntakePage';
import { MarkingPage } from './pages/MarkingPage';
import { SubmissionsSection } from './pages/SubmissionsSection';
import { expectNoAxeViolations, setUpMarking } from './steps';

test('the marking screens in the dark scheme have no serious or critical violations', async ({
  page,
  dialogs,
  workspace,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await setUpMarking(page, dialogs, workspace, consoleErrors);
  const marking = await new MarkingPage(page).open();
  await marking.frame.useColourScheme('dark');
  await expectNoAxeViolations(page);
  await marking.frame.screenshot('dark-1-queue');

  await marking.nextUnmarked('Ada Lovelace');
  // Not yet on the first criterion, Proficient on the other six.
  await marking.levelsByKeys('1', '3', 7);
  await page.keyboard.press('y');
  const resubmit = page.getByRole('checkbox', { name: /Data preparation/ });
  await resubmit.check();
  await expect(resubmit).toBeChecked();
  await marking.feedback.fill('Redo the data preparation: say how missing values were handled.');
  await expectNoAxeViolations(page);
  await marking.frame.screenshot('dark-2-marking');

  await marking.finaliseButton.click();
  await expect(marking.learnerHeading('Grace Hopper')).toBeVisible();
  await new IntakePage(page).open();
  const submissions = new SubmissionsSection(page);
  await submissions.openSubmission('Ada Lovelace');
  await expect(submissions.detail.getByRole('table', { name: 'History' })).toContainText(
    'finalised marking: not yet',
  );
  await expectNoAxeViolations(page);
  await submissions.frame.screenshot('dark-3-marked-detail');
});
