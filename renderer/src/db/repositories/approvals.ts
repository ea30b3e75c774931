/**
 * Approval batches: a lead approves many submissions at once (1,000 in under
 * a second, DESIGN.md §7). Who may approve what is decided by the workflow
 * module before this is called; here the batch and the status changes are
 * written together or not at all.
 */
import type { ApprovalBatch, Id, SubmissionStatus } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';
import { bulkUpdateSubmissionStatus } from './submissions';

export async function getApprovalBatch(db: AppDB, id: Id): Promise<ApprovalBatch | undefined> {
  return db.approvalBatches.get(id);
}

/** Batches, newest first; only one approver's when given. */
export async function listApprovalBatches(db: AppDB, approverId?: Id): Promise<ApprovalBatch[]> {
  if (approverId === undefined) return db.approvalBatches.orderBy('createdAt').reverse().toArray();
  const batches = await db.approvalBatches.where('approverId').equals(approverId).toArray();
  return batches.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Stores the batch and sets its submissions to 'approved' in ONE transaction.
 * With `from`, every submission must be in one of those statuses, or nothing
 * is written (SubmissionPreconditionError).
 */
export async function recordApprovalBatch(
  db: AppDB,
  batch: ApprovalBatch,
  options: { readonly from?: readonly SubmissionStatus[] } = {},
): Promise<void> {
  await db.transaction('rw', db.approvalBatches, db.submissions, db.auditEvents, async () => {
    await db.approvalBatches.add(batch);
    await bulkUpdateSubmissionStatus(db, batch.submissionIds, 'approved', {
      ...options,
      at: batch.createdAt,
    });
  });
}
