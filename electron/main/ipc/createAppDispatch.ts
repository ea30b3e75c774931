/**
 * Builds the dispatcher for one host. The Electron app and the Chromium test
 * harness both call this with their own dialogs, browser opener and trusted
 * origin; everything else (workspace, jobs, handlers, validation) is shared.
 */
import type { AppInfo } from '../../../shared/ipc/contract';
import type { DialogProvider } from '../../services/dialogs/dialogIntents';
import { EvidenceStore } from '../../services/evidence/EvidenceStore';
import { clearOpenedCopies } from '../../services/evidence/openedCopy';
import { FileRegistry } from '../../services/files/FileRegistry';
import { IntakeJournal } from '../../services/intake/intakeJournal';
import { JobRegistry } from '../../services/jobs/JobRegistry';
import { openWorkspace } from '../../services/workspace/openWorkspace';
import { isAppUrl } from '../appUrl';
import type { Dispatch, SenderInfo } from './dispatch';
import { createDispatcher } from './dispatch';
import type { AppServices } from './handlers/createHandlers';
import { createHandlers } from './handlers/createHandlers';

export interface AppDispatchOptions {
  readonly appInfo: AppInfo;
  readonly workspacePath: string;
  readonly dialogs: DialogProvider;
  readonly openExternal: (url: string) => Promise<void>;
  readonly openPath: (path: string) => Promise<void>;
  /** The origin the renderer is served from, e.g. `attest://app` or `http://app.localhost`. */
  readonly appOrigin: string;
  readonly logError?: (channel: string, error: unknown) => void;
}

export interface AppDispatch {
  readonly dispatch: Dispatch;
  readonly services: AppServices;
}

export async function createAppDispatch(options: AppDispatchOptions): Promise<AppDispatch> {
  const workspace = await openWorkspace(options.workspacePath);
  const evidence = new EvidenceStore(workspace.path);
  // Temp files of writes a crash interrupted; pending intakes are settled by the renderer.
  await evidence.sweepTemp();
  await clearOpenedCopies(workspace.path);
  const services: AppServices = {
    evidence,
    journal: new IntakeJournal(evidence),
    appInfo: options.appInfo,
    workspace,
    jobs: new JobRegistry(),
    files: new FileRegistry(),
    dialogs: options.dialogs,
    openExternal: options.openExternal,
    openPath: options.openPath,
  };
  const dispatch = createDispatcher({
    handlers: createHandlers(services),
    isTrustedSender: (sender) => isFromOrigin(sender, options.appOrigin),
    ...(options.logError === undefined ? {} : { logError: options.logError }),
  });
  return { dispatch, services };
}

/** Only the app's own top frame may call main: not iframes, not other origins. */
export function isFromOrigin(sender: SenderInfo, origin: string): boolean {
  return sender.isMainFrame && isAppUrl(sender.url, origin);
}
