/**
 * Submission intake decisions, pure (no React, no Dexie): which roster
 * learner an intake item belongs to, how a learner's files become (or join)
 * a submission, and what the list shows about a submission.
 */
import type {
  Decision,
  EvidenceItem,
  EvidenceRole,
  Id,
  IsoInstant,
  Learner,
  Setting,
  Submission,
  SubmissionSource,
} from '../../../../shared/domain';
import type { IntakeItem, LmsShape, PendingIntake } from '../../../../shared/ipc/contract';

/** "José  Núñez" → "jose nunez": case- and accent-insensitive, spaces collapsed. */
export function normalizeName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Letters and digits only ("O'Brien-Smith, Seán" → "obriensmithsean"), as Canvas squashes names. */
export function squashName(name: string): string {
  return normalizeName(name).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The keys under which a roster name is recognised: the name itself, and
 * every "last first" rotation squashed (Canvas writes `lastfirst`, and which
 * words are the surname is not known from a single name field).
 */
export function nameKeys(name: string): string[] {
  const words = normalizeName(name).split(' ').filter(Boolean);
  const keys = new Set<string>([squashName(name)]);
  for (let split = 1; split < words.length; split += 1) {
    keys.add(squashName([...words.slice(split), ...words.slice(0, split)].join(' ')));
  }
  keys.delete('');
  return [...keys];
}

export type MatchedBy = 'student-number' | 'name';

export interface LearnerMatch {
  readonly learnerId: Id;
  readonly by: MatchedBy;
}

export type LearnerMatcher = (hint: IntakeItem['learner']) => LearnerMatch | null;

/** Matches by student number first, then by name; an ambiguous name matches nobody. */
export function learnerMatcher(learners: readonly Learner[]): LearnerMatcher {
  const byNumber = new Map(learners.map((l) => [l.studentNumber.trim().toLowerCase(), l.id]));
  const byName = new Map<string, Id | null>();
  for (const learner of learners) {
    for (const key of nameKeys(learner.name)) {
      const seen = byName.get(key);
      byName.set(key, seen === undefined || seen === learner.id ? learner.id : null);
    }
  }
  return (hint) => {
    if (hint.studentNumber !== null) {
      const id = byNumber.get(hint.studentNumber.trim().toLowerCase());
      if (id !== undefined) return { learnerId: id, by: 'student-number' };
    }
    if (hint.name !== null) {
      const id = byName.get(squashName(hint.name));
      if (id !== undefined && id !== null) return { learnerId: id, by: 'name' };
    }
    return null;
  };
}

/** One evidence file of an intake as the lead sees it at the matching step. */
export interface PlanItem {
  readonly item: IntakeItem;
  /** Who it was matched to automatically (null: listed as unmatched). */
  readonly matched: LearnerMatch | null;
  /** Who it goes to: the match, or the lead's choice for an unmatched item. */
  readonly learnerId: Id | null;
  readonly role: EvidenceRole;
}

/** The intake's evidence items (an LMS's own index pages left out), matched. */
export function planItems(items: readonly IntakeItem[], match: LearnerMatcher): PlanItem[] {
  return items
    .filter((item) => item.kind !== 'lms-index')
    .map((item) => {
      const matched = match(item.learner);
      return { item, matched, learnerId: matched?.learnerId ?? null, role: item.roleHint };
    });
}

export interface LearnerGroup {
  readonly learnerId: Id;
  readonly items: readonly PlanItem[];
}

/** Matched items by learner, in first-seen order. */
export function groupByLearner(plan: readonly PlanItem[]): LearnerGroup[] {
  const groups = new Map<Id, PlanItem[]>();
  for (const entry of plan) {
    if (entry.learnerId === null) continue;
    const list = groups.get(entry.learnerId) ?? [];
    list.push(entry);
    groups.set(entry.learnerId, list);
  }
  return [...groups].map(([learnerId, items]) => ({ learnerId, items }));
}

/** Adds evidence, skipping files already there (same SHA-256). */
export function mergeEvidence(
  existing: readonly EvidenceItem[],
  added: readonly EvidenceItem[],
): EvidenceItem[] {
  const seen = new Set(existing.map((e) => e.sha256));
  const merged = [...existing];
  for (const item of added) {
    if (seen.has(item.sha256)) continue;
    seen.add(item.sha256);
    merged.push(item);
  }
  return merged;
}

export function evidenceOf(entry: PlanItem): EvidenceItem {
  const { item } = entry;
  return {
    sha256: item.sha256,
    fileName: item.fileName,
    mediaType: item.mediaType,
    size: item.size,
    role: entry.role,
  };
}

export function sourceOf(shape: LmsShape | 'files'): SubmissionSource {
  switch (shape) {
    case 'moodle':
    case 'brightspace':
    case 'canvas':
    case 'folder':
      return shape;
    case 'unknown':
    case 'files':
      return 'manual';
  }
}

export interface IntakeStamp {
  readonly intakeId: Id;
  readonly achievementVersionId: Id;
  readonly source: SubmissionSource;
  readonly at: IsoInstant;
  readonly newId: () => Id;
}

/**
 * A learner's submission after this intake: the existing one for the
 * learner × version with the files merged in, or a new first attempt.
 */
export function applyIntake(
  existing: Submission | undefined,
  learnerId: Id,
  evidence: readonly EvidenceItem[],
  stamp: IntakeStamp,
): Submission {
  if (existing !== undefined) {
    return {
      ...existing,
      evidence: mergeEvidence(existing.evidence, evidence),
      intakeIds: existing.intakeIds.includes(stamp.intakeId)
        ? existing.intakeIds
        : [...existing.intakeIds, stamp.intakeId],
      updatedAt: stamp.at,
    };
  }
  return {
    id: stamp.newId(),
    learnerId,
    achievementVersionId: stamp.achievementVersionId,
    attempt: 1,
    previousSubmissionId: null,
    status: 'received',
    evidence: mergeEvidence([], evidence),
    reflectionText: null,
    setting: null,
    source: stamp.source,
    intakeIds: [stamp.intakeId],
    assessorId: null,
    secondAssessorId: null,
    receivedAt: stamp.at,
    updatedAt: stamp.at,
  };
}

/** The latest attempt among a learner's submissions for one version. */
export function latestAttempt(submissions: readonly Submission[]): Submission | undefined {
  return submissions.reduce<Submission | undefined>(
    (latest, s) => (latest === undefined || s.attempt > latest.attempt ? s : latest),
    undefined,
  );
}

/** What one row of the submission list shows. */
export interface SubmissionRow {
  readonly id: Id;
  readonly learnerName: string;
  readonly studentNumber: string;
  readonly evidenceCount: number;
  readonly totalBytes: number;
  readonly hasReflection: boolean;
  readonly hasAttestation: boolean;
  readonly status: Submission['status'];
  readonly attempt: number;
}

export function submissionRow(submission: Submission, learner: Learner | undefined): SubmissionRow {
  const { evidence } = submission;
  return {
    id: submission.id,
    learnerName: learner?.name ?? 'Unknown learner',
    studentNumber: learner?.studentNumber ?? '',
    evidenceCount: evidence.length,
    totalBytes: evidence.reduce((sum, e) => sum + e.size, 0),
    hasReflection:
      evidence.some((e) => e.role === 'reflection') ||
      (submission.reflectionText ?? '').trim() !== '',
    hasAttestation:
      evidence.some((e) => e.role === 'attestation') ||
      (submission.setting?.supervisor ?? null) !== null,
    status: submission.status,
    attempt: submission.attempt,
  };
}

/** Rows sorted by learner name, then attempt. */
export function sortRows(rows: readonly SubmissionRow[]): SubmissionRow[] {
  return [...rows].sort(
    (a, b) => a.learnerName.localeCompare(b.learnerName) || a.attempt - b.attempt,
  );
}

export const roleLabels: Readonly<Record<EvidenceRole, string>> = {
  demonstration: 'Demonstration',
  reflection: 'Reflection',
  attestation: 'Attestation',
};

/* ---------- Start-up recovery ---------- */

/** What is known in the database about the pending intakes. */
export interface RecoveryLookup {
  /** Intake ids that some submission record carries. */
  readonly intakesWithRecords: ReadonlySet<Id>;
  /** Hashes (among the intakes' created files) that some submission's evidence references. */
  readonly referencedHashes: ReadonlySet<string>;
}

export type RecoveryAction =
  | { readonly kind: 'commit'; readonly intakeId: Id }
  | { readonly kind: 'discard'; readonly intakeId: Id; readonly keep: readonly string[] };

/**
 * What to do with intakes a crash left pending: one whose records were
 * written is committed; one without records is discarded, keeping every file
 * it created that a submission references (deduplicated files may be shared).
 */
export function recoveryActions(
  pending: readonly PendingIntake[],
  lookup: RecoveryLookup,
): RecoveryAction[] {
  return pending.map((intake) =>
    lookup.intakesWithRecords.has(intake.intakeId)
      ? { kind: 'commit', intakeId: intake.intakeId }
      : {
          kind: 'discard',
          intakeId: intake.intakeId,
          keep: [...new Set(intake.created)].filter((h) => lookup.referencedHashes.has(h)),
        },
  );
}

/* ---------- Adding files to one submission ---------- */

/** The submission with files of one intake added (same SHA-256 skipped) and the intake recorded. */
export function addEvidence(
  submission: Submission,
  evidence: readonly EvidenceItem[],
  intakeId: Id,
  at: IsoInstant,
): Submission {
  return {
    ...submission,
    evidence: mergeEvidence(submission.evidence, evidence),
    intakeIds: submission.intakeIds.includes(intakeId)
      ? submission.intakeIds
      : [...submission.intakeIds, intakeId],
    updatedAt: at,
  };
}

/* ---------- Reflection text and attestation ---------- */

/** The attestation form's fields, as typed. */
export interface AttestationForm {
  readonly organisation: string;
  readonly description: string;
  readonly supervisorName: string;
  readonly supervisorRole: string;
  readonly supervisorOrganisation: string;
  /** YYYY-MM-DD or empty. */
  readonly attestedOn: string;
}

export function attestationForm(setting: Setting | null): AttestationForm {
  return {
    organisation: setting?.organisation ?? '',
    description: setting?.description ?? '',
    supervisorName: setting?.supervisor?.name ?? '',
    supervisorRole: setting?.supervisor?.role ?? '',
    supervisorOrganisation: setting?.supervisor?.organisation ?? '',
    attestedOn: setting?.supervisor?.attestedOn ?? '',
  };
}

/** The setting to store: null when every field is empty; no supervisor without a name. */
export function settingOf(form: AttestationForm): Setting | null {
  const t = (v: string) => v.trim();
  const supervisor =
    t(form.supervisorName) === ''
      ? null
      : {
          name: t(form.supervisorName),
          role: t(form.supervisorRole),
          organisation: t(form.supervisorOrganisation),
          attestedOn: t(form.attestedOn) === '' ? null : t(form.attestedOn),
        };
  if (supervisor === null && t(form.organisation) === '' && t(form.description) === '') {
    return null;
  }
  return { organisation: t(form.organisation), description: t(form.description), supervisor };
}

/** Reflection text to store: null when blank. */
export function reflectionTextOf(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/* ---------- Resubmission ---------- */

/**
 * Whether a new attempt may follow this one: it was returned, or approved
 * with a final decision of not yet (`finalDecision`, null when unknown).
 */
export function canResubmit(submission: Submission, finalDecision: Decision | null): boolean {
  return (
    submission.status === 'returned' ||
    (submission.status === 'approved' && finalDecision === 'not_yet')
  );
}

export interface ResubmissionChoice {
  /** SHA-256 of the evidence carried over. */
  readonly keep: ReadonlySet<string>;
  readonly keepReflection: boolean;
  readonly keepSetting: boolean;
}

/** The next attempt: linked to `previous`, received, carrying only what the lead keeps. */
export function resubmissionOf(
  previous: Submission,
  choice: ResubmissionChoice,
  id: Id,
  at: IsoInstant,
): Submission {
  return {
    id,
    learnerId: previous.learnerId,
    achievementVersionId: previous.achievementVersionId,
    attempt: previous.attempt + 1,
    previousSubmissionId: previous.id,
    status: 'received',
    evidence: previous.evidence.filter((e) => choice.keep.has(e.sha256)),
    reflectionText: choice.keepReflection ? previous.reflectionText : null,
    setting: choice.keepSetting ? previous.setting : null,
    source: 'manual',
    intakeIds: [],
    assessorId: null,
    secondAssessorId: null,
    receivedAt: at,
    updatedAt: at,
  };
}
