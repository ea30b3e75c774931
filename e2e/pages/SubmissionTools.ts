/**
 * What an open submission offers beyond its evidence list: exporting the
 * learner's feedback, and the drop zone for files from the OS. (The rest of
 * the submission screen is `SubmissionsSection`.)
 */
import { basename } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ScriptedDialogs } from '../harness/ScriptedDialogs';

export class SubmissionTools {
  readonly detail: Locator;
  readonly exportFeedbackButton: Locator;
  readonly dropZone: Locator;
  readonly dropProblem: Locator;
  readonly notifications: Locator;

  constructor(readonly page: Page) {
    const region = page.getByRole('region', { name: 'Submissions', exact: true });
    this.detail = region.getByRole('region', { name: /^Submission of / });
    this.exportFeedbackButton = this.detail.getByRole('button', { name: 'Export feedback…' });
    this.dropZone = this.detail.getByRole('note', { name: 'Drop files here' });
    this.dropProblem = this.detail.getByRole('alert').filter({ hasText: 'Nothing was added' });
    this.notifications = page.locator('.mantine-Notifications-root');
  }

  /** A notification by its title. */
  notification(title: string): Locator {
    return this.notifications.getByRole('alert').filter({ hasText: title });
  }

  /**
   * Drops files on the submission as the OS would: a DataTransfer of `File`s
   * named like `paths` (a folder or a link too), dragged in and dropped on the
   * drop zone. The harness learns their real paths from `dialogs.willDrop`.
   */
  async dropFiles(dialogs: ScriptedDialogs, paths: readonly string[]): Promise<void> {
    dialogs.willDrop(paths);
    const names = paths.map((path) => basename(path));
    const dataTransfer = await this.page.evaluateHandle((fileNames) => {
      const transfer = new DataTransfer();
      for (const name of fileNames) transfer.items.add(new File(['dropped'], name));
      return transfer;
    }, names);
    await this.dropZone.dispatchEvent('dragenter', { dataTransfer });
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer });
    await dataTransfer.dispose();
  }

  /** Drags files over the drop zone without dropping (to see the zone's "release" state). */
  async dragOver(names: readonly string[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((fileNames) => {
      const transfer = new DataTransfer();
      for (const name of fileNames) transfer.items.add(new File(['dragged'], name));
      return transfer;
    }, names);
    await this.dropZone.dispatchEvent('dragenter', { dataTransfer });
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
  }

  /** Ends a drag started with `dragOver` without dropping. */
  async dragLeave(): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['dragged'], 'x'));
      return transfer;
    });
    await this.dropZone.dispatchEvent('dragleave', { dataTransfer });
  }
}
