import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './steps';
import { IntakePage } from './pages/IntakePage';
import { ProgramsPage } from './pages/ProgramsPage';

/** A Moodle-style participants export, semicolon-separated, with a quoted comma. */
const moodleRoster = [
  'ID number;First name;Surname;Email address;Group',
  '1001;Ada;Lovelace;ada@uni.example;Cohort A',
  '1002;Grace;Hopper;grace@uni.example;Cohort A',
  '1003;Alan;Turing;alan@uni.example;Cohort B',
  '1004;Katherine;Johnson;katherine@uni.example;Cohort B',
  '1005;"Tim, Jr";Berners-Lee;tim@uni.example;Cohort B',
  '',
].join('\n');

/** The same roster a week later: Grace's email changed and Margaret joined. */
const editedRoster = moodleRoster
  .replace('grace@uni.example', 'grace.hopper@uni.example')
  .concat('1006;Margaret;Hamilton;margaret@uni.example;Cohort A\n');

/** Two rows share 2001; 2002 and =2004 have bad emails (the second also tries a formula). */
const brokenRoster = [
  'Student Number,Name,Email',
  '2001,Ann Lee,ann@uni.example',
  '2002,Bo Chen,bo(at)uni.example',
  '2001,Ann Again,ann2@uni.example',
  '=2004,Dee Roy,dee@',
  '2005,Eve Ng,eve@uni.example',
  '',
].join('\r\n');

test('import a roster, then re-import an edited one: updates, never duplicates', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(60_000);
  // Cohorts belong to a program: the example program is the only one, so it is preselected.
  const programs = new ProgramsPage(page);
  await programs.loadExampleButton.click();
  await expect(page).toHaveURL(/\/programs\/./);

  const first = join(workspace, 'moodle-participants.csv');
  const second = join(workspace, 'moodle-participants-week-2.csv');
  await writeFile(first, moodleRoster);
  await writeFile(second, editedRoster);

  const intake = await new IntakePage(page).open();
  await expect(intake.noLearners).toBeVisible();
  await intake.startImport(dialogs, first);
  await expect(intake.importCard).toHaveAccessibleName('Import moodle-participants.csv');
  expect(await intake.chosenColumn('Student number')).toBe('ID number');
  expect(await intake.chosenColumn('Name')).toBe('Not in the file');
  expect(await intake.chosenColumn('First name')).toBe('First name');
  expect(await intake.chosenColumn('Last name')).toBe('Surname');
  expect(await intake.chosenColumn('Email')).toBe('Email address');
  expect(await intake.chosenColumn('Cohort')).toBe('Group');
  expect(await intake.chosenColumn('Section')).toBe('Not in the file');
  await expect(intake.programSelect).toHaveValue(/.+/);
  expect((await intake.rowsOf(intake.preview))[4]).toEqual([
    '6',
    '1005',
    'Tim, Jr Berners-Lee',
    'tim@uni.example',
    'Cohort B',
  ]);
  await expectNoAxeViolations(intake.page);
  await intake.frame.screenshot('roster-1-mapping');

  await intake.checkRows();
  expect(await intake.counts()).toEqual({
    New: 5,
    Updated: 0,
    Unchanged: 0,
    'Rows with errors': 0,
    Warnings: 0,
  });
  await expect(intake.importCard.getByText('No problems found.')).toBeVisible();
  await expect(intake.importValidOnlyButton).toBeHidden();
  await expectNoAxeViolations(intake.page);
  await intake.frame.screenshot('roster-2-review');

  await expect(intake.importAllButton).toHaveText('Import 5 learners');
  await intake.confirmImport();
  await expect(intake.learners.locator('tbody tr')).toHaveCount(5);
  expect(await intake.rowsOf(intake.learners)).toEqual([
    ['1001', 'Ada Lovelace', 'ada@uni.example', 'Cohort A'],
    ['1002', 'Grace Hopper', 'grace@uni.example', 'Cohort A'],
    ['1003', 'Alan Turing', 'alan@uni.example', 'Cohort B'],
    ['1004', 'Katherine Johnson', 'katherine@uni.example', 'Cohort B'],
    ['1005', 'Tim, Jr Berners-Lee', 'tim@uni.example', 'Cohort B'],
  ]);
  await expectNoAxeViolations(intake.page);
  await intake.frame.screenshot('roster-3-learners');

  await intake.startImport(dialogs, second);
  await intake.checkRows();
  expect(await intake.counts()).toEqual({
    New: 1,
    Updated: 1,
    Unchanged: 4,
    'Rows with errors': 0,
    Warnings: 1,
  });
  expect(await intake.rowsOf(intake.problems)).toEqual([
    [
      '3',
      '1002',
      'Email',
      'Warning',
      'Attest has grace@uni.example for 1002; importing changes it to grace.hopper@uni.example.',
    ],
  ]);
  await intake.frame.screenshot('roster-4-reimport-review');
  await intake.confirmImport();
  await expect(intake.learners.locator('tbody tr')).toHaveCount(6);
  const rows = await intake.rowsOf(intake.learners);
  expect(rows.map((r) => r[0])).toEqual(['1001', '1002', '1003', '1004', '1005', '1006']);
  expect(rows[1]).toEqual(['1002', 'Grace Hopper', 'grace.hopper@uni.example', 'Cohort A']);
  expect(rows[5]).toEqual(['1006', 'Margaret Hamilton', 'margaret@uni.example', 'Cohort A']);

  // Stored, not just shown: a reload reads the same six learners.
  await page.reload();
  await intake.frame.goTo('Intake');
  await expect(intake.learners.locator('tbody tr')).toHaveCount(6);
});

test('a roster with problems: the report lists and exports them, cancel writes nothing', async ({
  page,
  dialogs,
  workspace,
}) => {
  test.setTimeout(60_000);
  const file = join(workspace, 'roster.csv');
  const reportPath = join(workspace, 'roster-report.csv');
  await writeFile(file, brokenRoster);
  const intake = await new IntakePage(page).open();

  // Cancelling the mapping step writes nothing.
  await intake.startImport(dialogs, file);
  await intake.cancelButton.click();
  await expect(intake.importCard).toBeHidden();
  await expect(intake.noLearners).toBeVisible();

  await intake.startImport(dialogs, file);
  expect(await intake.chosenColumn('Student number')).toBe('Student Number');
  await expect(intake.programSelect).toBeHidden();
  await intake.checkRows();
  expect(await intake.counts()).toEqual({
    New: 1,
    Updated: 0,
    Unchanged: 0,
    'Rows with errors': 4,
    Warnings: 0,
  });
  expect(await intake.rowsOf(intake.problems)).toEqual([
    ['2', '2001', 'Student number', 'Error', 'Student number 2001 is on rows 2 and 4.'],
    ['3', '2002', 'Email', 'Error', '“bo(at)uni.example” is not an email address.'],
    ['4', '2001', 'Student number', 'Error', 'Student number 2001 is on rows 2 and 4.'],
    ['5', '=2004', 'Email', 'Error', '“dee@” is not an email address.'],
  ]);
  await expect(intake.errorsAlert).toContainText('4 rows with errors');
  await expect(intake.importAllButton).toBeDisabled();
  await expect(intake.importValidOnlyButton).toBeEnabled();
  await expectNoAxeViolations(intake.page);
  await intake.frame.screenshot('roster-5-problems');
  await intake.frame.useColourScheme('dark');
  await intake.frame.screenshot('roster-5-problems-dark');
  await expectNoAxeViolations(intake.page);
  await intake.frame.useColourScheme('light');

  dialogs.willSave(reportPath);
  await intake.exportReportButton.click();
  await expect(page.getByText('Saved roster-report.csv.')).toBeVisible();
  expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'save', suggestedName: 'roster-report.csv' });
  expect(await readFile(reportPath, 'utf8')).toBe(
    [
      'Row,Student number,Field,Severity,Message',
      '2,2001,Student number,Error,Student number 2001 is on rows 2 and 4.',
      '3,2002,Email,Error,“bo(at)uni.example” is not an email address.',
      '4,2001,Student number,Error,Student number 2001 is on rows 2 and 4.',
      "5,'=2004,Email,Error,“dee@” is not an email address.",
      '',
    ].join('\r\n'),
  );

  // Back to the mapping keeps the file; cancelling the review writes nothing either.
  await intake.backButton.click();
  await expect(intake.mappingHeading).toBeVisible();
  await intake.checkRows();
  await intake.cancelButton.click();
  await expect(intake.importCard).toBeHidden();
  await expect(intake.noLearners).toBeVisible();
  await page.reload();
  await intake.frame.goTo('Intake');
  await expect(intake.noLearners).toBeVisible();

  // Only an explicit choice imports the valid rows, skipping the others.
  await intake.startImport(dialogs, file);
  await intake.checkRows();
  await intake.confirmImport(intake.importValidOnlyButton);
  // The list updates when the transaction's change reaches the live query: retry until it has.
  await expect
    .poll(() => intake.rowsOf(intake.learners))
    .toEqual([['2005', 'Eve Ng', 'eve@uni.example', '']]);
});

test('a file that is not a roster is refused with a message', async ({
  page,
  dialogs,
  workspace,
}) => {
  const file = join(workspace, 'empty.csv');
  await writeFile(file, 'Student Number,Name,Email\n\n');
  const intake = await new IntakePage(page).open();
  dialogs.willOpen(file);
  await intake.importRosterButton.click();
  const alert = intake.roster.getByRole('alert');
  await expect(alert).toContainText('empty.csv was not imported');
  await expect(alert).toContainText('no learners below it');
  await expect(intake.importCard).toBeHidden();
  await expectNoAxeViolations(intake.page);
});
