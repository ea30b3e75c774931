import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../../../../shared/domain';
import { demonstrationRubricTemplate } from '../../../../../shared/domain/definitions/rubricPresets';
import { validateRubric } from '../../../../../shared/domain/definitions/validateRubric';
import {
  addCommentToBank,
  addCriterion,
  addLevel,
  moveCriterion,
  moveLevel,
  removeCommentFromBank,
  removeCriterion,
  removeLevel,
  setPassRule,
  updateCriterion,
  updateLevel,
} from './rubricEdits';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function template(): Rubric {
  return demonstrationRubricTemplate(counter('t'));
}

const ids = (rubric: Rubric): string[] => rubric.criteria.map((c) => c.id);
const first = (rubric: Rubric) => rubric.criteria[0]!;

describe('addCriterion', () => {
  it('appends a required, weight-1 criterion with the standard four levels and fresh ids', () => {
    const rubric = template();
    const next = addCriterion(rubric, counter('n'));
    expect(next.criteria).toHaveLength(5);
    const added = next.criteria[4]!;
    expect(added).toMatchObject({
      id: 'n-1',
      title: '',
      description: '',
      required: true,
      weight: 1,
    });
    expect(added.levels.map((l) => l.title)).toEqual([
      'Not yet',
      'Developing',
      'Proficient',
      'Exemplary',
    ]);
    // Same scale as the template, so totals stay comparable.
    expect(added.levels.map((l) => l.points)).toEqual(first(rubric).levels.map((l) => l.points));
    expect(added.levels.map((l) => l.id)).toEqual(['n-2', 'n-3', 'n-4', 'n-5']);
    expect(added.levels.every((l) => l.descriptor === '' && l.commentBank.length === 0)).toBe(true);
  });

  it('does not change the rubric it was given', () => {
    const rubric = template();
    const before = structuredClone(rubric);
    addCriterion(rubric, counter('n'));
    expect(rubric).toEqual(before);
  });
});

describe('removeCriterion', () => {
  it('removes by id and returns the same rubric for an unknown id', () => {
    const rubric = template();
    const [a, b, c, d] = ids(rubric);
    expect(ids(removeCriterion(rubric, b!))).toEqual([a, c, d]);
    expect(removeCriterion(rubric, 'nope')).toBe(rubric);
  });
});

describe('moveCriterion', () => {
  it.each([
    [0, 2, [1, 2, 0, 3]],
    [3, 0, [3, 0, 1, 2]],
    [1, 99, [0, 2, 3, 1]],
    [2, -5, [2, 0, 1, 3]],
  ])('moves criterion %i to %i', (from, to, order) => {
    const rubric = template();
    const before = ids(rubric);
    expect(ids(moveCriterion(rubric, before[from]!, to))).toEqual(order.map((i) => before[i]));
  });

  it('returns the same rubric when nothing moves', () => {
    const rubric = template();
    expect(moveCriterion(rubric, first(rubric).id, 0)).toBe(rubric);
    expect(moveCriterion(rubric, 'nope', 1)).toBe(rubric);
  });
});

describe('updateCriterion', () => {
  it('patches only the named criterion', () => {
    const rubric = template();
    const next = updateCriterion(rubric, first(rubric).id, {
      title: 'Plans',
      weight: 2,
      required: false,
    });
    expect(first(next)).toMatchObject({ title: 'Plans', weight: 2, required: false });
    expect(next.criteria[1]).toBe(rubric.criteria[1]);
    expect(updateCriterion(rubric, 'nope', { title: 'x' })).toBe(rubric);
  });
});

describe('levels', () => {
  it('adds a level at the top worth one more than the highest', () => {
    const rubric = template();
    const next = addLevel(rubric, first(rubric).id, () => 'new-level');
    const levels = first(next).levels;
    expect(levels).toHaveLength(5);
    expect(levels[4]).toEqual({
      id: 'new-level',
      title: '',
      descriptor: '',
      points: Math.max(...first(rubric).levels.map((l) => l.points)) + 1,
      commentBank: [],
    });
  });

  it('gives the first level of an empty criterion 0 points', () => {
    const rubric = template();
    const empty: Rubric = { ...rubric, criteria: [{ ...first(rubric), levels: [] }] };
    expect(first(addLevel(empty, first(empty).id, () => 'l')).levels[0]?.points).toBe(0);
  });

  it('removes a level but refuses to go below two', () => {
    let rubric = template();
    const c = first(rubric);
    rubric = removeLevel(rubric, c.id, c.levels[0]!.id);
    rubric = removeLevel(rubric, c.id, c.levels[1]!.id);
    expect(first(rubric).levels.map((l) => l.title)).toEqual(['Proficient', 'Exemplary']);
    expect(removeLevel(rubric, c.id, c.levels[2]!.id)).toBe(rubric);
  });

  it('updates and moves a level', () => {
    const rubric = template();
    const c = first(rubric);
    const updated = updateLevel(rubric, c.id, c.levels[1]!.id, { title: 'Emerging', points: 5 });
    expect(first(updated).levels[1]).toMatchObject({ title: 'Emerging', points: 5 });
    const moved = moveLevel(rubric, c.id, c.levels[3]!.id, 0);
    expect(first(moved).levels.map((l) => l.title)).toEqual([
      'Exemplary',
      'Not yet',
      'Developing',
      'Proficient',
    ]);
    expect(moveLevel(rubric, c.id, c.levels[3]!.id, 3)).toBe(rubric);
  });
});

describe('setPassRule', () => {
  it('patches one threshold and keeps the other', () => {
    const rubric = template();
    expect(setPassRule(rubric, { minTotal: null }).passRule).toEqual({
      minLevelIndex: rubric.passRule.minLevelIndex,
      minTotal: null,
    });
    expect(setPassRule(rubric, { minLevelIndex: 3 }).passRule.minLevelIndex).toBe(3);
  });
});

describe('comment bank', () => {
  it('adds trimmed comments once and removes them', () => {
    const rubric = template();
    const c = first(rubric);
    const level = c.levels[2]!;
    let next = addCommentToBank(rubric, c.id, level.id, '  Clear, well-justified choices. ');
    next = addCommentToBank(next, c.id, level.id, 'Clear, well-justified choices.');
    next = addCommentToBank(next, c.id, level.id, 'Checks results.');
    expect(first(next).levels[2]?.commentBank).toEqual([
      'Clear, well-justified choices.',
      'Checks results.',
    ]);
    expect(addCommentToBank(next, c.id, level.id, '   ')).toBe(next);
    next = removeCommentFromBank(next, c.id, level.id, 'Clear, well-justified choices.');
    expect(first(next).levels[2]?.commentBank).toEqual(['Checks results.']);
    expect(removeCommentFromBank(next, c.id, level.id, 'absent')).toBe(next);
  });
});

describe('edits keep a template valid', () => {
  it('a titled new criterion and a moved criterion still validate', () => {
    let rubric = addCriterion(template(), counter('n'));
    rubric = updateCriterion(rubric, 'n-1', { title: 'Safety' });
    rubric = moveCriterion(rubric, 'n-1', 0);
    expect(validateRubric(rubric)).toEqual([]);
  });
});
