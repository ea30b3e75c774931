/**
 * 10,000 learners and their submissions of one version. The roster shows its
 * first hundred and a search; the submission list is a virtual grid that
 * says how many rows it has, keeps only those in view in the DOM, and the
 * keyboard reaches the last one.
 */
import { makeLearner, makeSubmission } from '../renderer/src/db/testing/factories';
import { expect, test } from './fixtures';
import { editStoredRecords, readStoredRecords } from './harness/storedRecords';
import { IntakePage } from './pages/IntakePage';
import { SubmissionsSection } from './pages/SubmissionsSection';
import { publishExampleProgram } from './steps';

const total = 10_000;

test('10,000 learners: a searchable roster and a virtual grid run through by keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await publishExampleProgram(page);
  const versions = (await readStoredRecords(page, 'achievementVersions')) as {
    id: string;
    state: string;
  }[];
  const versionId = versions.find((v) => v.state === 'published')?.id ?? '';
  const learners = Array.from({ length: total }, (_, i) =>
    makeLearner({ name: `Learner ${String(i + 1).padStart(5, '0')}` }),
  );
  const submissions = learners.map((learner) =>
    makeSubmission({ learnerId: learner.id, achievementVersionId: versionId }),
  );
  await editStoredRecords(page, 'learners', { kind: 'put', records: learners });
  await editStoredRecords(page, 'submissions', { kind: 'put', records: submissions });
  await page.reload();

  const intake = await new IntakePage(page).open();
  // The roster shows its first hundred and finds the others.
  await expect(intake.learners.getByRole('row')).toHaveCount(101);
  await expect(page.getByText('10,000 learners · showing the first 100 of 10,000')).toBeVisible();
  await page.getByRole('textbox', { name: 'Find a learner' }).fill('Learner 10000');
  await expect(intake.learners.getByRole('row')).toHaveCount(2);
  await expect(intake.learners).toContainText('Learner 10000');

  const list = new SubmissionsSection(page).list;
  await expect(list).toHaveAttribute('aria-rowcount', String(total + 1), { timeout: 30_000 });
  const rendered = list.locator('[role=rowgroup] [role=row][data-index]');
  await expect(rendered.first()).toBeVisible();
  expect(await rendered.count()).toBeLessThan(60);

  await rendered.first().focus();
  await page.keyboard.press('End');
  const last = list.getByRole('row', { name: /Learner 10000/ });
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-rowindex', String(total + 1));
  expect(await rendered.count()).toBeLessThan(60);
  await page.keyboard.press('Home');
  await expect(list.getByRole('row', { name: /Learner 00001/ })).toBeFocused();
});
