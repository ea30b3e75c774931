import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { makeLearner } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import {
  findLearnersByEmail,
  getLearner,
  getLearnerByStudentNumber,
  getLearners,
  listLearners,
  putLearner,
  upsertLearnerByStudentNumber,
  upsertLearnersByStudentNumber,
} from './learners';

const AT = '2025-09-02T12:00:00.000Z';

describe('learners repository', () => {
  it('puts, gets, finds by student number and email, and lists in student-number order', async () => {
    const db = await openTestDB();
    const b = makeLearner({ studentNumber: 'S200', email: 'same@college.example' });
    const a = makeLearner({ studentNumber: 'S100', email: 'same@college.example' });
    await putLearner(db, b);
    await putLearner(db, a);
    expect(await getLearner(db, a.id)).toEqual(a);
    expect(await getLearnerByStudentNumber(db, 'S200')).toEqual(b);
    expect(await getLearnerByStudentNumber(db, 'S999')).toBeUndefined();
    expect(await findLearnersByEmail(db, 'same@college.example')).toHaveLength(2);
    expect((await listLearners(db)).map((l) => l.studentNumber)).toEqual(['S100', 'S200']);
    db.close();
  });

  it('keeps student numbers unique', async () => {
    const db = await openTestDB();
    await putLearner(db, makeLearner({ studentNumber: 'S100' }));
    await expect(putLearner(db, makeLearner({ studentNumber: 'S100' }))).rejects.toThrow(
      /ConstraintError|unique/i,
    );
    expect(await db.learners.count()).toBe(1);
    db.close();
  });

  it('upserts by student number: creates, updates keeping the id, or leaves alone', async () => {
    const db = await openTestDB();
    const input = { studentNumber: 'S300', name: 'Ada Lovelace', email: 'ada@college.example' };
    const created = await upsertLearnerByStudentNumber(db, input, { at: AT, newId: () => 'l-1' });
    expect(created).toEqual({
      outcome: 'created',
      learner: { id: 'l-1', ...input, createdAt: AT, updatedAt: AT },
    });
    const same = await upsertLearnerByStudentNumber(db, input);
    expect(same.outcome).toBe('unchanged');
    const later = '2025-10-01T00:00:00.000Z';
    const updated = await upsertLearnerByStudentNumber(
      db,
      { ...input, email: 'ada.l@college.example' },
      { at: later },
    );
    expect(updated.outcome).toBe('updated');
    expect(await getLearner(db, 'l-1')).toEqual({
      id: 'l-1',
      ...input,
      email: 'ada.l@college.example',
      createdAt: AT,
      updatedAt: later,
    });
    expect(await db.learners.count()).toBe(1);
    db.close();
  });

  it('upserts a roster in one transaction, a repeated row counting once', async () => {
    const db = await openTestDB();
    await putLearner(
      db,
      makeLearner({ studentNumber: 'S1', name: 'Old name', email: 'o@x.example' }),
    );
    const summary = await upsertLearnersByStudentNumber(db, [
      { studentNumber: 'S1', name: 'New name', email: 'o@x.example' },
      { studentNumber: 'S2', name: 'Bea', email: 'b@x.example' },
      { studentNumber: 'S2', name: 'Bea', email: 'b@x.example' },
    ]);
    expect(summary).toEqual({ created: 1, updated: 1, unchanged: 1 });
    expect((await getLearnerByStudentNumber(db, 'S1'))?.name).toBe('New name');
    db.close();
  });

  it('writes no row of a roster when one row fails', async () => {
    const db = await openTestDB();
    const taken = makeLearner({ studentNumber: 'S1' });
    await putLearner(db, taken);
    const ids = ['new-1', taken.id]; // the second new learner reuses an existing id
    const failure = upsertLearnersByStudentNumber(
      db,
      [
        { studentNumber: 'S7', name: 'Cy', email: 'c@x.example' },
        { studentNumber: 'S8', name: 'Di', email: 'd@x.example' },
      ],
      { newId: () => ids.shift() ?? 'spare' },
    );
    await expect(failure).rejects.toThrow();
    expect(await listLearners(db)).toEqual([taken]);
    db.close();
  });

  it('reads many learners by id in one go, leaving out unknown ids', async () => {
    const db = await openTestDB();
    const ada = makeLearner({ studentNumber: 'S1' });
    const grace = makeLearner({ studentNumber: 'S2' });
    for (const l of [ada, grace]) await putLearner(db, l);
    const found = await getLearners(db, [grace.id, 'nobody', ada.id, grace.id]);
    expect([...found.keys()].sort()).toEqual([ada.id, grace.id].sort());
    expect(found.get(ada.id)).toEqual(ada);
    expect((await getLearners(db, [])).size).toBe(0);
    db.close();
  });
});
