/**
 * The records of DESIGN.md §2. Pure data: no methods, no runtime imports.
 * Each record that the renderer stores in Dexie has an `id` primary key.
 */
import type { Id, IsoInstant, Sha256Hex } from './ids';
import type { Rubric } from './rubric';
import type { SubmissionStatus } from './workflow';

export type Role = 'assessor' | 'lead' | 'registrar';

export interface Program {
  readonly id: Id;
  readonly name: string;
  readonly code: string;
  readonly description: string;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
  readonly retiredAt: IsoInstant | null;
}

/**
 * OB 3.0's `AlignmentTargetType` values, plus the `ext:` extension Attest uses
 * for the institution's own frameworks (values, strategic plan, digital
 * learning strategy).
 */
export const alignmentTargetTypes = [
  'CFItem',
  'CTDL',
  'ceasn:Competency',
  'ceterms:Credential',
  'CFRubric',
  'CFRubricCriterion',
  'CFRubricCriterionLevel',
  'ext:InstitutionFramework',
] as const;
export type AlignmentTargetType = (typeof alignmentTargetTypes)[number];

export interface Alignment {
  readonly id: Id;
  /** Set when the target is one of the institution's frameworks (values, strategic plan, digital learning strategy). */
  readonly institutionFrameworkId: Id | null;
  readonly targetName: string;
  readonly targetCode: string | null;
  readonly targetFramework: string | null;
  readonly targetUrl: string;
  readonly targetDescription: string | null;
  readonly targetType: AlignmentTargetType | null;
}

export interface Endorsement {
  readonly id: Id;
  readonly organisation: string;
  readonly url: string;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly statement: string;
  /** Calendar date (YYYY-MM-DD) the partner endorsed the credential. */
  readonly endorsedOn: string;
}

export interface BadgeImage {
  readonly sha256: Sha256Hex;
  readonly mediaType: 'image/png' | 'image/svg+xml';
  readonly width: number;
  readonly height: number;
}

export type AchievementVersionState = 'draft' | 'published';

/** A micro-credential definition. Versions are separate records (`AchievementVersion`). */
export interface Achievement {
  readonly id: Id;
  readonly programId: Id;
  readonly createdAt: IsoInstant;
  readonly retiredAt: IsoInstant | null;
  /**
   * Blind marking: assessors never see the learner's name or student number
   * (queue, marking view, evidence file names). A marking policy, not part of
   * the credential, so it lives here rather than on a frozen version.
   */
  readonly blindMarking: boolean;
}

/** One version of an achievement. Published versions are frozen. */
export interface AchievementVersion {
  readonly id: Id;
  readonly achievementId: Id;
  readonly programId: Id;
  /** 1, 2, 3… within its achievement. */
  readonly version: number;
  readonly state: AchievementVersionState;
  readonly name: string;
  readonly humanCode: string;
  readonly description: string;
  readonly criteriaNarrative: string;
  readonly image: BadgeImage | null;
  readonly tags: readonly string[];
  readonly creditsAvailable: number | null;
  readonly hours: number | null;
  /** Months a credential stays valid after issue; null = does not expire. */
  readonly validityMonths: number | null;
  readonly achievementType: 'MicroCredential';
  readonly alignments: readonly Alignment[];
  readonly endorsements: readonly Endorsement[];
  readonly demonstrationRubric: Rubric;
  readonly reflectionRubric: Rubric;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
  readonly publishedAt: IsoInstant | null;
}

/** Values, strategic plan, digital learning strategy: edited once in Settings. */
export interface InstitutionFramework {
  readonly id: Id;
  readonly kind: 'values' | 'strategic-plan' | 'digital-learning-strategy' | 'other';
  readonly name: string;
  readonly url: string;
  readonly items: readonly {
    readonly code: string;
    readonly name: string;
    readonly description: string;
  }[];
}

export interface Learner {
  readonly id: Id;
  /** The institution's student number; unique. */
  readonly studentNumber: string;
  readonly name: string;
  readonly email: string;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}

export interface Cohort {
  readonly id: Id;
  readonly programId: Id;
  readonly name: string;
  readonly section: string | null;
}

export interface Enrolment {
  readonly id: Id;
  readonly learnerId: Id;
  readonly cohortId: Id;
  readonly enrolledAt: IsoInstant;
}

export type EvidenceRole = 'demonstration' | 'reflection' | 'attestation';

export interface EvidenceItem {
  readonly sha256: Sha256Hex;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly role: EvidenceRole;
}

/** Where the learner applied the theory, and who saw it. */
export interface Setting {
  readonly organisation: string;
  readonly description: string;
  readonly supervisor: {
    readonly name: string;
    readonly role: string;
    readonly organisation: string;
    readonly attestedOn: string | null;
  } | null;
}

export type SubmissionSource = 'folder' | 'moodle' | 'brightspace' | 'canvas' | 'manual' | 'packet';

export interface Submission {
  readonly id: Id;
  readonly learnerId: Id;
  readonly achievementVersionId: Id;
  /** 1 for a first submission; a resubmission links to the attempt before it. */
  readonly attempt: number;
  readonly previousSubmissionId: Id | null;
  readonly status: SubmissionStatus;
  readonly evidence: readonly EvidenceItem[];
  readonly reflectionText: string | null;
  readonly setting: Setting | null;
  readonly source: SubmissionSource;
  /**
   * The intakes whose stored files this submission's evidence came from. Main
   * keeps a journal per intake until the renderer has written the records that
   * carry its id; at start, a journal without records is discarded.
   */
  readonly intakeIds: readonly Id[];
  /** The assessor this submission is allocated to (first marking). */
  readonly assessorId: Id | null;
  readonly secondAssessorId: Id | null;
  readonly receivedAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}

export type Decision = 'meets' | 'not_yet';
export type MarkingRound = 'first' | 'second';

export interface CriterionMark {
  readonly criterionId: Id;
  readonly levelId: Id | null;
  readonly comment: string;
}

/** A passage of the reflection tagged with a stage of its model. Offsets are UTF-16 code units. */
export interface ReflectionTag {
  readonly id: Id;
  readonly start: number;
  readonly end: number;
  readonly stage: string;
  readonly note: string;
}

/** The text of a reflection file, as the marker tagged it. */
export interface ReflectionSource {
  readonly sha256: Sha256Hex;
  readonly text: string;
}

export interface Assessment {
  readonly id: Id;
  readonly submissionId: Id;
  readonly round: MarkingRound;
  readonly markerId: Id;
  readonly demonstration: readonly CriterionMark[];
  readonly reflection: readonly CriterionMark[];
  readonly reflectionTags: readonly ReflectionTag[];
  readonly feedback: string;
  readonly decision: Decision | null;
  /** Criteria the learner must resubmit for, when the decision is not yet. */
  readonly resubmitCriterionIds: readonly Id[];
  /** Set when the marker decided *meets* against the pass rules; a lead must see it. */
  readonly override: { readonly reason: string } | null;
  /**
   * Resubmissions: criteria whose level and comment were carried over from the
   * attempt before and not yet reopened or edited by this marker.
   */
  readonly carriedOverCriterionIds: readonly Id[];
  /**
   * When the reflection came as a file (no typed text): the file and the text
   * taken from it, which `reflectionTags` point into. Kept here so the tags
   * stay right even if a later version of the text extraction reads the file
   * differently.
   */
  readonly reflectionSource: ReflectionSource | null;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
  readonly finalisedAt: IsoInstant | null;
}

/**
 * A comment an assessor added to a criterion's comment bank while marking.
 * Published rubrics (and their banks) are frozen, so these live beside them,
 * keyed by the criterion; they are offered with the rubric's own comments.
 */
export interface SavedComment {
  readonly id: Id;
  readonly criterionId: Id;
  readonly text: string;
  readonly authorId: Id;
  readonly createdAt: IsoInstant;
}

export interface ApprovalBatch {
  readonly id: Id;
  readonly approverId: Id;
  readonly submissionIds: readonly Id[];
  readonly createdAt: IsoInstant;
}

export type CredentialStatus = 'active' | 'revoked';

export interface IssuedCredential {
  readonly id: Id;
  readonly submissionId: Id;
  readonly learnerId: Id;
  readonly achievementVersionId: Id;
  /** The credential's own `id` URI (urn:uuid:…). */
  readonly credentialId: string;
  readonly status: CredentialStatus;
  readonly statusListIndex: number;
  readonly issuedAt: IsoInstant;
  readonly revokedAt: IsoInstant | null;
  readonly revocationReason: string | null;
}

/** One entry of the hash-chained audit log: `hash` covers `prevHash` and the event. */
export interface AuditEvent {
  readonly seq: number;
  readonly at: IsoInstant;
  readonly actorId: Id;
  readonly action: string;
  readonly subjectId: Id;
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
  readonly prevHash: Sha256Hex;
  readonly hash: Sha256Hex;
}

export interface Identity {
  readonly id: Id;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly Role[];
  /** Multibase Ed25519 public key (z6Mk…); the private key never leaves main. */
  readonly publicKeyMultibase: string | null;
  /** True for the person using this machine. */
  readonly isSelf: boolean;
}

/** A pinned public key of another person, used to check their signed files. */
export interface TrustedKey {
  readonly id: Id;
  readonly identityId: Id;
  readonly publicKeyMultibase: string;
  readonly pinnedAt: IsoInstant;
  readonly fingerprint: string;
}
