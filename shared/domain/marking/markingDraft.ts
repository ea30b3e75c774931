/**
 * The assessment being marked, as an immutable draft, and the reducer of the
 * marking actions (issue 5 §2–4). Wrapped by `markingHistory` for undo/redo.
 *
 * Decisions:
 * - The reducer knows no rubric: it records what the assessor chose, and
 *   `decisionRules.ts` judges it. A mark for a criterion not yet in the draft
 *   is added.
 * - An action that changes nothing returns the same draft (history skips it).
 * - Any edit of a carried-over mark (resubmission) makes it the assessor's own
 *   (`carriedOver: false`); `reopenCriterion` clears it for marking afresh.
 * - `insertBankComment` appends on a new line unless the comment is blank.
 * - `decide('meets')` drops the criteria to resubmit; `decide('not_yet')`
 *   drops the override. An option left out keeps what the draft has.
 *   An override reason is stored trimmed; a blank one means no override.
 * - `setReflectionSource` (tagging a reflection file's text) drops the tags,
 *   which pointed into another text; setting the same source changes nothing.
 * - `addTag` takes its id from the action (shared/ makes no ids) and merges
 *   with overlapping tags of its stage (tagRanges.ts); the UI normalises the
 *   selection against the text first.
 */
import { assertNever } from '../assertNever';
import type {
  Assessment,
  CriterionMark,
  Decision,
  ReflectionSource,
  ReflectionTag,
} from '../entities';
import type { Id } from '../ids';
import type { Rubric } from '../rubric';
import { withHistory, type Burst } from './history';
import { addTagRange, removeTagRange } from './tagRanges';

export type RubricKind = Rubric['kind'];

export interface MarkingRubrics {
  readonly demonstration: Rubric;
  readonly reflection: Rubric;
}

export interface DraftMark extends CriterionMark {
  /** Copied from the attempt before; shown as such until the assessor reopens or edits it. */
  readonly carriedOver: boolean;
}

export interface MarkingDraft {
  readonly demonstration: readonly DraftMark[];
  readonly reflection: readonly DraftMark[];
  readonly reflectionTags: readonly ReflectionTag[];
  /** The reflection file's text the tags point into (no typed reflection), or null. */
  readonly reflectionSource: ReflectionSource | null;
  readonly feedback: string;
  readonly decision: Decision | null;
  readonly resubmitCriterionIds: readonly Id[];
  readonly override: { readonly reason: string } | null;
}

/** Typing bursts: edits with the same key less than 1 s apart undo as one step. */
interface Typing {
  readonly coalesceKey?: string;
  readonly at?: number;
}

interface OnCriterion {
  readonly rubric: RubricKind;
  readonly criterionId: Id;
}

export type MarkingAction =
  | (OnCriterion & { readonly type: 'chooseLevel'; readonly levelId: Id | null })
  | (OnCriterion & Typing & { readonly type: 'setComment'; readonly text: string })
  | (OnCriterion & { readonly type: 'insertBankComment'; readonly text: string })
  | (OnCriterion & { readonly type: 'reopenCriterion' })
  | { readonly type: 'addTag'; readonly tag: ReflectionTag }
  | { readonly type: 'removeTag'; readonly id: Id }
  | { readonly type: 'setReflectionSource'; readonly source: ReflectionSource | null }
  | (Typing & { readonly type: 'setFeedback'; readonly text: string })
  | (Typing & {
      readonly type: 'decide';
      readonly decision: Decision;
      readonly resubmitCriterionIds?: readonly Id[];
      /** Typed into the reason field: a burst of it undoes as one step. */
      readonly overrideReason?: string;
    })
  | { readonly type: 'clearDecision' };

function blankMark(criterionId: Id): DraftMark {
  return { criterionId, levelId: null, comment: '', carriedOver: false };
}

/** Every criterion of both rubrics, unmarked, in rubric order. */
export function emptyDraft(rubrics: MarkingRubrics): MarkingDraft {
  return {
    demonstration: rubrics.demonstration.criteria.map((c) => blankMark(c.id)),
    reflection: rubrics.reflection.criteria.map((c) => blankMark(c.id)),
    reflectionTags: [],
    reflectionSource: null,
    feedback: '',
    decision: null,
    resubmitCriterionIds: [],
    override: null,
  };
}

/** The draft of a stored assessment; its `carriedOverCriterionIds` mark the carried-over marks. */
export function draftFromAssessment(assessment: Assessment): MarkingDraft {
  const carried = new Set(assessment.carriedOverCriterionIds);
  const own = (m: CriterionMark): DraftMark => ({ ...m, carriedOver: carried.has(m.criterionId) });
  return {
    demonstration: assessment.demonstration.map(own),
    reflection: assessment.reflection.map(own),
    reflectionTags: assessment.reflectionTags,
    reflectionSource: assessment.reflectionSource,
    feedback: assessment.feedback,
    decision: assessment.decision,
    resubmitCriterionIds: assessment.resubmitCriterionIds,
    override: assessment.override,
  };
}

type MarkingFields = Pick<
  Assessment,
  | 'demonstration'
  | 'reflection'
  | 'reflectionTags'
  | 'feedback'
  | 'decision'
  | 'resubmitCriterionIds'
  | 'override'
  | 'carriedOverCriterionIds'
  | 'reflectionSource'
>;

/** The fields an `Assessment` stores (`carriedOver` becomes `carriedOverCriterionIds`). */
export function assessmentFields(draft: MarkingDraft): MarkingFields {
  const stored = ({ criterionId, levelId, comment }: DraftMark): CriterionMark => ({
    criterionId,
    levelId,
    comment,
  });
  return {
    ...draft,
    demonstration: draft.demonstration.map(stored),
    reflection: draft.reflection.map(stored),
    carriedOverCriterionIds: [...draft.demonstration, ...draft.reflection]
      .filter((m) => m.carriedOver)
      .map((m) => m.criterionId),
  };
}

export function markOf(draft: MarkingDraft, rubric: RubricKind, criterionId: Id): DraftMark {
  return draft[rubric].find((m) => m.criterionId === criterionId) ?? blankMark(criterionId);
}

function sameMark(a: DraftMark, b: DraftMark): boolean {
  return a.levelId === b.levelId && a.comment === b.comment && a.carriedOver === b.carriedOver;
}

function updateMark(
  draft: MarkingDraft,
  { rubric, criterionId }: OnCriterion,
  change: (mark: DraftMark) => DraftMark,
): MarkingDraft {
  const marks = draft[rubric];
  const index = marks.findIndex((m) => m.criterionId === criterionId);
  const current = marks[index] ?? blankMark(criterionId);
  const next = change(current);
  if (sameMark(current, next)) return draft;
  const updated = index === -1 ? [...marks, next] : marks.with(index, next);
  return rubric === 'demonstration'
    ? { ...draft, demonstration: updated }
    : { ...draft, reflection: updated };
}

/** The comment with a bank comment added: on a new line unless the comment is blank. */
export function appendComment(current: string, addition: string): string {
  if (addition === '') return current;
  if (current.trim() === '') return addition;
  return current.endsWith('\n') ? current + addition : `${current}\n${addition}`;
}

function sameIds(a: readonly Id[], b: readonly Id[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function decide(
  draft: MarkingDraft,
  action: Extract<MarkingAction, { type: 'decide' }>,
): MarkingDraft {
  const reason = action.overrideReason?.trim();
  const override =
    action.decision === 'not_yet'
      ? null
      : reason === undefined
        ? draft.override
        : reason === ''
          ? null
          : { reason };
  const resubmit =
    action.decision === 'meets'
      ? []
      : [...new Set(action.resubmitCriterionIds ?? draft.resubmitCriterionIds)];
  const unchanged =
    draft.decision === action.decision &&
    sameIds(draft.resubmitCriterionIds, resubmit) &&
    draft.override?.reason === override?.reason;
  return unchanged
    ? draft
    : { ...draft, decision: action.decision, resubmitCriterionIds: resubmit, override };
}

/** Applies one marking action. Pure: returns the same draft when nothing changes. */
export function markingReducer(draft: MarkingDraft, action: MarkingAction): MarkingDraft {
  switch (action.type) {
    case 'chooseLevel':
      return updateMark(draft, action, (m) => ({
        ...m,
        levelId: action.levelId,
        carriedOver: false,
      }));
    case 'setComment':
      return updateMark(draft, action, (m) => ({ ...m, comment: action.text, carriedOver: false }));
    case 'insertBankComment':
      return updateMark(draft, action, (m) => ({
        ...m,
        comment: appendComment(m.comment, action.text),
        carriedOver: m.carriedOver && action.text === '',
      }));
    case 'reopenCriterion':
      return updateMark(draft, action, (m) => (m.carriedOver ? blankMark(m.criterionId) : m));
    case 'addTag': {
      const tags = addTagRange(draft.reflectionTags, action.tag);
      return tags === draft.reflectionTags ? draft : { ...draft, reflectionTags: tags };
    }
    case 'removeTag': {
      const tags = removeTagRange(draft.reflectionTags, action.id);
      return tags === draft.reflectionTags ? draft : { ...draft, reflectionTags: tags };
    }
    case 'setReflectionSource': {
      const same =
        draft.reflectionSource?.sha256 === action.source?.sha256 &&
        draft.reflectionSource?.text === action.source?.text;
      // Tags point into the text they were made on: another text starts without them.
      return same ? draft : { ...draft, reflectionSource: action.source, reflectionTags: [] };
    }
    case 'setFeedback':
      return draft.feedback === action.text ? draft : { ...draft, feedback: action.text };
    case 'decide':
      return decide(draft, action);
    case 'clearDecision':
      return draft.decision === null &&
        draft.override === null &&
        draft.resubmitCriterionIds.length === 0
        ? draft
        : { ...draft, decision: null, resubmitCriterionIds: [], override: null };
    default:
      return assertNever(action);
  }
}

/** The typing burst of a comment or feedback edit that carries a key and a time. */
export function markingBurst(action: MarkingAction): Burst | null {
  switch (action.type) {
    case 'setComment':
      return action.coalesceKey === undefined || action.at === undefined
        ? null
        : {
            key: `comment:${action.rubric}:${action.criterionId}:${action.coalesceKey}`,
            at: action.at,
          };
    case 'setFeedback':
      return action.coalesceKey === undefined || action.at === undefined
        ? null
        : { key: `feedback:${action.coalesceKey}`, at: action.at };
    case 'decide':
      // Only typing the reason merges; choosing a decision is always its own step.
      return action.coalesceKey === undefined ||
        action.at === undefined ||
        action.overrideReason === undefined
        ? null
        : { key: `override:${action.decision}:${action.coalesceKey}`, at: action.at };
    case 'chooseLevel':
    case 'insertBankComment':
    case 'reopenCriterion':
    case 'addTag':
    case 'removeTag':
    case 'setReflectionSource':
    case 'clearDecision':
      return null;
    default:
      return assertNever(action);
  }
}

/** The marking reducer with undo/redo (history of 200 steps, typing coalesced). */
export const markingHistory = withHistory(markingReducer, { burstOf: markingBurst });
