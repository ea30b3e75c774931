import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { events, methods, preloadChannels } from '../shared/ipc/contract';
import { formatBytes, plural } from '../shared/format';
import { expect, test } from './fixtures';
import { packageVersion } from './harness/repo';
import './harness/windowApi';
import { SettingsPage } from './pages/SettingsPage';

/** Files and bytes under a folder, counted independently of the app. */
async function countFiles(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

async function writeSampleFiles(workspace: string): Promise<void> {
  await mkdir(join(workspace, 'evidence', 'ab'), { recursive: true });
  await mkdir(join(workspace, 'exports'), { recursive: true });
  await writeFile(join(workspace, 'evidence', 'ab', 'abcdef.pdf'), 'x'.repeat(4096));
  await writeFile(join(workspace, 'evidence', 'ab', 'abcdeg.png'), 'y'.repeat(1500));
  await writeFile(join(workspace, 'exports', 'roster.csv'), 'name,email\nAda,ada@example.ca\n');
}

test('window.api has exactly the methods and events of the contract', async ({ page }) => {
  const keys = await page.evaluate(() => Object.keys(window.api).sort());
  expect(keys).toEqual(
    [...Object.keys(methods), ...Object.keys(events), ...Object.keys(preloadChannels)].sort(),
  );
});

test('Settings shows app info and the workspace folder from main', async ({
  page,
  host,
  workspace,
}) => {
  const settings = await new SettingsPage(page).open();
  await expect(settings.aboutValue('Version')).toHaveText(`Attest ${packageVersion()}`);
  await expect(settings.aboutValue('Running as')).toContainText(
    host === 'chromium' ? 'Test harness (Chromium)' : 'Desktop app',
  );
  await expect(settings.aboutValue('Workspace folder')).toHaveText(workspace);
});

test('measuring storage counts the files actually in the workspace', async ({
  page,
  workspace,
}) => {
  await writeSampleFiles(workspace);
  const onDisk = await countFiles(workspace);
  expect(onDisk.files).toBeGreaterThanOrEqual(4); // the three above and workspace.json
  const settings = await new SettingsPage(page).open();
  expect(await settings.measureStorage()).toBe(
    `${plural(onDisk.files, 'file')}, ${formatBytes(onDisk.bytes)}`,
  );
});

test('a running measurement shows progress and can be cancelled', async ({
  page,
  workspace,
  jobs,
}) => {
  await writeSampleFiles(workspace);
  const settings = await new SettingsPage(page).open();
  jobs.holdNext();
  await settings.measureButton.click();
  await expect(
    settings.storage.getByRole('progressbar', { name: 'Measuring storage' }),
  ).toBeVisible();
  await expect(settings.storage.getByText('0 files counted so far…')).toBeVisible();
  await expect(settings.measureButton).toBeDisabled();
  await settings.cancelButton.click();
  await expect(settings.storage.getByText('Measuring was cancelled.')).toBeVisible();
  await expect(settings.cancelButton).toBeHidden();
  // It can run again, to the end.
  await expect(settings.measureButton).toBeEnabled();
  expect(await settings.measureStorage()).toMatch(/^\d+ files, /);
});

test('an invalid request resolves to invalid-request instead of throwing', async ({ page }) => {
  const result = await page.evaluate(async () => {
    // Deliberately outside the types: what a compromised or buggy renderer could send.
    const openFile = window.api.openFile as (request: unknown) => Promise<unknown>;
    try {
      return await openFile({ intent: 'nope' });
    } catch (error: unknown) {
      return { threw: String(error) };
    }
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  expect(JSON.stringify(result)).toContain('intent');
});

test('main opens only https links in the browser', async ({ page, externalUrls }) => {
  const refused = await page.evaluate(() => window.api.openExternal({ url: 'file:///etc/passwd' }));
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const opened = await page.evaluate(() =>
    window.api.openExternal({ url: 'https://www.imsglobal.org/' }),
  );
  expect(opened).toEqual({ ok: true, value: { opened: true } });
  expect(externalUrls).toEqual(['https://www.imsglobal.org/']);
});

test('file dialogs answer a registered file, or null when cancelled', async ({
  page,
  dialogs,
  workspace,
}) => {
  const roster = join(workspace, 'roster.csv');
  await writeFile(roster, 'name,email\n');
  dialogs.willOpen(roster);
  dialogs.willCancel();
  const picked = await page.evaluate(() => window.api.openFile({ intent: 'roster-csv' }));
  expect(picked).toMatchObject({ ok: true, value: { name: 'roster.csv', size: 11 } });
  const cancelled = await page.evaluate(() => window.api.openFile({ intent: 'roster-csv' }));
  expect(cancelled).toEqual({ ok: true, value: null });
  expect(dialogs.shown.map((dialog) => dialog.title)).toEqual([
    'Import a roster',
    'Import a roster',
  ]);
  expect(JSON.stringify(picked)).not.toContain(workspace); // the renderer never sees the path
});

test('main refuses requests from another origin, in the top frame or an iframe', async ({
  page,
  host,
  network,
}) => {
  test.skip(
    host !== 'chromium',
    'Chromium harness only: Electron cannot be pointed at another origin from a test.',
  );
  // The harness installs window.api in every frame (in Electron the preload
  // runs in the app's top frame only), so this reaches main's sender check.
  network.serve('http://elsewhere.localhost', (url) => ({
    status: 200,
    headers: { 'Content-Type': 'text/html' },
    body:
      url.pathname === '/'
        ? '<!doctype html><title>Elsewhere</title><iframe title="inner" src="/inner"></iframe>'
        : '<!doctype html><title>Inner</title><p>inner</p>',
  }));
  await page.goto('http://elsewhere.localhost/');
  const inner = page.frameLocator('iframe[title="inner"]');
  await expect(inner.getByText('inner')).toBeVisible();
  const top = await page.evaluate(() => window.api.appInfo({}));
  expect(top).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const child = page.frames().find((frame) => frame.url() === 'http://elsewhere.localhost/inner');
  expect(child).toBeDefined();
  const fromIframe = await child?.evaluate(() => window.api.workspaceInfo({}));
  expect(fromIframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
