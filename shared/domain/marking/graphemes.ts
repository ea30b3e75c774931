/**
 * Grapheme boundaries in long texts, with `Intl.Segmenter` (Node 20, Chromium).
 *
 * Hand-written on top of the Segmenter because V8's `Segments` are slow on long
 * strings: each `containing()` call or iteration step costs time proportional
 * to the text (a 100,000-character reflection took seconds to iterate). So we
 * segment only a small window around the position asked about. A window starts
 * and ends at a *certain* boundary, where no rule of UAX #29 (or ICU's
 * tailoring) can join the characters either side:
 * - between two ASCII characters, except CR LF;
 * - after LF; before CR; before LF unless a CR precedes it.
 * Segmenting from a certain boundary gives the same clusters as segmenting the
 * whole text. Where no certain boundary is near (a long run of flags or
 * CJK without line breaks), the window widens (to the whole text at worst):
 * slower, never wrong. Scanning for certain boundaries reads char codes only.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const CR = 0x0d;
const LF = 0x0a;

function isAscii(code: number): boolean {
  return code < 0x80;
}

/** True when a grapheme boundary at `k` (0 < k < length) holds whatever surrounds it. */
function isCertainBoundary(text: string, k: number): boolean {
  const before = text.charCodeAt(k - 1);
  const after = text.charCodeAt(k);
  if (before === CR && after === LF) return false;
  if (before === LF || after === CR || after === LF) return true;
  return isAscii(before) && isAscii(after);
}

function certainAtOrBefore(text: string, index: number): number {
  for (let k = index; k > 0; k--) if (isCertainBoundary(text, k)) return k;
  return 0;
}

function certainAtOrAfter(text: string, index: number): number {
  const length = text.length;
  for (let k = index; k < length; k++) if (isCertainBoundary(text, k)) return k;
  return length;
}

/** Clamps to an integer offset in [0, text.length] (NaN → 0). */
export function clampOffset(text: string, offset: number): number {
  if (Number.isNaN(offset)) return 0;
  return Math.min(text.length, Math.max(0, Math.trunc(offset)));
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The grapheme cluster holding the code unit at `index` (0 ≤ index < text.length). */
export function graphemeAt(text: string, index: number): Span {
  const lo = certainAtOrBefore(text, index);
  const hi = certainAtOrAfter(text, index + 1);
  const found = segmenter.segment(text.slice(lo, hi)).containing(index - lo);
  if (found === undefined) return { start: index, end: index + 1 };
  return { start: lo + found.index, end: lo + found.index + found.segment.length };
}

/** True when `offset` lies between two grapheme clusters (0 and length always do). */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
  return graphemeAt(text, offset).start === offset;
}

/** The nearest boundary at or before `offset`. */
export function boundaryAtOrBefore(text: string, offset: number): number {
  const at = clampOffset(text, offset);
  return at === text.length ? at : graphemeAt(text, at).start;
}

/** The nearest boundary at or after `offset`. */
export function boundaryAtOrAfter(text: string, offset: number): number {
  const at = clampOffset(text, offset);
  return at === 0 ? 0 : graphemeAt(text, at - 1).end;
}

/** Widens a range to whole graphemes (start moves back, end moves forward); orders and clamps it. */
export function snapToGraphemes(text: string, start: number, end: number): Span {
  const from = clampOffset(text, start);
  const to = clampOffset(text, end);
  const a = Math.min(from, to);
  const b = Math.max(from, to);
  return { start: boundaryAtOrBefore(text, a), end: boundaryAtOrAfter(text, b) };
}

/** Characters as people count them (grapheme clusters). Iterates the whole text: for short texts. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}
