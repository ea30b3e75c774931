import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit';
import {
  auditGenesisHash,
  auditPreimage,
  checkAuditChain,
  sealAuditEntries,
  transitionAuditEntry,
} from './audit';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const entry = (n: number): AuditEntry =>
  transitionAuditEntry({
    action: 'start_marking',
    submissionId: `sub-${n}`,
    actorId: 'mary',
    at: `2026-11-28T10:00:0${n % 10}.000Z`,
    from: 'allocated',
    to: 'in_marking',
  });

describe('the audit chain', () => {
  it('seals entries from the genesis hash, each chained to the one before', () => {
    const events = sealAuditEntries(undefined, [entry(1), entry(2)], sha256);
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    expect(events[0]?.prevHash).toBe(auditGenesisHash);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(checkAuditChain(events, sha256)).toEqual({ ok: true, count: 2 });
  });

  it('hashes the JCS form, so another implementation can check it', () => {
    const [event] = sealAuditEntries(undefined, [entry(1)], sha256);
    if (event === undefined) throw new Error('no event');
    // RFC 8785: keys sorted by code unit, no whitespace.
    expect(auditPreimage(event)).toBe(
      '{"action":"start_marking","actorId":"mary","at":"2026-11-28T10:00:01.000Z",' +
        '"detail":{"from":"allocated","to":"in_marking"},' +
        `"prevHash":"${auditGenesisHash}","seq":1,"subjectId":"sub-1"}`,
    );
    expect(event.hash).toBe(sha256(auditPreimage(event)));
  });

  it('continues a stored chain', () => {
    const first = sealAuditEntries(undefined, [entry(1)], sha256);
    const more = sealAuditEntries(first.at(-1), [entry(2), entry(3)], sha256);
    expect(more.map((e) => e.seq)).toEqual([2, 3]);
    expect(checkAuditChain([...first, ...more], sha256).ok).toBe(true);
  });

  it('reports the first changed, removed or inserted event', () => {
    const events = sealAuditEntries(undefined, [1, 2, 3, 4].map(entry), sha256);
    const changed = events.map((e) =>
      e.seq === 2 ? { ...e, detail: { ...e.detail, to: 'marked' } } : e,
    );
    expect(checkAuditChain(changed, sha256)).toMatchObject({
      ok: false,
      seq: 2,
      problem: 'event 2 was changed after it was written',
    });
    expect(
      checkAuditChain(
        [events[0], events[2], events[3]].flatMap((e) => e ?? []),
        sha256,
      ),
    ).toMatchObject({ ok: false, seq: 3, problem: 'event 3 is where event 2 should be' });
    // Rehashed after a change: the next event no longer follows it.
    const [forged] = sealAuditEntries(events[0], [entry(9)], sha256);
    if (forged === undefined) throw new Error('no event');
    expect(
      checkAuditChain(
        [events[0], forged, events[2]].flatMap((e) => e ?? []),
        sha256,
      ),
    ).toMatchObject({ ok: false, seq: 3, problem: 'event 3 does not follow event 2' });
  });

  it('any change to any field of any event breaks the chain', () => {
    const events = sealAuditEntries(undefined, [1, 2, 3].map(entry), sha256);
    const fields = ['at', 'actorId', 'action', 'subjectId'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: events.length - 1 }),
        fc.constantFrom(...fields),
        fc.string(),
        (index, field, value) => {
          const target = events[index];
          fc.pre(target !== undefined && target[field] !== value);
          const tampered = events.map((e, i) => (i === index ? { ...e, [field]: value } : e));
          const check = checkAuditChain(tampered, sha256);
          expect(check).toMatchObject({ ok: false, seq: index + 1 });
        },
      ),
    );
  });

  it('records a transition with only the facts that apply', () => {
    expect(
      transitionAuditEntry({
        action: 'finalise_marking',
        submissionId: 's',
        actorId: 'a',
        at: '2026-11-28T10:00:00.000Z',
        from: 'in_marking',
        to: 'marked',
        decision: 'meets',
        override: true,
      }).detail,
    ).toEqual({ from: 'in_marking', to: 'marked', decision: 'meets', override: true });
  });
});
