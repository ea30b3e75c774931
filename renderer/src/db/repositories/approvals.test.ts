import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { makeApprovalBatch, makeSubmission } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import { getApprovalBatch, listApprovalBatches, recordApprovalBatch } from './approvals';
import { countSubmissionsByStatus, getSubmission } from './submissions';

describe('approvals repository', () => {
  it('records a batch and approves its submissions together', async () => {
    const db = await openTestDB();
    const marked = [makeSubmission({ status: 'marked' }), makeSubmission({ status: 'marked' })];
    await db.submissions.bulkPut(marked);
    const batch = makeApprovalBatch({
      approverId: 'lead',
      submissionIds: marked.map((s) => s.id),
      createdAt: '2025-05-01T09:00:00.000Z',
    });
    await recordApprovalBatch(db, batch, { from: ['marked'] });
    expect(await getApprovalBatch(db, batch.id)).toEqual(batch);
    const first = await getSubmission(db, marked[0]?.id ?? '');
    expect(first?.status).toBe('approved');
    expect(first?.updatedAt).toBe(batch.createdAt);
    db.close();
  });

  it('records nothing when one submission is not ready', async () => {
    const db = await openTestDB();
    const ready = makeSubmission({ status: 'marked' });
    const notReady = makeSubmission({ status: 'in_marking' });
    await db.submissions.bulkPut([ready, notReady]);
    const batch = makeApprovalBatch({ submissionIds: [ready.id, notReady.id] });
    await expect(recordApprovalBatch(db, batch, { from: ['marked'] })).rejects.toMatchObject({
      name: 'SubmissionPreconditionError',
      submissionIds: [notReady.id],
    });
    expect(await getApprovalBatch(db, batch.id)).toBeUndefined();
    expect((await countSubmissionsByStatus(db)).approved).toBe(0);
    db.close();
  });

  it('lists batches newest first, all or one approver’s', async () => {
    const db = await openTestDB();
    const old = makeApprovalBatch({ approverId: 'a', createdAt: '2025-01-01T00:00:00.000Z' });
    const mid = makeApprovalBatch({ approverId: 'b', createdAt: '2025-02-01T00:00:00.000Z' });
    const last = makeApprovalBatch({ approverId: 'a', createdAt: '2025-03-01T00:00:00.000Z' });
    for (const b of [mid, old, last]) await recordApprovalBatch(db, b);
    expect(await listApprovalBatches(db)).toEqual([last, mid, old]);
    expect(await listApprovalBatches(db, 'a')).toEqual([last, old]);
    db.close();
  });
});
