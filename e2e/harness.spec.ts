// Checks of the test harness itself: the guarantees other specs rely on.
import { expect, test } from './fixtures';
import { KeyboardUser } from './pages/KeyboardUser';

test('requests outside the app are blocked and recorded', async ({
  page,
  host,
  network,
  consoleErrors,
}) => {
  test.skip(
    host !== 'chromium',
    'The Chromium harness blocks requests; Electron is only observed.',
  );
  consoleErrors.allow(/ERR_BLOCKED_BY_CLIENT|Content Security Policy|Failed to fetch/);
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/tracker');
      return 'fetched';
    } catch {
      return 'failed';
    }
  });
  expect(outcome).toBe('failed');
  // The CSP stops this fetch before it reaches the network; an image in a
  // page the app does not control is what the harness itself must stop.
  network.serve('http://elsewhere.localhost', () => ({
    status: 200,
    headers: { 'Content-Type': 'text/html' },
    body: '<!doctype html><title>Elsewhere</title><img alt="" src="https://example.com/pixel.png">',
  }));
  await page.goto('http://elsewhere.localhost/');
  await expect.poll(() => network.urls).toEqual(['https://example.com/pixel.png']);
});

test('the keyboard user’s pointer recorder notices a mouse click, after a reload too', async ({
  page,
}) => {
  const user = new KeyboardUser(page);
  await user.watchPointer();
  await page.getByRole('link', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/settings$/);
  await user.expectNoPointerUse();
  await page.reload();
  await page.getByRole('link', { name: 'Intake' }).click();
  await expect(page).toHaveURL(/#\/intake$/);
  expect(await user.pointerUse()).toEqual(
    expect.arrayContaining([expect.stringMatching(/^pointerdown on <\w+> Intake/)]),
  );
});
