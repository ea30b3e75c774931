/**
 * The reflection panel's decisions (issue 5 §3), with no React: which stage a
 * key press tags with, what a selection becomes, how tags are painted and
 * listed, and the depth flag. Ranges and merging are the domain's
 * (`tagRanges.ts`); offsets are UTF-16 code units and never split a grapheme.
 */
import type { Id, ReflectionModel, ReflectionTag } from '../../../../../shared/domain';
import { reflectionStages } from '../../../../../shared/domain/definitions/rubricPresets';
import {
  boundaryAtOrBefore,
  descriptionWithoutAnalysis,
  highlightSegments,
  normaliseRange,
} from '../../../../../shared/domain/marking';

/** Distinct highlight styles (colour and underline style); Gibbs has the most stages (6). */
export const stageSlotCount = 6;

/** Stages the keyboard reaches: Alt+1 … Alt+9. */
const maxShortcuts = 9;

export function stagesOf(model: ReflectionModel | null): readonly string[] {
  return model === null ? [] : reflectionStages(model);
}

/** Stage names match after trimming, ignoring case (as `reflectionDepth.ts` matches them). */
function stageKey(stage: string): string {
  return stage.trim().toLowerCase();
}

/** The stage's position in the model (0-based), or null for a stage the model does not have. */
export function stageIndex(stages: readonly string[], stage: string): number | null {
  const at = stages.findIndex((s) => stageKey(s) === stageKey(stage));
  return at === -1 ? null : at;
}

/** The highlight style of a stage position: 0 … stageSlotCount − 1, or 'other' for unknown stages. */
export type StageSlot = number | 'other';

export function slotOf(index: number | null): StageSlot {
  return index === null ? 'other' : index % stageSlotCount;
}

/** "Alt+1" for the first stage; null past the ninth. */
export function stageShortcut(index: number): string | null {
  return index >= 0 && index < maxShortcuts ? `Alt+${index + 1}` : null;
}

export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/**
 * The stage (0-based) that Alt+digit tags with, or null. Reads `code` first:
 * on macOS Option+1 types "¡", so `key` is not the digit.
 */
export function stageFromKey(press: KeyPress, stageCount: number): number | null {
  if (!press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(press.code)?.[1] ?? /^[1-9]$/.exec(press.key)?.[0];
  if (digit === undefined) return null;
  const index = Number(digit) - 1;
  return index < Math.min(stageCount, maxShortcuts) ? index : null;
}

export type TagPlan =
  | { readonly kind: 'empty' }
  | { readonly kind: 'already'; readonly tag: ReflectionTag }
  | { readonly kind: 'add'; readonly tag: ReflectionTag };

/**
 * What tagging the selection `[selectionStart, selectionEnd)` with `stage`
 * does: nothing when it holds no visible character; nothing new when a tag of
 * that stage already covers it; otherwise a new tag (the domain merges it with
 * overlapping tags of its stage when it is added).
 */
export function planTag(
  text: string,
  selectionStart: number,
  selectionEnd: number,
  stage: string,
  tags: readonly ReflectionTag[],
  newId: () => Id,
): TagPlan {
  const range = normaliseRange(text, selectionStart, selectionEnd);
  if (range.end <= range.start) return { kind: 'empty' };
  const covering = tags.find(
    (t) => stageKey(t.stage) === stageKey(stage) && t.start <= range.start && t.end >= range.end,
  );
  if (covering !== undefined) return { kind: 'already', tag: covering };
  return { kind: 'add', tag: { id: newId(), start: range.start, end: range.end, stage, note: '' } };
}

/**
 * The passage `[start, end)` on one line, whitespace collapsed, cut to about
 * `max` code units at a grapheme boundary with "…" when longer. Reads only
 * the start of long passages.
 */
export function excerpt(text: string, start: number, end: number, max: number): string {
  const read = text.slice(start, Math.min(end, start + 4 * max + 16));
  const flat = read.replace(/\s+/gu, ' ').trim();
  const longer = read.length < end - start;
  if (flat.length <= max && !longer) return flat;
  const cut = Math.max(1, boundaryAtOrBefore(flat, max));
  return `${flat.slice(0, cut).trimEnd()}…`;
}

export interface PaintedSegment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Highlight styles of the tags covering the segment, in tag order; empty for plain text. */
  readonly slots: readonly StageSlot[];
}

/** The text cut into plain and highlighted runs that cover it exactly once. */
export function paintedSegments(
  text: string,
  tags: readonly ReflectionTag[],
  stages: readonly string[],
): readonly PaintedSegment[] {
  return highlightSegments(text, tags).map((s) => ({
    start: s.start,
    end: s.end,
    text: s.text,
    slots: [...new Set(s.stages.map((stage) => slotOf(stageIndex(stages, stage))))],
  }));
}

function slotColour(slot: StageSlot): string {
  return `var(--reflection-stage-${String(slot)}-bg)`;
}

/**
 * The CSS background of a highlighted run: the stage's colour, or one
 * horizontal band per stage where tags of different stages overlap.
 */
export function highlightBackground(slots: readonly StageSlot[]): string {
  if (slots.length <= 1) return slots[0] === undefined ? 'transparent' : slotColour(slots[0]);
  const share = 100 / slots.length;
  const bands = slots.map(
    (slot, i) => `${slotColour(slot)} ${String(i * share)}% ${String((i + 1) * share)}%`,
  );
  return `linear-gradient(to bottom, ${bands.join(', ')})`;
}

export interface TagListItem {
  readonly tag: ReflectionTag;
  /** 1-based position of the stage in the model; null for a stage the model does not have. */
  readonly stageNumber: number | null;
  readonly slot: StageSlot;
  /** The passage for reading in the list. */
  readonly passage: string;
  readonly removeLabel: string;
  readonly showLabel: string;
}

const listExcerpt = 120;
const nameExcerpt = 40;

/** The tags in text order, with what the list shows and the names of its buttons. */
export function tagListItems(
  text: string,
  tags: readonly ReflectionTag[],
  stages: readonly string[],
): readonly TagListItem[] {
  return tags
    .toSorted((a, b) => a.start - b.start || a.end - b.end || a.stage.localeCompare(b.stage))
    .map((tag) => {
      const index = stageIndex(stages, tag.stage);
      const start = excerpt(text, tag.start, tag.end, nameExcerpt);
      return {
        tag,
        stageNumber: index === null ? null : index + 1,
        slot: slotOf(index),
        passage: excerpt(text, tag.start, tag.end, listExcerpt),
        removeLabel: `Remove ${tag.stage} tag: ${start}`,
        showLabel: `Show ${tag.stage} passage: ${start}`,
      };
    });
}

/** Where focus goes when a tag's Remove button disappears: the next tag, else the previous, else null. */
export function focusAfterRemoval(items: readonly TagListItem[], id: Id): Id | null {
  const at = items.findIndex((item) => item.tag.id === id);
  if (at === -1) return null;
  return (items[at + 1] ?? items[at - 1])?.tag.id ?? null;
}

export interface DepthFlag {
  readonly title: string;
  readonly explanation: string;
}

const flagTitle = 'Description without analysis';

/** The "description but no analysis" warning, or null when the tags do not raise it. */
export function depthFlag(
  tags: readonly ReflectionTag[],
  model: ReflectionModel | null,
): DepthFlag | null {
  const check = descriptionWithoutAnalysis(tags, model);
  if (!check.descriptionWithoutAnalysis || check.message === null) return null;
  const body = check.message.startsWith(`${flagTitle}:`)
    ? check.message.slice(flagTitle.length + 1).trim()
    : check.message;
  return { title: flagTitle, explanation: body.charAt(0).toUpperCase() + body.slice(1) };
}

/** What the polite live region says after a tagging attempt. */
export function planMessage(plan: TagPlan, text: string): string {
  switch (plan.kind) {
    case 'empty':
      return 'Select a passage first';
    case 'already':
      return `Already tagged ${plan.tag.stage}: ${excerpt(text, plan.tag.start, plan.tag.end, nameExcerpt)}`;
    case 'add':
      return `Tagged ${plan.tag.stage}: ${excerpt(text, plan.tag.start, plan.tag.end, nameExcerpt)}`;
  }
}
