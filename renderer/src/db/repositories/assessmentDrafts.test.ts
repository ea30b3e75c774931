import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeAssessment, makeSubmission } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import { getAssessment } from './assessments';
import { finaliseDraftIfUnchanged, writeDraftIfUnchanged } from './assessmentDrafts';

describe('conflict-aware draft writes', () => {
  it('writes when the stored draft is what this window last saw', async () => {
    const db = await openTestDB();
    const first = makeAssessment({ feedback: 'one', finalisedAt: null });
    expect(await writeDraftIfUnchanged(db, first, undefined)).toEqual({ ok: true, written: first });
    const second = { ...first, feedback: 'two' };
    expect(await writeDraftIfUnchanged(db, second, first)).toEqual({ ok: true, written: second });
    expect((await getAssessment(db, first.id))?.feedback).toBe('two');
    db.close();
  });

  it('refuses to overwrite what another window wrote, answering it', async () => {
    const db = await openTestDB();
    const base = makeAssessment({ feedback: 'base', finalisedAt: null });
    await writeDraftIfUnchanged(db, base, undefined);
    const theirs = { ...base, feedback: 'theirs' };
    await writeDraftIfUnchanged(db, theirs, base);
    const mine = { ...base, feedback: 'mine' };
    expect(await writeDraftIfUnchanged(db, mine, base)).toEqual({
      ok: false,
      current: theirs,
      finalised: false,
    });
    expect((await getAssessment(db, base.id))?.feedback).toBe('theirs');
    // A window that never saw a stored draft does not overwrite one either.
    const other = makeAssessment({
      submissionId: base.submissionId,
      markerId: base.markerId,
      round: base.round,
    });
    expect(await writeDraftIfUnchanged(db, other, undefined)).toEqual({
      ok: false,
      current: theirs,
      finalised: false,
    });
    db.close();
  });

  it('finalises only over the expected draft', async () => {
    const db = await openTestDB();
    const submission = makeSubmission({ status: 'in_marking' });
    await db.submissions.put(submission);
    const base = makeAssessment({ submissionId: submission.id, finalisedAt: null });
    await writeDraftIfUnchanged(db, base, undefined);
    const theirs = { ...base, feedback: 'theirs' };
    await writeDraftIfUnchanged(db, theirs, base);
    const mine = { ...base, finalisedAt: '2026-01-01T00:00:00.000Z' };
    const refused = await finaliseDraftIfUnchanged(db, mine, base, 'in_marking', 'marked');
    expect(refused.ok).toBe(false);
    expect((await db.submissions.get(submission.id))?.status).toBe('in_marking');
    const done = await finaliseDraftIfUnchanged(db, mine, theirs, 'in_marking', 'marked');
    expect(done).toEqual({ ok: true, written: mine });
    expect((await db.submissions.get(submission.id))?.status).toBe('marked');
    db.close();
  });

  it('keeps the stored id when a window that made its own id settles a conflict', async () => {
    const db = await openTestDB();
    const theirs = makeAssessment({ feedback: 'theirs', finalisedAt: null });
    await writeDraftIfUnchanged(db, theirs, undefined);
    // This window opened before any draft existed and made another id.
    const mine = {
      ...theirs,
      id: 'another-id',
      createdAt: '2030-01-01T00:00:00.000Z',
      feedback: 'mine',
    };
    const result = await writeDraftIfUnchanged(db, mine, theirs);
    expect(result).toEqual({
      ok: true,
      written: { ...mine, id: theirs.id, createdAt: theirs.createdAt },
    });
    expect(await db.assessments.count()).toBe(1);
    expect((await getAssessment(db, theirs.id))?.feedback).toBe('mine');
    db.close();
  });

  it('never writes a draft over a finalised record', async () => {
    const db = await openTestDB();
    const submission = makeSubmission({ status: 'in_marking' });
    await db.submissions.put(submission);
    const draft = makeAssessment({ submissionId: submission.id, finalisedAt: null });
    await writeDraftIfUnchanged(db, draft, undefined);
    const final = { ...draft, finalisedAt: '2026-01-01T00:00:00.000Z' };
    await finaliseDraftIfUnchanged(db, final, draft, 'in_marking', 'marked');
    const late = { ...draft, feedback: 'typed while finalising' };
    expect(await writeDraftIfUnchanged(db, late, final)).toEqual({
      ok: false,
      current: final,
      finalised: true,
    });
    expect(await getAssessment(db, draft.id)).toEqual(final);
    db.close();
  });
});
