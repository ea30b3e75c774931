/**
 * Accessibility check with axe-core (WCAG 2.0/2.1 A and AA rules). Returns
 * the serious and critical violations as readable lines, so a spec can
 * `expect(await axe(page)).toEqual([])` and print what is wrong.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeOptions {
  /** CSS selectors to leave out (e.g. a third-party widget tracked elsewhere). */
  readonly exclude?: readonly string[];
}

export async function axe(page: Page, options: AxeOptions = {}): Promise<string[]> {
  await settled(page);
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
        )
        .join('\n');
      const more =
        violation.nodes.length > 5 ? `\n    …and ${violation.nodes.length - 5} more` : '';
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
    });
}

/** Waits for the screen to settle. */
async function settled(page: Page): Promise<void> {
  // Loaded: a spinner means the screen is still reading what it will show.
  await expect(page.locator('.mantine-Loader-root:visible')).toHaveCount(0);
  // At rest: a toast still fading in is measured at a blended, fainter colour. Motion is
  // reduced in the hosts; still, wait until no finite animation has run for ten frames
  // (one that is about to start is not yet in getAnimations()).
  await page.evaluate(async () => {
    const busy = (): boolean =>
      document
        .getAnimations()
        // Endless ones (a loader) never finish: only transitions and finite animations.
        .some(
          (animation) =>
            animation.playState === 'running' &&
            animation.effect?.getComputedTiming().endTime !== Infinity,
        );
    for (let quietFrames = 0; quietFrames < 10;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      quietFrames = busy() ? 0 : quietFrames + 1;
    }
  });
}
