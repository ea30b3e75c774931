/**
 * Undo / redo for any pure reducer (issue 5 §2: "undo/redo of every marking action").
 *
 * Decisions:
 * - An action that changes nothing (the reducer returns the same object) is
 *   not recorded, so undo never "does nothing".
 * - Typing is coalesced: an action whose `burstOf` gives the same key as the
 *   step before, less than `coalesceMs` (1 s) after the previous edit,
 *   replaces the present instead of adding a step. The gap is measured from
 *   the previous edit, so a steady stream of keystrokes is one step until
 *   the typist pauses. Undo, redo and any other action end the burst.
 * - A new action clears the redo stack. `past` keeps at most `limit` (200)
 *   states; the oldest fall off.
 */
import { assertNever } from '../assertNever';

export interface Burst {
  readonly key: string;
  /** Milliseconds (e.g. `Date.now()` or `event.timeStamp`) of the edit. */
  readonly at: number;
}

export interface History<S> {
  readonly present: S;
  /** Oldest first; the last is the state undo returns to. */
  readonly past: readonly S[];
  /** Nearest first; the first is the state redo returns to. */
  readonly future: readonly S[];
  /** The typing burst the present step can still absorb. */
  readonly burst: Burst | null;
}

export type HistoryControl = { readonly type: 'history/undo' } | { readonly type: 'history/redo' };

export interface HistoryOptions<A> {
  readonly limit?: number;
  readonly coalesceMs?: number;
  /** The typing burst an action belongs to; `null` for actions never merged. */
  readonly burstOf?: (action: A) => Burst | null;
}

export const defaultHistoryLimit = 200;
export const defaultCoalesceMs = 1000;

export function createHistory<S>(present: S): History<S> {
  return { present, past: [], future: [], burst: null };
}

export function canUndo<S>(history: History<S>): boolean {
  return history.past.length > 0;
}

export function canRedo<S>(history: History<S>): boolean {
  return history.future.length > 0;
}

export function undo<S>(history: History<S>): History<S> {
  const previous = history.past.at(-1);
  if (history.past.length === 0 || previous === undefined) return history;
  return {
    present: previous,
    past: history.past.slice(0, -1),
    future: [history.present, ...history.future],
    burst: null,
  };
}

export function redo<S>(history: History<S>): History<S> {
  const next = history.future[0];
  if (history.future.length === 0 || next === undefined) return history;
  return {
    present: next,
    past: [...history.past, history.present],
    future: history.future.slice(1),
    burst: null,
  };
}

function isControl(action: { readonly type: string }): action is HistoryControl {
  return action.type === 'history/undo' || action.type === 'history/redo';
}

function continues(previous: Burst | null, next: Burst | null, coalesceMs: number): boolean {
  if (previous === null || next === null || previous.key !== next.key) return false;
  const gap = next.at - previous.at;
  return gap >= 0 && gap < coalesceMs;
}

/** Wraps `reducer` so every change it makes can be undone and redone. */
export function withHistory<S, A extends { readonly type: string }>(
  reducer: (state: S, action: A) => S,
  options: HistoryOptions<A> = {},
): (history: History<S>, action: A | HistoryControl) => History<S> {
  const limit = Math.max(1, options.limit ?? defaultHistoryLimit);
  const coalesceMs = options.coalesceMs ?? defaultCoalesceMs;
  const burstOf = options.burstOf ?? (() => null);
  return (history, action) => {
    if (isControl(action)) {
      switch (action.type) {
        case 'history/undo':
          return undo(history);
        case 'history/redo':
          return redo(history);
        default:
          return assertNever(action);
      }
    }
    const present = reducer(history.present, action);
    if (present === history.present) return history;
    const burst = burstOf(action);
    if (continues(history.burst, burst, coalesceMs)) {
      return { present, past: history.past, future: [], burst };
    }
    return {
      present,
      past: [...history.past, history.present].slice(-limit),
      future: [],
      burst,
    };
  };
}
