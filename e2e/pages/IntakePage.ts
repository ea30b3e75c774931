/** The Intake screen's roster part: the import (mapping, review, confirm) and the learners table. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { ScriptedDialogs } from '../harness/ScriptedDialogs';
import { AppFrame } from './AppFrame';

export type SummaryLabel = 'New' | 'Updated' | 'Unchanged' | 'Rows with errors' | 'Warnings';

export class IntakePage {
  readonly frame: AppFrame;
  readonly roster: Locator;
  readonly importRosterButton: Locator;
  /** The import in progress (a region named "Import <file name>"). */
  readonly importCard: Locator;
  readonly mappingHeading: Locator;
  readonly reviewHeading: Locator;
  readonly programSelect: Locator;
  readonly preview: Locator;
  readonly checkRowsButton: Locator;
  readonly summary: Locator;
  readonly problems: Locator;
  readonly errorsAlert: Locator;
  readonly exportReportButton: Locator;
  readonly importAllButton: Locator;
  readonly importValidOnlyButton: Locator;
  readonly backButton: Locator;
  readonly cancelButton: Locator;
  readonly learners: Locator;
  readonly noLearners: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.roster = page.getByRole('region', { name: 'Roster' });
    this.importRosterButton = this.roster.getByRole('button', { name: 'Import roster' });
    this.importCard = this.roster.getByRole('region', { name: /^Import / });
    this.mappingHeading = this.importCard.getByRole('heading', {
      name: 'Match the columns',
      level: 4,
    });
    this.reviewHeading = this.importCard.getByRole('heading', {
      name: 'Check and import',
      level: 4,
    });
    this.programSelect = this.importCard.getByRole('combobox', { name: 'Program of the cohorts' });
    this.preview = this.importCard.getByRole('table', { name: /^Preview/ });
    this.checkRowsButton = this.importCard.getByRole('button', { name: /^Check \d+ rows?$/ });
    this.summary = this.importCard.getByLabel('Import summary');
    this.problems = this.importCard.getByRole('table', { name: 'Problems' });
    this.errorsAlert = this.importCard.getByRole('alert').filter({ hasText: 'with errors' });
    this.exportReportButton = this.importCard.getByRole('button', { name: 'Export report as CSV' });
    this.importAllButton = this.importCard.getByRole('button', { name: /^Import \d+ learners?$/ });
    this.importValidOnlyButton = this.importCard.getByRole('button', {
      name: 'Import the valid rows only',
    });
    this.backButton = this.importCard.getByRole('button', { name: 'Back' });
    this.cancelButton = this.importCard.getByRole('button', { name: 'Cancel' });
    this.learners = this.roster.getByRole('table', { name: 'Learners' });
    this.noLearners = this.roster.getByText('No learners yet.');
  }

  async open(): Promise<this> {
    await this.frame.goTo('Intake');
    await expect(this.learners.or(this.noLearners)).toBeVisible();
    return this;
  }

  /** The column select of a field ("Student number", "Name", "Email", "Cohort"…). */
  field(label: string): Locator {
    return this.importCard.getByRole('combobox', { name: label, exact: true });
  }

  /** The column a field's select has chosen, as its label ("Not in the file" when none). */
  async chosenColumn(label: string): Promise<string> {
    return this.field(label).evaluate((select) =>
      select instanceof HTMLSelectElement ? (select.selectedOptions[0]?.text ?? '') : '',
    );
  }

  /** Picks `path` in the open dialog and waits for the mapping step. */
  async startImport(dialogs: ScriptedDialogs, path: string): Promise<void> {
    dialogs.willOpen(path);
    await this.importRosterButton.click();
    await expect(this.mappingHeading).toBeVisible();
  }

  async checkRows(): Promise<void> {
    await this.checkRowsButton.click();
    await expect(this.reviewHeading).toBeVisible();
  }

  /** A count of the review's summary. */
  async count(label: SummaryLabel): Promise<number> {
    const value = this.summary
      .locator('div')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
    return Number((await value.innerText()).replace(/[^\d]/g, ''));
  }

  async counts(): Promise<Record<SummaryLabel, number>> {
    return {
      New: await this.count('New'),
      Updated: await this.count('Updated'),
      Unchanged: await this.count('Unchanged'),
      'Rows with errors': await this.count('Rows with errors'),
      Warnings: await this.count('Warnings'),
    };
  }

  /** The body rows of a table as arrays of cell texts. */
  async rowsOf(table: Locator): Promise<string[][]> {
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.querySelectorAll('td'), (cell) => cell.textContent.trim()),
        ),
      );
  }

  /** Confirms an import without errors and waits until the import card closed. */
  async confirmImport(button: Locator = this.importAllButton): Promise<void> {
    await button.click();
    await expect(this.importCard).toBeHidden();
  }
}
