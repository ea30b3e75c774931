/**
 * What a key press means on the marking screens (pure). One table, shown to
 * the assessor by `markingKeyHelp` and acted on by `useMarkingKeys`.
 */

export type MarkingCommand =
  | { readonly type: 'level'; readonly index: number }
  | { readonly type: 'criterion'; readonly step: 1 | -1 }
  | { readonly type: 'comment' }
  | { readonly type: 'insertBank'; readonly index: number }
  | { readonly type: 'saveToBank' }
  | { readonly type: 'reopen' }
  | { readonly type: 'compareEvidence' }
  | { readonly type: 'acrossLearners' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'nextUnmarked' }
  | { readonly type: 'decideMeets' }
  | { readonly type: 'decideNotYet' }
  | { readonly type: 'finalise' };

export interface KeyPress {
  readonly key: string;
  /** The physical key ("Digit1"): Alt+digit gives other characters on some layouts. */
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** The digit 1–9 of a key press, by its physical key first (Alt changes `key` on macOS). */
function digitOf(press: KeyPress): number | null {
  const fromCode = /^(?:Digit|Numpad)([1-9])$/.exec(press.code ?? '');
  const digit = fromCode?.[1] ?? (/^[1-9]$/.test(press.key) ? press.key : null);
  return digit === null ? null : Number(digit);
}

/**
 * The marking command of a key press. `typing` is true in a text field: there
 * only undo/redo and Ctrl+Enter (finalise) are commands, so letters type.
 */
export function markingCommand(press: KeyPress, typing: boolean): MarkingCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  if (mod && !press.altKey && press.key.toLowerCase() === 'z') {
    return press.shiftKey ? { type: 'redo' } : { type: 'undo' };
  }
  if (mod && !press.altKey && press.key.toLowerCase() === 'y') return { type: 'redo' };
  if (mod && press.key === 'Enter') return { type: 'finalise' };
  if (typing || mod) return null;
  const digit = digitOf(press);
  if (press.altKey) {
    return digit !== null && !press.shiftKey ? { type: 'insertBank', index: digit - 1 } : null;
  }
  if (digit !== null && /^[1-9]$/.test(press.key)) return { type: 'level', index: digit - 1 };
  switch (press.key) {
    case 'j':
    case 'ArrowDown':
      return { type: 'criterion', step: 1 };
    case 'k':
    case 'ArrowUp':
      return { type: 'criterion', step: -1 };
    case 'c':
      return { type: 'comment' };
    case 'b':
      return { type: 'saveToBank' };
    case 'r':
      return { type: 'reopen' };
    case 'e':
      return { type: 'compareEvidence' };
    case 'g':
      return { type: 'acrossLearners' };
    case 'n':
      return { type: 'nextUnmarked' };
    case 'm':
      return { type: 'decideMeets' };
    case 'y':
      return { type: 'decideNotYet' };
    default:
      return null;
  }
}

/** The keys, as the marking view lists them. */
export const markingKeyHelp: readonly (readonly [keys: string, does: string])[] = [
  ['1–9', 'choose a level'],
  ['j / k or ↓ / ↑', 'next / previous criterion'],
  ['c', 'comment'],
  ['Alt+1–9', 'insert a bank comment'],
  ['b', 'add the comment to the bank'],
  ['Alt+1–N in the reflection', 'tag the selected passage'],
  ['r', 'reopen a carried-over criterion'],
  ['e', 'compare evidence with the attempt before'],
  ['g', 'grade this criterion across learners'],
  ['m / y', 'meets / not yet'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'undo / redo'],
  ['Ctrl+Enter', 'finalise'],
  ['n', 'next unmarked'],
];
