/** Learners, keyed for imports by their unique student number. */
import type { Cohort, Id, IsoInstant, Learner } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';

/** What a roster row or LMS export says about a learner. */
export interface LearnerInput {
  readonly studentNumber: string;
  readonly name: string;
  readonly email: string;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertOptions {
  /** Recorded as createdAt / updatedAt; now by default. */
  readonly at?: IsoInstant;
  /** Makes ids for new learners; `crypto.randomUUID` by default. */
  readonly newId?: () => Id;
}

export interface UpsertSummary {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export async function getLearner(db: AppDB, id: Id): Promise<Learner | undefined> {
  return db.learners.get(id);
}

/** The learners with these ids, by id, in one read (missing ids are left out). */
export async function getLearners(db: AppDB, ids: readonly Id[]): Promise<Map<Id, Learner>> {
  const found = await db.learners.bulkGet([...new Set(ids)]);
  return new Map(found.filter((l): l is Learner => l !== undefined).map((l) => [l.id, l] as const));
}

export async function getLearnerByStudentNumber(
  db: AppDB,
  studentNumber: string,
): Promise<Learner | undefined> {
  return db.learners.where('studentNumber').equals(studentNumber).first();
}

export async function findLearnersByEmail(db: AppDB, email: string): Promise<Learner[]> {
  return db.learners.where('email').equals(email).toArray();
}

/** Learners in student-number order (the unique index's order). */
export async function listLearners(db: AppDB): Promise<Learner[]> {
  return db.learners.orderBy('studentNumber').toArray();
}

/** Writes a learner; a student number already used by another learner fails (ConstraintError). */
export async function putLearner(db: AppDB, learner: Learner): Promise<void> {
  await db.learners.put(learner);
}

async function upsertOne(
  db: AppDB,
  input: LearnerInput,
  at: IsoInstant,
  newId: () => Id,
): Promise<{ learner: Learner; outcome: UpsertOutcome }> {
  const existing = await getLearnerByStudentNumber(db, input.studentNumber);
  if (existing === undefined) {
    const learner: Learner = { id: newId(), ...input, createdAt: at, updatedAt: at };
    await db.learners.add(learner);
    return { learner, outcome: 'created' };
  }
  if (existing.name === input.name && existing.email === input.email) {
    return { learner: existing, outcome: 'unchanged' };
  }
  const learner: Learner = { ...existing, name: input.name, email: input.email, updatedAt: at };
  await db.learners.put(learner);
  return { learner, outcome: 'updated' };
}

/** Creates the learner, or updates name and email of the one with this student number (keeping its id). */
export async function upsertLearnerByStudentNumber(
  db: AppDB,
  input: LearnerInput,
  options: UpsertOptions = {},
): Promise<{ learner: Learner; outcome: UpsertOutcome }> {
  const at = options.at ?? new Date().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  return db.transaction('rw', db.learners, () => upsertOne(db, input, at, newId));
}

/** Upserts a whole roster in ONE transaction: all rows or none. */
export async function upsertLearnersByStudentNumber(
  db: AppDB,
  inputs: readonly LearnerInput[],
  options: UpsertOptions = {},
): Promise<UpsertSummary> {
  const at = options.at ?? new Date().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  return db.transaction('rw', db.learners, async () => {
    const summary = { created: 0, updated: 0, unchanged: 0 };
    // Sequential on purpose: a roster may repeat a student number.
    for (const input of inputs) {
      const { outcome } = await upsertOne(db, input, at, newId);
      summary[outcome] += 1;
    }
    return summary;
  });
}

/** A checked roster row: the learner, and the cohort (name and section) to enrol them in, if any. */
export interface RosterEntry {
  readonly learner: LearnerInput;
  readonly cohort: { readonly name: string; readonly section: string | null } | null;
}

export interface RosterImportOptions extends UpsertOptions {
  /** The program the entries' cohorts belong to; required when an entry names a cohort. */
  readonly programId?: Id | null;
}

export interface RosterImportSummary extends UpsertSummary {
  readonly cohortsCreated: number;
  readonly enrolmentsCreated: number;
}

/**
 * Writes a checked roster in ONE transaction (all or nothing): upserts each
 * learner by student number, creates the program's cohorts it names (found
 * by name and section) and enrols the learners. Importing the same roster
 * again changes nothing.
 */
export async function importRoster(
  db: AppDB,
  entries: readonly RosterEntry[],
  options: RosterImportOptions = {},
): Promise<RosterImportSummary> {
  const at = options.at ?? new Date().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const programId = options.programId ?? null;
  if (programId === null && entries.some((entry) => entry.cohort !== null)) {
    throw new Error('A roster with cohorts needs the program they belong to.');
  }
  return db.transaction('rw', db.learners, db.cohorts, db.enrolments, async () => {
    const summary = {
      created: 0,
      updated: 0,
      unchanged: 0,
      cohortsCreated: 0,
      enrolmentsCreated: 0,
    };
    const cohorts: Cohort[] =
      programId === null ? [] : await db.cohorts.where('programId').equals(programId).toArray();
    for (const entry of entries) {
      const { learner, outcome } = await upsertOne(db, entry.learner, at, newId);
      summary[outcome] += 1;
      if (entry.cohort === null || programId === null) continue;
      const { name, section } = entry.cohort;
      let cohort = cohorts.find((c) => c.name === name && c.section === section);
      if (cohort === undefined) {
        cohort = { id: newId(), programId, name, section };
        await db.cohorts.add(cohort);
        cohorts.push(cohort);
        summary.cohortsCreated += 1;
      }
      const enrolled = await db.enrolments
        .where('[cohortId+learnerId]')
        .equals([cohort.id, learner.id])
        .count();
      if (enrolled === 0) {
        await db.enrolments.add({
          id: newId(),
          learnerId: learner.id,
          cohortId: cohort.id,
          enrolledAt: at,
        });
        summary.enrolmentsCreated += 1;
      }
    }
    return summary;
  });
}
