import { describe, expect, it } from 'vitest';
import type { Assessment, SubmissionStatus } from '../../../../shared/domain';
import type { OrderedRow } from './session';
import { emptyDraft } from '../../../../shared/domain/marking';
import { testRubrics } from '../../../../shared/domain/marking/testRubrics';
import { makeAssessment, makeSubmission } from '../../db/testing/factories';
import {
  bankOf,
  canEdit,
  isForeignWrite,
  nextAcrossLearners,
  openingDraft,
  positionAcrossLearners,
  startMarkingAudit,
  startMarkingUpdate,
} from './session';

const rubrics = testRubrics();
function criterion(index: number) {
  const found = rubrics.demonstration.criteria[index];
  if (found === undefined) throw new Error('rubric too small');
  return found;
}
const keep = criterion(0);
const redo = criterion(1);

function firstAttempt(): Assessment {
  return makeAssessment({
    demonstration: [
      { criterionId: keep.id, levelId: keep.levels[2]?.id ?? null, comment: 'Solid.' },
      { criterionId: redo.id, levelId: keep.levels[0]?.id ?? null, comment: 'Redo this.' },
    ],
    reflection: [],
    reflectionTags: [],
    decision: 'not_yet',
    resubmitCriterionIds: [redo.id],
  });
}

describe('openingDraft', () => {
  const submission = makeSubmission({ attempt: 2 });

  it('opens the stored draft when there is one', () => {
    const stored = makeAssessment({ feedback: 'Half written', carriedOverCriterionIds: [] });
    const draft = openingDraft({ rubrics, stored, previous: null, submission });
    expect(draft.feedback).toBe('Half written');
  });

  it('carries attempt 1 over for a new resubmission, the returned criteria unmarked', () => {
    const previous = { submission: makeSubmission(), assessment: firstAttempt() };
    const draft = openingDraft({ rubrics, stored: undefined, previous, submission });
    const kept = draft.demonstration.find((m) => m.criterionId === keep.id);
    const returned = draft.demonstration.find((m) => m.criterionId === redo.id);
    expect(kept).toMatchObject({ comment: 'Solid.', carriedOver: true });
    expect(returned).toMatchObject({ levelId: null, comment: '', carriedOver: false });
    expect(draft.decision).toBeNull();
  });

  it('starts blank without a stored draft or a marked attempt before', () => {
    const previous = { submission: makeSubmission(), assessment: null };
    expect(openingDraft({ rubrics, stored: undefined, previous, submission })).toEqual(
      emptyDraft(rubrics),
    );
    expect(openingDraft({ rubrics, stored: undefined, previous: null, submission })).toEqual(
      emptyDraft(rubrics),
    );
  });
});

describe('isForeignWrite', () => {
  const mine = makeAssessment({ feedback: 'mine' });
  const theirs = { ...mine, feedback: 'theirs' };
  it('is false for what this window loaded, wrote or is writing', () => {
    expect(isForeignWrite(mine, mine, [])).toBe(false);
    expect(isForeignWrite(undefined, undefined, [])).toBe(false);
    expect(isForeignWrite(theirs, mine, [mine, theirs])).toBe(false);
  });
  it('is true for anything else, including a record appearing or vanishing', () => {
    expect(isForeignWrite(theirs, mine, [mine])).toBe(true);
    expect(isForeignWrite(mine, undefined, [])).toBe(true);
    expect(isForeignWrite(undefined, mine, [])).toBe(true);
  });
});

describe('bankOf', () => {
  const criterion = {
    levels: [
      { title: 'Beginning', commentBank: ['Add a source.', 'Label axes.'] },
      { title: 'Proficient', commentBank: ['Label axes.', 'Good.'] },
    ],
  };
  it('numbers rubric comments level by level, then saved ones, each text once', () => {
    const saved = [
      { text: 'Good.', authorId: 'ana' },
      { text: 'Check the units.', authorId: 'ana' },
      { text: 'See me.', authorId: 'ben' },
    ];
    expect(bankOf(criterion, saved, 'ana')).toEqual([
      { text: 'Add a source.', source: 'Beginning' },
      { text: 'Label axes.', source: 'Beginning' },
      { text: 'Good.', source: 'Proficient' },
      { text: 'Check the units.', source: 'Added by you' },
      { text: 'See me.', source: 'Added by an assessor' },
    ]);
  });
});

describe('across learners', () => {
  const rows: OrderedRow[] = [
    { id: 'a', achievementVersionId: 'v1', status: 'in_marking' },
    { id: 'x', achievementVersionId: 'v2', status: 'in_marking' },
    { id: 'b', achievementVersionId: 'v1', status: 'marked' },
    { id: 'c', achievementVersionId: 'v1', status: 'allocated' },
  ];
  const markable = (status: SubmissionStatus) => status !== 'marked';
  it('goes to the next markable submission of the same version, then stops', () => {
    expect(nextAcrossLearners(rows, 'a', markable)).toBe('c');
    expect(nextAcrossLearners(rows, 'c', markable)).toBeNull();
    expect(nextAcrossLearners(rows, 'missing', markable)).toBeNull();
  });
  it('says where the current one is among them', () => {
    expect(positionAcrossLearners(rows, 'c', markable)).toEqual({ index: 1, count: 2 });
    expect(positionAcrossLearners(rows, 'b', markable)).toEqual({ index: 1, count: 3 });
  });
});

describe('canEdit', () => {
  const facts = {
    readOnly: false,
    loaded: true,
    conflict: false,
    finalising: false,
    starting: false,
    status: 'in_marking',
    assessorId: 'ana',
    selfId: 'ana',
  };
  it('lets the allocated assessor mark a submission in marking', () => {
    expect(canEdit(facts)).toBe(true);
  });
  it('shows someone else’s submission read-only', () => {
    expect(canEdit({ ...facts, selfId: 'lead' })).toBe(false);
    expect(canEdit({ ...facts, assessorId: null })).toBe(false);
  });
  it('takes keys while marking is starting, before the status write lands', () => {
    expect(canEdit({ ...facts, status: 'allocated', starting: true })).toBe(true);
  });
  it('stops while loading, settling a conflict, finalising, or read-only', () => {
    for (const stop of ['readOnly', 'conflict', 'finalising'] as const) {
      expect(canEdit({ ...facts, [stop]: true })).toBe(false);
    }
    expect(canEdit({ ...facts, loaded: false })).toBe(false);
    expect(canEdit({ ...facts, status: 'marked' })).toBe(false);
  });
});

describe('startMarkingUpdate', () => {
  const at = '2026-11-28T10:00:00.000Z';
  it('moves an allocated (or received) submission into marking for this marker', () => {
    const current = makeSubmission({ status: 'allocated', assessorId: 'ana' });
    expect(startMarkingUpdate(current, current, 'ana', at)).toMatchObject({
      status: 'in_marking',
      assessorId: 'ana',
      updatedAt: at,
    });
    const received = makeSubmission({ status: 'received', assessorId: null });
    expect(startMarkingUpdate(received, received, 'ana', at).assessorId).toBe('ana');
  });
  it('changes nothing when another window of the same marker started first', () => {
    const seen = makeSubmission({ status: 'allocated', assessorId: 'ana' });
    const current = { ...seen, status: 'in_marking' as const };
    expect(startMarkingUpdate(current, seen, 'ana', at)).toBe(current);
  });
  it('refuses when the status or the assessor changed since it was opened', () => {
    const seen = makeSubmission({ status: 'allocated', assessorId: 'ana' });
    const reallocated = { ...seen, assessorId: 'ben' };
    expect(() => startMarkingUpdate(reallocated, seen, 'ana', at)).toThrow(/changed/);
    const marked = { ...seen, status: 'marked' as const };
    expect(() => startMarkingUpdate(marked, seen, 'ana', at)).toThrow(/changed/);
  });
});

describe('startMarkingAudit', () => {
  const at = '2026-11-28T10:00:00.000Z';
  const start = (status: SubmissionStatus) => {
    const before = makeSubmission({ status, assessorId: status === 'received' ? null : 'ana' });
    const after = startMarkingUpdate(before, before, 'ana', at);
    return startMarkingAudit(before, after, 'ana', at).map((e) => [e.action, e.detail]);
  };
  it('records each transition the start makes, by the marker', () => {
    expect(start('allocated')).toEqual([
      ['start_marking', { from: 'allocated', to: 'in_marking' }],
    ]);
    expect(start('received')).toEqual([
      ['allocate', { from: 'received', to: 'allocated', assessorId: 'ana' }],
      ['start_marking', { from: 'allocated', to: 'in_marking' }],
    ]);
    expect(start('returned')).toEqual([['resume_marking', { from: 'returned', to: 'in_marking' }]]);
  });
  it('records nothing when another window had started already', () => {
    expect(start('in_marking')).toEqual([]);
  });
});
