import type { Project } from '@playwright/test';
import { defineConfig } from '@playwright/test';
import { electronSkipNotice, findElectronBinary } from './e2e/harness/electronBinary';
import type { HostOptions } from './e2e/harness/hostOptions';

// The Chromium harness always runs; the real Electron app runs too when its
// binary was fetched (it cannot be downloaded on offline machines).
const electronBinary = findElectronBinary();

// Workers load this file again: say it once, from the runner only.
if (electronBinary === null && process.env.ATTEST_E2E_ELECTRON_NOTICE === undefined) {
  process.env.ATTEST_E2E_ELECTRON_NOTICE = 'shown';
  if (process.env.TEST_WORKER_INDEX === undefined) console.log(electronSkipNotice);
}

const projects: Project<object, HostOptions>[] = [
  { name: 'chromium-host', use: { host: 'chromium' } },
];
if (electronBinary !== null) projects.push({ name: 'electron-host', use: { host: 'electron' } });

export default defineConfig<object, HostOptions>({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  workers: 2,
  fullyParallel: true,
  forbidOnly: process.env.CI !== undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: { trace: 'retain-on-failure' },
  projects,
});
