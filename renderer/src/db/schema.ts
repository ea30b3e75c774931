/**
 * The migration history of the renderer's database (STYLE.md habit 9).
 *
 * APPEND-ONLY. A released entry is never edited: a data-shape change gets a
 * new entry (with only the tables that change, `null` to delete a table), an
 * `upgrade()` when existing rows must be rewritten, and a test that opens real
 * old rows through `openWithHistoricalData` (migrationHarness.ts).
 *
 * Dexie syntax: the first key is the primary key; `&` unique, `*` multi-entry,
 * `[a+b]` compound. A two-part compound index also answers queries on its
 * first part (`where('a')`, Dexie's "virtual index"), so a separate index on
 * that part would only cost write time and space; those are left out on
 * purpose and the comments below say which compound index a query rides on.
 * Only valid IndexedDB keys are indexed: rows whose value is `null`/boolean
 * are simply absent from that index (so booleans are never indexed).
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites existing rows when this version is applied to an older database. */
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown> | undefined;
}

const version1: SchemaVersion = {
  version: 1,
  stores: {
    // code: find a program when importing a packet or roster that names it.
    programs: 'id, code',
    // programId: the achievements of a program (set-up screens).
    achievements: 'id, programId',
    // &[achievementId+version]: one record per version number; its prefix
    //   answers "versions of an achievement", already sorted by version.
    // state: "published versions" pickers (intake, allocation).
    // [programId+state]: published versions of one program; prefix = programId.
    achievementVersions: 'id, &[achievementId+version], state, [programId+state]',
    // kind: Settings shows one framework per kind.
    institutionFrameworks: 'id, kind',
    // &studentNumber: roster and LMS imports upsert by student number; unique
    //   so two records can never claim the same learner.
    // email: LMS exports (Canvas, Moodle) sometimes identify learners by email.
    learners: 'id, &studentNumber, email',
    // programId: cohorts of a program.
    cohorts: 'id, programId',
    // &[cohortId+learnerId]: enrolling twice is a no-op; prefix = a cohort's roster.
    // learnerId: the cohorts of one learner.
    enrolments: 'id, &[cohortId+learnerId], learnerId',
    // status: the lead's queues across every credential (received, marked…).
    // [achievementVersionId+status]: a credential's queue and status counts;
    //   prefix = every submission for a version.
    // [assessorId+status]: an assessor's own queue; prefix = all allocated to them.
    // [secondAssessorId+status]: the second-marking queue of a moderator.
    // [learnerId+achievementVersionId]: idempotent intake ("has this learner
    //   already submitted for this version?"); prefix = a learner's history.
    submissions:
      'id, status, [achievementVersionId+status], [assessorId+status], ' +
      '[secondAssessorId+status], [learnerId+achievementVersionId]',
    // &[submissionId+round+markerId]: one assessment per marker per submission
    //   and round, so re-importing a marking bundle updates, never duplicates.
    // submissionId: the assessments of a submission. A real index, not the
    //   compound's prefix: Dexie 4.4 pads a two-part-short prefix with the same
    //   maxKey array twice, which spec-following IndexedDB rejects (DataError).
    // markerId: agreement statistics per marker.
    assessments: 'id, &[submissionId+round+markerId], submissionId, markerId',
    // approverId: "approved by me" history; createdAt: newest batches first.
    approvalBatches: 'id, approverId, createdAt',
    // submissionId: the credential(s) of a submission (re-issue keeps the old one).
    // &credentialId: verification and revocation look credentials up by their URI.
    // status: active vs revoked lists; &statusListIndex: each bit of the status
    //   list belongs to one credential, and the next free index is the last + 1.
    // learnerId, achievementVersionId: registrar views per learner / credential.
    issuedCredentials:
      'id, submissionId, &credentialId, status, &statusListIndex, learnerId, achievementVersionId',
    // seq (primary, assigned by the appender, not auto-incremented: the hash
    //   chain covers it). subjectId: the history of one record. actorId: who did what.
    auditEvents: 'seq, subjectId, actorId',
    // *roles: pick assessors or leads when allocating. email: match bundle senders.
    identities: 'id, *roles, email',
    // identityId: the pinned key(s) a signed file must match.
    // &fingerprint: a key is pinned once, to one person.
    trustedKeys: 'id, identityId, &fingerprint',
    // key: small settings and the schema version written by the app (see openAppDB).
    meta: 'key',
  },
};

/**
 * v2: submissions remember the intakes their evidence came from (`*intakeIds`),
 * so recovery after a crash can tell a finished intake from an abandoned one.
 */
const version2: SchemaVersion = {
  version: 2,
  stores: {
    submissions:
      'id, status, [achievementVersionId+status], [assessorId+status], ' +
      '[secondAssessorId+status], [learnerId+achievementVersionId], *intakeIds',
  },
  upgrade: (tx) =>
    tx
      .table('submissions')
      .toCollection()
      .modify((row: { intakeIds?: unknown }) => {
        if (!Array.isArray(row.intakeIds)) row.intakeIds = [];
      }),
};

/**
 * v3: a `savedComments` table (comment bank additions made while marking).
 * Achievements gain `blindMarking` (false for existing
 * ones) and assessments `carriedOverCriterionIds` (empty: no v2 assessment
 * carried marks over, the resubmission view is new in v3) and
 * `reflectionSource` (null: v2 tagged typed reflections only).
 */
const version3: SchemaVersion = {
  version: 3,
  stores: {
    // criterionId: the comments saved for the criteria on screen.
    savedComments: 'id, criterionId',
  },
  upgrade: async (tx) => {
    await tx
      .table('achievements')
      .toCollection()
      .modify((row: { blindMarking?: unknown }) => {
        if (typeof row.blindMarking !== 'boolean') row.blindMarking = false;
      });
    await tx
      .table('assessments')
      .toCollection()
      .modify((row: { carriedOverCriterionIds?: unknown; reflectionSource?: unknown }) => {
        if (!Array.isArray(row.carriedOverCriterionIds)) row.carriedOverCriterionIds = [];
        if (row.reflectionSource === undefined) row.reflectionSource = null;
      });
  },
};

/** Every version this app knows, oldest first. Append; never edit or reorder. */
export const schemaVersions: readonly SchemaVersion[] = [version1, version2, version3];

/** The newest schema version this app knows (and writes into `meta`). */
export const latestSchemaVersion: number = schemaVersions.reduce(
  (max, v) => Math.max(max, v.version),
  0,
);
