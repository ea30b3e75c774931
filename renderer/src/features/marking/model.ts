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
