/** Console and page errors of one test; any not explicitly allowed fails the test. */
import type { Page } from '@playwright/test';

export class ConsoleErrors {
  readonly messages: string[] = [];
  private readonly allowed: RegExp[] = [];

  record(message: string): void {
    this.messages.push(message);
  }

  /** Accepts errors matching `pattern`, for a test that provokes them on purpose (e.g. a CSP violation). */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.messages.filter(
      (message) => !this.allowed.some((pattern) => pattern.test(message)),
    );
  }
}

/** Records the page's console errors and uncaught errors into `errors`. */
export function watchConsole(page: Page, errors: ConsoleErrors): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.record(`console.error: ${message.text()}${url === '' ? '' : ` (${url}:${lineNumber})`}`);
  });
  page.on('pageerror', (error) => {
    errors.record(`page error: ${error.stack ?? error.message}`);
  });
}
