import { EventEmitter } from 'node:events';
import { describe, it, expect, vi } from 'vitest';
import { finishBeforeQuit } from './finishBeforeQuit';

class FakeApp extends EventEmitter {
  quits = 0;
  exited = false;
  quit(): void {
    this.quits += 1;
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.exited = true;
  }
}

describe('finishBeforeQuit', () => {
  it('holds the quit until the work is done, then quits', async () => {
    const app = new FakeApp();
    let finish = (): void => undefined;
    const work = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    finishBeforeQuit(app, work);
    app.quit();
    app.quit();
    expect(app.exited).toBe(false);
    expect(work).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => {
      expect(app.exited).toBe(true);
    });
  });

  it('quits even when the work fails', async () => {
    const app = new FakeApp();
    const logError = vi.fn();
    finishBeforeQuit(app, () => Promise.reject(new Error('disk full')), { logError });
    app.quit();
    await vi.waitFor(() => {
      expect(app.exited).toBe(true);
    });
    expect(logError).toHaveBeenCalledWith(new Error('disk full'));
  });

  it('quits when the work hangs past the timeout', async () => {
    const app = new FakeApp();
    finishBeforeQuit(app, () => new Promise<void>(() => undefined), { timeoutMs: 10 });
    app.quit();
    await vi.waitFor(() => {
      expect(app.exited).toBe(true);
    });
  });
});
