import { describe, expect, it } from 'vitest';
import type { Rubric } from '../rubric';
import {
  canDecide,
  decisionProblems,
  markingStatus,
  overrideReasonProblem,
  type DecisionProblemCode,
} from './decisionRules';
import { emptyDraft, markingReducer, type MarkingDraft, type RubricKind } from './markingDraft';
import { testRubrics } from './testRubrics';

const rubrics = testRubrics();
const validReason = 'Supervisor attested the missing evidence in person.';

/** Every criterion of `rubric` at level `index`; `skipFirst` leaves the first one unmarked. */
function marked(
  draft: MarkingDraft,
  kind: RubricKind,
  rubric: Rubric,
  index: number,
  skipFirst = false,
) {
  return rubric.criteria.reduce(
    (d, c, i) =>
      skipFirst && i === 0
        ? d
        : markingReducer(d, {
            type: 'chooseLevel',
            rubric: kind,
            criterionId: c.id,
            levelId: c.levels[index]?.id ?? null,
          }),
    draft,
  );
}

function draftWith(options: {
  demonstrationPasses: boolean;
  reflectionPasses: boolean;
  complete?: boolean;
  feedback?: string;
}): MarkingDraft {
  let d = marked(
    emptyDraft(rubrics),
    'demonstration',
    rubrics.demonstration,
    options.demonstrationPasses ? 2 : 1,
    options.complete === false,
  );
  d = marked(d, 'reflection', rubrics.reflection, options.reflectionPasses ? 3 : 0);
  return { ...d, feedback: options.feedback ?? '' };
}

const reasons = {
  none: null,
  blank: '      \n\t        \n                ',
  short: 'Seen it myself.',
  padded: 'too        short       ',
  valid: validReason,
} as const;
type ReasonKind = keyof typeof reasons;

describe('markingStatus', () => {
  it('is complete when every required criterion has a level', () => {
    expect(
      markingStatus(draftWith({ demonstrationPasses: true, reflectionPasses: true }), rubrics),
    ).toMatchObject({
      complete: true,
      passRulesHold: true,
    });
    const partial = markingStatus(
      draftWith({ demonstrationPasses: true, reflectionPasses: true, complete: false }),
      rubrics,
    );
    expect(partial.complete).toBe(false);
    expect(partial.unmarkedRequired).toEqual([
      { rubric: 'demonstration', criterionId: 'd2', title: 'Applies theory to the task' },
    ]);
  });

  it('ignores unmarked optional criteria', () => {
    const optional = {
      ...rubrics,
      reflection: {
        ...rubrics.reflection,
        criteria: rubrics.reflection.criteria.map((c, i) => ({ ...c, required: i !== 0 })),
      },
    };
    const d = markingReducer(draftWith({ demonstrationPasses: true, reflectionPasses: true }), {
      type: 'chooseLevel',
      rubric: 'reflection',
      criterionId: 'r2',
      levelId: null,
    });
    expect(markingStatus(d, optional).complete).toBe(true);
    expect(markingStatus(d, rubrics).complete).toBe(false);
  });
});

describe('meets: every combination of pass rules and override reason', () => {
  // [demonstration passes, reflection passes, reason] → [allowed, needsLeadReview, problem codes]
  const table: readonly [
    boolean,
    boolean,
    ReasonKind,
    boolean,
    boolean,
    readonly DecisionProblemCode[],
  ][] = [
    [true, true, 'none', true, false, []],
    [true, true, 'blank', true, false, []],
    [true, true, 'short', true, false, []],
    [true, true, 'padded', true, false, []],
    [true, true, 'valid', true, false, []],
    [
      true,
      false,
      'none',
      false,
      true,
      ['pass_rule', 'pass_rule', 'pass_rule', 'override_reason_missing'],
    ],
    [
      true,
      false,
      'blank',
      false,
      true,
      ['pass_rule', 'pass_rule', 'pass_rule', 'override_reason_missing'],
    ],
    [
      true,
      false,
      'short',
      false,
      true,
      ['pass_rule', 'pass_rule', 'pass_rule', 'override_reason_short'],
    ],
    [
      true,
      false,
      'padded',
      false,
      true,
      ['pass_rule', 'pass_rule', 'pass_rule', 'override_reason_short'],
    ],
    [true, false, 'valid', true, true, []],
    [
      false,
      true,
      'none',
      false,
      true,
      ['pass_rule', 'pass_rule', 'pass_rule', 'pass_rule', 'pass_rule', 'override_reason_missing'],
    ],
    [
      false,
      true,
      'blank',
      false,
      true,
      ['pass_rule', 'pass_rule', 'pass_rule', 'pass_rule', 'pass_rule', 'override_reason_missing'],
    ],
    [
      false,
      true,
      'short',
      false,
      true,
      ['pass_rule', 'pass_rule', 'pass_rule', 'pass_rule', 'pass_rule', 'override_reason_short'],
    ],
    [
      false,
      true,
      'padded',
      false,
      true,
      ['pass_rule', 'pass_rule', 'pass_rule', 'pass_rule', 'pass_rule', 'override_reason_short'],
    ],
    [false, true, 'valid', true, true, []],
    [
      false,
      false,
      'none',
      false,
      true,
      [...Array<DecisionProblemCode>(8).fill('pass_rule'), 'override_reason_missing'],
    ],
    [
      false,
      false,
      'blank',
      false,
      true,
      [...Array<DecisionProblemCode>(8).fill('pass_rule'), 'override_reason_missing'],
    ],
    [
      false,
      false,
      'short',
      false,
      true,
      [...Array<DecisionProblemCode>(8).fill('pass_rule'), 'override_reason_short'],
    ],
    [
      false,
      false,
      'padded',
      false,
      true,
      [...Array<DecisionProblemCode>(8).fill('pass_rule'), 'override_reason_short'],
    ],
    [false, false, 'valid', true, true, []],
  ];
  it.each(table)(
    'demonstration %s, reflection %s, reason %s → allowed %s, lead %s',
    (demonstrationPasses, reflectionPasses, reason, allowed, lead, codes) => {
      const draft = draftWith({ demonstrationPasses, reflectionPasses });
      const check = canDecide(draft, rubrics, {
        decision: 'meets',
        resubmitCriterionIds: [],
        overrideReason: reasons[reason],
      });
      expect(check.allowed).toBe(allowed);
      expect(check.needsLeadReview).toBe(lead);
      expect(check.problems.map((p) => p.code)).toEqual(codes);
      expect(check.leadReviewReasons.length > 0).toBe(lead);
      if (allowed) {
        expect(check.resolved).toEqual({
          decision: 'meets',
          resubmitCriterionIds: [],
          override: lead ? { reason: validReason } : null,
        });
      } else {
        expect(check.resolved).toBeNull();
      }
    },
  );

  it('says why the lead must look', () => {
    const check = canDecide(
      draftWith({ demonstrationPasses: true, reflectionPasses: false }),
      rubrics,
      {
        decision: 'meets',
        resubmitCriterionIds: [],
        overrideReason: validReason,
      },
    );
    expect(check.leadReviewReasons[0]).toBe(`Decided meets against the pass rules: ${validReason}`);
    expect(check.leadReviewReasons[1]).toBe(
      "Reflection: 'Describe' is at 'Not yet'; it needs 'Proficient' or above.",
    );
  });

  it.each(['none', 'valid'] as const)(
    'needs complete marking even with an override (%s)',
    (reason) => {
      const draft = draftWith({
        demonstrationPasses: false,
        reflectionPasses: false,
        complete: false,
      });
      const check = canDecide(draft, rubrics, {
        decision: 'meets',
        resubmitCriterionIds: [],
        overrideReason: reasons[reason],
      });
      expect(check.allowed).toBe(false);
      expect(check.needsLeadReview).toBe(false);
      expect(check.problems.map((p) => p.message)).toEqual([
        "Demonstration: 'Applies theory to the task' is not marked yet.",
      ]);
    },
  );
});

describe('not yet: every combination of criteria, feedback and completeness', () => {
  const resubmits = { none: [], known: ['d2', 'r2'], unknown: ['zzz'] } as const;
  const feedbacks = { empty: '', blank: ' \n ', written: 'Redo the analysis.' } as const;
  const rows = (['none', 'known', 'unknown'] as const).flatMap((r) =>
    (['empty', 'blank', 'written'] as const).flatMap((f) =>
      [true, false].map((c) => [r, f, c] as const),
    ),
  );
  it.each(rows)('resubmit %s, feedback %s, complete %s', (resubmit, feedback, complete) => {
    const draft = draftWith({
      demonstrationPasses: false,
      reflectionPasses: true,
      complete,
      feedback: feedbacks[feedback],
    });
    const check = canDecide(draft, rubrics, {
      decision: 'not_yet',
      resubmitCriterionIds: resubmits[resubmit],
      overrideReason: validReason,
    });
    const expected: DecisionProblemCode[] = [];
    if (!complete) expected.push('not_marked');
    if (resubmit === 'none') expected.push('no_resubmit_criteria');
    if (resubmit === 'unknown') expected.push('unknown_resubmit_criterion');
    if (feedback !== 'written') expected.push('no_feedback');
    expect(check.problems.map((p) => p.code)).toEqual(expected);
    expect(check.allowed).toBe(expected.length === 0);
    expect(check.needsLeadReview).toBe(false);
    expect(check.resolved).toEqual(
      expected.length === 0
        ? { decision: 'not_yet', resubmitCriterionIds: ['d2', 'r2'], override: null }
        : null,
    );
  });
});

describe('the decision recorded in the draft', () => {
  it('is judged by default, with human-readable problems', () => {
    const draft = draftWith({ demonstrationPasses: true, reflectionPasses: true });
    expect(decisionProblems(draft, rubrics)).toEqual(['Decide meets or not yet.']);
    const notYet = markingReducer(draft, { type: 'decide', decision: 'not_yet' });
    expect(decisionProblems(notYet, rubrics)).toEqual([
      'Choose at least one criterion for the learner to resubmit.',
      'Write feedback telling the learner what to do for the resubmission.',
    ]);
    const meets = markingReducer(notYet, { type: 'decide', decision: 'meets' });
    expect(canDecide(meets, rubrics).allowed).toBe(true);
  });

  it('becomes invalid when a level changes under a meets decision', () => {
    const meets = markingReducer(draftWith({ demonstrationPasses: true, reflectionPasses: true }), {
      type: 'decide',
      decision: 'meets',
    });
    const lowered = markingReducer(meets, {
      type: 'chooseLevel',
      rubric: 'demonstration',
      criterionId: 'd2',
      levelId: 'd3',
    });
    expect(decisionProblems(lowered, rubrics)).toEqual([
      "Demonstration: 'Applies theory to the task' is at 'Not yet'; it needs 'Proficient' or above.",
      'Demonstration: The total is 10 of 16; it needs at least 12.',
      'Write why you decide meets against the pass rules.',
    ]);
  });
});

describe('overrideReasonProblem', () => {
  it.each([
    [null, 'Write why you decide meets against the pass rules.'],
    ['   ', 'Write why you decide meets against the pass rules.'],
    ['a'.repeat(19), 'The override reason is too short (19 characters): write at least 20.'],
    ['a'.repeat(20), null],
    [`  ${'👍🏽'.repeat(20)}  `, null],
    ['👍🏽'.repeat(10), 'The override reason is too short (10 characters): write at least 20.'],
    ['a                  b', 'The override reason is too short (3 characters): write at least 20.'],
  ])('%j → %j', (reason, expected) => {
    expect(overrideReasonProblem(reason)).toBe(expected);
  });
});
