import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import type { AuditEvent } from '../../../../shared/domain';
import { makeAuditEvent } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import { appendAuditEvents, AuditChainError, getLastAuditEvent, listAuditEvents } from './audit';

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
