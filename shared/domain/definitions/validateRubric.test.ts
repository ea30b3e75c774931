import { describe, expect, it } from 'vitest';
import type { Rubric, RubricCriterion, RubricLevel } from '../rubric';
import { demonstrationRubricTemplate } from './rubricPresets';
import { validateRubric } from './validateRubric';

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const base = demonstrationRubricTemplate(counter());

function withCriterion(index: number, change: (c: RubricCriterion) => RubricCriterion): Rubric {
  return { ...base, criteria: base.criteria.map((c, i) => (i === index ? change(c) : c)) };
}

function withLevel(index: number, change: (l: RubricLevel) => RubricLevel): Rubric {
  return withCriterion(0, (c) => ({
    ...c,
    levels: c.levels.map((l, j) => (j === index ? change(l) : l)),
  }));
}

const cases: readonly [string, Rubric, string, string][] = [
  ['a blank rubric title', { ...base, title: ' ' }, 'title', 'Give the rubric a title.'],
  ['no criteria', { ...base, criteria: [] }, 'criteria', 'Add at least one criterion.'],
  [
    'a blank criterion title',
    withCriterion(1, (c) => ({ ...c, title: '' })),
    'criteria[1].title',
    'Give criterion 2 a title.',
  ],
  [
    'a repeated criterion title',
    withCriterion(2, (c) => ({ ...c, title: ' technical SKILL ' })),
    'criteria[2].title',
    "Another criterion is already called ' technical SKILL '.",
  ],
  [
    'a zero weight',
    withCriterion(0, (c) => ({ ...c, weight: 0 })),
    'criteria[0].weight',
    'greater than 0',
  ],
  [
    'a NaN weight',
    withCriterion(0, (c) => ({ ...c, weight: Number.NaN })),
    'criteria[0].weight',
    'greater than 0',
  ],
  [
    'one level',
    withCriterion(3, (c) => ({ ...c, levels: c.levels.slice(0, 1) })),
    'criteria[3].levels',
    'at least two levels',
  ],
  [
    'a blank level title',
    withLevel(1, (l) => ({ ...l, title: '' })),
    'criteria[0].levels[1].title',
    'Give level 2 of',
  ],
  [
    'a repeated level title',
    withLevel(1, (l) => ({ ...l, title: 'not yet' })),
    'criteria[0].levels[1].title',
    "already has a level called 'not yet'",
  ],
  [
    'negative points',
    withLevel(0, (l) => ({ ...l, points: -1 })),
    'criteria[0].levels[0].points',
    'must be 0 or more',
  ],
  [
    'points that do not rise',
    withLevel(2, (l) => ({ ...l, points: 2 })),
    'criteria[0].levels[2].points',
    "Points must rise from level to level: 'Proficient' (2) is not more than 'Developing' (2)",
  ],
  [
    'a repeated level id',
    withLevel(1, (l) => ({ ...l, id: base.criteria[0]?.levels[0]?.id ?? l.id })),
    'criteria[0].levels[1].id',
    'is used twice',
  ],
  [
    'no pass rule',
    { ...base, passRule: { minLevelIndex: null, minTotal: null } },
    'passRule',
    'Set a pass rule',
  ],
  [
    'a level index out of range',
    { ...base, passRule: { minLevelIndex: 4, minTotal: null } },
    'passRule.minLevelIndex',
    'asks for level 5',
  ],
  [
    'a fractional level index',
    { ...base, passRule: { minLevelIndex: 1.5, minTotal: null } },
    'passRule.minLevelIndex',
    'must be one of the levels',
  ],
  [
    'a level with nothing required',
    { ...base, criteria: base.criteria.map((c) => ({ ...c, required: false })) },
    'passRule.minLevelIndex',
    'no criterion is required',
  ],
  [
    'a total above the maximum',
    { ...base, passRule: { minLevelIndex: 2, minTotal: 17 } },
    'passRule.minTotal',
    'The minimum total (17) is more than the rubric’s maximum (16).',
  ],
  [
    'a negative total',
    { ...base, passRule: { minLevelIndex: 2, minTotal: -1 } },
    'passRule.minTotal',
    '0 or more',
  ],
  [
    'a demonstration rubric with a model',
    { ...base, model: 'DEAL' },
    'model',
    'no reflection model',
  ],
  [
    'a reflection rubric with no model',
    { ...base, kind: 'reflection' },
    'model',
    'Choose the reflection model',
  ],
];

describe('validateRubric', () => {
  it('finds nothing wrong with the template', () => {
    expect(validateRubric(base)).toEqual([]);
  });

  it.each(cases)('reports %s at its path', (_, rubric, path, message) => {
    const problems = validateRubric(rubric);
    expect(problems).toContainEqual({ path, message: expect.stringContaining(message) as string });
  });

  it('prefixes paths and checks the kind where the rubric is used', () => {
    const problems = validateRubric(
      withCriterion(0, (c) => ({ ...c, title: '' })),
      {
        basePath: 'reflectionRubric',
        expectedKind: 'reflection',
      },
    );
    expect(problems.map((p) => p.path)).toEqual([
      'reflectionRubric.kind',
      'reflectionRubric.criteria[0].title',
    ]);
  });

  it('reports every problem, not only the first, and no rule noise for an empty rubric', () => {
    const broken = withCriterion(0, (c) => ({
      ...c,
      title: '',
      weight: 0,
      levels: c.levels.slice(0, 1),
    }));
    expect(validateRubric(broken).map((p) => p.path)).toEqual([
      'criteria[0].title',
      'criteria[0].weight',
      'criteria[0].levels',
    ]);
    expect(validateRubric({ ...base, criteria: [] }).map((p) => p.path)).toEqual(['criteria']);
  });

  it('says when no choice of levels can meet the rule', () => {
    const noLevels = withCriterion(0, (c) => ({ ...c, levels: [] }));
    const problems = validateRubric({
      ...noLevels,
      passRule: { minLevelIndex: null, minTotal: 1 },
    });
    expect(problems.map((p) => p.path)).toEqual(['criteria[0].levels', 'passRule']);
  });
});
