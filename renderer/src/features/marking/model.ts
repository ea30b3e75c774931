/**
 * Marking workbench decisions, pure (no React, no Dexie): which submissions an
 * assessor sees, the workflow facts of a submission and its assessment record
 * (the queue's logic is in queue.ts, the keys in keys.ts).
 */
import type {
  AchievementVersion,
  Assessment,
  Id,
  Identity,
  IsoInstant,
  Submission,
  WorkflowFacts,
} from '../../../../shared/domain';
import type { MarkingDraft, MarkingRubrics } from '../../../../shared/domain/marking';
import { assessmentFields, markingStatus } from '../../../../shared/domain/marking';

// The queue's logic lives in queue.ts; re-exported for the modules that import it from here.
export type { QueueFilter, QueueRow, QueueSort, QueueSortKey, SortDirection } from './queue';
export {
  countByStatus,
  filterQueue,
  isUnmarked,
  nextUnmarked,
  sortQueue,
  unmarkedStatuses,
} from './queue';

export function versionLabel(version: Pick<AchievementVersion, 'name' | 'version'>): string {
  return `${version.name} v${version.version}`;
}

/**
 * The submissions an assessor may mark. On a single-user machine (no identity
 * but one's own) all of them; an assessor sees those allocated to them or to
 * nobody; anyone else (a lead without the assessor role) sees all.
 */
export function visibleTo(
  submissions: readonly Submission[],
  self: Identity | null,
  singleUser: boolean,
): Submission[] {
  if (singleUser || self === null || !self.roles.includes('assessor')) return [...submissions];
  return submissions.filter((s) => s.assessorId === null || s.assessorId === self.id);
}

/** What the workflow guards need to know, from the submission and the marker's draft. */
export function workflowFacts(
  submission: Submission,
  draft: MarkingDraft | null,
  rubrics: MarkingRubrics | null,
  nextAssessorId?: Id,
): WorkflowFacts {
  const status = draft !== null && rubrics !== null ? markingStatus(draft, rubrics) : null;
  return {
    assessorId: submission.assessorId,
    secondAssessorId: submission.secondAssessorId,
    markerIds: { first: null, second: null },
    decision: draft?.decision ?? null,
    demonstrationMeets: status?.demonstration.meets ?? false,
    reflectionMeets: status?.reflection.meets ?? false,
    overrideAccepted: false,
    ...(nextAssessorId === undefined ? {} : { nextAssessorId }),
  };
}

export interface AssessmentMeta {
  readonly id: Id;
  readonly submissionId: Id;
  readonly markerId: Id;
  readonly createdAt: IsoInstant;
}

/** The first-round assessment record of a draft. */
export function assessmentOf(
  meta: AssessmentMeta,
  draft: MarkingDraft,
  at: IsoInstant,
  finalisedAt: IsoInstant | null = null,
): Assessment {
  return {
    ...meta,
    round: 'first',
    ...assessmentFields(draft),
    updatedAt: at,
    finalisedAt,
  };
}
