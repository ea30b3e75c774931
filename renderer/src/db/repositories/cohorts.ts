/** Cohorts of a program and the enrolments that put learners in them. */
import type { Cohort, Enrolment, Id, IsoInstant, Learner } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';

export async function getCohort(db: AppDB, id: Id): Promise<Cohort | undefined> {
  return db.cohorts.get(id);
}

export async function listCohorts(db: AppDB, programId: Id): Promise<Cohort[]> {
  return db.cohorts.where('programId').equals(programId).toArray();
}

export async function putCohort(db: AppDB, cohort: Cohort): Promise<void> {
  await db.cohorts.put(cohort);
}

export interface EnrolOptions {
  readonly at?: IsoInstant;
  readonly newId?: () => Id;
}

/**
 * Enrols every learner in the cohort in ONE transaction. Idempotent: a
 * learner already enrolled keeps their enrolment. Returns the enrolments of
 * the given learners, in the order given.
 */
export async function enrolLearners(
  db: AppDB,
  cohortId: Id,
  learnerIds: readonly Id[],
  options: EnrolOptions = {},
): Promise<Enrolment[]> {
  const at = options.at ?? new Date().toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());
  return db.transaction('rw', db.enrolments, async () => {
    const existing = await db.enrolments.where('cohortId').equals(cohortId).toArray();
    const byLearner = new Map(existing.map((e) => [e.learnerId, e]));
    const added: Enrolment[] = [];
    const result = learnerIds.map((learnerId) => {
      const found = byLearner.get(learnerId);
      if (found !== undefined) return found;
      const enrolment: Enrolment = { id: newId(), learnerId, cohortId, enrolledAt: at };
      byLearner.set(learnerId, enrolment);
      added.push(enrolment);
      return enrolment;
    });
    await db.enrolments.bulkAdd(added);
    return result;
  });
}

export async function unenrolLearner(db: AppDB, cohortId: Id, learnerId: Id): Promise<void> {
  await db.enrolments.where('[cohortId+learnerId]').equals([cohortId, learnerId]).delete();
}

/** The learners of a cohort, in student-number order. */
export async function listLearnersInCohort(db: AppDB, cohortId: Id): Promise<Learner[]> {
  return db.transaction('r', db.enrolments, db.learners, async () => {
    const enrolments = await db.enrolments.where('cohortId').equals(cohortId).toArray();
    const learners = await db.learners.bulkGet(enrolments.map((e) => e.learnerId));
    return learners
      .filter((l): l is Learner => l !== undefined)
      .sort((a, b) => a.studentNumber.localeCompare(b.studentNumber));
  });
}

/** The cohorts a learner is enrolled in. */
export async function listCohortsOfLearner(db: AppDB, learnerId: Id): Promise<Cohort[]> {
  return db.transaction('r', db.enrolments, db.cohorts, async () => {
    const enrolments = await db.enrolments.where('learnerId').equals(learnerId).toArray();
    const cohorts = await db.cohorts.bulkGet(enrolments.map((e) => e.cohortId));
    return cohorts.filter((c): c is Cohort => c !== undefined);
  });
}

/** Every learner's cohorts, by learner id (for the roster list): one read of enrolments and cohorts. */
export async function listCohortsByLearner(db: AppDB): Promise<ReadonlyMap<Id, readonly Cohort[]>> {
  return db.transaction('r', db.enrolments, db.cohorts, async () => {
    const [enrolments, cohorts] = await Promise.all([
      db.enrolments.toArray(),
      db.cohorts.toArray(),
    ]);
    const byId = new Map(cohorts.map((c) => [c.id, c]));
    const result = new Map<Id, Cohort[]>();
    for (const enrolment of enrolments) {
      const cohort = byId.get(enrolment.cohortId);
      if (cohort === undefined) continue;
      const own = result.get(enrolment.learnerId) ?? [];
      own.push(cohort);
      result.set(enrolment.learnerId, own);
    }
    return result;
  });
}
