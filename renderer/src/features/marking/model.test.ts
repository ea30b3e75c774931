import { describe, expect, it } from 'vitest';
import type { Identity, Submission } from '../../../../shared/domain';
import type { QueueRow } from './model';
import { countByStatus, filterQueue, nextUnmarked, visibleTo } from './model';

const row = (id: string, status: QueueRow['status'], receivedAt: string, name = id): QueueRow => ({
  id,
  learnerName: name,
  versionLabel: 'SAS v1',
  achievementVersionId: id.startsWith('b') ? 'v2' : 'v1',
  status,
  attempt: 1,
  receivedAt,
});

describe('nextUnmarked', () => {
  const rows = [
    row('a1', 'marked', '2026-01-01'),
    row('a2', 'received', '2026-01-02'),
    row('a3', 'received', '2026-01-01'),
    row('a4', 'in_marking', '2026-01-05'),
  ];

  it('prefers one already in marking, then the oldest received', () => {
    expect(nextUnmarked(rows)).toBe('a4');
    expect(nextUnmarked(rows, 'a4')).toBe('a3');
  });

  it('is null when everything is marked', () => {
    expect(nextUnmarked([row('a1', 'marked', '2026-01-01')])).toBeNull();
    expect(nextUnmarked([row('a1', 'received', '2026-01-01')], 'a1')).toBeNull();
  });
});

describe('filterQueue and countByStatus', () => {
  it('filters by version and status and counts what is left', () => {
    const rows = [row('a1', 'marked', '1'), row('a2', 'received', '1'), row('b1', 'received', '1')];
    const ofV1 = filterQueue(rows, { achievementVersionId: 'v1', status: null });
    expect(ofV1.map((r) => r.id)).toEqual(['a1', 'a2']);
    expect([...countByStatus(ofV1)]).toEqual([
      ['marked', 1],
      ['received', 1],
    ]);
    expect(filterQueue(rows, { achievementVersionId: null, status: 'received' })).toHaveLength(2);
  });
});

describe('visibleTo', () => {
  const sub = (id: string, assessorId: string | null) => ({ id, assessorId }) as Submission;
  const subs = [sub('mine', 'me'), sub('free', null), sub('theirs', 'other')];
  const me: Identity = {
    id: 'me',
    name: 'Me',
    email: 'me@x',
    roles: ['assessor'],
    publicKeyMultibase: null,
    isSelf: true,
  };

  it('shows all on a single-user machine', () => {
    expect(visibleTo(subs, me, true)).toHaveLength(3);
  });

  it('shows an assessor theirs and the unallocated', () => {
    expect(visibleTo(subs, me, false).map((s) => s.id)).toEqual(['mine', 'free']);
  });

  it('shows a lead who is not an assessor everything', () => {
    expect(visibleTo(subs, { ...me, roles: ['lead'] }, false)).toHaveLength(3);
  });
});
