/** One running Attest for one test, whichever host runs it. */
import type { Page } from '@playwright/test';

export type HostName = 'chromium' | 'electron';

export interface AttestSession {
  readonly page: Page;
  /** Errors main logged while handling requests (dispatch's `logError`). */
  readonly mainErrors: readonly string[];
  /** URLs main was asked to open in the system browser (harness only). */
  readonly openedExternal: readonly string[];
  close(): Promise<void>;
}
