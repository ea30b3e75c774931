/** The repository functions the roster import adds (learners.importRoster, cohorts.listCohortsByLearner). */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listCohortsByLearner, putCohort } from '../../db/repositories/cohorts';
import type { RosterEntry } from '../../db/repositories/learners';
import { importRoster, listLearners } from '../../db/repositories/learners';
import { makeCohort } from '../../db/testing/factories';
import { openTestDB } from '../../db/testing/testDB';

const entry = (
  studentNumber: string,
  email: string,
  cohort: RosterEntry['cohort'] = null,
): RosterEntry => ({ learner: { studentNumber, name: `Learner ${studentNumber}`, email }, cohort });

describe('importRoster', () => {
  it('upserts by student number, creates cohorts by name and section, and enrols once', async () => {
    const db = await openTestDB();
    const existing = makeCohort({ programId: 'prog', name: '2025', section: 'A' });
    await putCohort(db, existing);
    const first = await importRoster(
      db,
      [
        entry('S1', 's1@x.org', { name: '2025', section: 'A' }),
        entry('S2', 's2@x.org', { name: '2025', section: 'B' }),
        entry('S3', 's3@x.org', { name: '2025', section: 'B' }),
        entry('S4', 's4@x.org'),
      ],
      { programId: 'prog' },
    );
    expect(first).toEqual({
      created: 4,
      updated: 0,
      unchanged: 0,
      cohortsCreated: 1,
      enrolmentsCreated: 3,
    });
    const again = await importRoster(
      db,
      [
        entry('S1', 's1@x.org', { name: '2025', section: 'A' }),
        entry('S2', 'changed@x.org', { name: '2025', section: 'B' }),
        entry('S5', 's5@x.org'),
      ],
      { programId: 'prog' },
    );
    expect(again).toEqual({
      created: 1,
      updated: 1,
      unchanged: 1,
      cohortsCreated: 0,
      enrolmentsCreated: 0,
    });
    const learners = await listLearners(db);
    expect(learners.map((l) => [l.studentNumber, l.email])).toEqual([
      ['S1', 's1@x.org'],
      ['S2', 'changed@x.org'],
      ['S3', 's3@x.org'],
      ['S4', 's4@x.org'],
      ['S5', 's5@x.org'],
    ]);
    expect(await db.cohorts.count()).toBe(2);
    const byLearner = await listCohortsByLearner(db);
    const s1 = learners[0];
    expect(s1 && byLearner.get(s1.id)?.map((c) => c.id)).toEqual([existing.id]);
    expect(byLearner.size).toBe(3);
    db.close();
  });

  it('writes nothing when it fails part-way', async () => {
    const db = await openTestDB();
    let ids = 0;
    await expect(
      importRoster(db, [entry('S1', 'a@x.org'), entry('S2', 'b@x.org')], {
        newId: () => {
          ids += 1;
          if (ids === 2) throw new Error('disk full');
          return `id-${String(ids)}`;
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await db.learners.count()).toBe(0);
    db.close();
  });

  it('refuses cohorts without a program', async () => {
    const db = await openTestDB();
    await expect(
      importRoster(db, [entry('S1', 'a@x.org', { name: 'C', section: null })]),
    ).rejects.toThrow(/program/);
    expect(await db.learners.count()).toBe(0);
    db.close();
  });
});
