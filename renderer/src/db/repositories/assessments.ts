/**
 * Assessments: one per marker per submission and round. Autosave writes one
 * record; a marking bundle import upserts many by that natural key, so
 * importing the same bundle twice changes nothing.
 */
import type { Assessment, Id, MarkingRound, SubmissionStatus } from '../../../../shared/domain';
import type { AuditEntry } from '../../../../shared/domain/audit';
import type { AppDB } from '../AppDB';
import { recordAudit } from './audit';

export async function getAssessment(db: AppDB, id: Id): Promise<Assessment | undefined> {
  return db.assessments.get(id);
}

/** The assessment of one marker for one submission and round. */
export async function getAssessmentFor(
  db: AppDB,
  submissionId: Id,
  round: MarkingRound,
  markerId: Id,
): Promise<Assessment | undefined> {
  return db.assessments
    .where('[submissionId+round+markerId]')
    .equals([submissionId, round, markerId])
    .first();
}

/** Every assessment of a submission, first round before second. */
export async function listAssessmentsForSubmission(
  db: AppDB,
  submissionId: Id,
): Promise<Assessment[]> {
  return db.assessments.where('submissionId').equals(submissionId).toArray();
}

/** Every assessment of these submissions, in one query (cohort feedback, exports). */
export async function listAssessmentsForSubmissions(
  db: AppDB,
  submissionIds: readonly Id[],
): Promise<Assessment[]> {
  if (submissionIds.length === 0) return [];
  return db.assessments.where('submissionId').anyOf(submissionIds).toArray();
}

/** Every assessment by one marker (agreement statistics, "my marking"). */
export async function listAssessmentsByMarker(db: AppDB, markerId: Id): Promise<Assessment[]> {
  return db.assessments.where('markerId').equals(markerId).toArray();
}

/**
 * The submissions whose assessment of `round` carries an override of the pass
 * rules (a lead must see it): the queue's "flagged" rows. One read of the
 * table (no index covers `override`); only the ids are kept.
 */
export async function listOverriddenSubmissionIds(
  db: AppDB,
  round: MarkingRound = 'first',
): Promise<Id[]> {
  const ids = new Set<Id>();
  await db.assessments.each((a) => {
    // Finalised only: a draft's override is not decided yet.
    if (a.round === round && a.override !== null && a.finalisedAt !== null) {
      ids.add(a.submissionId);
    }
  });
  return [...ids].sort();
}

/** Saves one assessment (autosave while marking). */
export async function putAssessment(db: AppDB, assessment: Assessment): Promise<void> {
  await db.assessments.put(assessment);
}

export interface ImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** Structural equality of two records (a key-order difference only costs a rewrite). */
function sameContent(a: Assessment, b: Assessment): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Upserts assessments by (submission, round, marker) in ONE transaction. A
 * record already stored under another id keeps the stored id. All or nothing.
 */
export async function importAssessments(
  db: AppDB,
  assessments: readonly Assessment[],
): Promise<ImportSummary> {
  return db.transaction('rw', db.assessments, async () => {
    const summary = { added: 0, updated: 0, unchanged: 0 };
    // One at a time, so a bundle that repeats a record sees its own earlier write.
    for (const incoming of assessments) {
      const { submissionId, round, markerId } = incoming;
      const stored = await getAssessmentFor(db, submissionId, round, markerId);
      const record = stored === undefined ? incoming : { ...incoming, id: stored.id };
      const outcome =
        stored === undefined ? 'added' : sameContent(stored, record) ? 'unchanged' : 'updated';
      summary[outcome] += 1;
      // add for new records: an id already used by another record fails, never overwrites it.
      if (outcome === 'added') await db.assessments.add(record);
      else if (outcome === 'updated') await db.assessments.put(record);
    }
    return summary;
  });
}

/** The submission was not in the expected status when a marking change was written. */
export class AssessmentPreconditionError extends Error {
  override readonly name = 'AssessmentPreconditionError';
}

/**
 * Writes the assessment and moves its submission from `from` to `to` in ONE
 * transaction (finalising marking): both or neither. The transition itself is
 * judged by shared/domain/workflow.ts before this is called; `from` only
 * guards against a status that changed since (another window, an import).
 */
export async function saveAssessmentWithStatus(
  db: AppDB,
  assessment: Assessment,
  from: SubmissionStatus,
  to: SubmissionStatus,
  audit: readonly AuditEntry[] = [],
): Promise<void> {
  await db.transaction('rw', db.assessments, db.submissions, db.auditEvents, async () => {
    const submission = await db.submissions.get(assessment.submissionId);
    if (submission === undefined) {
      throw new AssessmentPreconditionError('The submission no longer exists.');
    }
    if (submission.status !== from) {
      throw new AssessmentPreconditionError(
        `The submission is ${submission.status} now, not ${from}: reload it and try again.`,
      );
    }
    await db.assessments.put(assessment);
    await db.submissions.put({ ...submission, status: to, updatedAt: assessment.updatedAt });
    await recordAudit(db, audit);
  });
}
