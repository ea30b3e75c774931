/**
 * Attempt 2's starting draft (issue 5 §8): the criteria not returned for
 * resubmission carry over from attempt 1 (level and comment, marked
 * `carriedOver` so the UI shows them and lets the assessor reopen them); the
 * returned criteria start unmarked.
 *
 * Decisions:
 * - Marks follow the rubrics given (the version attempt 2 is marked against):
 *   a criterion attempt 1 did not have starts unmarked, and so does a carried
 *   mark whose level is not in the rubric any more.
 * - A criterion attempt 1 left without a level does not count as carried over.
 * - Feedback, decision and override start afresh. Reflection tags carry over
 *   only when both reflection texts are given: they move with the text
 *   (`remapTagsAfterEdit`); otherwise they point into a text that is gone.
 * - Reopening clears the level and comment (attempt 1's stay beside it).
 */
import type { Assessment } from '../entities';
import type { Id } from '../ids';
import type { RubricCriterion } from '../rubric';
import {
  emptyDraft,
  markingReducer,
  type DraftMark,
  type MarkingDraft,
  type MarkingRubrics,
  type RubricKind,
} from './markingDraft';
import { remapTagsAfterEdit } from './tagRanges';

export interface ResubmissionInput {
  readonly previous: Assessment;
  readonly rubrics: MarkingRubrics;
  /** Defaults to the previous assessment's `resubmitCriterionIds`. */
  readonly returnedCriterionIds?: readonly Id[];
  readonly previousReflectionText?: string | null;
  readonly reflectionText?: string | null;
}

export function startResubmission(input: ResubmissionInput): MarkingDraft {
  const { previous, rubrics } = input;
  const returned = new Set(input.returnedCriterionIds ?? previous.resubmitCriterionIds);
  const carry = (rubric: RubricKind, criterion: RubricCriterion): DraftMark => {
    const before = previous[rubric].find((m) => m.criterionId === criterion.id);
    const levelKnown = criterion.levels.some((l) => l.id === before?.levelId);
    if (before === undefined || returned.has(criterion.id) || !levelKnown) {
      return { criterionId: criterion.id, levelId: null, comment: '', carriedOver: false };
    }
    return { ...before, carriedOver: true };
  };
  const oldText = input.previousReflectionText;
  const newText = input.reflectionText;
  const tags =
    typeof oldText === 'string' && typeof newText === 'string'
      ? remapTagsAfterEdit(oldText, newText, previous.reflectionTags)
      : [];
  return {
    ...emptyDraft(rubrics),
    demonstration: rubrics.demonstration.criteria.map((c) => carry('demonstration', c)),
    reflection: rubrics.reflection.criteria.map((c) => carry('reflection', c)),
    reflectionTags: tags,
  };
}

/** The criteria that carried over and have not been reopened or edited. */
export function carriedOverCriteria(
  draft: MarkingDraft,
): readonly { readonly rubric: RubricKind; readonly criterionId: Id }[] {
  const kinds: readonly RubricKind[] = ['demonstration', 'reflection'];
  return kinds.flatMap((rubric) =>
    draft[rubric].filter((m) => m.carriedOver).map((m) => ({ rubric, criterionId: m.criterionId })),
  );
}

/** Reopens a carried-over criterion for marking afresh (undoable as a `reopenCriterion` action). */
export function reopenCriterion(
  draft: MarkingDraft,
  rubric: RubricKind,
  criterionId: Id,
): MarkingDraft {
  return markingReducer(draft, { type: 'reopenCriterion', rubric, criterionId });
}
