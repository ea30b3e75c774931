/**
 * The Attest test: `page` is Attest opened on a fresh temporary workspace in
 * whichever host the project runs (Chromium harness or Electron), after the
 * app frame rendered. A test fails if the page logged any console or page
 * error it did not `consoleErrors.allow`, or if main logged an error.
 */
/* eslint-disable no-empty-pattern -- Playwright reads a fixture's dependencies from its
   destructured first argument: `{}` is how a fixture says it needs none. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test as base, chromium, expect } from '@playwright/test';
import { chromiumLaunchOptions } from './harness/chromiumLaunch';
import { appUrl, openChromiumSession } from './harness/chromiumHost';
import { ConsoleErrors } from './harness/ConsoleErrors';
import { findElectronBinary } from './harness/electronBinary';
import { openElectronSession } from './harness/electronHost';
import { JobGate } from './harness/JobGate';
import { NetworkLog } from './harness/NetworkLog';
import { ScriptedDialogs } from './harness/ScriptedDialogs';
import type { AttestSession, HostName } from './harness/session';

export { expect };
export type { HostName };

export interface AttestFixtures {
  /** The temporary workspace folder main uses for this test (removed afterwards). */
  workspace: string;
  /** Scripted file dialogs. Harness only: a test that uses them is skipped on Electron. */
  dialogs: ScriptedDialogs;
  /** Requests that tried to leave the app (blocked in the harness, observed in Electron). */
  network: NetworkLog;
  /** Console errors of this test; `allow(pattern)` the ones a test provokes on purpose. */
  consoleErrors: ConsoleErrors;
  /** URLs main was asked to open in the browser. Harness only, like `dialogs`. */
  externalUrls: readonly string[];
  /** Files main opened with the system's program for their type (harness only). */
  systemOpened: readonly string[];
  /** The URL the app was opened at (harness: http://app.localhost/). */
  appUrl: string;
  /** Holds the next long job at its start, to see progress and cancel it. Harness only. */
  jobs: JobGate;
  /**
   * Opens another window of the same app on the same workspace (same origin,
   * so the same IndexedDB; the same main) at `url` (default: the start URL),
   * after its app frame rendered; its console errors count like `page`'s.
   * Harness only: a test that uses it is skipped on Electron.
   */
  secondWindow: (url?: string) => Promise<Page>;
  scriptedDialogs: ScriptedDialogs;
  jobGate: JobGate;
  session: AttestSession;
}

export interface AttestWorkerFixtures {
  host: HostName;
  /** Debian's Chromium, launched once per worker when the project is the harness. */
  harnessBrowser: Browser | null;
}

const harnessOnly = (what: string): string =>
  `${what}: Chromium harness only (Electron shows native dialogs, opens a real browser and runs jobs in its own main process).`;

export const test = base.extend<AttestFixtures, AttestWorkerFixtures>({
  host: ['chromium', { option: true, scope: 'worker' }],

  harnessBrowser: [
    async ({ host }, use) => {
      if (host !== 'chromium') {
        await use(null);
        return;
      }
      const browser = await chromium.launch(chromiumLaunchOptions());
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  workspace: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'attest-e2e-workspace-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },

  network: async ({}, use) => {
    await use(new NetworkLog());
  },

  consoleErrors: async ({}, use) => {
    await use(new ConsoleErrors());
  },

  scriptedDialogs: async ({}, use) => {
    const dialogs = new ScriptedDialogs();
    await use(dialogs);
    if (dialogs.unused > 0) {
      throw new Error(
        `The test queued ${dialogs.unused} dialog answer(s) the app never asked for.`,
      );
    }
  },

  jobGate: async ({}, use) => {
    const gate = new JobGate();
    await use(gate);
    gate.release();
  },

  jobs: async ({ host, jobGate }, use, testInfo) => {
    testInfo.skip(host !== 'chromium', harnessOnly('Held jobs'));
    await use(jobGate);
  },

  dialogs: async ({ host, scriptedDialogs }, use, testInfo) => {
    testInfo.skip(host !== 'chromium', harnessOnly('Scripted file dialogs'));
    await use(scriptedDialogs);
  },

  session: async (
    { host, harnessBrowser, workspace, scriptedDialogs, jobGate, network, consoleErrors },
    use,
  ) => {
    let session: AttestSession;
    if (host === 'chromium') {
      if (harnessBrowser === null) throw new Error('The Chromium harness has no browser.');
      session = await openChromiumSession({
        browser: harnessBrowser,
        workspace,
        dialogs: scriptedDialogs,
        jobGate,
        network,
        consoleErrors,
      });
    } else {
      const executablePath = findElectronBinary();
      if (executablePath === null)
        throw new Error('The Electron project runs only with an Electron binary.');
      session = await openElectronSession({ executablePath, workspace, network, consoleErrors });
    }
    try {
      await use(session);
    } finally {
      await session.close();
    }
    const problems = [
      ...consoleErrors.unexpected(),
      ...session.mainErrors.map((error) => `main: ${error}`),
    ];
    if (problems.length > 0) {
      throw new Error(`The app logged ${problems.length} error(s):\n${problems.join('\n')}`);
    }
  },

  externalUrls: async ({ host, session }, use, testInfo) => {
    testInfo.skip(host !== 'chromium', harnessOnly('Recorded external links'));
    await use(session.openedExternal);
  },

  systemOpened: async ({ host, session }, use, testInfo) => {
    testInfo.skip(host !== 'chromium', harnessOnly('Recorded files opened with system programs'));
    await use(session.openedPaths);
  },

  appUrl: async ({ host, session }, use) => {
    await use(host === 'chromium' ? appUrl : session.page.url());
  },

  secondWindow: async ({ session }, use, testInfo) => {
    const { openWindow } = session;
    testInfo.skip(
      openWindow === undefined,
      'A second app window: Chromium harness only (a test cannot open another window of the Electron app).',
    );
    if (openWindow === undefined) return;
    await use(async (url) => {
      const opened = await openWindow(url);
      await expect(opened.getByRole('navigation', { name: 'Main' })).toBeVisible({
        timeout: 15_000,
      });
      return opened;
    });
  },

  page: async ({ host, session }, use) => {
    const { page } = session;
    if (host === 'chromium') await page.goto(appUrl);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 15_000 });
    await use(page);
  },
});
