/** The options each Playwright project sets (see playwright.config.ts). */
import type { HostName } from './session';

export interface HostOptions {
  /** Which host runs Attest for this project. */
  readonly host: HostName;
}
