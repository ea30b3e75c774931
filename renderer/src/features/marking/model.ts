/**
 * Marking workbench decisions, pure (no React, no Dexie): which submissions an
 * assessor sees, the next one to mark, the workflow facts of a submission and
 * what a key press means on the marking screens.
 */
import type {
  AchievementVersion,
  Assessment,
  Id,
  Identity,
  IsoInstant,
  Submission,
  SubmissionStatus,
  WorkflowFacts,
} from '../../../../shared/domain';
import type { MarkingDraft, MarkingRubrics } from '../../../../shared/domain/marking';
import { assessmentFields, markingStatus } from '../../../../shared/domain/marking';

/** Statuses that still need first marking, in the order "next unmarked" prefers them. */
export const unmarkedStatuses: readonly SubmissionStatus[] = [
  'in_marking',
  'returned',
  'allocated',
  'received',
];

export function isUnmarked(status: SubmissionStatus): boolean {
  return unmarkedStatuses.includes(status);
}

export interface QueueRow {
  readonly id: Id;
  readonly learnerName: string;
  readonly versionLabel: string;
  readonly achievementVersionId: Id;
  readonly status: SubmissionStatus;
  readonly attempt: number;
  readonly receivedAt: IsoInstant;
}

export interface QueueFilter {
  readonly achievementVersionId: Id | null;
  readonly status: SubmissionStatus | null;
}

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

/** Oldest first, then by learner name: the order of the queue and of "next unmarked". */
export function sortQueue(rows: readonly QueueRow[]): QueueRow[] {
  return [...rows].sort(
    (a, b) =>
      a.receivedAt.localeCompare(b.receivedAt) ||
      a.learnerName.localeCompare(b.learnerName) ||
      a.id.localeCompare(b.id),
  );
}

export function filterQueue(rows: readonly QueueRow[], filter: QueueFilter): QueueRow[] {
  return rows.filter(
    (r) =>
      (filter.achievementVersionId === null ||
        r.achievementVersionId === filter.achievementVersionId) &&
      (filter.status === null || r.status === filter.status),
  );
}

/** How many rows are in each status present (the filter's status left out). */
export function countByStatus(rows: readonly QueueRow[]): ReadonlyMap<SubmissionStatus, number> {
  const counts = new Map<SubmissionStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return counts;
}

/**
 * The next submission to mark: the first unmarked in queue order, preferring
 * one already in marking; never `exceptId` (the one just finalised or open).
 */
export function nextUnmarked(rows: readonly QueueRow[], exceptId: Id | null = null): Id | null {
  const sorted = sortQueue(rows).filter((r) => r.id !== exceptId);
  for (const status of unmarkedStatuses) {
    const found = sorted.find((r) => r.status === status);
    if (found !== undefined) return found.id;
  }
  return null;
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

export type MarkingCommand =
  | { readonly type: 'level'; readonly index: number }
  | { readonly type: 'criterion'; readonly step: 1 | -1 }
  | { readonly type: 'comment' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'nextUnmarked' }
  | { readonly type: 'decideMeets' }
  | { readonly type: 'decideNotYet' }
  | { readonly type: 'finalise' };

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * The marking command of a key press. `typing` is true in a text field: there
 * only undo/redo and Ctrl+Enter (finalise) are commands, so letters type.
 */
export function markingCommand(press: KeyPress, typing: boolean): MarkingCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  if (mod && !press.altKey && press.key.toLowerCase() === 'z') {
    return press.shiftKey ? { type: 'redo' } : { type: 'undo' };
  }
  if (mod && !press.altKey && press.key.toLowerCase() === 'y') return { type: 'redo' };
  if (mod && press.key === 'Enter') return { type: 'finalise' };
  if (typing || mod || press.altKey) return null;
  if (/^[1-9]$/.test(press.key)) return { type: 'level', index: Number(press.key) - 1 };
  switch (press.key) {
    case 'j':
    case 'ArrowDown':
      return { type: 'criterion', step: 1 };
    case 'k':
    case 'ArrowUp':
      return { type: 'criterion', step: -1 };
    case 'c':
      return { type: 'comment' };
    case 'n':
      return { type: 'nextUnmarked' };
    case 'm':
      return { type: 'decideMeets' };
    case 'y':
      return { type: 'decideNotYet' };
    default:
      return null;
  }
}

/** Each bank comment of a criterion once, with the level it belongs to. */
export function commentBankOf(criterion: {
  readonly levels: readonly { readonly title: string; readonly commentBank: readonly string[] }[];
}): { readonly level: string; readonly text: string }[] {
  const seen = new Set<string>();
  return criterion.levels.flatMap((level) =>
    level.commentBank
      .filter((text) => !seen.has(text) && seen.add(text))
      .map((text) => ({ level: level.title, text })),
  );
}
