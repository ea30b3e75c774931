/**
 * Lets a harness test catch a long job in its running state. Real jobs here
 * finish in milliseconds, too fast to see progress or press Cancel; a held
 * job is registered and announced (its first `running` event) as usual, then
 * waits before doing its work until the test releases it or the job is
 * cancelled, after which the real work (and real cancellation) runs.
 */
import type { JobHandle, JobRegistry } from '../../electron/services/jobs/JobRegistry';

export class JobGate {
  private holdNextJob = false;
  private readonly waiting = new Set<() => void>();

  /** The next job that starts is held at its start. */
  holdNext(): void {
    this.holdNextJob = true;
  }

  /** Lets every held job go on. */
  release(): void {
    for (const resume of this.waiting) resume();
    this.waiting.clear();
  }

  /** Wraps `jobs.run` of one registry so its jobs pass through this gate. */
  attach(jobs: JobRegistry): void {
    const run = jobs.run.bind(jobs);
    jobs.run = (options, work) =>
      run(options, async (job) => {
        await this.pass(job);
        return work(job);
      });
  }

  private pass(job: JobHandle): Promise<void> {
    if (!this.holdNextJob) return Promise.resolve();
    this.holdNextJob = false;
    return new Promise((resolve) => {
      const resume = (): void => {
        this.waiting.delete(resume);
        resolve();
      };
      this.waiting.add(resume);
      job.signal.addEventListener('abort', resume, { once: true });
    });
  }
}
