import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { makeAssessment } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import {
  getAssessment,
  getAssessmentFor,
  importAssessments,
  listAssessmentsByMarker,
  listAssessmentsForSubmission,
  listAssessmentsForSubmissions,
  listOverriddenSubmissionIds,
  putAssessment,
} from './assessments';

describe('assessments repository', () => {
  it('puts, gets, and finds by submission, round and marker', async () => {
    const db = await openTestDB();
    const first = makeAssessment({ submissionId: 's1', round: 'first', markerId: 'm1' });
    const second = makeAssessment({ submissionId: 's1', round: 'second', markerId: 'm2' });
    const other = makeAssessment({ submissionId: 's2', round: 'first', markerId: 'm1' });
    for (const a of [second, other, first]) await putAssessment(db, a);
    expect(await getAssessment(db, first.id)).toEqual(first);
    expect(await getAssessmentFor(db, 's1', 'second', 'm2')).toEqual(second);
    expect(await getAssessmentFor(db, 's1', 'second', 'm1')).toBeUndefined();
    const forS1 = await listAssessmentsForSubmission(db, 's1');
    expect(forS1.map((a) => a.round).sort()).toEqual(['first', 'second']);
    expect((await listAssessmentsByMarker(db, 'm1')).map((a) => a.id).sort()).toEqual(
      [first.id, other.id].sort(),
    );
    db.close();
  });

  it('autosaves over the same record', async () => {
    const db = await openTestDB();
    const draft = makeAssessment({ decision: null, finalisedAt: null });
    await putAssessment(db, draft);
    await putAssessment(db, { ...draft, feedback: 'Typed a bit more.' });
    expect((await getAssessment(db, draft.id))?.feedback).toBe('Typed a bit more.');
    expect(await db.assessments.count()).toBe(1);
    db.close();
  });

  it('allows one assessment per marker, submission and round', async () => {
    const db = await openTestDB();
    await putAssessment(db, makeAssessment({ submissionId: 's', markerId: 'm' }));
    await expect(
      putAssessment(db, makeAssessment({ submissionId: 's', markerId: 'm' })),
    ).rejects.toThrow(/ConstraintError|unique/i);
    db.close();
  });

  it('imports a bundle idempotently, keeping stored ids', async () => {
    const db = await openTestDB();
    const local = makeAssessment({ submissionId: 's', markerId: 'm', feedback: 'draft' });
    await putAssessment(db, local);
    const fromBundle = { ...local, id: 'bundle-id', feedback: 'final' };
    const fresh = makeAssessment({ submissionId: 't', markerId: 'm' });
    expect(await importAssessments(db, [fromBundle, fresh, fresh])).toEqual({
      added: 1,
      updated: 1,
      unchanged: 1,
    });
    expect(await getAssessment(db, local.id)).toEqual({ ...fromBundle, id: local.id });
    expect(await importAssessments(db, [fromBundle, fresh])).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await db.assessments.count()).toBe(2);
    db.close();
  });

  it('imports nothing when one record cannot be written', async () => {
    const db = await openTestDB();
    const taken = makeAssessment({ submissionId: 's', markerId: 'm' });
    await putAssessment(db, taken);
    const ok = makeAssessment({ submissionId: 'u', markerId: 'm' });
    // A new (submission, round, marker) whose id is already used by another record.
    const clash = makeAssessment({ id: ok.id, submissionId: 'v', markerId: 'm' });
    await expect(importAssessments(db, [ok, clash])).rejects.toThrow();
    expect(await db.assessments.toArray()).toEqual([taken]);
    db.close();
  });

  it('lists the submissions whose finalised first-round assessment has an override, once each', async () => {
    const db = await openTestDB();
    const override = { reason: 'Strong practice despite a weak write-up.' };
    await putAssessment(db, makeAssessment({ submissionId: 's2', markerId: 'm1', override }));
    await putAssessment(db, makeAssessment({ submissionId: 's2', markerId: 'm2', override }));
    await putAssessment(db, makeAssessment({ submissionId: 's1', markerId: 'm1', override }));
    await putAssessment(db, makeAssessment({ submissionId: 's3', override: null }));
    // A draft's override is not decided yet: not flagged for the lead.
    await putAssessment(db, makeAssessment({ submissionId: 's5', override, finalisedAt: null }));
    await putAssessment(
      db,
      makeAssessment({ submissionId: 's4', round: 'second', markerId: 'm3', override }),
    );
    expect(await listOverriddenSubmissionIds(db)).toEqual(['s1', 's2']);
    expect(await listOverriddenSubmissionIds(db, 'second')).toEqual(['s4']);
    db.close();
  });

  it('lists the assessments of many submissions in one query', async () => {
    const db = await openTestDB();
    const rows = [
      makeAssessment({ submissionId: 's1', round: 'first' }),
      makeAssessment({ submissionId: 's1', round: 'second' }),
      makeAssessment({ submissionId: 's2' }),
      makeAssessment({ submissionId: 's3' }),
    ];
    for (const a of rows) await putAssessment(db, a);
    const found = await listAssessmentsForSubmissions(db, ['s1', 's3', 'none']);
    expect(found.map((a) => a.submissionId).sort()).toEqual(['s1', 's1', 's3']);
    expect(await listAssessmentsForSubmissions(db, [])).toEqual([]);
    db.close();
  });
});
