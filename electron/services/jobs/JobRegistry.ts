import type { JobProgress } from '../../../shared/ipc/contract';
import { ServiceError } from '../ServiceError';

export interface JobHandle {
  readonly signal: AbortSignal;
  /** Reports progress; throttled so a tight loop cannot flood the renderer. */
  report(done: number, total?: number | null, message?: string): void;
  /** Throws `ServiceError('cancelled')` if the job was cancelled. Call it between units of work. */
  throwIfCancelled(): void;
}

export interface RunJobOptions {
  readonly jobId: string;
  readonly unit: string;
  readonly emit: (progress: JobProgress) => void;
}

export interface JobRegistryOptions {
  /** Minimum milliseconds between two `running` events of one job. */
  readonly throttleMs?: number;
  readonly now?: () => number;
}

/**
 * Long work (intake, exports, verification) runs through here: one
 * AbortController per job id, progress events, and a final event whatever the
 * outcome (`done`, `failed` or `cancelled`).
 */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();
  private readonly throttleMs: number;
  private readonly now: () => number;

  constructor(options: JobRegistryOptions = {}) {
    this.throttleMs = options.throttleMs ?? 100;
    this.now = options.now ?? Date.now;
  }

  isRunning(jobId: string): boolean {
    return this.running.has(jobId);
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (controller === undefined) return false;
    controller.abort();
    return true;
  }

  async run<T>(options: RunJobOptions, work: (job: JobHandle) => Promise<T>): Promise<T> {
    const { jobId, unit, emit } = options;
    if (this.running.has(jobId)) {
      throw new ServiceError('conflict', `A job with id ${jobId} is already running.`);
    }
    const controller = new AbortController();
    this.running.set(jobId, controller);
    let done = 0;
    let total: number | null = null;
    let lastEmit = Number.NEGATIVE_INFINITY;
    const startedAt = this.now();
    const send = (phase: JobProgress['phase'], message?: string): void => {
      const elapsedMs = this.now() - startedAt;
      emit(
        message === undefined
          ? { jobId, phase, done, total, unit, elapsedMs }
          : { jobId, phase, done, total, unit, message, elapsedMs },
      );
    };
    const handle: JobHandle = {
      signal: controller.signal,
      report: (nextDone, nextTotal, message) => {
        done = nextDone;
        if (nextTotal !== undefined) total = nextTotal;
        const at = this.now();
        if (at - lastEmit < this.throttleMs) return;
        lastEmit = at;
        send('running', message);
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new ServiceError('cancelled', 'Cancelled.');
      },
    };
    send('running');
    try {
      const value = await work(handle);
      handle.throwIfCancelled();
      send('done');
      return value;
    } catch (error: unknown) {
      if (controller.signal.aborted) {
        send('cancelled');
        throw new ServiceError('cancelled', 'The job was cancelled.');
      }
      send('failed', error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      this.running.delete(jobId);
    }
  }
}
