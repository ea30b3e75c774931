import { useEffect, useEffectEvent, useState } from 'react';

export type AsyncState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly value: T };

interface Settled<T> {
  readonly key: string;
  readonly state: AsyncState<T>;
}

const loading = { status: 'loading' } as const;

/**
 * Runs `run` whenever `key` changes and returns its state. The previous run
 * is aborted, and a result is shown only for the key it was started for, so
 * a quick switch between files never shows the old file's bytes.
 */
export function useAsync<T>(key: string, run: (signal: AbortSignal) => Promise<T>): AsyncState<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const start = useEffectEvent((signal: AbortSignal) => run(signal));

  useEffect(() => {
    const controller = new AbortController();
    start(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setSettled({ key, state: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, state: { status: 'error', error } });
      },
    );
    return () => controller.abort();
  }, [key]);

  return settled !== null && settled.key === key ? settled.state : loading;
}
