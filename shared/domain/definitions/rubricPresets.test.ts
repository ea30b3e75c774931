import { describe, expect, it } from 'vitest';
import type { ReflectionModel, Rubric } from '../rubric';
import { describePassRule } from './passRule';
import {
  blankRubric,
  dealRubric,
  demonstrationRubricTemplate,
  gibbsRubric,
  kemberRubric,
  reflectionPreset,
  reflectionPresets,
  reflectionStages,
} from './rubricPresets';
import { validateRubric } from './validateRubric';

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null) return into;
  into.add(value);
  const children: unknown[] = Object.values(value);
  for (const child of children) objectsIn(child, into);
  return into;
}

function idsOf(rubric: Rubric): string[] {
  return [rubric.id, ...rubric.criteria.flatMap((c) => [c.id, ...c.levels.map((l) => l.id)])];
}

const models: readonly ReflectionModel[] = ['DEAL', 'Gibbs', 'Kember', 'custom'];
const written: readonly [string, (newId: () => string) => Rubric][] = [
  ['DEAL', dealRubric],
  ['Gibbs', gibbsRubric],
  ['Kember', kemberRubric],
  ['demonstration template', demonstrationRubricTemplate],
];

describe('presets', () => {
  it.each(written)('%s is a valid 4-level rubric with every descriptor written', (_, make) => {
    const rubric = make(counter());
    expect(validateRubric(rubric)).toEqual([]);
    for (const criterion of rubric.criteria) {
      expect(criterion.description.trim()).not.toBe('');
      expect(criterion.levels).toHaveLength(4);
      for (const level of criterion.levels)
        expect(level.descriptor.trim().length).toBeGreaterThan(20);
    }
  });

  it.each(models)(
    '%s gives a reflection rubric with that model, valid, with unique ids',
    (model) => {
      const rubric = reflectionPreset(model, counter());
      expect(rubric).toMatchObject({ kind: 'reflection', model });
      expect(validateRubric(rubric, { expectedKind: 'reflection' })).toEqual([]);
      const ids = idsOf(rubric);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('returns fresh rubrics: new ids and no shared objects between calls', () => {
    const newId = counter();
    const first = dealRubric(newId);
    const second = dealRubric(newId);
    expect(idsOf(first).filter((id) => idsOf(second).includes(id))).toEqual([]);
    const shared = [...objectsIn(first)].filter((o) => objectsIn(second).has(o));
    expect(shared).toEqual([]);
  });

  it('lists every model once in the picker', () => {
    expect(reflectionPresets.map((p) => p.model)).toEqual(models);
  });

  it('makes the demonstration template 4 × 4 on the usual scale', () => {
    const rubric = demonstrationRubricTemplate(counter());
    expect(rubric).toMatchObject({ kind: 'demonstration', model: null });
    expect(rubric.criteria).toHaveLength(4);
    expect(rubric.criteria[0]?.levels.map((l) => [l.title, l.points])).toEqual([
      ['Not yet', 1],
      ['Developing', 2],
      ['Proficient', 3],
      ['Exemplary', 4],
    ]);
    expect(describePassRule(rubric)).toBe(
      "Every required criterion at 'Proficient' or above, and a total of at least 12 of 16",
    );
  });

  it('gives a blank rubric of either kind that is valid and left to write', () => {
    const reflection = blankRubric('reflection', counter());
    expect(reflection).toMatchObject({ model: 'custom', title: 'Reflection rubric' });
    const demonstration = blankRubric('demonstration', counter());
    expect(demonstration.model).toBeNull();
    expect(validateRubric(demonstration, { expectedKind: 'demonstration' })).toEqual([]);
    expect(demonstration.criteria[0]?.levels.every((l) => l.descriptor === '')).toBe(true);
  });
});

describe('reflectionStages', () => {
  it('names DEAL and Gibbs stages after their criteria', () => {
    expect(reflectionStages('DEAL')).toEqual(['Describe', 'Examine', 'Articulate Learning']);
    expect(reflectionStages('Gibbs')).toEqual([
      'Description',
      'Feelings',
      'Evaluation',
      'Analysis',
      'Conclusion',
      'Action plan',
    ]);
    expect(dealRubric(counter()).criteria.map((c) => c.title)).toEqual(reflectionStages('DEAL'));
    expect(gibbsRubric(counter()).criteria.map((c) => c.title)).toEqual(reflectionStages('Gibbs'));
  });

  it('uses Kember’s four levels as the stages and as every criterion’s levels', () => {
    const stages = ['Habitual action', 'Understanding', 'Reflection', 'Critical reflection'];
    expect(reflectionStages('Kember')).toEqual(stages);
    for (const criterion of kemberRubric(counter()).criteria) {
      expect(criterion.levels.map((l) => l.title)).toEqual(stages);
    }
    expect(describePassRule(kemberRubric(counter()))).toBe(
      "Every required criterion at 'Reflection' or above",
    );
  });

  it('has no stages for a custom model', () => {
    expect(reflectionStages('custom')).toEqual([]);
  });
});
