/** One program: its details, its micro-credentials and the program actions menu. */
import type { Locator, Page } from '@playwright/test';
import { AppFrame } from './AppFrame';

export class ProgramPage {
  readonly frame: AppFrame;
  readonly newAchievementButton: Locator;
  readonly actionsButton: Locator;
  readonly nameInput: Locator;
  readonly descriptionInput: Locator;
  readonly achievements: Locator;
  readonly newAchievementDialog: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    const main = page.getByRole('main');
    this.newAchievementButton = main.getByRole('button', { name: 'New micro-credential' });
    this.actionsButton = main.getByRole('button', { name: 'Program actions' });
    this.nameInput = main.getByRole('textbox', { name: 'Program name' });
    this.descriptionInput = main.getByRole('textbox', { name: 'Program description' });
    this.achievements = main.getByRole('region', { name: 'Micro-credentials' });
    this.newAchievementDialog = page.getByRole('dialog', { name: 'New micro-credential' });
  }

  menuItem(name: string): Locator {
    return this.page.getByRole('menuitem', { name });
  }

  achievementLink(name: string): Locator {
    return this.achievements.getByRole('link', { name, exact: true });
  }

  achievementRow(name: string): Locator {
    return this.achievements.getByRole('row').filter({ has: this.achievementLink(name) });
  }
}
