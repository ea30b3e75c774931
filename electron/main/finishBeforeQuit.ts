/**
 * Lets last writes (the window state saved on close) land before the process
 * ends: the first 'will-quit' is held until `work` settles or `timeoutMs`
 * passes, then the app quits for real. No `electron` import.
 */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault: () => void }) => void): unknown;
  quit(): void;
}

export function finishBeforeQuit(
  app: QuittingApp,
  work: () => Promise<void>,
  options: { timeoutMs?: number; logError?: (error: unknown) => void } = {},
): void {
  const { timeoutMs = 3000, logError } = options;
  let phase: 'waiting' | 'finishing' | 'done' = 'waiting';
  app.on('will-quit', (event) => {
    if (phase === 'done') return;
    event.preventDefault();
    if (phase === 'finishing') return;
    phase = 'finishing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    // The quit continues in finally(); nothing else waits for this chain.
    void Promise.race([work(), timeout])
      .catch((error: unknown) => logError?.(error))
      .finally(() => {
        clearTimeout(timer);
        phase = 'done';
        app.quit();
      });
  });
}
