/** One running Attest for one test, whichever host runs it. */
import type { Page } from '@playwright/test';

export type HostName = 'chromium' | 'electron';

export interface AttestSession {
  readonly page: Page;
  /** Errors main logged while handling requests (dispatch's `logError`). */
  readonly mainErrors: readonly string[];
  /** URLs main was asked to open in the system browser (harness only). */
  readonly openedExternal: readonly string[];
  /** Files main was asked to open with the system's program (harness only). */
  readonly openedPaths: readonly string[];
  /**
   * Opens another window of the same app (same origin, so the same IndexedDB,
   * and the same main process), at `url` (default: the app's start URL; a
   * URL of the app such as `…/#/marking/<id>` opens that screen). Harness
   * only: the Electron host cannot open a second app window from a test.
   */
  readonly openWindow?: (url?: string) => Promise<Page>;
  close(): Promise<void>;
}
