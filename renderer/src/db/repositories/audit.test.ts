import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import type { AuditEvent } from '../../../../shared/domain';
import { auditPreimage, transitionAuditEntry } from '../../../../shared/domain/audit';
import { makeAssessment, makeAuditEvent, makeSubmission } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import { saveAssessmentWithStatus } from './assessments';
import {
  appendAuditEvents,
  AuditChainError,
  checkStoredAuditChain,
  getLastAuditEvent,
  listAuditEvents,
  recordAudit,
} from './audit';
import {
  bulkPatchSubmissions,
  bulkPutSubmissions,
  SubmissionPreconditionError,
  updateSubmission,
} from './submissions';

/** A chain of n events from seq 1 (hashes are stand-ins; the audit module computes real ones). */
function chain(n: number, from?: AuditEvent): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prev = from;
  for (let i = 0; i < n; i += 1) {
    const seq = (prev?.seq ?? 0) + 1;
    const event = makeAuditEvent({
      seq,
      prevHash: prev?.hash ?? '0'.repeat(64),
      hash: seq.toString(16).padStart(64, 'a'),
      subjectId: seq % 2 === 0 ? 'even' : 'odd',
      actorId: seq <= 2 ? 'lead' : 'assessor',
    });
    events.push(event);
    prev = event;
  }
  return events;
}

describe('audit repository', () => {
  it('appends a chain and reads it back in order', async () => {
    const db = await openTestDB();
    expect(await getLastAuditEvent(db)).toBeUndefined();
    const events = chain(4);
    await appendAuditEvents(db, events.slice(0, 2));
    await appendAuditEvents(db, events.slice(2));
    expect(await listAuditEvents(db)).toEqual(events);
    expect(await getLastAuditEvent(db)).toEqual(events[3]);
    expect((await listAuditEvents(db, { subjectId: 'even' })).map((e) => e.seq)).toEqual([2, 4]);
    expect((await listAuditEvents(db, { actorId: 'lead' })).map((e) => e.seq)).toEqual([1, 2]);
    expect((await listAuditEvents(db, { afterSeq: 2 })).map((e) => e.seq)).toEqual([3, 4]);
    expect(
      (await listAuditEvents(db, { actorId: 'assessor', subjectId: 'odd', afterSeq: 1 })).map(
        (e) => e.seq,
      ),
    ).toEqual([3]);
    db.close();
  });

  it('refuses events that skip a seq or break the hash chain, writing none', async () => {
    const db = await openTestDB();
    const [first, second, third] = chain(3);
    if (first === undefined || second === undefined || third === undefined) throw new Error();
    await appendAuditEvents(db, [first]);
    await expect(appendAuditEvents(db, [third])).rejects.toBeInstanceOf(AuditChainError);
    await expect(
      appendAuditEvents(db, [second, { ...third, prevHash: 'f'.repeat(64) }]),
    ).rejects.toThrow(/does not chain to 2/);
    expect(await listAuditEvents(db)).toEqual([first]);
    db.close();
  });

  it('never appends an event twice', async () => {
    const db = await openTestDB();
    const [first] = chain(1);
    if (first === undefined) throw new Error();
    await appendAuditEvents(db, [first]);
    await expect(appendAuditEvents(db, [first])).rejects.toThrow(/does not follow 1/);
    expect(await listAuditEvents(db)).toEqual([first]);
    db.close();
  });
});

describe('recording workflow changes', () => {
  const at = '2026-11-28T10:00:00.000Z';
  const allocation = (id: string) =>
    transitionAuditEntry({
      action: 'allocate',
      submissionId: id,
      actorId: 'mary',
      at,
      from: 'received',
      to: 'allocated',
      assessorId: 'mary',
    });

  it('seals with SHA-256 over the JCS form and keeps one chain across writes', async () => {
    const db = await openTestDB();
    await recordAudit(db, [allocation('a')]);
    await recordAudit(db, [allocation('b'), allocation('c')]);
    const events = await listAuditEvents(db);
    expect(events.map((e) => [e.seq, e.subjectId])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    const { hash, ...unsealed } = events[0] ?? makeAuditEvent();
    // Checked with WebCrypto, not the library the log uses.
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(auditPreimage(unsealed)),
    );
    expect(hash).toBe(
      Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''),
    );
    expect(await checkStoredAuditChain(db)).toEqual({ ok: true, count: 3 });
    db.close();
  });

  it('finds a stored event that was changed behind the log’s back', async () => {
    const db = await openTestDB();
    await recordAudit(db, [allocation('a'), allocation('b')]);
    await db.auditEvents.update(2, { actorId: 'someone else' });
    expect(await checkStoredAuditChain(db)).toMatchObject({ ok: false, seq: 2 });
    db.close();
  });

  it('an allocation batch writes one event per submission, in the same transaction', async () => {
    const db = await openTestDB();
    const submissions = ['a', 'b', 'c'].map((id) => makeSubmission({ id, status: 'received' }));
    await bulkPutSubmissions(db, submissions);
    await bulkPatchSubmissions(
      db,
      ['a', 'b'],
      { status: 'allocated', assessorId: 'mary' },
      { from: ['received'], audit: (before) => allocation(before.id) },
    );
    expect((await listAuditEvents(db)).map((e) => e.subjectId)).toEqual(['a', 'b']);
    // Refused whole (c is not received any more): no change and no event.
    await db.submissions.update('c', { status: 'allocated' });
    await expect(
      bulkPatchSubmissions(
        db,
        ['c'],
        { status: 'allocated', assessorId: 'mary' },
        { from: ['received'], audit: (before) => allocation(before.id) },
      ),
    ).rejects.toBeInstanceOf(SubmissionPreconditionError);
    expect(await listAuditEvents(db)).toHaveLength(2);
    db.close();
  });

  it('a change that fails after its event was sealed leaves neither', async () => {
    const db = await openTestDB();
    await bulkPutSubmissions(db, [makeSubmission({ id: 'a', status: 'allocated' })]);
    await expect(
      updateSubmission(
        db,
        'a',
        () => {
          throw new Error('refused');
        },
        () => [allocation('a')],
      ),
    ).rejects.toThrow('refused');
    await expect(
      db.transaction('rw', db.submissions, db.auditEvents, async () => {
        await db.submissions.update('a', { status: 'in_marking' });
        await recordAudit(db, [allocation('a')]);
        throw new Error('the caller gave up');
      }),
    ).rejects.toThrow('the caller gave up');
    expect(await listAuditEvents(db)).toEqual([]);
    expect((await db.submissions.get('a'))?.status).toBe('allocated');
    db.close();
  });

  it('finalising writes the assessment, the status and its event together', async () => {
    const db = await openTestDB();
    const submission = makeSubmission({ id: 'a', status: 'in_marking' });
    await bulkPutSubmissions(db, [submission]);
    const finalised = transitionAuditEntry({
      action: 'finalise_marking',
      submissionId: 'a',
      actorId: 'mary',
      at,
      from: 'in_marking',
      to: 'marked',
      decision: 'meets',
      override: false,
    });
    await saveAssessmentWithStatus(
      db,
      makeAssessment({ submissionId: 'a' }),
      'in_marking',
      'marked',
      [finalised],
    );
    expect(await listAuditEvents(db)).toMatchObject([{ seq: 1, ...finalised }]);
    // A status that changed meanwhile refuses the assessment, the status and the event.
    await expect(
      saveAssessmentWithStatus(db, makeAssessment({ submissionId: 'a' }), 'in_marking', 'marked', [
        finalised,
      ]),
    ).rejects.toThrow(/marked now, not in_marking/);
    expect(await listAuditEvents(db)).toHaveLength(1);
    db.close();
  });
});
