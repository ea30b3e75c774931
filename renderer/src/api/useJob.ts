import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError, JobProgress, Method } from '../../../shared/ipc/contract';
import type { ApiRequest, ApiResponse } from './client';
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

/**
 * Runs a long job in main: picks the job id, follows its progress events,
 * and offers cancel. One job at a time per hook.
 */
export function useJob<M extends JobMethod>(method: M) {
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
    async (request: Omit<ApiRequest<M>, 'jobId'>) => {
      const jobId = crypto.randomUUID();
      current.current = jobId;
      setState({ status: 'running', progress: null });
      const result = await call(method, { ...request, jobId });
      if (current.current !== jobId) return;
      current.current = null;
      if (result.ok) setState({ status: 'done', value: result.value });
      else if (result.error.code === 'cancelled') setState({ status: 'cancelled' });
      else setState({ status: 'failed', error: result.error });
    },
    [method],
  );

  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (jobId !== null) await call('cancelJob', { jobId });
  }, []);

  return { state, start, cancel };
}
