import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/ipc/contract';
import { JobRegistry } from './JobRegistry';

function recorder() {
  const events: JobProgress[] = [];
  return { events, emit: (progress: JobProgress) => events.push(progress) };
}

describe('JobRegistry', () => {
  it('reports running, throttled progress and done', async () => {
    let clock = 0;
    const jobs = new JobRegistry({ throttleMs: 100, now: () => clock });
    const { events, emit } = recorder();
    const value = await jobs.run({ jobId: 'a', unit: 'files', emit }, (job) => {
      for (let i = 1; i <= 10; i += 1) {
        clock += 30;
        job.report(i, 10);
      }
      return Promise.resolve('result');
    });
    expect(value).toBe('result');
    expect(events[0]).toEqual({
      jobId: 'a',
      phase: 'running',
      done: 0,
      total: null,
      unit: 'files',
      elapsedMs: 0,
    });
    const running = events.filter((e) => e.phase === 'running');
    expect(running.length).toBeGreaterThan(2);
    expect(running.length).toBeLessThan(6);
    // Elapsed by the registry's clock: ten reports 30 ms apart.
    expect(events.at(-1)).toEqual({
      jobId: 'a',
      phase: 'done',
      done: 10,
      total: 10,
      unit: 'files',
      elapsedMs: 300,
    });
    expect(jobs.isRunning('a')).toBe(false);
  });

  it('cancels: the work sees the signal, the caller gets a cancelled error, the last event says cancelled', async () => {
    const jobs = new JobRegistry();
    const { events, emit } = recorder();
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    const running = jobs.run({ jobId: 'b', unit: 'bytes', emit }, async (job) => {
      started();
      await new Promise((resolve) => job.signal.addEventListener('abort', resolve));
      job.throwIfCancelled();
    });
    await ready;
    expect(jobs.cancel('b')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(events.at(-1)?.phase).toBe('cancelled');
    expect(jobs.cancel('b')).toBe(false);
  });

  it('reports a failure with its message and rethrows it', async () => {
    const jobs = new JobRegistry();
    const { events, emit } = recorder();
    await expect(
      jobs.run({ jobId: 'c', unit: 'files', emit }, () => Promise.reject(new Error('disk full'))),
    ).rejects.toThrow('disk full');
    expect(events.at(-1)).toMatchObject({ phase: 'failed', message: 'disk full' });
  });

  it('refuses a second job with the same id while the first runs', async () => {
    const jobs = new JobRegistry();
    const { emit } = recorder();
    let finish!: () => void;
    const first = jobs.run(
      { jobId: 'd', unit: 'x', emit },
      () => new Promise<void>((resolve) => (finish = resolve)),
    );
    await expect(
      jobs.run({ jobId: 'd', unit: 'x', emit }, () => Promise.resolve()),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    finish();
    await first;
  });
});
