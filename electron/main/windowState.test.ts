import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it, expect, vi } from 'vitest';
import type { Rect, TrackedWindow, WindowState } from './windowState';
import {
  defaultWindowState,
  fitToDisplays,
  readWindowState,
  trackWindowState,
  windowStatePath,
  writeWindowState,
} from './windowState';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attest-window-state-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readWindowState / writeWindowState', () => {
  it('round-trips bounds and maximized', async () => {
    const file = windowStatePath(dir);
    expect(file).toBe(join(dir, 'window-state.json'));
    const state: WindowState = {
      bounds: { x: -1200, y: 40, width: 1000, height: 700 },
      maximized: true,
    };
    await writeWindowState(file, state);
    expect(await readWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1 });
  });

  it('answers defaults for a missing file', async () => {
    expect(await readWindowState(join(dir, 'nope.json'))).toEqual(defaultWindowState);
  });

  it.each([
    ['not JSON', '{"bounds":'],
    ['empty (torn) file', ''],
    ['null', 'null'],
    ['wrong version', '{"version":2,"bounds":{"width":800,"height":600},"maximized":false}'],
    ['negative size', '{"version":1,"bounds":{"width":-5,"height":600},"maximized":false}'],
    ['string size', '{"version":1,"bounds":{"width":"800","height":600},"maximized":false}'],
    [
      'absurd coordinates',
      '{"version":1,"bounds":{"x":1e12,"y":0,"width":800,"height":600},"maximized":false}',
    ],
    ['missing maximized', '{"version":1,"bounds":{"width":800,"height":600}}'],
  ])('answers defaults for a corrupt file: %s', async (_name, text) => {
    const file = join(dir, 'corrupt.json');
    await writeFile(file, text);
    expect(await readWindowState(file)).toEqual(defaultWindowState);
  });

  it('drops a half position (x without y)', async () => {
    const file = join(dir, 'half.json');
    await writeFile(
      file,
      '{"version":1,"bounds":{"x":10,"width":800,"height":600},"maximized":false}',
    );
    expect(await readWindowState(file)).toEqual({
      bounds: { width: 800, height: 600 },
      maximized: false,
    });
  });
});

describe('fitToDisplays', () => {
  const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
  const left: Rect = { x: -1280, y: 0, width: 1280, height: 984 };
  const saved = (
    x: number | undefined,
    y: number | undefined,
    width = 1000,
    height = 700,
  ): WindowState => ({
    bounds: x === undefined || y === undefined ? { width, height } : { x, y, width, height },
    maximized: false,
  });

  it.each<
    [string, WindowState, readonly Rect[], { x: number; y: number; width: number; height: number }]
  >([
    [
      'inside the primary: unchanged',
      saved(100, 50),
      [primary],
      { x: 100, y: 50, width: 1000, height: 700 },
    ],
    [
      'on the second display: unchanged',
      saved(-1200, 10),
      [primary, left],
      { x: -1200, y: 10, width: 1000, height: 700 },
    ],
    [
      'display unplugged: centered on primary',
      saved(-1200, 10),
      [primary],
      { x: 460, y: 170, width: 1000, height: 700 },
    ],
    [
      'far off screen: centered on primary',
      saved(5000, 5000),
      [primary, left],
      { x: 460, y: 170, width: 1000, height: 700 },
    ],
    [
      'hanging off the right edge: slid back',
      saved(1500, 100),
      [primary],
      { x: 920, y: 100, width: 1000, height: 700 },
    ],
    [
      'above the top: slid down',
      saved(100, -300),
      [primary],
      { x: 100, y: 0, width: 1000, height: 700 },
    ],
    [
      'bigger than the display: shrunk',
      saved(0, 0, 2500, 1600),
      [primary],
      { x: 0, y: 0, width: 1920, height: 1040 },
    ],
    [
      'mostly on the left display: kept there',
      saved(-900, 0),
      [primary, left],
      { x: -1000, y: 0, width: 1000, height: 700 },
    ],
    [
      'no saved position: centered',
      saved(undefined, undefined),
      [primary],
      { x: 460, y: 170, width: 1000, height: 700 },
    ],
    [
      'larger than a small primary, no position',
      saved(undefined, undefined, 1280, 800),
      [{ x: 0, y: 0, width: 1024, height: 728 }],
      { x: 0, y: 0, width: 1024, height: 728 },
    ],
  ])('%s', (_name, state, displays, expected) => {
    expect(fitToDisplays(state, displays).bounds).toEqual(expected);
  });

  it('keeps maximized', () => {
    expect(fitToDisplays({ ...saved(1, 1), maximized: true }, [primary]).maximized).toBe(true);
  });

  it('leaves the state alone when no display is known', () => {
    const state = saved(5000, 5000);
    expect(fitToDisplays(state, [])).toBe(state);
  });
});

class FakeWindow extends EventEmitter implements TrackedWindow {
  bounds: Rect = { x: 10, y: 20, width: 900, height: 600 };
  maximized = false;
  getNormalBounds(): Rect {
    return this.bounds;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
}

describe('trackWindowState', () => {
  it('saves once after moves and resizes settle', async () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const save = vi.fn<(state: WindowState) => Promise<void>>(() => Promise.resolve());
    const tracker = trackWindowState(window, save, { debounceMs: 500 });
    window.emit('move');
    vi.advanceTimersByTime(300);
    window.bounds = { x: 50, y: 60, width: 1000, height: 700 };
    window.emit('resize');
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await tracker.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({
      bounds: { x: 50, y: 60, width: 1000, height: 700 },
      maximized: false,
    });
    tracker.stop();
    vi.useRealTimers();
  });

  it('saves at once on close, with maximized, and drops the pending save', async () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const save = vi.fn<(state: WindowState) => Promise<void>>(() => Promise.resolve());
    const tracker = trackWindowState(window, save);
    window.emit('resize');
    window.maximized = true;
    window.emit('close');
    await tracker.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ bounds: window.bounds, maximized: true });
    vi.advanceTimersByTime(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('flush writes a pending change and waits for it', async () => {
    const window = new FakeWindow();
    const order: string[] = [];
    const save = vi.fn<(state: WindowState) => Promise<void>>(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('saved');
    });
    const tracker = trackWindowState(window, save, { debounceMs: 60_000 });
    window.emit('move');
    await tracker.flush();
    order.push('flushed');
    expect(order).toEqual(['saved', 'flushed']);
    tracker.stop();
  });

  it('keeps going after a failed save and reports it', async () => {
    const window = new FakeWindow();
    const logError = vi.fn();
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const tracker = trackWindowState(window, save, { logError });
    window.emit('close');
    window.emit('close');
    await tracker.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(logError).toHaveBeenCalledWith(new Error('disk full'));
  });

  it('stop removes every listener', () => {
    const window = new FakeWindow();
    const tracker = trackWindowState(window, () => Promise.resolve());
    tracker.stop();
    expect(window.eventNames()).toEqual([]);
  });
});
