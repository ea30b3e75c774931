/** The marking workbench: the queue (/marking) and one submission (/marking/:id). */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { AppFrame } from './AppFrame';

export class MarkingPage {
  readonly frame: AppFrame;
  readonly queue: Locator;
  readonly queueTable: Locator;
  readonly nextUnmarkedButton: Locator;
  readonly counts: Locator;
  readonly status: Locator;
  readonly totals: Locator;
  readonly feedback: Locator;
  readonly finaliseButton: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    const main = page.getByRole('main');
    this.queue = main.getByRole('region', { name: 'Marking queue' });
    this.queueTable = this.queue.getByRole('table', { name: 'Submissions to mark' });
    this.nextUnmarkedButton = this.queue.getByRole('button', { name: /^Next unmarked/ });
    this.counts = this.queue.getByRole('list', { name: 'Counts by status' });
    this.status = main.getByLabel(/^Status: /);
    this.totals = main.getByRole('status', { name: 'Totals' });
    this.feedback = main.getByRole('textbox', { name: 'Feedback for the learner' });
    this.finaliseButton = main.getByRole('button', { name: /^Finalise/ });
    this.problems = main.getByLabel('Before finalising');
  }

  async open(): Promise<this> {
    await this.frame.goTo('Marking');
    // Loaded, not only shown: `n` before the queue is read finds nothing to open.
    await expect(this.counts).toBeVisible();
    return this;
  }

  /** Presses n and waits until `learner`'s submission is open and in marking. */
  async nextUnmarked(learner: string): Promise<void> {
    await this.page.keyboard.press('n');
    await expect(this.learnerHeading(learner)).toBeVisible();
    await this.ready();
  }

  /**
   * Marks every criterion from the active one down by keyboard: `first` (a level
   * key) on it, `rest` on each of the others (`j` between), `count` criteria in all.
   */
  async levelsByKeys(first: string, rest: string, count: number): Promise<void> {
    await this.page.keyboard.press(first);
    for (let i = 1; i < count; i += 1) {
      await this.page.keyboard.press('j');
      await this.page.keyboard.press(rest);
    }
  }

  /** Waits until the open submission is in marking and its rubric is loaded and takes keys. */
  async ready(): Promise<void> {
    await expect(this.status).toHaveText('in marking');
    const first = this.page.locator('[data-criterion] [role=radio]').first();
    await expect(first).toBeVisible();
    await expect(first).not.toHaveAttribute('aria-disabled', 'true');
  }

  /** Lets the autosave (250 ms) write, reloads, and waits for `learner`'s submission. */
  async reloadAfterAutosave(learner: string): Promise<void> {
    await this.page.waitForTimeout(400);
    await this.page.reload();
    await expect(this.learnerHeading(learner)).toBeVisible();
  }

  /** The heading of the open submission (the learner's name). */
  learnerHeading(name: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2, name });
  }

  criterion(title: string): Locator {
    return this.page.getByRole('radiogroup', { name: new RegExp(`^${title}`) });
  }

  level(criterion: string, level: string): Locator {
    return this.criterion(criterion).getByRole('radio', { name: new RegExp(`^${level},`) });
  }

  comment(criterion: string): Locator {
    return this.page.getByRole('textbox', { name: `Comment on ${criterion}` });
  }

  /** The title of the checked level of each radiogroup, in page order ('' when none). */
  async chosenLevels(): Promise<string[]> {
    // The criteria's radiogroups (the decision is a radiogroup too).
    return this.page
      .locator('[data-criterion] [role=radiogroup]')
      .evaluateAll((groups) =>
        groups.map(
          (g) =>
            g
              .querySelector('[role=radio][aria-checked=true]')
              ?.getAttribute('aria-label')
              ?.split(',')[0] ?? '',
        ),
      );
  }
}
