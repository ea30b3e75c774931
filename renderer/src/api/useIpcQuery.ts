import { useEffect, useState } from 'react';
import type { IpcError, Method } from '../../../shared/ipc/contract';
import type { ApiRequest, ApiResponse } from './client';
import { call } from './client';

export type QueryState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly error: IpcError };

/**
 * Reads a value from main once per `key` change. Failures are notified by the
 * client and also returned, so the screen can say what is missing in place.
 */
export function useIpcQuery<M extends Method>(
  method: M,
  request: ApiRequest<M>,
  key = '',
): QueryState<ApiResponse<M>> {
  const [state, setState] = useState<QueryState<ApiResponse<M>>>({ status: 'loading' });
  const requestJson = JSON.stringify(request);
  useEffect(() => {
    let live = true;
    const parsed = JSON.parse(requestJson) as ApiRequest<M>;
    void call(method, parsed).then((result) => {
      // Ignore an answer that arrives after the screen moved on.
      if (!live) return;
      setState(
        result.ok
          ? { status: 'ok', value: result.value }
          : { status: 'error', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [method, requestJson, key]);
  return state;
}
