/**
 * Remembers where the main window was: bounds and maximized, in
 * `<userData>/window-state.json`, written atomically. A missing or corrupt
 * file means defaults; a saved position that no display shows any more is
 * moved back onto one. No `electron` import.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../services/fs/writeFileAtomic';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Without x and y the window is centered on the primary display. */
export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: WindowBounds;
  readonly maximized: boolean;
}

export const defaultWindowState: WindowState = {
  bounds: { width: 1280, height: 800 },
  maximized: false,
};

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const stateFile = z.object({
  version: z.literal(1),
  bounds: z.object({
    x: coordinate.optional(),
    y: coordinate.optional(),
    width: size,
    height: size,
  }),
  maximized: z.boolean(),
});

export function windowStatePath(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

/** The saved state, or the defaults when the file is missing, unreadable or not ours. */
export async function readWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = stateFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) return defaultWindowState;
    const { x, y, width, height } = parsed.data.bounds;
    const bounds = x === undefined || y === undefined ? { width, height } : { x, y, width, height };
    return { bounds, maximized: parsed.data.maximized };
  } catch {
    return defaultWindowState;
  }
}

export async function writeWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify({ version: 1, ...state }, null, 2)}\n`);
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * Keeps the window whole on one display. `workAreas` are the displays' work
 * areas, primary first. The window stays on the display it overlaps most,
 * shrunk to fit and slid inside it; with no overlap (a monitor was
 * unplugged) or no saved position it is centered on the primary display.
 */
export function fitToDisplays(saved: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (primary === undefined) return saved;
  const { x, y } = saved.bounds;
  let target = primary;
  let placed = false;
  if (x !== undefined && y !== undefined) {
    let best = 0;
    for (const area of workAreas) {
      const overlap = overlapArea(
        { x, y, width: saved.bounds.width, height: saved.bounds.height },
        area,
      );
      if (overlap > best) {
        best = overlap;
        target = area;
      }
    }
    placed = best > 0;
  }
  const width = Math.min(saved.bounds.width, target.width);
  const height = Math.min(saved.bounds.height, target.height);
  const bounds =
    placed && x !== undefined && y !== undefined
      ? {
          x: clamp(x, target.x, target.x + target.width - width),
          y: clamp(y, target.y, target.y + target.height - height),
          width,
          height,
        }
      : {
          x: target.x + Math.floor((target.width - width) / 2),
          y: target.y + Math.floor((target.height - height) / 2),
          width,
          height,
        };
  return { bounds, maximized: saved.maximized };
}

type TrackedEvent = 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close';

/** The part of a BrowserWindow the tracker uses. */
export interface TrackedWindow {
  on(event: TrackedEvent, listener: () => void): unknown;
  removeListener(event: TrackedEvent, listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

export interface WindowStateTracker {
  /** Saves a pending change now; resolves when every save so far is written. */
  flush(): Promise<void>;
  stop(): void;
}

export interface TrackOptions {
  readonly debounceMs?: number;
  readonly logError?: (error: unknown) => void;
}

/** Saves the window's state after it stops moving or resizing, and at once when it closes. */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => Promise<void>,
  options: TrackOptions = {},
): WindowStateTracker {
  const { debounceMs = 500, logError } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written: Promise<void> = Promise.resolve();

  const saveNow = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const { x, y, width, height } = window.getNormalBounds();
    const state: WindowState = { bounds: { x, y, width, height }, maximized: window.isMaximized() };
    // Saves run one after another, so an older state never lands last.
    written = written.then(() => save(state)).catch((error: unknown) => logError?.(error));
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, debounceMs);
  };

  const debounced: readonly TrackedEvent[] = ['resize', 'move', 'maximize', 'unmaximize'];
  for (const event of debounced) window.on(event, schedule);
  window.on('close', saveNow);

  return {
    flush: () => {
      if (timer !== undefined) saveNow();
      return written;
    },
    stop: () => {
      clearTimeout(timer);
      timer = undefined;
      for (const event of debounced) window.removeListener(event, schedule);
      window.removeListener('close', saveNow);
    },
  };
}
