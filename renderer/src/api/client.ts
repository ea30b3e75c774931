/**
 * The only reader of `window.api` (DESIGN.md §3). Every call answers a
 * `Result`; a failed result is also reported once through the failure
 * listener (the notification path), so screens never invent their own error
 * handling for IPC.
 */
import type {
  Api,
  Events,
  IpcError,
  JobProgress,
  Method,
  RequestOf,
  ResponseOf,
  Result,
  Unsubscribe,
} from '../../../shared/ipc/contract';
import type { methods } from '../../../shared/ipc/contract';

type ChannelOf<M extends Method> = (typeof methods)[M];
export type ApiRequest<M extends Method> = RequestOf<ChannelOf<M>>;
export type ApiResponse<M extends Method> = ResponseOf<ChannelOf<M>>;

export type FailureListener = (method: Method, error: IpcError) => void;

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

export async function call<M extends Method>(
  method: M,
  request: ApiRequest<M>,
  options: CallOptions = {},
): Promise<Result<ApiResponse<M>>> {
  const api = bridge();
  let result: Result<ApiResponse<M>>;
  if (api === undefined) {
    result = {
      ok: false,
      error: { code: 'internal', message: 'Attest is not connected to its main process.' },
    };
  } else {
    const invoke = api[method] as (request: ApiRequest<M>) => Promise<Result<ApiResponse<M>>>;
    try {
      result = await invoke(request);
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

export function onJobProgress(listener: (progress: JobProgress) => void): Unsubscribe {
  const api = bridge();
  if (api === undefined) return () => undefined;
  return api.onJobProgress(listener);
}

export type { Events };
