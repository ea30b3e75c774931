import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError, JobProgress, Method } from '../../../shared/ipc/contract';
import type { ApiRequest, ApiResponse, CallOptions } from './client';
import { call, onJobProgress } from './client';

type JobMethod = {
  [M in Method]: ApiRequest<M> extends { jobId: string } ? M : never;
}[Method];

export type JobState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: JobProgress | null }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: IpcError };

/** How a job ended: what `start` answers, null when another start replaced it. */
export type SettledJob<T> = Extract<JobState<T>, { status: 'done' | 'cancelled' | 'failed' }>;

/**
 * Runs a long job in main: picks the job id, follows its progress events,
 * and offers cancel. One job at a time per hook. `options.notify: false`
 * when the caller reports a failure itself.
 */
export function useJob<M extends JobMethod>(method: M, options: CallOptions = {}) {
  const notify = options.notify;
  const [state, setState] = useState<JobState<ApiResponse<M>>>({ status: 'idle' });
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      onJobProgress((progress) => {
        if (progress.jobId !== current.current || progress.phase !== 'running') return;
        setState({ status: 'running', progress });
      }),
    [],
  );

  const start = useCallback(
    async (request: Omit<ApiRequest<M>, 'jobId'>): Promise<SettledJob<ApiResponse<M>> | null> => {
      const jobId = crypto.randomUUID();
      current.current = jobId;
      setState({ status: 'running', progress: null });
      const result = await call(
        method,
        { ...request, jobId },
        notify === undefined ? {} : { notify },
      );
      if (current.current !== jobId) return null;
      current.current = null;
      const settled: SettledJob<ApiResponse<M>> = result.ok
        ? { status: 'done', value: result.value }
        : result.error.code === 'cancelled'
          ? { status: 'cancelled' }
          : { status: 'failed', error: result.error };
      setState(settled);
      return settled;
    },
    [method, notify],
  );

  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (jobId !== null) await call('cancelJob', { jobId });
  }, []);

  return { state, start, cancel };
}
