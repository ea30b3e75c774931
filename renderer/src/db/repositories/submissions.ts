/**
 * Submissions: the queues. Every list narrows through an index (see schema.ts)
 * and then applies the whole filter, so any combination of filters is correct
 * and the common ones are fast (10,000 submissions, DESIGN.md §7).
 *
 * Status changes here are *applied*, not judged: which transitions are legal
 * is decided by shared/domain/workflow.ts before these functions are called.
 * The optional `from` precondition only guards against a status that changed
 * since the caller looked (another window, an import).
 */
import type { Id, IsoInstant, Submission, SubmissionStatus } from '../../../../shared/domain';
import type { AuditEntry } from '../../../../shared/domain/audit';
import { submissionStatuses } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';
import { recordAudit } from './audit';

export interface SubmissionFilter {
  readonly status?: SubmissionStatus;
  readonly achievementVersionId?: Id;
  readonly assessorId?: Id;
  readonly secondAssessorId?: Id;
  readonly learnerId?: Id;
}

/** The fields a bulk change may set. */
export type SubmissionPatch = Partial<
  Pick<Submission, 'status' | 'assessorId' | 'secondAssessorId'>
>;

export interface BulkChangeOptions {
  /** Refuse the whole change unless every submission is in one of these statuses. */
  readonly from?: readonly SubmissionStatus[];
  /** Recorded as `updatedAt`; now by default. */
  readonly at?: IsoInstant;
  /** The audit event of each submission's change (as it was before), written with it. */
  readonly audit?: (before: Submission) => AuditEntry;
}

/** A bulk change named submissions that are missing or not in an expected status. Nothing was written. */
export class SubmissionPreconditionError extends Error {
  override readonly name = 'SubmissionPreconditionError';
  constructor(
    message: string,
    readonly submissionIds: readonly Id[],
  ) {
    super(message);
  }
}

export async function getSubmission(db: AppDB, id: Id): Promise<Submission | undefined> {
  return db.submissions.get(id);
}

export async function putSubmission(db: AppDB, submission: Submission): Promise<void> {
  await db.submissions.put(submission);
}

/** Writes all or none (one transaction). */
export async function bulkPutSubmissions(
  db: AppDB,
  submissions: readonly Submission[],
): Promise<void> {
  await db.transaction('rw', db.submissions, async () => {
    await db.submissions.bulkPut(submissions);
  });
}

function matches(s: Submission, f: SubmissionFilter): boolean {
  return (
    (f.status === undefined || s.status === f.status) &&
    (f.achievementVersionId === undefined || s.achievementVersionId === f.achievementVersionId) &&
    (f.assessorId === undefined || s.assessorId === f.assessorId) &&
    (f.secondAssessorId === undefined || s.secondAssessorId === f.secondAssessorId) &&
    (f.learnerId === undefined || s.learnerId === f.learnerId)
  );
}

/** An owner's rows, by `[owner+status]` or by its leading part alone. */
function byOwner(db: AppDB, owner: string, id: Id, status: SubmissionStatus | undefined) {
  return status === undefined
    ? db.submissions.where(owner).equals(id)
    : db.submissions.where(`[${owner}+status]`).equals([id, status]);
}

/** The narrowest index for the filter, most selective first. */
function narrow(db: AppDB, f: SubmissionFilter) {
  if (f.learnerId !== undefined) {
    return f.achievementVersionId === undefined
      ? db.submissions.where('learnerId').equals(f.learnerId)
      : db.submissions
          .where('[learnerId+achievementVersionId]')
          .equals([f.learnerId, f.achievementVersionId]);
  }
  if (f.assessorId !== undefined) return byOwner(db, 'assessorId', f.assessorId, f.status);
  if (f.secondAssessorId !== undefined) {
    return byOwner(db, 'secondAssessorId', f.secondAssessorId, f.status);
  }
  if (f.achievementVersionId !== undefined) {
    return byOwner(db, 'achievementVersionId', f.achievementVersionId, f.status);
  }
  if (f.status !== undefined) return db.submissions.where('status').equals(f.status);
  return db.submissions.toCollection();
}

/** Submissions matching every given field, in index order (sort in the caller). */
export async function listSubmissions(
  db: AppDB,
  filter: SubmissionFilter = {},
): Promise<Submission[]> {
  return narrow(db, filter)
    .and((s) => matches(s, filter))
    .toArray();
}

/** How many submissions are in each status (every status present, zeros included). */
export async function countSubmissionsByStatus(
  db: AppDB,
  achievementVersionId?: Id,
): Promise<Record<SubmissionStatus, number>> {
  // Key-only counts on the index: no row is read.
  const counts = await db.transaction('r', db.submissions, () =>
    Promise.all(
      submissionStatuses.map((status) =>
        achievementVersionId === undefined
          ? db.submissions.where('status').equals(status).count()
          : db.submissions
              .where('[achievementVersionId+status]')
              .equals([achievementVersionId, status])
              .count(),
      ),
    ),
  );
  // Spelled out so that a new status in workflow.ts is a compile error here.
  const result: Record<SubmissionStatus, number> = {
    received: 0,
    allocated: 0,
    in_marking: 0,
    marked: 0,
    second_marking: 0,
    approved: 0,
    returned: 0,
    issued: 0,
    revoked: 0,
  };
  submissionStatuses.forEach((status, i) => {
    result[status] = counts[i] ?? 0;
  });
  return result;
}

/**
 * Applies `patch` to every submission in ONE transaction: if any id is
 * missing or not in a `from` status, nothing is written. Returns how many
 * submissions were updated. Used for allocation and batch approval (1,000).
 */
export async function bulkPatchSubmissions(
  db: AppDB,
  ids: readonly Id[],
  patch: SubmissionPatch,
  options: BulkChangeOptions = {},
): Promise<number> {
  const unique = [...new Set(ids)];
  const at = options.at ?? new Date().toISOString();
  return db.transaction('rw', db.submissions, db.auditEvents, async () => {
    const found = await db.submissions.bulkGet(unique);
    const missing = unique.filter((_, i) => found[i] === undefined);
    if (missing.length > 0) {
      throw new SubmissionPreconditionError(`${missing.length} submission(s) not found`, missing);
    }
    const present = found.filter((s): s is Submission => s !== undefined);
    const { from } = options;
    if (from !== undefined) {
      const wrong = present.filter((s) => !from.includes(s.status)).map((s) => s.id);
      if (wrong.length > 0) {
        throw new SubmissionPreconditionError(
          `${wrong.length} submission(s) are not ${from.join(' or ')}`,
          wrong,
        );
      }
    }
    await db.submissions.bulkPut(present.map((s) => ({ ...s, ...patch, updatedAt: at })));
    const { audit } = options;
    if (audit !== undefined) await recordAudit(db, present.map(audit));
    return present.length;
  });
}

/** Sets the status of every submission in ONE transaction (all or nothing). */
export async function bulkUpdateSubmissionStatus(
  db: AppDB,
  ids: readonly Id[],
  status: SubmissionStatus,
  options: BulkChangeOptions = {},
): Promise<number> {
  return bulkPatchSubmissions(db, ids, { status }, options);
}

export async function deleteSubmission(db: AppDB, id: Id): Promise<void> {
  await db.transaction('rw', db.submissions, db.assessments, async () => {
    await db.assessments.where('submissionId').equals(id).delete();
    await db.submissions.delete(id);
  });
}

/** Every attempt of one learner for one achievement version. */
export async function listAttempts(
  db: AppDB,
  learnerId: Id,
  achievementVersionId: Id,
): Promise<Submission[]> {
  return db.submissions
    .where('[learnerId+achievementVersionId]')
    .equals([learnerId, achievementVersionId])
    .toArray();
}

/**
 * Writes an intake's submissions in ONE transaction: for each learner,
 * `build` gets their existing attempts for the version (read inside the same
 * transaction) and returns the record to store. All or nothing.
 */
export async function writeIntakeSubmissions(
  db: AppDB,
  achievementVersionId: Id,
  learnerIds: readonly Id[],
  build: (learnerId: Id, attempts: readonly Submission[]) => Submission,
): Promise<Submission[]> {
  return db.transaction('rw', db.submissions, async () => {
    const written: Submission[] = [];
    for (const learnerId of learnerIds) {
      const attempts = await listAttempts(db, learnerId, achievementVersionId);
      written.push(build(learnerId, attempts));
    }
    await db.submissions.bulkPut(written);
    return written;
  });
}

/** How many submissions carry evidence from this intake. */
export async function countSubmissionsOfIntake(db: AppDB, intakeId: Id): Promise<number> {
  return db.submissions.where('intakeIds').equals(intakeId).count();
}

/** Of `hashes`, those some submission's evidence references (so they must never be deleted). */
export async function referencedHashes(db: AppDB, hashes: readonly string[]): Promise<string[]> {
  const wanted = new Set(hashes);
  const found = new Set<string>();
  if (wanted.size === 0) return [];
  await db.submissions.each((s) => {
    for (const e of s.evidence) if (wanted.has(e.sha256)) found.add(e.sha256);
  });
  return [...found];
}

/** Which of `intakeIds` some submission carries (start-up recovery). */
export async function intakesWithRecords(db: AppDB, intakeIds: readonly Id[]): Promise<Set<Id>> {
  const found = new Set<Id>();
  await db.transaction('r', db.submissions, async () => {
    for (const intakeId of new Set(intakeIds)) {
      if ((await countSubmissionsOfIntake(db, intakeId)) > 0) found.add(intakeId);
    }
  });
  return found;
}

/**
 * Reads one submission and writes `change(submission)` in ONE transaction
 * (so a concurrent edit is not lost). Throws when it does not exist.
 */
export async function updateSubmission(
  db: AppDB,
  id: Id,
  change: (submission: Submission) => Submission,
  audit?: (before: Submission, after: Submission) => readonly AuditEntry[],
): Promise<Submission> {
  return db.transaction('rw', db.submissions, db.auditEvents, async () => {
    const current = await db.submissions.get(id);
    if (current === undefined) throw new SubmissionPreconditionError('Submission not found', [id]);
    const next = change(current);
    if (next === current) return current;
    await db.submissions.put(next);
    if (audit !== undefined) await recordAudit(db, audit(current, next));
    return next;
  });
}

/**
 * Creates the attempt that follows `previousId` in ONE transaction: refused
 * when the previous one is missing or already has a following attempt.
 */
export async function createResubmission(
  db: AppDB,
  previousId: Id,
  build: (previous: Submission) => Submission,
): Promise<Submission> {
  return db.transaction('rw', db.submissions, async () => {
    const previous = await db.submissions.get(previousId);
    if (previous === undefined) {
      throw new SubmissionPreconditionError('Submission not found', [previousId]);
    }
    const attempts = await listAttempts(db, previous.learnerId, previous.achievementVersionId);
    if (attempts.some((s) => s.previousSubmissionId === previousId)) {
      throw new SubmissionPreconditionError('A resubmission already follows this attempt', [
        previousId,
      ]);
    }
    const next = build(previous);
    await db.submissions.add(next);
    return next;
  });
}
