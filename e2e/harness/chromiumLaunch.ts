/** How the harness starts Debian's Chromium (Playwright downloads no browser here). */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export function chromiumExecutable(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  const runningAsRoot = process.getuid?.() === 0;
  return {
    executablePath,
    args: [
      ...(runningAsRoot ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
