/** Steps several specs share: set-up through the UI and the resting-screen axe check. */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { axe } from './axe';
import { AchievementPage } from './pages/AchievementPage';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramsPage } from './pages/ProgramsPage';

/** Loads the example program and publishes its micro-credential (version 1), through the UI. */
export async function publishExampleProgram(page: Page): Promise<void> {
  const programs = await new ProgramsPage(page).open();
  await programs.loadExampleButton.click();
  await new ProgramPage(page).achievementLink('Statistical Analysis Software').click();
  const mc = new AchievementPage(page);
  await mc.openTab('Publish check');
  await mc.publishButton().click();
  await expect(mc.frozenNotice).toContainText('Version 1 is published and frozen');
}

/** axe on the screen as it rests: the pointer moved away, as a keyboard user's would be. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  expect(await axe(page)).toEqual([]);
}
