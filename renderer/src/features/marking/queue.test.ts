import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Identity, SubmissionStatus } from '../../../../shared/domain';
import { blindLabel } from '../../../../shared/domain/marking';
import {
  makeAchievement,
  makeAchievementVersion,
  makeIdentity,
  makeLearner,
  makeSubmission,
} from '../../db/testing/factories';
import { workflowFacts } from './model';
import type { QueueRow, QueueSort } from './queue';
import {
  buildQueueRows,
  countByStatus,
  filterQueue,
  nextUnmarked,
  planBatch,
  sortQueue,
} from './queue';

const open = { achievementVersionId: null, status: null } as const;

function workspace() {
  const sighted = makeAchievement({ blindMarking: false });
  const blind = makeAchievement({ blindMarking: true });
  const v1 = makeAchievementVersion({ achievementId: sighted.id, name: 'Statistics', version: 1 });
  const v2 = makeAchievementVersion({ achievementId: blind.id, name: 'Reflection', version: 2 });
  const ada = makeLearner({ name: 'Ada Lovelace', studentNumber: '1001' });
  const grace = makeLearner({ name: 'Grace Hopper', studentNumber: '1002' });
  const submission = (learnerId: string, versionId: string, receivedAt: string) =>
    makeSubmission({
      id: crypto.randomUUID(),
      learnerId,
      achievementVersionId: versionId,
      receivedAt,
    });
  const adaOpen = submission(ada.id, v1.id, '2026-01-02T00:00:00.000Z');
  const adaBlind = submission(ada.id, v2.id, '2026-01-01T00:00:00.000Z');
  const graceBlind = submission(grace.id, v2.id, '2026-01-03T00:00:00.000Z');
  const rows = buildQueueRows({
    submissions: [adaOpen, adaBlind, graceBlind],
    learners: [ada, grace],
    achievements: [sighted, blind],
    versions: [v1, v2],
    flaggedIds: new Set([graceBlind.id]),
  });
  return { rows, adaOpen, adaBlind, graceBlind };
}

describe('buildQueueRows', () => {
  it('shows the name and student number, or under blind marking only the candidate label', () => {
    const { rows, adaOpen, adaBlind, graceBlind } = workspace();
    expect(rows.map((r) => r.id)).toEqual([adaBlind.id, adaOpen.id, graceBlind.id]);
    const [blindRow, openRow] = rows;
    expect(openRow).toMatchObject({
      learnerName: 'Ada Lovelace',
      studentNumber: '1001',
      versionLabel: 'Statistics v1',
      blind: false,
      flagged: false,
    });
    expect(blindRow).toMatchObject({ learnerName: blindLabel(adaBlind.id), blind: true });
    expect(rows[2]?.flagged).toBe(true);
  });

  it('never puts a blind learner’s name or student number in the row', () => {
    const { rows } = workspace();
    for (const row of rows.filter((r) => r.blind === true)) {
      const text = JSON.stringify(row);
      for (const secret of ['Ada', 'Lovelace', 'Grace', 'Hopper', '1001', '1002']) {
        expect(text).not.toContain(secret);
      }
      expect(row).not.toHaveProperty('studentNumber');
    }
  });

  it('treats a submission of a version it cannot find as blind (fails closed)', () => {
    const learner = makeLearner({ name: 'Ada Lovelace' });
    const submission = makeSubmission({ learnerId: learner.id });
    const [row] = buildQueueRows({
      submissions: [submission],
      learners: [learner],
      achievements: [],
      versions: [],
      flaggedIds: new Set(),
    });
    expect(row).toMatchObject({
      learnerName: blindLabel(submission.id),
      versionLabel: 'Unknown achievement',
      blind: true,
    });
    expect(JSON.stringify(row)).not.toContain('Ada');
  });
});

describe('filterQueue', () => {
  it('searches names and student numbers, case-insensitively, keeping the order', () => {
    const { rows, adaOpen } = workspace();
    expect(filterQueue(rows, { ...open, learner: 'ada' }).map((r) => r.id)).toEqual([adaOpen.id]);
    expect(filterQueue(rows, { ...open, learner: ' 1001 ' }).map((r) => r.id)).toEqual([
      adaOpen.id,
    ]);
    expect(filterQueue(rows, { ...open, learner: '' })).toEqual(rows);
  });

  it('never matches a blind row by the learner’s name or student number', () => {
    const { rows, adaBlind, graceBlind } = workspace();
    for (const text of ['Grace', 'hopper', '1002', 'Lovelace']) {
      expect(filterQueue(rows, { ...open, learner: text }).filter((r) => r.blind === true)).toEqual(
        [],
      );
    }
    // A blind row even stored with a student number (it never is) does not match it.
    const leaky = rows.map((r) => ({ ...r, studentNumber: 'S-LEAK' }));
    expect(filterQueue(leaky, { ...open, learner: 'S-LEAK' }).every((r) => r.blind !== true)).toBe(
      true,
    );
    const label = blindLabel(graceBlind.id);
    expect(filterQueue(rows, { ...open, learner: label.toLowerCase() }).map((r) => r.id)).toEqual(
      label === blindLabel(adaBlind.id) ? [adaBlind.id, graceBlind.id] : [graceBlind.id],
    );
  });

  it('combines achievement, status, learner and flagged', () => {
    const { rows, adaBlind, graceBlind } = workspace();
    const v2 = adaBlind.achievementVersionId;
    expect(filterQueue(rows, { ...open, achievementVersionId: v2 }).map((r) => r.id)).toEqual([
      adaBlind.id,
      graceBlind.id,
    ]);
    expect(filterQueue(rows, { ...open, flagged: true }).map((r) => r.id)).toEqual([graceBlind.id]);
    expect(filterQueue(rows, { achievementVersionId: v2, status: 'marked' })).toEqual([]);
    expect(filterQueue(rows, { ...open, status: 'received', learner: 'candidate' })).toHaveLength(
      2,
    );
  });

  it('property: keeps exactly the matching rows, in order; blind rows match only their label', () => {
    const rowArb = fc.record({
      id: fc.uuid(),
      learnerName: fc.string({ maxLength: 8 }),
      versionLabel: fc.constant('V v1'),
      achievementVersionId: fc.constantFrom('v1', 'v2'),
      status: fc.constantFrom<SubmissionStatus>('received', 'marked'),
      attempt: fc.constant(1),
      receivedAt: fc.constant('2026-01-01'),
      studentNumber: fc.string({ maxLength: 6 }),
      blind: fc.boolean(),
      flagged: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), fc.string({ maxLength: 3 }), (rows, q) => {
        const found = filterQueue(rows, { ...open, learner: q });
        const text = q.trim().toLocaleLowerCase();
        const expected = rows.filter(
          (r) =>
            text === '' ||
            r.learnerName.toLocaleLowerCase().includes(text) ||
            (!r.blind && r.studentNumber.toLocaleLowerCase().includes(text)),
        );
        expect(found).toEqual(expected);
      }),
    );
  });
});

const row = (
  id: string,
  status: SubmissionStatus,
  receivedAt: string,
  learnerName = id,
  versionLabel = 'A v1',
): QueueRow => ({
  id,
  learnerName,
  versionLabel,
  achievementVersionId: 'v1',
  status,
  attempt: 1,
  receivedAt,
});

describe('sortQueue', () => {
  const rows = [
    row('r1', 'marked', '2026-01-03', 'Émile', 'B v1'),
    row('r2', 'received', '2026-01-01', 'zoë', 'A v1'),
    row('r3', 'in_marking', '2026-01-02', 'Adam', 'B v1'),
    row('r4', 'received', '2026-01-02', 'adam', 'A v10'),
  ];
  const ids = (sort: QueueSort) => sortQueue(rows, sort).map((r) => r.id);

  it('sorts oldest first by default, then by learner', () => {
    expect(sortQueue(rows).map((r) => r.id)).toEqual(['r2', 'r3', 'r4', 'r1']);
  });

  it('sorts by each column both ways, ties always oldest first', () => {
    expect(ids({ key: 'received', direction: 'descending' })).toEqual(['r1', 'r3', 'r4', 'r2']);
    expect(ids({ key: 'learner', direction: 'ascending' })).toEqual(['r3', 'r4', 'r1', 'r2']);
    expect(ids({ key: 'learner', direction: 'descending' })).toEqual(['r2', 'r1', 'r3', 'r4']);
    expect(ids({ key: 'status', direction: 'ascending' })).toEqual(['r2', 'r4', 'r3', 'r1']);
    expect(ids({ key: 'status', direction: 'descending' })).toEqual(['r1', 'r3', 'r2', 'r4']);
    expect(ids({ key: 'achievement', direction: 'ascending' })).toEqual(['r2', 'r4', 'r3', 'r1']);
  });

  it('does not change its input', () => {
    const before = rows.map((r) => r.id);
    sortQueue(rows, { key: 'learner', direction: 'descending' });
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('countByStatus and nextUnmarked', () => {
  it('counts each status present', () => {
    const rows = [row('a', 'marked', '1'), row('b', 'received', '1'), row('c', 'received', '2')];
    expect(Object.fromEntries(countByStatus(rows))).toEqual({ marked: 1, received: 2 });
  });

  it('prefers in marking, then returned, allocated, received; oldest first, whatever the order', () => {
    const rows = [
      row('late', 'received', '2026-01-09'),
      row('early', 'received', '2026-01-01'),
      row('alloc', 'allocated', '2026-01-05'),
      row('done', 'marked', '2025-12-01'),
    ];
    expect(nextUnmarked(rows)).toBe('alloc');
    expect(nextUnmarked(rows, 'alloc')).toBe('early');
    expect(nextUnmarked(rows.toReversed(), 'alloc')).toBe('early');
    expect(nextUnmarked([...rows, row('open', 'in_marking', '2026-02-01')])).toBe('open');
    expect(nextUnmarked([row('done', 'marked', '1')])).toBeNull();
  });
});

describe('planBatch (allocate to me)', () => {
  const lead: Identity = makeIdentity({ roles: ['assessor', 'lead'], isSelf: true });
  const plan = (statuses: SubmissionStatus[], actor: Identity = lead) =>
    planBatch(
      statuses.map((status) => makeSubmission({ status })),
      'allocate',
      actor,
      (s) => workflowFacts(s, null, null, actor.id),
    );

  it('allocates every received submission', () => {
    const result = plan(['received', 'received']);
    expect(result).toMatchObject({ ok: true, to: 'allocated' });
    expect(result.ok && result.ids).toHaveLength(2);
  });

  it('refuses the whole batch when one cannot move, saying how many', () => {
    const result = plan(['received', 'allocated', 'marked']);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Nothing was changed \(2 of the 3 selected\)/);
  });

  it('refuses someone without the lead role, and an empty selection', () => {
    const assessor = makeIdentity({ roles: ['assessor'] });
    expect(plan(['received'], assessor)).toMatchObject({ ok: false });
    expect(plan([])).toEqual({ ok: false, reason: 'No submissions are selected.' });
  });
});
