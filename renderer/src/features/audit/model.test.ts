import { describe, expect, it } from 'vitest';
import { sealAuditEntries, transitionAuditEntry } from '../../../../shared/domain/audit';
import type { TransitionAudit } from '../../../../shared/domain/audit';
import { sha256Text as sha256 } from '../../db/repositories/audit';
import { auditLine, chainCheckText } from './model';

const at = '2026-11-28T10:00:00.000Z';
const names = new Map([
  ['mary', 'Mary Marker'],
  ['lee', 'Lee Lead'],
]);

function line(t: Omit<TransitionAudit, 'submissionId' | 'at'>) {
  const [event] = sealAuditEntries(
    undefined,
    [transitionAuditEntry({ ...t, submissionId: 's', at })],
    sha256,
  );
  if (event === undefined) throw new Error('no event');
  return auditLine(event, names);
}

describe('audit lines', () => {
  it('names who did what, and the status change', () => {
    expect(
      line({ action: 'start_marking', actorId: 'mary', from: 'allocated', to: 'in_marking' }),
    ).toEqual({
      seq: 1,
      at,
      who: 'Mary Marker',
      what: 'started marking (allocated → in marking)',
    });
  });

  it('says to whom a submission was allocated', () => {
    const self = { action: 'allocate', from: 'received', to: 'allocated' } as const;
    expect(line({ ...self, actorId: 'mary', assessorId: 'mary' }).what).toBe(
      'allocated it to themselves (received → allocated)',
    );
    expect(line({ ...self, actorId: 'lee', assessorId: 'mary' }).what).toBe(
      'allocated it to Mary Marker (received → allocated)',
    );
  });

  it('gives the decision, and says when it went against the pass rules', () => {
    const finalise = {
      action: 'finalise_marking',
      actorId: 'mary',
      from: 'in_marking',
      to: 'marked',
    } as const;
    expect(line({ ...finalise, decision: 'not_yet', override: false }).what).toBe(
      'finalised marking: not yet (in marking → marked)',
    );
    expect(line({ ...finalise, decision: 'meets', override: true }).what).toBe(
      'finalised marking: meets, against the pass rules (in marking → marked)',
    );
  });

  it('shows an identity it does not know by its id', () => {
    expect(
      line({ action: 'start_marking', actorId: 'gone', from: 'allocated', to: 'in_marking' }).who,
    ).toBe('gone');
  });

  it('reports the chain check in words', () => {
    expect(chainCheckText({ ok: true, count: 0 })).toBe('The audit log is empty.');
    expect(chainCheckText({ ok: true, count: 1204 })).toBe(
      'All 1,204 events are intact and in order.',
    );
    expect(
      chainCheckText({
        ok: false,
        count: 9,
        seq: 4,
        problem: 'event 4 was changed after it was written',
      }),
    ).toBe('The audit log is broken at event 4 of 9: event 4 was changed after it was written.');
  });
});
