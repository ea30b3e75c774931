import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import type { Submission } from '../../../../shared/domain';
import { changeHandedIn, HandedInFrozenError } from '../../../../shared/domain';
import { makeAssessment, makeSubmission } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import {
  bulkPatchSubmissions,
  bulkPutSubmissions,
  bulkUpdateSubmissionStatus,
  countSubmissionsByStatus,
  deleteSubmission,
  getSubmission,
  listSubmissions,
  putSubmission,
  SubmissionPreconditionError,
  updateSubmission,
} from './submissions';

const ids = (rows: readonly Submission[]): string[] => rows.map((s) => s.id).sort();

/** Two versions, two assessors, two learners, several statuses. */
async function seed() {
  const db = await openTestDB();
  const rows = {
    a: makeSubmission({ achievementVersionId: 'v1', learnerId: 'l1', status: 'received' }),
    b: makeSubmission({
      achievementVersionId: 'v1',
      learnerId: 'l2',
      status: 'allocated',
      assessorId: 'x',
    }),
    c: makeSubmission({
      achievementVersionId: 'v1',
      learnerId: 'l3',
      status: 'marked',
      assessorId: 'x',
    }),
    d: makeSubmission({
      achievementVersionId: 'v2',
      learnerId: 'l1',
      status: 'marked',
      assessorId: 'y',
    }),
    e: makeSubmission({
      achievementVersionId: 'v2',
      learnerId: 'l2',
      status: 'second_marking',
      assessorId: 'x',
      secondAssessorId: 'y',
    }),
  };
  await bulkPutSubmissions(db, Object.values(rows));
  return { db, ...rows };
}

describe('submissions repository', () => {
  it('puts and gets a submission', async () => {
    const db = await openTestDB();
    const s = makeSubmission();
    await putSubmission(db, s);
    expect(await getSubmission(db, s.id)).toEqual(s);
    expect(await getSubmission(db, 'missing')).toBeUndefined();
    db.close();
  });

  it('lists by each filter and by combinations', async () => {
    const { db, a, b, c, d, e } = await seed();
    expect(ids(await listSubmissions(db))).toEqual(ids([a, b, c, d, e]));
    expect(ids(await listSubmissions(db, { status: 'marked' }))).toEqual(ids([c, d]));
    expect(ids(await listSubmissions(db, { achievementVersionId: 'v1' }))).toEqual(ids([a, b, c]));
    expect(
      ids(await listSubmissions(db, { achievementVersionId: 'v1', status: 'marked' })),
    ).toEqual(ids([c]));
    expect(ids(await listSubmissions(db, { assessorId: 'x' }))).toEqual(ids([b, c, e]));
    expect(ids(await listSubmissions(db, { assessorId: 'x', status: 'allocated' }))).toEqual(
      ids([b]),
    );
    expect(ids(await listSubmissions(db, { assessorId: 'x', achievementVersionId: 'v2' }))).toEqual(
      ids([e]),
    );
    expect(ids(await listSubmissions(db, { secondAssessorId: 'y' }))).toEqual(ids([e]));
    expect(ids(await listSubmissions(db, { learnerId: 'l1' }))).toEqual(ids([a, d]));
    expect(ids(await listSubmissions(db, { learnerId: 'l1', achievementVersionId: 'v2' }))).toEqual(
      ids([d]),
    );
    expect(await listSubmissions(db, { assessorId: 'nobody' })).toEqual([]);
    db.close();
  });

  it('uses the compound indexes (and their prefixes) the schema declares', async () => {
    const { db, b, c } = await seed();
    const viaCompound = await db.submissions
      .where('[assessorId+status]')
      .between(['x', 'allocated'], ['x', 'marked'], true, true)
      .toArray();
    expect(ids(viaCompound)).toEqual(ids([b, c]));
    expect(await db.submissions.where('achievementVersionId').equals('v1').count()).toBe(3);
    db.close();
  });

  it('counts by status, in all and per achievement version, zeros included', async () => {
    const { db } = await seed();
    const all = await countSubmissionsByStatus(db);
    expect(all).toMatchObject({ received: 1, allocated: 1, marked: 2, second_marking: 1 });
    expect(all.issued).toBe(0);
    const v2 = await countSubmissionsByStatus(db, 'v2');
    expect(v2).toMatchObject({ received: 0, marked: 1, second_marking: 1 });
    expect(Object.values(v2).reduce((sum, n) => sum + n, 0)).toBe(2);
    db.close();
  });

  it('updates the status of many submissions at once', async () => {
    const { db, c, d } = await seed();
    const n = await bulkUpdateSubmissionStatus(db, [c.id, d.id, c.id], 'approved', {
      from: ['marked'],
      at: '2025-04-01T00:00:00.000Z',
    });
    expect(n).toBe(2);
    const updated = await getSubmission(db, c.id);
    expect(updated).toEqual({ ...c, status: 'approved', updatedAt: '2025-04-01T00:00:00.000Z' });
    expect(ids(await listSubmissions(db, { status: 'approved' }))).toEqual(ids([c, d]));
    db.close();
  });

  it('approves 1,000 submissions in one transaction', async () => {
    const db = await openTestDB();
    const many = Array.from({ length: 1000 }, () => makeSubmission({ status: 'marked' }));
    await bulkPutSubmissions(db, many);
    expect(await bulkUpdateSubmissionStatus(db, ids(many), 'approved', { from: ['marked'] })).toBe(
      1000,
    );
    expect((await countSubmissionsByStatus(db)).approved).toBe(1000);
    db.close();
  });

  it('changes nothing when one id is missing', async () => {
    const { db, a, b } = await seed();
    const failure = bulkUpdateSubmissionStatus(db, [a.id, 'missing', b.id], 'returned');
    await expect(failure).rejects.toBeInstanceOf(SubmissionPreconditionError);
    await expect(failure).rejects.toMatchObject({ submissionIds: ['missing'] });
    expect(await getSubmission(db, a.id)).toEqual(a);
    expect(await getSubmission(db, b.id)).toEqual(b);
    db.close();
  });

  it('changes nothing when one submission is not in an expected status', async () => {
    const { db, b, c, d } = await seed();
    const failure = bulkUpdateSubmissionStatus(db, [c.id, b.id, d.id], 'approved', {
      from: ['marked'],
    });
    await expect(failure).rejects.toMatchObject({ submissionIds: [b.id] });
    expect((await countSubmissionsByStatus(db)).approved).toBe(0);
    db.close();
  });

  it('patches assessors in bulk (allocation)', async () => {
    const { db, a } = await seed();
    await bulkPatchSubmissions(db, [a.id], { assessorId: 'z', status: 'allocated' });
    expect(ids(await listSubmissions(db, { assessorId: 'z', status: 'allocated' }))).toEqual([
      a.id,
    ]);
    db.close();
  });

  it('writes a bulk put all or nothing', async () => {
    const db = await openTestDB();
    const [good, bad] = [makeSubmission(), makeSubmission()];
    // Simulates a failure part-way (quota exhausted, a crash in a hook).
    db.submissions.hook('creating', (_key, row) => {
      if (row.id === bad.id) throw new Error('QuotaExceededError');
    });
    await expect(bulkPutSubmissions(db, [good, bad])).rejects.toThrow(/QuotaExceededError/);
    expect(await db.submissions.count()).toBe(0);
    db.close();
  });

  it('deletes a submission with its assessments', async () => {
    const { db, a, b } = await seed();
    await db.assessments.bulkPut([
      makeAssessment({ submissionId: a.id }),
      makeAssessment({ submissionId: a.id, round: 'second' }),
      makeAssessment({ submissionId: b.id }),
    ]);
    await deleteSubmission(db, a.id);
    expect(await getSubmission(db, a.id)).toBeUndefined();
    expect(await db.assessments.count()).toBe(1);
    db.close();
  });
});

describe('what was handed in, once marked', () => {
  it('refuses the edit inside the write, and nothing changes', async () => {
    const db = await openTestDB();
    const marked = makeSubmission({ status: 'marked', reflectionText: 'As marked.' });
    await bulkPutSubmissions(db, [marked]);
    await expect(
      updateSubmission(db, marked.id, (current) =>
        changeHandedIn(current, (s) => ({ ...s, reflectionText: 'Rewritten later.' })),
      ),
    ).rejects.toBeInstanceOf(HandedInFrozenError);
    expect(await getSubmission(db, marked.id)).toEqual(marked);
    db.close();
  });
});
