/**
 * The preload is a switchboard (STYLE.md habit 3): one line per channel, no
 * logic, `satisfies Api`. It never exposes `ipcRenderer` itself; listeners
 * get the payload only, never the Electron event (which holds `sender`).
 * Sandboxed, so it is bundled into one CommonJS file: no top-level await.
 */
import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type {
  Api,
  Channel,
  EventName,
  Events,
  RequestOf,
  ResponseOf,
  Result,
  Unsubscribe,
} from '../../shared/ipc/contract';
import { events, methods, preloadChannels } from '../../shared/ipc/contract';

function invoke<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  return ipcRenderer.invoke(channel, request) as Promise<Result<ResponseOf<C>>>;
}

function subscribe<E extends EventName>(
  name: E,
  listener: (payload: Events[E]) => void,
): Unsubscribe {
  const handler = (_event: IpcRendererEvent, payload: Events[E]): void => {
    listener(payload);
  };
  ipcRenderer.on(name, handler);
  return () => {
    ipcRenderer.removeListener(name, handler);
  };
}

export const api = {
  appInfo: (request) => invoke(methods.appInfo, request),
  workspaceInfo: (request) => invoke(methods.workspaceInfo, request),
  workspaceUsage: (request) => invoke(methods.workspaceUsage, request),
  openFile: (request) => invoke(methods.openFile, request),
  saveFile: (request) => invoke(methods.saveFile, request),
  openExternal: (request) => invoke(methods.openExternal, request),
  cancelJob: (request) => invoke(methods.cancelJob, request),
  openFiles: (request) => invoke(methods.openFiles, request),
  openFolder: (request) => invoke(methods.openFolder, request),
  runIntake: (request) => invoke(methods.runIntake, request),
  commitIntake: (request) => invoke(methods.commitIntake, request),
  discardIntake: (request) => invoke(methods.discardIntake, request),
  pendingIntakes: (request) => invoke(methods.pendingIntakes, request),
  verifyEvidence: (request) => invoke(methods.verifyEvidence, request),
  openEvidenceExternally: (request) => invoke(methods.openEvidenceExternally, request),
  readTextFile: (request) => invoke(methods.readTextFile, request),
  writeTextFile: (request) => invoke(methods.writeTextFile, request),
  importBadgeImage: (request) => invoke(methods.importBadgeImage, request),
  importBadgeData: (request) => invoke(methods.importBadgeData, request),
  badgeFromTemplate: (request) => invoke(methods.badgeFromTemplate, request),
  badgeDataUri: (request) => invoke(methods.badgeDataUri, request),
  saveFeedback: (request) => invoke(methods.saveFeedback, request),
  saveCohortFeedback: (request) => invoke(methods.saveCohortFeedback, request),
  onJobProgress: (listener) => subscribe(events.onJobProgress, listener),
  // The one function with a step of its own: the renderer hands over dropped `File`s, never
  // paths; Electron says where each is on disk ('' for one that is not a file), main checks.
  registerDroppedFiles: async ({ files }: { readonly files: readonly File[] }) =>
    invoke(preloadChannels.registerDroppedFiles, {
      paths: files.map((file) => webUtils.getPathForFile(file)),
    }),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
