import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { makeCohort, makeLearner } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import {
  enrolLearners,
  getCohort,
  listCohorts,
  listCohortsOfLearner,
  listLearnersInCohort,
  putCohort,
  unenrolLearner,
} from './cohorts';

async function seed() {
  const db = await openTestDB();
  const fall = makeCohort({ programId: 'prog', name: 'Fall 2025' });
  const winter = makeCohort({ programId: 'prog', name: 'Winter 2026' });
  const x = makeLearner({ studentNumber: 'S2' });
  const y = makeLearner({ studentNumber: 'S1' });
  await putCohort(db, fall);
  await putCohort(db, winter);
  await db.learners.bulkPut([x, y]);
  return { db, fall, winter, x, y };
}

describe('cohorts repository', () => {
  it('puts, gets and lists cohorts of a program', async () => {
    const { db, fall, winter } = await seed();
    expect(await getCohort(db, fall.id)).toEqual(fall);
    expect((await listCohorts(db, 'prog')).map((c) => c.id).sort()).toEqual(
      [fall.id, winter.id].sort(),
    );
    expect(await listCohorts(db, 'other')).toEqual([]);
    db.close();
  });

  it('enrols idempotently and lists both ways', async () => {
    const { db, fall, winter, x, y } = await seed();
    const first = await enrolLearners(db, fall.id, [x.id, y.id]);
    const again = await enrolLearners(db, fall.id, [y.id, x.id, x.id]);
    expect(again.map((e) => e.id)).toEqual([first[1]?.id, first[0]?.id, first[0]?.id]);
    expect(await db.enrolments.count()).toBe(2);
    await enrolLearners(db, winter.id, [x.id]);
    expect((await listLearnersInCohort(db, fall.id)).map((l) => l.studentNumber)).toEqual([
      'S1',
      'S2',
    ]);
    expect((await listCohortsOfLearner(db, x.id)).map((c) => c.id).sort()).toEqual(
      [fall.id, winter.id].sort(),
    );
    await unenrolLearner(db, fall.id, x.id);
    expect(await listLearnersInCohort(db, fall.id)).toEqual([y]);
    expect(await listCohortsOfLearner(db, x.id)).toEqual([winter]);
    db.close();
  });

  it('keeps one enrolment per learner per cohort at the index', async () => {
    const { db, fall, x } = await seed();
    await enrolLearners(db, fall.id, [x.id]);
    const duplicate = { id: 'dup', cohortId: fall.id, learnerId: x.id, enrolledAt: 'now' };
    await expect(db.enrolments.add(duplicate)).rejects.toThrow(/ConstraintError|unique/i);
    db.close();
  });
});
