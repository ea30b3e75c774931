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
import type { AppDB } from '../AppDB';
import { getAssessmentFor, saveAssessmentWithStatus } from './assessments';

export type DraftWrite =
  { readonly ok: true } | { readonly ok: false; readonly current: Assessment | undefined };

export function sameAssessment(a: Assessment | undefined, b: Assessment | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function storedFor(db: AppDB, record: Assessment): Promise<Assessment | undefined> {
  return getAssessmentFor(db, record.submissionId, record.round, record.markerId);
}

/** Writes `record` unless the stored draft is no longer `expected` (undefined: none stored). */
export async function writeDraftIfUnchanged(
  db: AppDB,
  record: Assessment,
  expected: Assessment | undefined,
): Promise<DraftWrite> {
  return db.transaction('rw', db.assessments, async () => {
    const current = await storedFor(db, record);
    if (!sameAssessment(current, expected)) return { ok: false, current };
    await db.assessments.put(record);
    return { ok: true };
  });
}

/**
 * Finalises (record + submission status, as `saveAssessmentWithStatus`)
 * unless the stored draft is no longer `expected`.
 */
export async function finaliseDraftIfUnchanged(
  db: AppDB,
  record: Assessment,
  expected: Assessment | undefined,
  from: SubmissionStatus,
  to: SubmissionStatus,
): Promise<DraftWrite> {
  return db.transaction('rw', db.assessments, db.submissions, async () => {
    const current = await storedFor(db, record);
    if (!sameAssessment(current, expected)) return { ok: false, current };
    await saveAssessmentWithStatus(db, record, from, to);
    return { ok: true };
  });
}
