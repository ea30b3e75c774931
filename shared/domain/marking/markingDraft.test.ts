import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../entities';
import { createHistory, withHistory, type History } from './history';
import {
  appendComment,
  assessmentFields,
  draftFromAssessment,
  emptyDraft,
  markOf,
  markingBurst,
  markingHistory,
  markingReducer,
  type MarkingAction,
  type MarkingDraft,
} from './markingDraft';
import { testRubrics } from './testRubrics';

const rubrics = testRubrics();
const start = emptyDraft(rubrics);
const [c1, c2] = rubrics.demonstration.criteria;
const r1 = rubrics.reflection.criteria[0];
const c1Levels = c1?.levels.map((l) => l.id) ?? [];

function run(draft: MarkingDraft, ...actions: readonly MarkingAction[]): MarkingDraft {
  return actions.reduce(markingReducer, draft);
}

describe('markingReducer', () => {
  it('starts with every criterion unmarked', () => {
    expect(start.demonstration).toHaveLength(4);
    expect(start.reflection).toHaveLength(3);
    expect(start.demonstration.every((m) => m.levelId === null && !m.carriedOver)).toBe(true);
  });

  it('chooses and clears a level', () => {
    const chosen = run(start, {
      type: 'chooseLevel',
      rubric: 'demonstration',
      criterionId: 'd2',
      levelId: 'd5',
    });
    expect(markOf(chosen, 'demonstration', 'd2').levelId).toBe('d5');
    expect(chosen.reflection).toBe(start.reflection);
    const cleared = run(chosen, {
      type: 'chooseLevel',
      rubric: 'demonstration',
      criterionId: 'd2',
      levelId: null,
    });
    expect(markOf(cleared, 'demonstration', 'd2').levelId).toBeNull();
  });

  it('returns the same draft when nothing changes', () => {
    const same: readonly MarkingAction[] = [
      { type: 'chooseLevel', rubric: 'reflection', criterionId: 'r2', levelId: null },
      { type: 'setComment', rubric: 'demonstration', criterionId: 'd2', text: '' },
      { type: 'insertBankComment', rubric: 'demonstration', criterionId: 'd2', text: '' },
      { type: 'reopenCriterion', rubric: 'demonstration', criterionId: 'd2' },
      { type: 'removeTag', id: 'nope' },
      { type: 'setFeedback', text: '' },
      { type: 'clearDecision' },
      { type: 'addTag', tag: { id: 't', start: 4, end: 4, stage: 'Describe', note: '' } },
    ];
    for (const action of same) expect(markingReducer(start, action)).toBe(start);
  });

  it('adds a mark for a criterion the draft did not have', () => {
    const added = run(start, {
      type: 'setComment',
      rubric: 'reflection',
      criterionId: 'extra',
      text: 'Hi',
    });
    expect(added.reflection.at(-1)).toEqual({
      criterionId: 'extra',
      levelId: null,
      comment: 'Hi',
      carriedOver: false,
    });
  });

  it('inserts bank comments on a new line unless the comment is blank', () => {
    expect(appendComment('', 'Good.')).toBe('Good.');
    expect(appendComment('  ', 'Good.')).toBe('Good.');
    expect(appendComment('Clear.', 'Good.')).toBe('Clear.\nGood.');
    expect(appendComment('Clear.\n', 'Good.')).toBe('Clear.\nGood.');
    const draft = run(
      start,
      { type: 'insertBankComment', rubric: 'reflection', criterionId: 'r2', text: 'One.' },
      { type: 'insertBankComment', rubric: 'reflection', criterionId: 'r2', text: 'Two.' },
    );
    expect(markOf(draft, 'reflection', 'r2').comment).toBe('One.\nTwo.');
  });

  it('adds tags (merging the same stage) and removes them', () => {
    const tagged = run(
      start,
      { type: 'addTag', tag: { id: 'a', start: 0, end: 5, stage: 'Describe', note: 'x' } },
      { type: 'addTag', tag: { id: 'b', start: 3, end: 9, stage: 'Describe', note: 'y' } },
      { type: 'addTag', tag: { id: 'c', start: 3, end: 9, stage: 'Examine', note: '' } },
    );
    expect(tagged.reflectionTags).toEqual([
      { id: 'a', start: 0, end: 9, stage: 'Describe', note: 'x\ny' },
      { id: 'c', start: 3, end: 9, stage: 'Examine', note: '' },
    ]);
    expect(run(tagged, { type: 'removeTag', id: 'a' }).reflectionTags.map((t) => t.id)).toEqual([
      'c',
    ]);
  });

  it('decides meets (dropping resubmit criteria) and not yet (dropping the override)', () => {
    const notYet = run(start, {
      type: 'decide',
      decision: 'not_yet',
      resubmitCriterionIds: ['d1', 'd1', 'r2'],
    });
    expect(notYet).toMatchObject({ decision: 'not_yet', resubmitCriterionIds: ['d1', 'r2'] });
    const meets = run(notYet, {
      type: 'decide',
      decision: 'meets',
      overrideReason: '  Evidence from the supervisor outweighs it.  ',
    });
    expect(meets).toMatchObject({
      decision: 'meets',
      resubmitCriterionIds: [],
      override: { reason: 'Evidence from the supervisor outweighs it.' },
    });
    expect(run(meets, { type: 'decide', decision: 'meets' }).override).toEqual(meets.override);
    expect(run(meets, { type: 'decide', decision: 'meets', overrideReason: ' ' }).override).toBe(
      null,
    );
    expect(run(meets, { type: 'decide', decision: 'not_yet' }).override).toBeNull();
    expect(run(meets, { type: 'decide', decision: 'meets' })).toBe(meets);
    expect(run(meets, { type: 'clearDecision' })).toMatchObject({
      decision: null,
      override: null,
      resubmitCriterionIds: [],
    });
  });

  it('round-trips through the assessment fields', () => {
    const draft = run(start, { type: 'setFeedback', text: 'Well done.' });
    const stored = assessmentFields(draft);
    expect(stored.demonstration[0]).toEqual({ criterionId: 'd2', levelId: null, comment: '' });
    const assessment = {
      ...stored,
      id: 'a',
      submissionId: 's',
      round: 'first',
      markerId: 'm',
      createdAt: '',
      updatedAt: '',
      finalisedAt: null,
    } satisfies Assessment;
    expect(draftFromAssessment(assessment)).toEqual(draft);
  });
});

// ---- undo / redo of marking actions ----

const criterionArb = fc.constantFrom(
  { rubric: 'demonstration' as const, id: c1?.id ?? '' },
  { rubric: 'demonstration' as const, id: c2?.id ?? '' },
  { rubric: 'reflection' as const, id: r1?.id ?? '' },
);
const textArb = fc.string({ maxLength: 6 });
const actionArb: fc.Arbitrary<MarkingAction> = fc.oneof(
  fc
    .tuple(criterionArb, fc.option(fc.constantFrom(...c1Levels), { nil: null }))
    .map(([c, levelId]) => ({
      type: 'chooseLevel' as const,
      rubric: c.rubric,
      criterionId: c.id,
      levelId,
    })),
  fc
    .tuple(criterionArb, textArb, fc.constantFrom('k1', 'k2'), fc.nat(3000))
    .map(([c, text, coalesceKey, at]) => ({
      type: 'setComment' as const,
      rubric: c.rubric,
      criterionId: c.id,
      text,
      coalesceKey,
      at,
    })),
  fc.tuple(criterionArb, textArb).map(([c, text]) => ({
    type: 'insertBankComment' as const,
    rubric: c.rubric,
    criterionId: c.id,
    text,
  })),
  fc
    .tuple(
      fc.constantFrom('t1', 't2', 't3'),
      fc.nat(20),
      fc.nat(20),
      fc.constantFrom('Describe', 'Examine'),
    )
    .map(([id, a, b, stage]) => ({
      type: 'addTag' as const,
      tag: { id, start: Math.min(a, b), end: Math.max(a, b), stage, note: '' },
    })),
  fc.constantFrom('t1', 't2', 't3').map((id) => ({ type: 'removeTag' as const, id })),
  fc.tuple(textArb, fc.nat(3000)).map(([text, at]) => ({
    type: 'setFeedback' as const,
    text,
    coalesceKey: 'f',
    at,
  })),
  fc
    .tuple(
      fc.constantFrom('meets' as const, 'not_yet' as const),
      fc.option(textArb, { nil: undefined }),
    )
    .map(([decision, overrideReason]) => ({
      type: 'decide' as const,
      decision,
      overrideReason,
      resubmitCriterionIds: [r1?.id ?? ''],
    })),
  fc.constant({ type: 'clearDecision' as const }),
);

/** Drops the typing burst so nothing coalesces: one action, one step. */
function plain(action: MarkingAction): MarkingAction {
  if (action.type !== 'setComment' && action.type !== 'setFeedback' && action.type !== 'decide') {
    return action;
  }
  return { ...action, coalesceKey: undefined, at: undefined };
}

function apply(history: History<MarkingDraft>, actions: readonly MarkingAction[]) {
  return actions.reduce(markingHistory, history);
}

/** Runs the actions through a history whose reducer records every state it makes, by reference. */
function recorded(actions: readonly MarkingAction[]) {
  const states: MarkingDraft[] = [start];
  const reduce = withHistory(
    (draft: MarkingDraft, action: MarkingAction) => {
      const next = markingReducer(draft, action);
      states.push(next);
      return next;
    },
    { burstOf: markingBurst },
  );
  return { history: actions.reduce(reduce, createHistory(start)), states };
}

describe('reflection file source', () => {
  const source = { sha256: 'a'.repeat(64), text: 'I described the site, then I examined why.' };
  const tag = { id: 't1', start: 0, end: 10, stage: 'Describe', note: '' };

  it('sets the text tags point into, dropping tags made on another text', () => {
    const tagged = run(start, { type: 'addTag', tag });
    const sourced = run(tagged, { type: 'setReflectionSource', source });
    expect(sourced.reflectionSource).toEqual(source);
    expect(sourced.reflectionTags).toEqual([]);
    const again = run(sourced, { type: 'addTag', tag });
    expect(run(again, { type: 'setReflectionSource', source: { ...source } })).toBe(again);
  });

  it('is stored with the assessment and read back', () => {
    const sourced = run(start, { type: 'setReflectionSource', source }, { type: 'addTag', tag });
    expect(assessmentFields(sourced).reflectionSource).toEqual(source);
    const undone = markingHistory(
      markingHistory(createHistory(start), { type: 'setReflectionSource', source }),
      { type: 'history/undo' },
    );
    expect(undone.present.reflectionSource).toBeNull();
  });
});

describe('markingHistory', () => {
  it('undo after any sequence restores each earlier state exactly, and redo replays them', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (raw) => {
        const { history, states: made } = recorded(raw.map(plain));
        const states = made.filter((s, i) => i === 0 || s !== made[i - 1]);
        let h = history;
        expect(h.present).toBe(states.at(-1));
        for (let i = states.length - 2; i >= 0; i--) {
          h = markingHistory(h, { type: 'history/undo' });
          expect(h.present).toBe(states[i]);
        }
        expect(markingHistory(h, { type: 'history/undo' })).toBe(h);
        for (let i = 1; i < states.length; i++) {
          h = markingHistory(h, { type: 'history/redo' });
          expect(h.present).toBe(states[i]);
        }
        expect(markingHistory(h, { type: 'history/redo' })).toBe(h);
      }),
    );
  });

  it('with typing coalesced, undo still walks back through earlier states to the start', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        const { history, states } = recorded(actions);
        let h = history;
        let index = states.length;
        while (h.past.length > 0) {
          h = markingHistory(h, { type: 'history/undo' });
          const found = index === 0 ? -1 : states.lastIndexOf(h.present, index - 1);
          expect(found).toBeGreaterThanOrEqual(0);
          index = found;
        }
        expect(h.present).toBe(start);
      }),
    );
  });

  it('a new action after undo clears the redo stack', () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { minLength: 1, maxLength: 20 }),
        actionArb,
        (actions, next) => {
          const undone = markingHistory(apply(createHistory(start), actions.map(plain)), {
            type: 'history/undo',
          });
          const after = markingHistory(undone, plain(next));
          if (after !== undone) {
            expect(after.future).toEqual([]);
            expect(markingHistory(after, { type: 'history/redo' })).toBe(after);
          }
        },
      ),
    );
  });

  it('coalesces a typing burst into one step, and splits on a pause or another field', () => {
    const type = (text: string, at: number, criterionId = c1?.id ?? ''): MarkingAction => ({
      type: 'setComment',
      rubric: 'demonstration',
      criterionId,
      text,
      coalesceKey: 'box',
      at,
    });
    let h = apply(createHistory(start), [
      type('G', 0),
      type('Go', 300),
      type('Goo', 900),
      type('Good', 1800),
    ]);
    expect(h.past).toHaveLength(1);
    h = apply(h, [type('Good ', 3000)]);
    expect(h.past).toHaveLength(2);
    h = apply(h, [type('x', 3100, c2?.id)]);
    expect(h.past).toHaveLength(3);
    h = markingHistory(h, { type: 'history/undo' });
    h = markingHistory(h, { type: 'history/undo' });
    expect(markOf(h.present, 'demonstration', c1?.id ?? '').comment).toBe('Good');
    h = markingHistory(h, { type: 'history/undo' });
    expect(h.present).toBe(start);
  });

  it('keeps at most 200 steps', () => {
    const actions = Array.from({ length: 250 }, (_, i): MarkingAction => ({
      type: 'setFeedback',
      text: `v${i}`,
    }));
    let h = apply(createHistory(start), actions);
    expect(h.past).toHaveLength(200);
    for (let i = 0; i < 300; i++) h = markingHistory(h, { type: 'history/undo' });
    expect(h.present.feedback).toBe('v49');
  });
});

describe('the override reason', () => {
  it('typed in one burst undoes as one step, leaving the decision chosen before it', () => {
    const typed = (text: string, at: number): MarkingAction => ({
      type: 'decide',
      decision: 'meets',
      overrideReason: text,
      coalesceKey: 'typing',
      at,
    });
    const history = apply(createHistory(start), [
      { type: 'decide', decision: 'meets' },
      typed('T', 1000),
      typed('Th', 1200),
      typed('The supervisor', 1900),
    ]);
    expect(history.present.override).toEqual({ reason: 'The supervisor' });
    const undone = markingHistory(history, { type: 'history/undo' });
    expect(undone.present.decision).toBe('meets');
    expect(undone.present.override).toBeNull();
    // A pause of a second or more starts a new step.
    const paused = apply(history, [typed('The supervisor saw it', 3500)]);
    expect(markingHistory(paused, { type: 'history/undo' }).present.override).toEqual({
      reason: 'The supervisor',
    });
  });
});
