/**
 * The assessor's queue, pure (no React, no Dexie): the rows built from bulk
 * reads, the filters, the sort orders, the counts and "next unmarked". Fast
 * enough for 10,000 rows on every key press: filtering is one pass that keeps
 * the order, sorting compares precomputed keys, "next unmarked" is one pass.
 *
 * Blind marking: a row of a blind achievement carries the candidate label
 * only. The learner's name and student number never reach the row, so no
 * filter can match them and no component can show them.
 */
import type {
  Achievement,
  Actor,
  AchievementVersion,
  Id,
  IsoInstant,
  Learner,
  Submission,
  SubmissionStatus,
  WorkflowAction,
  WorkflowFacts,
} from '../../../../shared/domain';
import { submissionStatuses, transition } from '../../../../shared/domain';
import { learnerLabel } from '../../../../shared/domain/marking';

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
  /** What the row calls the learner: their name, or the candidate label under blind marking. */
  readonly learnerName: string;
  readonly versionLabel: string;
  readonly achievementVersionId: Id;
  readonly status: SubmissionStatus;
  readonly attempt: number;
  readonly receivedAt: IsoInstant;
  /** The learner's student number; absent under blind marking (and when unknown). */
  readonly studentNumber?: string;
  /** The achievement is marked blind: `learnerName` is the candidate label. */
  readonly blind?: boolean;
  /** A first-round assessment has an override of the pass rules awaiting the lead. */
  readonly flagged?: boolean;
}

export interface QueueFilter {
  readonly achievementVersionId: Id | null;
  readonly status: SubmissionStatus | null;
  /** Text in the learner's label or student number (case-insensitive); '' or absent: any. */
  readonly learner?: string;
  /** Only flagged rows. */
  readonly flagged?: boolean;
}

export const queueSortKeys = ['received', 'learner', 'status', 'achievement'] as const;
export type QueueSortKey = (typeof queueSortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

export interface QueueSort {
  readonly key: QueueSortKey;
  readonly direction: SortDirection;
}

/** Oldest first: the queue's default order. */
export const defaultQueueSort: QueueSort = { key: 'received', direction: 'ascending' };

export interface QueueSources {
  readonly submissions: readonly Submission[];
  readonly learners: readonly Learner[];
  readonly achievements: readonly Pick<Achievement, 'id' | 'blindMarking'>[];
  readonly versions: readonly AchievementVersion[];
  /** Submissions whose first-round assessment has an override awaiting the lead. */
  readonly flaggedIds: ReadonlySet<Id>;
}

function labelOf(version: AchievementVersion): string {
  return `${version.name} v${version.version}`;
}

/** The queue's rows from one bulk read of each table, in the default order. */
export function buildQueueRows(sources: QueueSources): QueueRow[] {
  const learners = new Map(sources.learners.map((l) => [l.id, l]));
  const blindAchievements = new Set(
    sources.achievements.filter((a) => a.blindMarking).map((a) => a.id),
  );
  const versions = new Map(
    sources.versions.map((v) => [
      v.id,
      { label: labelOf(v), blind: blindAchievements.has(v.achievementId) },
    ]),
  );
  const rows = sources.submissions.map((s): QueueRow => {
    const version = versions.get(s.achievementVersionId);
    // Fails closed: a version not loaded yet (a new intake) is treated as blind.
    const blind = version?.blind ?? true;
    const learner = learners.get(s.learnerId);
    const base = {
      id: s.id,
      learnerName: learnerLabel(blind, s.id, learner),
      versionLabel: version?.label ?? 'Unknown achievement',
      achievementVersionId: s.achievementVersionId,
      status: s.status,
      attempt: s.attempt,
      receivedAt: s.receivedAt,
      blind,
      flagged: sources.flaggedIds.has(s.id),
    };
    return blind || learner === undefined
      ? base
      : { ...base, studentNumber: learner.studentNumber };
  });
  return sortQueue(rows);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const statusOrder = new Map(submissionStatuses.map((s, i) => [s, i]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The default order: oldest first, then by learner, then by id (so the order is total). */
function compareDefault(a: QueueRow, b: QueueRow): number {
  return (
    compareText(a.receivedAt, b.receivedAt) ||
    collator.compare(a.learnerName, b.learnerName) ||
    compareText(a.id, b.id)
  );
}

function comparePrimary(key: QueueSortKey, a: QueueRow, b: QueueRow): number {
  switch (key) {
    case 'received':
      return compareText(a.receivedAt, b.receivedAt);
    case 'learner':
      return collator.compare(a.learnerName, b.learnerName);
    case 'status':
      return (statusOrder.get(a.status) ?? 0) - (statusOrder.get(b.status) ?? 0);
    case 'achievement':
      return collator.compare(a.versionLabel, b.versionLabel);
  }
}

/**
 * Sorted by `sort.key` in its direction; ties in the default order (oldest
 * first), whatever the direction, so equal rows never swap places.
 */
export function sortQueue(
  rows: readonly QueueRow[],
  sort: QueueSort = defaultQueueSort,
): QueueRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * comparePrimary(sort.key, a, b) || compareDefault(a, b));
}

/** The rows matching every part of the filter, in their order. */
export function filterQueue(rows: readonly QueueRow[], filter: QueueFilter): QueueRow[] {
  const text = (filter.learner ?? '').trim().toLocaleLowerCase();
  const { achievementVersionId, status } = filter;
  const flaggedOnly = filter.flagged ?? false;
  return rows.filter(
    (r) =>
      (achievementVersionId === null || r.achievementVersionId === achievementVersionId) &&
      (status === null || r.status === status) &&
      (!flaggedOnly || r.flagged === true) &&
      (text === '' || matchesLearner(r, text)),
  );
}

/** `text` is lower case. Under blind marking only the candidate label can match. */
function matchesLearner(row: QueueRow, text: string): boolean {
  if (row.learnerName.toLocaleLowerCase().includes(text)) return true;
  return row.blind !== true && row.studentNumber?.toLocaleLowerCase().includes(text) === true;
}

/** How many rows are in each status present (the filter's status left out). */
export function countByStatus(rows: readonly QueueRow[]): ReadonlyMap<SubmissionStatus, number> {
  const counts = new Map<SubmissionStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return counts;
}

/**
 * The next submission to mark: the first unmarked in the default order,
 * preferring one already in marking; never `exceptId` (the one just finalised
 * or open). One pass, whatever order `rows` are in.
 */
export function nextUnmarked(rows: readonly QueueRow[], exceptId: Id | null = null): Id | null {
  const best = new Map<SubmissionStatus, QueueRow>();
  for (const r of rows) {
    if (r.id === exceptId || !isUnmarked(r.status)) continue;
    const current = best.get(r.status);
    if (current === undefined || compareDefault(r, current) < 0) best.set(r.status, r);
  }
  for (const status of unmarkedStatuses) {
    const found = best.get(status);
    if (found !== undefined) return found.id;
  }
  return null;
}

export type BatchPlan =
  | { readonly ok: true; readonly ids: readonly Id[]; readonly to: SubmissionStatus }
  | { readonly ok: false; readonly reason: string };

/**
 * One workflow action on many submissions, judged by `transition` for each:
 * all of them or none (the first refusal is the reason, with how many).
 */
export function planBatch(
  submissions: readonly Submission[],
  action: WorkflowAction,
  actor: Actor,
  factsOf: (submission: Submission) => WorkflowFacts,
): BatchPlan {
  if (submissions.length === 0) return { ok: false, reason: 'No submissions are selected.' };
  let to: SubmissionStatus | null = null;
  let firstReason: string | null = null;
  let refused = 0;
  for (const s of submissions) {
    const result = transition(s.status, action, actor, factsOf(s));
    if (result.ok) {
      to ??= result.to;
    } else {
      firstReason ??= result.reason;
      refused += 1;
    }
  }
  if (firstReason !== null) {
    const of = `${refused} of the ${submissions.length} selected`;
    return { ok: false, reason: `Nothing was changed (${of}): ${firstReason}` };
  }
  if (to === null) return { ok: false, reason: 'No submissions are selected.' };
  return { ok: true, ids: submissions.map((s) => s.id), to };
}
