/**
 * Resubmissions (issue 5 §8), pure: how attempt 2's evidence compares with
 * attempt 1's, and what attempt 1 gave each criterion. No React, no Dexie.
 *
 * Decisions:
 * - Evidence is compared by content (sha256). The same bytes twice in one
 *   attempt are one piece of evidence: the first occurrence stands for it
 *   (the evidence panel keys files by sha256 too).
 * - A file only in attempt 1 and a file only in attempt 2 with the same role
 *   and the same name (case-insensitive, Unicode-normalised) are one file
 *   *replaced*; several such candidates pair in the order of each attempt.
 *   A file whose bytes are in both attempts is *kept*, even when renamed or
 *   given another role.
 * - Rows are ordered by role (demonstration, reflection, attestation), then
 *   by file name (attempt 2's when there is one); ties keep the order of
 *   kept, replaced, new, removed, then each attempt's own order.
 * - Each side keeps its position in its own attempt's evidence list: that is
 *   the position `evidenceLabel` names under blind marking, so the labels
 *   match the evidence panel's.
 * - A mark is described against the rubric given (the one attempt 2 is
 *   marked against): a level that rubric no longer has is named as such,
 *   without points.
 */
import type {
  Assessment,
  Decision,
  EvidenceItem,
  EvidenceRole,
  Id,
  IsoInstant,
  Rubric,
} from '../../../../../shared/domain';
import { assertNever } from '../../../../../shared/domain';
import type { MarkingRubrics } from '../../../../../shared/domain/marking';
import { evidenceLabel } from '../../../../../shared/domain/marking';

// ---------------------------------------------------------------- evidence

/** One evidence file and its position in its own attempt's list. */
export interface PlacedEvidence {
  readonly item: EvidenceItem;
  readonly index: number;
}

export type EvidenceStatus = 'kept' | 'replaced' | 'new' | 'removed';

export type EvidenceComparisonRow =
  | {
      readonly status: 'kept' | 'replaced';
      readonly previous: PlacedEvidence;
      readonly current: PlacedEvidence;
    }
  | { readonly status: 'new'; readonly previous: null; readonly current: PlacedEvidence }
  | { readonly status: 'removed'; readonly previous: PlacedEvidence; readonly current: null };

export const evidenceStatusLabels: Readonly<Record<EvidenceStatus, string>> = {
  kept: 'Kept',
  replaced: 'Replaced',
  new: 'New',
  removed: 'Removed',
};

const roleOrder: Readonly<Record<EvidenceRole, number>> = {
  demonstration: 0,
  reflection: 1,
  attestation: 2,
};

const statusOrder: Readonly<Record<EvidenceStatus, number>> = {
  kept: 0,
  replaced: 1,
  new: 2,
  removed: 3,
};

const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The first occurrence of each sha256, with its position in the list. */
function distinct(items: readonly EvidenceItem[]): PlacedEvidence[] {
  const seen = new Set<string>();
  const placed: PlacedEvidence[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.sha256)) return;
    seen.add(item.sha256);
    placed.push({ item, index });
  });
  return placed;
}

function replacementKey(item: EvidenceItem): string {
  return `${item.role}\u0000${item.fileName.normalize('NFC').toLowerCase()}`;
}

function sideOf(row: EvidenceComparisonRow): PlacedEvidence {
  return row.current ?? row.previous;
}

function compareRows(a: EvidenceComparisonRow, b: EvidenceComparisonRow): number {
  const x = sideOf(a);
  const y = sideOf(b);
  return (
    roleOrder[x.item.role] - roleOrder[y.item.role] ||
    nameCollator.compare(x.item.fileName, y.item.fileName) ||
    statusOrder[a.status] - statusOrder[b.status] ||
    x.index - y.index
  );
}

/** Attempt 1's evidence beside attempt 2's: kept, replaced, new and removed files. */
export function compareEvidence(
  previous: readonly EvidenceItem[],
  current: readonly EvidenceItem[],
): EvidenceComparisonRow[] {
  const before = distinct(previous);
  const after = distinct(current);
  const beforeBySha = new Map(before.map((p) => [p.item.sha256, p]));
  const rows: EvidenceComparisonRow[] = [];
  const unmatchedAfter: PlacedEvidence[] = [];
  const matched = new Set<string>();
  for (const now of after) {
    const then = beforeBySha.get(now.item.sha256);
    if (then === undefined) {
      unmatchedAfter.push(now);
    } else {
      matched.add(then.item.sha256);
      rows.push({ status: 'kept', previous: then, current: now });
    }
  }
  const waiting = new Map<string, PlacedEvidence[]>();
  for (const then of before) {
    if (matched.has(then.item.sha256)) continue;
    const key = replacementKey(then.item);
    waiting.set(key, [...(waiting.get(key) ?? []), then]);
  }
  for (const now of unmatchedAfter) {
    const then = waiting.get(replacementKey(now.item))?.shift();
    rows.push(
      then === undefined
        ? { status: 'new', previous: null, current: now }
        : { status: 'replaced', previous: then, current: now },
    );
  }
  for (const left of waiting.values()) {
    for (const then of left) rows.push({ status: 'removed', previous: then, current: null });
  }
  return rows.sort(compareRows);
}

/** The names a row's files are shown by (position-based labels under blind marking). */
export function evidenceRowLabels(
  row: EvidenceComparisonRow,
  blind: boolean,
): { readonly previous: string | null; readonly current: string | null } {
  const label = (side: PlacedEvidence | null) =>
    side === null ? null : evidenceLabel(blind, side.item, side.index);
  return { previous: label(row.previous), current: label(row.current) };
}

/** The file attempt 2 brought that the assessor has not seen: replaced and new rows. */
export function openableSha(row: EvidenceComparisonRow): string | null {
  switch (row.status) {
    case 'replaced':
    case 'new':
      return row.current.item.sha256;
    case 'kept':
    case 'removed':
      return null;
    default:
      return assertNever(row);
  }
}

/** How many rows of each status (for a one-line summary). */
export function countByEvidenceStatus(
  rows: readonly EvidenceComparisonRow[],
): Record<EvidenceStatus, number> {
  const counts: Record<EvidenceStatus, number> = { kept: 0, replaced: 0, new: 0, removed: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

// ---------------------------------------------------------------- marks

/** What attempt 1 gave one criterion. `points` is null when it has no level in the rubric. */
export interface PreviousMark {
  readonly levelTitle: string;
  readonly points: number | null;
  readonly comment: string;
}

export const unknownLevelTitle = 'A level no longer in the rubric';
export const unmarkedLevelTitle = 'Not marked';
export const unknownCriterionTitle = 'A criterion no longer in the rubric';

/**
 * Attempt 1's mark for a criterion of `rubric` (its kind says which marks of
 * the assessment to read); null when there is no assessment or it has no mark
 * for the criterion (a criterion added since).
 */
export function previousMarkOf(
  assessment: Assessment | null,
  rubric: Rubric,
  criterionId: Id,
): PreviousMark | null {
  if (assessment === null) return null;
  const mark = assessment[rubric.kind].find((m) => m.criterionId === criterionId);
  if (mark === undefined) return null;
  if (mark.levelId === null) {
    return { levelTitle: unmarkedLevelTitle, points: null, comment: mark.comment };
  }
  const criterion = rubric.criteria.find((c) => c.id === criterionId);
  const level = criterion?.levels.find((l) => l.id === mark.levelId);
  if (level === undefined) {
    return { levelTitle: unknownLevelTitle, points: null, comment: mark.comment };
  }
  return { levelTitle: level.title, points: level.points, comment: mark.comment };
}

/** The titles of the criteria returned for resubmission, in rubric order. */
export function returnedCriterionTitles(
  assessment: Assessment | null,
  rubrics: MarkingRubrics,
): string[] {
  if (assessment === null) return [];
  const returned = new Set(assessment.resubmitCriterionIds);
  const criteria = [...rubrics.demonstration.criteria, ...rubrics.reflection.criteria];
  const known = criteria.filter((c) => returned.has(c.id));
  const unknown = [...returned].filter((id) => !criteria.some((c) => c.id === id));
  return [...known.map((c) => c.title), ...unknown.map(() => unknownCriterionTitle)];
}

/** What `PreviousAttemptSummary` shows of attempt 1's marking. */
export interface AttemptSummary {
  readonly decision: Decision | null;
  readonly feedback: string;
  readonly returnedCriteria: readonly string[];
  readonly overridden: boolean;
  /** Null when attempt 1 has no finalised marking. */
  readonly finalisedAt: IsoInstant | null;
}

export function attemptSummaryOf(
  assessment: Assessment | null,
  rubrics: MarkingRubrics,
): AttemptSummary {
  if (assessment === null) {
    return {
      decision: null,
      feedback: '',
      returnedCriteria: [],
      overridden: false,
      finalisedAt: null,
    };
  }
  return {
    decision: assessment.decision,
    feedback: assessment.feedback,
    returnedCriteria: returnedCriterionTitles(assessment, rubrics),
    overridden: assessment.override !== null,
    finalisedAt: assessment.finalisedAt,
  };
}

export const decisionLabels: Readonly<Record<Decision, string>> = {
  meets: 'Meets',
  not_yet: 'Not yet',
};
