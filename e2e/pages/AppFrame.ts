/** The app frame: main navigation, the current screen's heading, the colour-scheme toggle. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { screenshotsDir } from '../harness/repo';

export const sectionNames = [
  'Programs',
  'Intake',
  'Marking',
  'Moderation',
  'Issuing',
  'Verify',
  'Settings',
] as const;
export type SectionName = (typeof sectionNames)[number];

export type ColourScheme = 'light' | 'dark';

export class AppFrame {
  readonly nav: Locator;
  readonly heading: Locator;
  readonly colourSchemeToggle: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.colourSchemeToggle = page.getByRole('button', { name: 'Toggle colour scheme' });
  }

  link(section: SectionName): Locator {
    return this.nav.getByRole('link', { name: section, exact: true });
  }

  /** Opens a section by clicking its navigation link, and waits for its heading. */
  async goTo(section: SectionName): Promise<void> {
    await this.link(section).click();
    await expect(this.heading).toHaveText(section);
  }

  /** Opens a section with the keyboard only: Tab until its link has focus, then Enter. */
  async goToByKeyboard(section: SectionName, maxTabs = 40): Promise<void> {
    await this.tabTo(this.link(section), maxTabs);
    await this.page.keyboard.press('Enter');
    await expect(this.heading).toHaveText(section);
  }

  /** Presses Tab until `target` has focus; fails if it is not reached in `maxTabs` presses. */
  async tabTo(target: Locator, maxTabs = 40): Promise<void> {
    for (let presses = 0; presses < maxTabs; presses += 1) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Tab did not reach ${target.toString()} within ${maxTabs} presses.`);
  }

  async currentHeading(): Promise<string> {
    return (await this.heading.innerText()).trim();
  }

  /** The scheme Mantine applied to the document. */
  async colourScheme(): Promise<ColourScheme> {
    const scheme = await this.page.locator('html').getAttribute('data-mantine-color-scheme');
    if (scheme !== 'light' && scheme !== 'dark')
      throw new Error(`Unexpected colour scheme "${String(scheme)}".`);
    return scheme;
  }

  /** Toggles light/dark with the header button and waits until the document follows. */
  async toggleColourScheme(): Promise<ColourScheme> {
    const before = await this.colourScheme();
    const after: ColourScheme = before === 'dark' ? 'light' : 'dark';
    await this.colourSchemeToggle.click();
    await expect(this.page.locator('html')).toHaveAttribute('data-mantine-color-scheme', after);
    return after;
  }

  async useColourScheme(scheme: ColourScheme): Promise<void> {
    if ((await this.colourScheme()) !== scheme) await this.toggleColourScheme();
  }

  /**
   * Saves a screenshot of the whole page to test-results/screenshots/<name>.png
   * and returns its path. The window is made as tall as the page for the shot
   * (a full-page capture would cut the fixed navbar at the window's height).
   */
  async screenshot(name: string): Promise<string> {
    await mkdir(screenshotsDir, { recursive: true });
    const path = join(screenshotsDir, `${name}.png`);
    const viewport = this.page.viewportSize();
    await this.page.mouse.move(0, 0); // no hover highlight in the picture
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (viewport !== null) {
      const height = await this.page.evaluate(() => document.documentElement.scrollHeight);
      await this.page.setViewportSize({
        width: viewport.width,
        height: Math.max(height, viewport.height),
      });
    }
    try {
      await this.page.screenshot({ path, animations: 'disabled' });
    } finally {
      if (viewport !== null) await this.page.setViewportSize(viewport);
    }
    return path;
  }
}
