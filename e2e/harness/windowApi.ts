/** Types `window.api` inside `page.evaluate` callbacks of the specs, as the preload declares it. */
import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    readonly api: Api;
  }
}
