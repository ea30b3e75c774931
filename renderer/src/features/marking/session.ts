/**
 * Pure decisions of a marking session (no React, no Dexie): the draft a
 * submission opens with, and whether a stored record is someone else's write.
 */
import type {
  Assessment,
  Id,
  IsoInstant,
  Submission,
  SubmissionStatus,
} from '../../../../shared/domain';
import type { AuditEntry } from '../../../../shared/domain/audit';
import { transitionAuditEntry } from '../../../../shared/domain/audit';
import type { MarkingDraft, MarkingRubrics } from '../../../../shared/domain/marking';
import {
  draftFromAssessment,
  emptyDraft,
  startResubmission,
} from '../../../../shared/domain/marking';

export interface DraftSources {
  readonly rubrics: MarkingRubrics;
  /** This marker's stored draft of this submission, if any. */
  readonly stored: Assessment | undefined;
  /** For a resubmission: the attempt before and its finalised assessment. */
  readonly previous: {
    readonly submission: Submission;
    readonly assessment: Assessment | null;
  } | null;
  readonly submission: Submission;
}

/**
 * The stored draft when there is one; else, for a resubmission whose attempt
 * before was marked, that attempt's marks carried over (the criteria returned
 * for resubmission start unmarked); else a blank draft.
 */
export function openingDraft({
  rubrics,
  stored,
  previous,
  submission,
}: DraftSources): MarkingDraft {
  if (stored !== undefined) return draftFromAssessment(stored);
  if (previous?.assessment != null) {
    return startResubmission({
      previous: previous.assessment,
      rubrics,
      previousReflectionText: previous.submission.reflectionText,
      reflectionText: submission.reflectionText,
    });
  }
  return emptyDraft(rubrics);
}

/**
 * True when the stored record is a write this window did not make: not the
 * record it loaded or last wrote, nor one it is writing now.
 */
export function isForeignWrite(
  stored: Assessment | undefined,
  known: Assessment | undefined,
  writing: readonly Assessment[],
): boolean {
  const text = JSON.stringify(stored ?? null);
  const same = (other: Assessment | undefined) => JSON.stringify(other ?? null) === text;
  return !same(known) && !writing.some(same);
}

/** One comment of a criterion's bank: the rubric's own, or one an assessor added. */
export interface BankComment {
  readonly text: string;
  /** The level it was written for, or "Added by you" / "Added by an assessor". */
  readonly source: string;
}

/**
 * A criterion's comment bank as the assessor sees it, numbered for Alt+1–9:
 * the rubric's comments level by level, then those added while marking; each
 * text once.
 */
export function bankOf(
  criterion: {
    readonly levels: readonly { readonly title: string; readonly commentBank: readonly string[] }[];
  },
  saved: readonly { readonly text: string; readonly authorId: string }[],
  selfId: string | null,
): BankComment[] {
  const seen = new Set<string>();
  const fresh = (text: string) => !seen.has(text) && Boolean(seen.add(text));
  return [
    ...criterion.levels.flatMap((level) =>
      level.commentBank.filter(fresh).map((text) => ({ text, source: level.title })),
    ),
    ...saved
      .filter((c) => fresh(c.text))
      .map((c) => ({
        text: c.text,
        source: c.authorId === selfId ? 'Added by you' : 'Added by an assessor',
      })),
  ];
}

/** The row ids of a queue in order, with the fields the "next" decisions read. */
export interface OrderedRow {
  readonly id: string;
  readonly achievementVersionId: string;
  readonly status: SubmissionStatus;
}

/**
 * "Grade this criterion across learners": the submission after `currentId`
 * in queue order, of the same achievement version, that is still being
 * marked (or not yet started). Null at the end of the list.
 */
export function nextAcrossLearners(
  rows: readonly OrderedRow[],
  currentId: string,
  markable: (status: SubmissionStatus) => boolean,
): string | null {
  const current = rows.find((r) => r.id === currentId);
  if (current === undefined) return null;
  const index = rows.indexOf(current);
  const after = rows
    .slice(index + 1)
    .find((r) => r.achievementVersionId === current.achievementVersionId && markable(r.status));
  return after?.id ?? null;
}

/** Position of `currentId` among the markable rows of its version: "3 of 12". */
export function positionAcrossLearners(
  rows: readonly OrderedRow[],
  currentId: string,
  markable: (status: SubmissionStatus) => boolean,
): { readonly index: number; readonly count: number } | null {
  const current = rows.find((r) => r.id === currentId);
  if (current === undefined) return null;
  const same = rows.filter(
    (r) =>
      r.achievementVersionId === current.achievementVersionId &&
      (r.id === currentId || markable(r.status)),
  );
  return { index: same.indexOf(current), count: same.length };
}

export interface EditFacts {
  readonly readOnly: boolean;
  /** The draft is on screen. */
  readonly loaded: boolean;
  /** Another window's marks are waiting to be settled. */
  readonly conflict: boolean;
  readonly finalising: boolean;
  /** The write that moves the submission into marking (for this marker) is on its way. */
  readonly starting: boolean;
  readonly status: string | null;
  readonly assessorId: string | null;
  readonly selfId: string | null;
}

/**
 * Whether the marker may change the marks now: the draft is loaded, nothing
 * else is settling, and the submission is in marking and allocated to them
 * (or on its way there). A lead who opens someone else's sees it read-only.
 */
export function canEdit(facts: EditFacts): boolean {
  if (facts.readOnly || !facts.loaded || facts.conflict || facts.finalising) return false;
  if (facts.starting) return true;
  return (
    facts.status === 'in_marking' && facts.selfId !== null && facts.assessorId === facts.selfId
  );
}

/**
 * The submission after the write that starts marking, judged against what is
 * stored now (inside the write's transaction): unchanged when this marker
 * already has it in marking (another window of theirs started first); refused
 * when its status or assessor changed since it was read (a lead reallocated it).
 */
export function startMarkingUpdate(
  current: Submission,
  seen: Pick<Submission, 'status' | 'assessorId'>,
  selfId: Id,
  at: IsoInstant,
): Submission {
  if (current.status === 'in_marking' && current.assessorId === selfId) return current;
  const allocatedElsewhere = seen.assessorId !== null && current.assessorId !== seen.assessorId;
  if (current.status !== seen.status || allocatedElsewhere) {
    throw new Error(
      'The submission changed since it was opened (allocated or marked elsewhere): reopen it.',
    );
  }
  return { ...current, status: 'in_marking', assessorId: selfId, updatedAt: at };
}

/**
 * The audit events of the write that starts marking (`startMarkingUpdate`):
 * on a single-user machine a received submission is allocated first; a
 * returned one resumes. None when nothing changed.
 */
export function startMarkingAudit(
  before: Submission,
  after: Submission,
  selfId: Id,
  at: IsoInstant,
): AuditEntry[] {
  if (before.status === after.status) return [];
  const common = { submissionId: before.id, actorId: selfId, at };
  const entries: AuditEntry[] = [];
  let from = before.status;
  if (from === 'received') {
    entries.push(
      transitionAuditEntry({
        ...common,
        action: 'allocate',
        from,
        to: 'allocated',
        assessorId: after.assessorId,
      }),
    );
    from = 'allocated';
  }
  const action = from === 'returned' ? 'resume_marking' : 'start_marking';
  entries.push(transitionAuditEntry({ ...common, action, from, to: after.status }));
  return entries;
}
