import { describe, expect, it } from 'vitest';
import type { Learner, Submission } from '../../../../shared/domain';
import type { IntakeItem } from '../../../../shared/ipc/contract';
import {
  applyIntake,
  groupByLearner,
  learnerMatcher,
  mergeEvidence,
  nameKeys,
  planItems,
  sourceOf,
} from './model';

const at = '2026-01-01T00:00:00.000Z';
const learner = (id: string, studentNumber: string, name: string): Learner => ({
  id,
  studentNumber,
  name,
  email: `${id}@uni.example`,
  createdAt: at,
  updatedAt: at,
});
const roster = [
  learner('a', '1001', 'José Núñez'),
  learner('b', '1002', 'Grace Hopper'),
  learner('c', '1003', 'Tim Berners-Lee'),
  learner('d', '1004', 'Ann Lee'),
  learner('e', '1005', 'Ann Lee'),
];
const hint = (studentNumber: string | null, name: string | null) => ({
  studentNumber,
  name,
  lmsId: null,
});
const item = (path: string, sha256: string, over: Partial<IntakeItem> = {}): IntakeItem => ({
  path,
  fileName: path.split('/').at(-1) ?? path,
  size: 10,
  sha256,
  mediaType: 'application/pdf',
  learner: hint(null, null),
  kind: 'file',
  roleHint: 'demonstration',
  ...over,
});

describe('learnerMatcher', () => {
  const match = learnerMatcher(roster);
  it.each([
    [hint('1002', 'Someone Else'), 'b', 'student-number'],
    [hint(null, 'jose nunez'), 'a', 'name'],
    [hint(null, 'JOSÉ  NÚÑEZ'), 'a', 'name'],
    [hint(null, 'nunezjose'), 'a', 'name'],
    [hint(null, 'hoppergrace'), 'b', 'name'],
    [hint(null, 'bernersleetim'), 'c', 'name'],
    [hint('9999', 'Grace Hopper'), 'b', 'name'],
  ])('%o → %s by %s', (h, id, by) => {
    expect(match(h)).toEqual({ learnerId: id, by });
  });
  it('matches nobody for an unknown or ambiguous name', () => {
    expect(match(hint(null, 'Nobody Here'))).toBeNull();
    expect(match(hint(null, 'Ann Lee'))).toBeNull();
    expect(match(hint(null, null))).toBeNull();
  });
  it('keys a name by every last-first rotation', () => {
    expect(nameKeys('Ada King Lovelace')).toEqual(
      expect.arrayContaining(['adakinglovelace', 'lovelaceadaking', 'kinglovelaceada']),
    );
  });
});

describe('planning and applying an intake', () => {
  const items = [
    item('x/a.pdf', 'h1', { learner: hint(null, 'Grace Hopper') }),
    item('x/b.html', 'h2', { learner: hint(null, 'Grace Hopper'), roleHint: 'reflection' }),
    item('index.html', 'h3', { kind: 'lms-index' }),
    item('y/c.pdf', 'h4', { learner: hint(null, 'Nobody') }),
  ];
  const plan = planItems(items, learnerMatcher(roster));
  it('leaves LMS index pages out and lists the unmatched', () => {
    expect(plan.map((p) => [p.item.path, p.learnerId, p.role])).toEqual([
      ['x/a.pdf', 'b', 'demonstration'],
      ['x/b.html', 'b', 'reflection'],
      ['y/c.pdf', null, 'demonstration'],
    ]);
    expect(groupByLearner(plan).map((g) => [g.learnerId, g.items.length])).toEqual([['b', 2]]);
  });

  const stamp = {
    intakeId: 'i1',
    achievementVersionId: 'v1',
    source: sourceOf('moodle'),
    at,
    newId: () => 's1',
  };
  const pdf = {
    sha256: 'h1',
    fileName: 'a.pdf',
    mediaType: 'application/pdf',
    size: 1,
    role: 'demonstration' as const,
  };
  const evidence = [pdf];
  it('creates a first attempt, then merges a second import without duplicates', () => {
    const first: Submission = applyIntake(undefined, 'b', evidence, stamp);
    expect(first).toMatchObject({ id: 's1', attempt: 1, status: 'received', intakeIds: ['i1'] });
    const again = applyIntake(first, 'b', [pdf, { ...pdf, sha256: 'h9' }], {
      ...stamp,
      intakeId: 'i2',
    });
    expect(again.id).toBe('s1');
    expect(again.evidence.map((e) => e.sha256)).toEqual(['h1', 'h9']);
    expect(again.intakeIds).toEqual(['i1', 'i2']);
  });
  it('dedupes evidence by hash', () => {
    expect(mergeEvidence(evidence, evidence)).toHaveLength(1);
  });
});
