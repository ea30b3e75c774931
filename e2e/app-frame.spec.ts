import { axe } from './axe';
import { expect, test } from './fixtures';
import { AppFrame, sectionNames } from './pages/AppFrame';

test('the app frame opens on Programs with the main navigation', async ({ page }) => {
  const frame = new AppFrame(page);
  await expect(frame.nav.getByRole('link')).toHaveText([...sectionNames]);
  await expect(frame.heading).toHaveText('Programs');
  await expect(page.getByRole('banner')).toContainText('Attest');
  await expect(frame.colourSchemeToggle).toBeVisible();
});

test('every section is reachable with the keyboard alone and shows its heading', async ({
  page,
}) => {
  const frame = new AppFrame(page);
  for (const section of sectionNames) {
    await frame.goToByKeyboard(section);
    await expect(frame.heading).toHaveCount(1);
    await expect(frame.link(section)).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(`${section} · Attest`);
    if (section === 'Settings') {
      await expect(page.getByRole('region', { name: 'About' })).toBeVisible();
    } else if (section === 'Programs') {
      await expect(page.getByRole('button', { name: 'Load the example program' })).toBeVisible();
    } else if (section === 'Intake') {
      await expect(page.getByRole('region', { name: 'Roster' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Submissions', exact: true })).toBeVisible();
    } else if (section === 'Marking') {
      await expect(page.getByRole('region', { name: 'Marking queue' })).toBeVisible();
    } else {
      // Unfinished screens say what they will hold.
      await expect(page.getByText('It will hold:')).toBeVisible();
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    }
  }
});

test('the colour scheme toggles and is remembered', async ({ page }) => {
  const frame = new AppFrame(page);
  const first = await frame.colourScheme();
  const second = await frame.toggleColourScheme();
  expect(second).not.toBe(first);
  await page.reload();
  await expect(frame.nav).toBeVisible();
  expect(await frame.colourScheme()).toBe(second);
});

test('screenshots of the app frame in light and dark', async ({ page, host }) => {
  const frame = new AppFrame(page);
  const suffix = host === 'chromium' ? '' : `.${host}`;
  for (const scheme of ['light', 'dark'] as const) {
    await frame.useColourScheme(scheme);
    const name = scheme === 'light' ? 'app-frame' : 'app-frame-dark';
    await frame.screenshot(`${name}${suffix}`);
    await frame.goTo('Settings');
    await frame.screenshot(`settings-${scheme}${suffix}`);
    await frame.goTo('Programs');
  }
});

for (const scheme of ['light', 'dark'] as const) {
  for (const section of sectionNames) {
    test(`${section} (${scheme}) has no serious or critical accessibility violations`, async ({
      page,
    }) => {
      const frame = new AppFrame(page);
      await frame.useColourScheme(scheme);
      await frame.goTo(section);
      if (section === 'Settings')
        await expect(page.getByRole('textbox', { name: 'Name' })).toBeVisible();
      const violations = await axe(page);
      expect(violations, violations.join('\n\n')).toEqual([]);
    });
  }
}
