/**
 * The lead's submission list with 10,000 submissions of one version: the grid
 * says how many rows it has, keeps only those in view in the DOM, and the
 * keyboard reaches the last one.
 */
import { makeLearner, makeSubmission } from '../renderer/src/db/testing/factories';
import { expect, test } from './fixtures';
import { editStoredRecords } from './harness/storedRecords';
import { IntakePage } from './pages/IntakePage';
import { SubmissionsSection } from './pages/SubmissionsSection';
import { publishExampleProgram } from './steps';

const total = 10_000;

test('10,000 submissions: a virtual grid the keyboard runs through end to end', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await publishExampleProgram(page);
  const versionId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('attest');
        open.onerror = () => reject(new Error('cannot open the attest database'));
        open.onsuccess = () => {
          const read = open.result
            .transaction('achievementVersions')
            .objectStore('achievementVersions')
            .getAll();
          read.onsuccess = () => {
            open.result.close();
            const versions = read.result as { id: string; state: string }[];
            const published = versions.find((v) => v.state === 'published');
            if (published === undefined) reject(new Error('no published version'));
            else resolve(published.id);
          };
        };
      }),
  );
  const learners = Array.from({ length: total }, (_, i) =>
    makeLearner({ name: `Learner ${String(i + 1).padStart(5, '0')}` }),
  );
  const submissions = learners.map((learner) =>
    makeSubmission({ learnerId: learner.id, achievementVersionId: versionId }),
  );
  await editStoredRecords(page, 'learners', { kind: 'put', records: learners });
  await editStoredRecords(page, 'submissions', { kind: 'put', records: submissions });
  await page.reload();

  await new IntakePage(page).open();
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
