/**
 * Reflection passages tagged with a stage of the reflection model (issue 5 §3).
 * Offsets are UTF-16 code units, as `ReflectionTag` stores them, but a range
 * never starts or ends inside a grapheme cluster (an emoji, a flag, a letter
 * with its accent): selections are snapped with `graphemes.ts`.
 *
 * Decisions:
 * - A selection widens to whole graphemes, then loses whitespace at its edges.
 * - Tags of the same stage never overlap: a new tag that overlaps one merges
 *   with it (the earlier tag's id survives; notes are joined by a line break).
 *   Touching ranges stay separate. Tags of different stages may overlap.
 * - Tags are kept ordered by start, then end, then stage.
 * - After an edit of the text, a tag moves with its passage. Text inserted
 *   strictly inside a tag joins it; text inserted at either edge does not.
 *   A tag whose whole passage was deleted or replaced is dropped.
 */
import type { ReflectionTag } from '../entities';
import type { Id } from '../ids';
import { graphemeAt, isGraphemeBoundary, snapToGraphemes, type Span } from './graphemes';

function isBlankGrapheme(text: string, span: Span): boolean {
  return /^\s+$/u.test(text.slice(span.start, span.end));
}

/**
 * The range a selection tags: ordered, clamped, widened to whole graphemes,
 * without whitespace at either edge. May be empty (`start === end`).
 */
export function normaliseRange(text: string, start: number, end: number): Span {
  const snapped = snapToGraphemes(text, start, end);
  let from = snapped.start;
  let to = snapped.end;
  while (from < to) {
    const first = graphemeAt(text, from);
    if (!isBlankGrapheme(text, first)) break;
    from = first.end;
  }
  while (to > from) {
    const last = graphemeAt(text, to - 1);
    if (!isBlankGrapheme(text, last)) break;
    to = last.start;
  }
  return { start: from, end: to };
}

function compareTags(a: ReflectionTag, b: ReflectionTag): number {
  return a.start - b.start || a.end - b.end || a.stage.localeCompare(b.stage);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function joinNotes(tags: readonly ReflectionTag[]): string {
  const notes = tags.map((t) => t.note.trim()).filter((n) => n !== '');
  return [...new Set(notes)].join('\n');
}

/** Adds a tag, merging it with the tags of its stage that it overlaps. An empty range changes nothing. */
export function addTagRange(
  tags: readonly ReflectionTag[],
  newTag: ReflectionTag,
): readonly ReflectionTag[] {
  if (!(newTag.end > newTag.start)) return tags;
  let merged = newTag;
  let rest = tags;
  for (;;) {
    const current = merged;
    const absorbed = rest.filter((t) => t.stage === current.stage && overlaps(t, current));
    if (absorbed.length === 0) break;
    const group = [...absorbed, current].toSorted(compareTags);
    const survivor = absorbed.toSorted(compareTags)[0] ?? current;
    merged = {
      id: survivor.id,
      stage: current.stage,
      start: Math.min(...group.map((t) => t.start)),
      end: Math.max(...group.map((t) => t.end)),
      note: joinNotes(group),
    };
    rest = rest.filter((t) => !absorbed.includes(t));
  }
  return [...rest, merged].toSorted(compareTags);
}

export function removeTagRange(tags: readonly ReflectionTag[], id: Id): readonly ReflectionTag[] {
  return tags.some((t) => t.id === id) ? tags.filter((t) => t.id !== id) : tags;
}

export interface HighlightSegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Stages of the tags covering the segment, each once, in the order the tags come. */
  readonly stages: readonly string[];
  readonly tagIds: readonly Id[];
}

/**
 * The text cut into ordered segments that cover it exactly once, for
 * rendering highlights. Tags are widened to whole graphemes first, so no cut
 * falls inside one. An empty text gives no segments.
 */
export function highlightSegments(
  text: string,
  tags: readonly ReflectionTag[],
): readonly HighlightSegment[] {
  if (text.length === 0) return [];
  const spans = tags
    .map((tag) => ({ tag, ...snapToGraphemes(text, tag.start, tag.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const ordered = [...cuts].toSorted((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const start = ordered[i - 1] ?? 0;
    const end = ordered[i] ?? text.length;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      stages: [...new Set(covering.map((s) => s.tag.stage))],
      tagIds: covering.map((s) => s.tag.id),
    });
  }
  return segments;
}

/** Where two texts differ: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The common prefix / suffix diff, with its edges moved to grapheme boundaries of both texts. */
export function diffTexts(oldText: string, newText: string): TextEdit {
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) ===
      newText.charCodeAt(newText.length - 1 - suffix)
  )
    suffix++;
  while (
    prefix > 0 &&
    !(isGraphemeBoundary(oldText, prefix) && isGraphemeBoundary(newText, prefix))
  )
    prefix--;
  while (
    suffix > 0 &&
    !(
      isGraphemeBoundary(oldText, oldText.length - suffix) &&
      isGraphemeBoundary(newText, newText.length - suffix)
    )
  )
    suffix--;
  return { start: prefix, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** Moves tags with their passages after the reflection text changed; drops tags whose passage is gone. */
export function remapTagsAfterEdit(
  oldText: string,
  newText: string,
  tags: readonly ReflectionTag[],
): readonly ReflectionTag[] {
  if (oldText === newText) return tags;
  const { start, oldEnd, newEnd } = diffTexts(oldText, newText);
  const shift = newEnd - oldEnd;
  const mapStart = (x: number): number => (x >= oldEnd ? x + shift : x <= start ? x : newEnd);
  const mapEnd = (x: number): number => (x <= start ? x : x >= oldEnd ? x + shift : start);
  let result: readonly ReflectionTag[] = [];
  for (const tag of tags) {
    const moved = snapToGraphemes(newText, mapStart(tag.start), mapEnd(tag.end));
    if (mapEnd(tag.end) <= mapStart(tag.start) || moved.end <= moved.start) continue;
    result = addTagRange(result, { ...tag, ...moved });
  }
  return result;
}
