/**
 * Which submissions have feedback to give, and the `FeedbackInput` main lays
 * out as a .docx. Pure: the hook reads the records, this decides.
 *
 * A submission's feedback is its final assessment: the finalised second round
 * when there is one, else the finalised first round. Only submissions whose
 * marking is settled qualify (marked, approved, issued, revoked): one in
 * second marking or returned to its marker may still change.
 */
import type {
  AchievementVersion,
  Assessment,
  Learner,
  Submission,
  SubmissionStatus,
} from '../../../../shared/domain';
import { latestFinalised } from '../../../../shared/domain/marking';
import type { FeedbackInput } from '../../../../shared/ipc/contract';

const settledStatuses: ReadonlySet<SubmissionStatus> = new Set([
  'marked',
  'approved',
  'issued',
  'revoked',
]);

/** Whether marking of a submission in this status is settled (its feedback can go out). */
export function isSettled(status: SubmissionStatus): boolean {
  return settledStatuses.has(status);
}

/** The assessment the learner's feedback comes from, or null while marking is not settled. */
export function feedbackAssessmentOf(
  submission: Pick<Submission, 'id' | 'status'>,
  assessments: readonly Assessment[],
): Assessment | null {
  if (!settledStatuses.has(submission.status)) return null;
  return latestFinalised(assessments.filter((a) => a.submissionId === submission.id));
}

/** The records one learner's document is built from. */
export interface FeedbackRecords {
  readonly submission: Submission;
  readonly assessments: readonly Assessment[];
  /** Undefined when the learner record is gone: the document then names the submission. */
  readonly learner: Learner | undefined;
  readonly version: AchievementVersion;
  /** The name of an assessment's marker (an identity), when known. */
  readonly markerName: (markerId: string) => string | undefined;
  readonly institutionName: string;
}

/** `2025-03-14` from an ISO instant: the day marking was finalised (UTC). */
function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

/**
 * The input for one learner's document, with exactly the fields the contract
 * names (main refuses any other), or null when there is nothing final to send.
 */
export function feedbackInputOf(records: FeedbackRecords): FeedbackInput | null {
  const { submission, learner, version } = records;
  const assessment = feedbackAssessmentOf(submission, records.assessments);
  if (assessment?.finalisedAt == null) return null;
  return {
    learner:
      learner === undefined ? null : { name: learner.name, studentNumber: learner.studentNumber },
    anonymousCode: learner === undefined ? `Submission ${submission.id.slice(0, 8)}` : null,
    achievement: {
      name: version.name,
      humanCode: version.humanCode,
      demonstrationRubric: version.demonstrationRubric,
      reflectionRubric: version.reflectionRubric,
    },
    assessment: {
      demonstration: assessment.demonstration.map(({ criterionId, levelId, comment }) => ({
        criterionId,
        levelId,
        comment,
      })),
      reflection: assessment.reflection.map(({ criterionId, levelId, comment }) => ({
        criterionId,
        levelId,
        comment,
      })),
      feedback: assessment.feedback,
      decision: assessment.decision,
      resubmitCriterionIds: [...assessment.resubmitCriterionIds],
    },
    markerName: records.markerName(assessment.markerId) ?? 'Your assessor',
    issuedOn: dayOf(assessment.finalisedAt),
    institutionName: records.institutionName,
  };
}

/**
 * One input per learner: their latest attempt with settled marking (an older
 * attempt's feedback was superseded by the resubmission). Ordered by learner
 * name then student number, as a class list would be.
 */
export function cohortFeedbackInputs(
  records: readonly FeedbackRecords[],
): readonly FeedbackInput[] {
  const latest = new Map<string, { attempt: number; input: FeedbackInput }>();
  for (const r of records) {
    const input = feedbackInputOf(r);
    if (input === null) continue;
    const held = latest.get(r.submission.learnerId);
    if (held === undefined || held.attempt < r.submission.attempt) {
      latest.set(r.submission.learnerId, { attempt: r.submission.attempt, input });
    }
  }
  const key = (input: FeedbackInput): string =>
    input.learner === null ? `\uffff${input.anonymousCode ?? ''}` : input.learner.name;
  return [...latest.values()]
    .map((held) => held.input)
    .sort(
      (a, b) =>
        key(a).localeCompare(key(b)) ||
        (a.learner?.studentNumber ?? '').localeCompare(b.learner?.studentNumber ?? ''),
    );
}

/** Why nothing can be exported yet, in words for the button's explanation. */
export const nothingFinalisedText = {
  submission: 'Feedback can be exported once marking of this submission is finalised.',
  cohort: 'No submission of this version has finalised marking yet.',
} as const;
