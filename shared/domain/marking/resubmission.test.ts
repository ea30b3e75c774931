import { describe, expect, it } from 'vitest';
import type { Assessment } from '../entities';
import { decisionProblems } from './decisionRules';
import { createHistory } from './history';
import {
  assessmentFields,
  emptyDraft,
  markingHistory,
  markingReducer,
  markOf,
} from './markingDraft';
import { carriedOverCriteria, reopenCriterion, startResubmission } from './resubmission';
import { testRubrics } from './testRubrics';

const rubrics = testRubrics();

/** Attempt 1: every criterion at Proficient except 'd2' at Not yet, with comments; not yet, resubmit d2. */
function firstAttempt(): Assessment {
  let draft = emptyDraft(rubrics);
  for (const [kind, rubric] of [
    ['demonstration', rubrics.demonstration],
    ['reflection', rubrics.reflection],
  ] as const) {
    for (const c of rubric.criteria) {
      draft = markingReducer(draft, {
        type: 'chooseLevel',
        rubric: kind,
        criterionId: c.id,
        levelId: c.levels[c.id === 'd2' ? 0 : 2]?.id ?? null,
      });
      draft = markingReducer(draft, {
        type: 'setComment',
        rubric: kind,
        criterionId: c.id,
        text: `On ${c.title}.`,
      });
    }
  }
  draft = markingReducer(draft, { type: 'setFeedback', text: 'Apply the theory.' });
  draft = markingReducer(draft, {
    type: 'decide',
    decision: 'not_yet',
    resubmitCriterionIds: ['d2'],
  });
  return {
    ...assessmentFields(draft),
    reflectionTags: [{ id: 't', start: 6, end: 11, stage: 'Describe', note: '' }],
    id: 'a1',
    submissionId: 's1',
    round: 'first',
    markerId: 'm',
    createdAt: '',
    updatedAt: '',
    finalisedAt: '',
  };
}

describe('startResubmission', () => {
  const previous = firstAttempt();

  it('carries over the criteria not returned and leaves returned ones unmarked', () => {
    const draft = startResubmission({ previous, rubrics });
    expect(markOf(draft, 'demonstration', 'd2')).toEqual({
      criterionId: 'd2',
      levelId: null,
      comment: '',
      carriedOver: false,
    });
    expect(markOf(draft, 'demonstration', 'd7')).toEqual({
      criterionId: 'd7',
      levelId: 'd10',
      comment: 'On Technical skill.',
      carriedOver: true,
    });
    expect(carriedOverCriteria(draft)).toHaveLength(6);
    expect(draft).toMatchObject({
      feedback: '',
      decision: null,
      override: null,
      resubmitCriterionIds: [],
      reflectionTags: [],
    });
    expect(decisionProblems(draft, rubrics)).toEqual([
      "Demonstration: 'Applies theory to the task' is not marked yet.",
      'Decide meets or not yet.',
    ]);
  });

  it('takes the returned criteria when given, and drops levels the rubric no longer has', () => {
    const draft = startResubmission({ previous, rubrics, returnedCriterionIds: ['r2', 'd7'] });
    expect(carriedOverCriteria(draft).map((c) => c.criterionId)).toEqual([
      'd2',
      'd12',
      'd17',
      'r7',
      'r12',
    ]);
    const changed = {
      ...rubrics,
      reflection: {
        ...rubrics.reflection,
        criteria: rubrics.reflection.criteria.map((c) =>
          c.id === 'r7' ? { ...c, levels: c.levels.slice(0, 2) } : c,
        ),
      },
    };
    const again = startResubmission({ previous, rubrics: changed });
    expect(markOf(again, 'reflection', 'r7')).toMatchObject({ levelId: null, carriedOver: false });
  });

  it('moves reflection tags with an edited reflection text', () => {
    const draft = startResubmission({
      previous,
      rubrics,
      previousReflectionText: 'First I met them.',
      reflectionText: 'Monday. First I met them.',
    });
    expect(draft.reflectionTags).toEqual([
      { id: 't', start: 14, end: 19, stage: 'Describe', note: '' },
    ]);
  });

  it('reopens a carried-over criterion, undoably', () => {
    const draft = startResubmission({ previous, rubrics });
    const reopened = reopenCriterion(draft, 'demonstration', 'd7');
    expect(markOf(reopened, 'demonstration', 'd7')).toMatchObject({
      levelId: null,
      comment: '',
      carriedOver: false,
    });
    expect(reopenCriterion(reopened, 'demonstration', 'd7')).toBe(reopened);
    let h = markingHistory(createHistory(draft), {
      type: 'reopenCriterion',
      rubric: 'demonstration',
      criterionId: 'd7',
    });
    expect(h.present).toEqual(reopened);
    h = markingHistory(h, { type: 'history/undo' });
    expect(h.present).toBe(draft);
  });

  it('makes an edited carried-over mark the assessor’s own', () => {
    const draft = startResubmission({ previous, rubrics });
    const edited = markingReducer(draft, {
      type: 'insertBankComment',
      rubric: 'reflection',
      criterionId: 'r2',
      text: 'Better.',
    });
    expect(markOf(edited, 'reflection', 'r2')).toMatchObject({
      comment: 'On Describe.\nBetter.',
      carriedOver: false,
    });
  });
});
