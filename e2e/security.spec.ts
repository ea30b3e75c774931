import { expect, test } from './fixtures';
import { AppFrame, sectionNames } from './pages/AppFrame';
import { SettingsPage } from './pages/SettingsPage';

test('the renderer is served with a strict Content-Security-Policy', async ({
  page,
  host,
  appUrl,
}) => {
  test.skip(
    host !== 'chromium',
    'Response headers of the attest: protocol are not visible to Playwright.',
  );
  const response = await page.goto(appUrl);
  const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
});

test('CSP blocks inline scripts, event-handler attributes and eval', async ({
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/Content Security Policy|Refused to (execute|evaluate)/);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
    const marks = window as unknown as Record<string, unknown>;

    const script = document.createElement('script');
    script.textContent = 'window.__attestInlineRan = true;';
    document.head.append(script);

    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__attestHandlerRan = true');
    image.src = 'data:,not-an-image';
    document.body.append(image);

    // A task of its own, so the DevTools evaluation that runs this callback is over.
    const evalResult = await new Promise<string>((resolve) => {
      setTimeout(() => {
        try {
          eval('1 + 1');
          resolve('ran');
        } catch (error: unknown) {
          resolve(error instanceof Error ? error.name : 'threw');
        }
      }, 0);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    image.remove();
    script.remove();
    return {
      inlineRan: marks.__attestInlineRan === true,
      handlerRan: marks.__attestHandlerRan === true,
      evalResult,
      violations,
    };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.handlerRan).toBe(false);
  expect(outcome.evalResult).toBe('EvalError');
  expect(outcome.violations).toEqual(
    expect.arrayContaining(['script-src-elem inline', 'script-src-attr inline', 'script-src eval']),
  );
});

test('the renderer has no Node or Electron globals', async ({ page }) => {
  const globals = await page.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    return ['require', 'process', 'module', 'Buffer', 'global', 'electron', 'ipcRenderer'].filter(
      (name) => scope[name] !== undefined,
    );
  });
  expect(globals).toEqual([]);
});

test('no request leaves the app while every section is used', async ({ page, network }) => {
  const frame = new AppFrame(page);
  for (const section of sectionNames) await frame.goTo(section);
  const settings = new SettingsPage(page);
  expect(await settings.measureStorage()).toMatch(/files?, /);
  await settings.saveIdentity('Grace Hopper', 'grace@college.ca');
  await expect(page.getByText('Your identity was saved.')).toBeVisible();
  await frame.toggleColourScheme();
  await frame.goTo('Programs');
  expect(network.urls).toEqual([]);
});

test('opening the app and every section logs no console error', async ({ page, consoleErrors }) => {
  const frame = new AppFrame(page);
  for (const section of sectionNames) await frame.goTo(section);
  expect(consoleErrors.messages).toEqual([]);
});
