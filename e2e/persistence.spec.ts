import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';

test('a saved identity is still there after a reload', async ({ page }) => {
  const settings = await new SettingsPage(page).open();
  await settings.saveIdentity('Ada Lovelace', 'ada@college.ca');
  await expect(page.getByText('Your identity was saved.')).toBeVisible();

  await page.reload();
  await expect(settings.frame.heading).toHaveText('Settings');
  await expect(settings.nameInput).toHaveValue('Ada Lovelace');
  await expect(settings.emailInput).toHaveValue('ada@college.ca');
});

test('an identity with an invalid email is not saved', async ({ page }) => {
  const settings = await new SettingsPage(page).open();
  await settings.saveIdentity('Ada Lovelace', 'not-an-email');
  await expect(
    settings.identity.getByText('Enter an email address like name@college.ca.'),
  ).toBeVisible();
  await expect(settings.emailInput).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await expect(settings.frame.heading).toHaveText('Settings');
  await expect(settings.nameInput).toHaveValue('');
});
