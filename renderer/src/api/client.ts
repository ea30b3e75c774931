/**
 * The only reader of `window.api` (DESIGN.md §3). Every call answers a
 * `Result`; a failed result is also reported once through the failure
 * listener (the notification path), so screens never invent their own error
 * handling for IPC.
 */
import type {
  Api,
  DroppedFile,
  Events,
  IpcError,
  JobProgress,
  Method,
  PickedFile,
  RequestOf,
  ResponseOf,
  Result,
  Unsubscribe,
} from '../../../shared/ipc/contract';
import type { methods, preloadChannels } from '../../../shared/ipc/contract';

type ChannelOf<M extends Method> = (typeof methods)[M];
export type ApiRequest<M extends Method> = RequestOf<ChannelOf<M>>;
export type ApiResponse<M extends Method> = ResponseOf<ChannelOf<M>>;

/** A `window.api` function that can fail: a channel method, or one of the preload's own. */
export type ApiFunction = Method | keyof typeof preloadChannels;

export type FailureListener = (method: ApiFunction, error: IpcError) => void;

let failureListener: FailureListener = () => undefined;

/** Installs the one place failed IPC results are shown (see `notifyIpcFailure`). */
export function onIpcFailure(listener: FailureListener): void {
  failureListener = listener;
}

declare global {
  interface Window {
    readonly api?: Api;
  }
}

function bridge(): Api | undefined {
  return window.api;
}

export interface CallOptions {
  /** Set false when the caller shows the error in place (e.g. a form's field). */
  readonly notify?: boolean;
}

/** Runs one `window.api` function; a missing bridge or a throw becomes a failed result, notified. */
async function settle<T>(
  method: ApiFunction,
  invoke: (api: Api) => Promise<Result<T>>,
  options: CallOptions,
): Promise<Result<T>> {
  const api = bridge();
  let result: Result<T>;
  if (api === undefined) {
    result = {
      ok: false,
      error: { code: 'internal', message: 'Attest is not connected to its main process.' },
    };
  } else {
    try {
      result = await invoke(api);
    } catch (error: unknown) {
      result = {
        ok: false,
        error: {
          code: 'internal',
          message: error instanceof Error ? error.message : String(error),
        },
      };
    }
  }
  if (!result.ok && options.notify !== false && result.error.code !== 'cancelled') {
    failureListener(method, result.error);
  }
  return result;
}

export async function call<M extends Method>(
  method: M,
  request: ApiRequest<M>,
  options: CallOptions = {},
): Promise<Result<ApiResponse<M>>> {
  return settle(
    method,
    (api) => {
      const invoke = api[method] as (request: ApiRequest<M>) => Promise<Result<ApiResponse<M>>>;
      return invoke(request);
    },
    options,
  );
}

/**
 * Files dropped from the OS, as tokens like the open dialog's. The renderer
 * hands over the `File`s only: the preload finds their paths and main checks
 * that each is a regular file.
 */
export async function registerDroppedFiles(
  files: readonly DroppedFile[],
  options: CallOptions = {},
): Promise<Result<readonly PickedFile[]>> {
  return settle('registerDroppedFiles', (api) => api.registerDroppedFiles({ files }), options);
}

export function onJobProgress(listener: (progress: JobProgress) => void): Unsubscribe {
  const api = bridge();
  if (api === undefined) return () => undefined;
  return api.onJobProgress(listener);
}

export type { Events };
