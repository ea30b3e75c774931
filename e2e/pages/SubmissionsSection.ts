/** The Intake screen's submissions part: import, matching step, the list and an open submission. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { ScriptedDialogs } from '../harness/ScriptedDialogs';
import { AppFrame } from './AppFrame';

export class SubmissionsSection {
  readonly frame: AppFrame;
  readonly region: Locator;
  readonly versionSelect: Locator;
  readonly importZipButton: Locator;
  readonly importFolderButton: Locator;
  readonly progress: Locator;
  readonly matching: Locator;
  readonly unmatched: Locator;
  readonly createButton: Locator;
  readonly cancelImportButton: Locator;
  readonly list: Locator;
  readonly detail: Locator;
  readonly viewer: Locator;
  readonly addFilesButton: Locator;
  readonly newFiles: Locator;
  readonly reflectionText: Locator;
  readonly attestation: Locator;
  readonly createResubmissionButton: Locator;
  readonly resubmission: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.region = page.getByRole('region', { name: 'Submissions', exact: true });
    this.versionSelect = this.region.getByRole('combobox', { name: 'Achievement version' });
    this.importZipButton = this.region.getByRole('button', { name: 'Import LMS zip…' });
    this.importFolderButton = this.region.getByRole('button', { name: 'Import folder…' });
    this.progress = this.region.getByRole('region', { name: 'Import progress' });
    this.matching = this.region.getByRole('region', { name: /^Match the files of / });
    this.unmatched = this.matching.getByRole('table', { name: /^Unmatched files/ });
    this.createButton = this.matching.getByRole('button', { name: /^Create \d+ submissions?$/ });
    this.cancelImportButton = this.matching.getByRole('button', { name: 'Cancel import' });
    this.list = this.region.getByRole('grid', { name: /^Submissions for / });
    this.detail = this.region.getByRole('region', { name: /^Submission of / });
    this.viewer = this.detail.getByRole('region', { name: 'Evidence viewer' });
    this.addFilesButton = this.detail.getByRole('button', { name: 'Add files…' });
    this.newFiles = this.detail.getByRole('region', { name: 'New files' });
    this.reflectionText = this.detail.getByRole('textbox', { name: 'Reflection text' });
    this.attestation = this.detail.getByRole('region', { name: 'Supervisor attestation' });
    this.createResubmissionButton = this.detail.getByRole('button', {
      name: 'Create resubmission…',
    });
    this.resubmission = this.detail.getByRole('region', { name: /^Resubmission \(attempt \d+\)$/ });
  }

  /** Picks `zipPath` and waits for the matching step. */
  async importZip(dialogs: ScriptedDialogs, zipPath: string): Promise<void> {
    dialogs.willOpen(zipPath);
    await this.importZipButton.click();
    await expect(this.matching).toBeVisible({ timeout: 20_000 });
  }

  /** The matched learner's card in the matching step. */
  learnerGroup(name: string): Locator {
    return this.matching.getByRole('article', { name, exact: true });
  }

  learnerSelectFor(fileName: string): Locator {
    return this.matching.getByRole('combobox', { name: `Learner for ${fileName}` });
  }

  roleSelectFor(fileName: string): Locator {
    return this.matching.getByRole('combobox', { name: `Role of ${fileName}` });
  }

  /** A row of the submission list by learner name. */
  row(learnerName: string): Locator {
    return this.list.getByRole('row').filter({ hasText: learnerName });
  }

  /** The body rows as arrays of cell texts. */
  async rows(): Promise<string[][]> {
    return this.list
      .locator('[role=row][data-index]')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.querySelectorAll('[role=gridcell]'), (cell) => cell.textContent.trim()),
        ),
      );
  }

  async openSubmission(learnerName: string): Promise<void> {
    await this.row(learnerName).click();
    await expect(this.detail).toHaveAccessibleName(`Submission of ${learnerName}`);
  }

  async openEvidence(fileName: string): Promise<void> {
    await this.detail
      .getByRole('navigation', { name: 'Evidence' })
      .getByRole('button', {
        name: new RegExp(`^${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      })
      .click();
    await expect(this.viewer.getByRole('heading', { name: fileName })).toBeVisible();
  }

  /** Picks `paths` with "Add files…" and waits for the role step. */
  async addFiles(dialogs: ScriptedDialogs, paths: readonly string[]): Promise<void> {
    dialogs.willOpenMany(paths);
    await this.addFilesButton.click();
    await expect(this.newFiles).toBeVisible({ timeout: 20_000 });
  }

  newFileRoleSelect(fileName: string): Locator {
    return this.newFiles.getByRole('combobox', { name: `Role of ${fileName}` });
  }

  /** The evidence list's file names in the open submission. */
  evidenceNames(): Locator {
    return this.detail.getByRole('navigation', { name: 'Evidence' }).locator('li p:first-child');
  }

  attestationField(label: string): Locator {
    return this.attestation.getByLabel(label, { exact: true });
  }
}
