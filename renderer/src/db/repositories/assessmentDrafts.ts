/**
 * Conflict-aware writes of a marker's draft (issue 5 §6: "a draft that two
 * windows edit is detected and never silently overwritten").
 *
 * Each window remembers the record it last loaded or wrote (`expected`). A
 * write first reads the stored record in the same transaction: if it is not
 * `expected` (another window wrote since), nothing is written and the stored
 * record is answered so the window can show both and let the marker choose.
 * Records are compared by content, so the same draft written twice is not a
 * conflict, whatever the clock says.
 */
import type { Assessment, SubmissionStatus } from '../../../../shared/domain';
import type { AuditEntry } from '../../../../shared/domain/audit';
import type { AppDB } from '../AppDB';
import { getAssessmentFor, saveAssessmentWithStatus } from './assessments';

export type DraftWrite =
  /** `written` is the record as stored: it keeps the stored record's id and creation time. */
  | { readonly ok: true; readonly written: Assessment }
  | {
      readonly ok: false;
      readonly current: Assessment | undefined;
      /** The stored record is finalised: a draft never goes over it. */
      readonly finalised: boolean;
    };

export function sameAssessment(a: Assessment | undefined, b: Assessment | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function storedFor(db: AppDB, record: Assessment): Promise<Assessment | undefined> {
  return getAssessmentFor(db, record.submissionId, record.round, record.markerId);
}

/**
 * The record to write in place of `current`: one record per marker, submission
 * and round, so a window that made its own id before another window's first
 * write takes over the stored id (the unique index would refuse a second one).
 */
function over(current: Assessment | undefined, record: Assessment): Assessment {
  return current === undefined
    ? record
    : { ...record, id: current.id, createdAt: current.createdAt };
}

function refusal(current: Assessment | undefined): DraftWrite {
  return { ok: false, current, finalised: current?.finalisedAt != null };
}

/**
 * Writes `record` unless the stored draft is no longer `expected` (undefined:
 * none stored) or is finalised.
 */
export async function writeDraftIfUnchanged(
  db: AppDB,
  record: Assessment,
  expected: Assessment | undefined,
): Promise<DraftWrite> {
  return db.transaction('rw', db.assessments, async () => {
    const current = await storedFor(db, record);
    if (!sameAssessment(current, expected) || current?.finalisedAt != null) {
      return refusal(current);
    }
    const written = over(current, record);
    await db.assessments.put(written);
    return { ok: true, written };
  });
}

/**
 * Finalises (record + submission status, as `saveAssessmentWithStatus`)
 * unless the stored draft is no longer `expected` or is finalised already.
 */
export async function finaliseDraftIfUnchanged(
  db: AppDB,
  record: Assessment,
  expected: Assessment | undefined,
  from: SubmissionStatus,
  to: SubmissionStatus,
  audit: readonly AuditEntry[] = [],
): Promise<DraftWrite> {
  return db.transaction('rw', db.assessments, db.submissions, db.auditEvents, async () => {
    const current = await storedFor(db, record);
    if (!sameAssessment(current, expected) || current?.finalisedAt != null) {
      return refusal(current);
    }
    const written = over(current, record);
    await saveAssessmentWithStatus(db, written, from, to, audit);
    return { ok: true, written };
  });
}
