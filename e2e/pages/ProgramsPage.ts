/** The Programs list: toolbar, the empty state, and one card per program. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { AppFrame } from './AppFrame';

export class ProgramsPage {
  readonly frame: AppFrame;
  readonly newProgramButton: Locator;
  readonly importButton: Locator;
  readonly showRetired: Locator;
  readonly emptyState: Locator;
  readonly createProgramButton: Locator;
  readonly loadExampleButton: Locator;
  /** Every program card (an `article` named by the program's name). */
  readonly programCards: Locator;
  readonly newProgramDialog: Locator;
  readonly importReport: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    const main = page.getByRole('main');
    this.newProgramButton = main.getByRole('button', { name: 'New program' });
    this.importButton = main.getByRole('button', { name: 'Import definitions' });
    this.showRetired = main.getByRole('switch', { name: 'Show retired programs' });
    this.emptyState = main.getByRole('heading', { name: 'No programs yet' });
    this.createProgramButton = main.getByRole('button', { name: 'Create a program' });
    this.loadExampleButton = main.getByRole('button', { name: 'Load the example program' });
    this.programCards = main.getByRole('article');
    this.newProgramDialog = page.getByRole('dialog', { name: 'New program' });
    this.importReport = page.getByRole('dialog', { name: 'The file was not imported' });
  }

  async open(): Promise<this> {
    await this.frame.goTo('Programs');
    return this;
  }

  program(name: string): Locator {
    return this.programCards.filter({ has: this.page.getByRole('heading', { name }) });
  }

  programLink(name: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name, exact: true });
  }

  /** The problems the import report lists, one line each ("program.name expected string…"). */
  importProblems(): Locator {
    return this.importReport
      .getByRole('list', { name: 'Problems in the file' })
      .getByRole('listitem');
  }

  /** Waits until the list has loaded (empty state or at least one card). */
  async loaded(): Promise<void> {
    await expect(this.emptyState.or(this.programCards.first())).toBeVisible();
  }
}
