/**
 * The Electron host: the built app (out/main/index.js) in the real Electron,
 * on a temporary workspace and user-data folder. Requests cannot be
 * intercepted here, so the network log only observes what leaves the app.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from '@playwright/test';
import type { ConsoleErrors } from './ConsoleErrors';
import { watchConsole } from './ConsoleErrors';
import type { NetworkLog } from './NetworkLog';
import { mainEntry, repoRoot } from './repo';
import type { AttestSession } from './session';

export interface ElectronSessionOptions {
  readonly executablePath: string;
  readonly workspace: string;
  readonly network: NetworkLog;
  readonly consoleErrors: ConsoleErrors;
}

export async function openElectronSession(options: ElectronSessionOptions): Promise<AttestSession> {
  const { executablePath, workspace, network, consoleErrors } = options;
  if (!existsSync(mainEntry)) {
    throw new Error(
      `No built main process at ${mainEntry}: run \`npx electron-vite build\` first.`,
    );
  }
  const userData = await mkdtemp(join(tmpdir(), 'attest-e2e-userdata-'));
  const runningAsRoot = process.getuid?.() === 0;
  const app = await _electron.launch({
    executablePath,
    cwd: repoRoot,
    args: [
      ...(runningAsRoot ? ['--no-sandbox'] : []),
      mainEntry,
      `--workspace=${workspace}`,
      `--user-data=${userData}`,
    ],
  });
  try {
    const page = await app.firstWindow();
    watchConsole(page, consoleErrors);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForLoadState('domcontentloaded');
    const appUrl = new URL(page.url());
    page.on('request', (request) => {
      const url = new URL(request.url());
      const own = url.protocol === appUrl.protocol && url.host === appUrl.host;
      if (!own && !['data:', 'blob:', 'devtools:'].includes(url.protocol)) {
        network.record({
          url: request.url(),
          method: request.method(),
          resourceType: request.resourceType(),
        });
      }
    });
    return {
      page,
      mainErrors: [],
      openedExternal: [],
      openedPaths: [],
      close: async () => {
        await app.close();
        await rm(userData, { recursive: true, force: true });
      },
    };
  } catch (error: unknown) {
    await app.close();
    await rm(userData, { recursive: true, force: true });
    throw error;
  }
}
