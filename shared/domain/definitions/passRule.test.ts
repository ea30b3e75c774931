import { describe, expect, it } from 'vitest';
import type { PassRule, Rubric, RubricCriterion } from '../rubric';
import {
  describePassRule,
  evaluatePassRule,
  isPassRuleSatisfiable,
  levelNameAt,
  topLevelChoices,
} from './passRule';
import { demonstrationRubricTemplate } from './rubricPresets';

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const scale = ['Not yet', 'Developing', 'Proficient', 'Exemplary'];

function criterion(
  id: string,
  opts: Omit<Partial<RubricCriterion>, 'levels'> & { levels?: number } = {},
): RubricCriterion {
  const count = opts.levels ?? 4;
  return {
    id,
    title: opts.title ?? `Criterion ${id}`,
    description: '',
    required: opts.required ?? true,
    weight: opts.weight ?? 1,
    levels: scale.slice(0, count).map((title, i) => ({
      id: `${id}-${i}`,
      title,
      descriptor: '',
      points: i + 1,
      commentBank: [],
    })),
  };
}

function rubric(criteria: RubricCriterion[], passRule: PassRule): Rubric {
  return { id: 'r', title: 'Rubric', kind: 'demonstration', model: null, criteria, passRule };
}

describe('evaluatePassRule', () => {
  const r = rubric([criterion('a'), criterion('b'), criterion('c', { required: false })], {
    minLevelIndex: 2,
    minTotal: 9,
  });

  it('meets when every required criterion reaches the level and the total is enough', () => {
    const result = evaluatePassRule(r, { a: 'a-2', b: 'a-9', c: null });
    expect(result).toMatchObject({ meets: false, complete: false, total: 3 });
    const good = evaluatePassRule(
      r,
      new Map([
        ['a', 'a-2'],
        ['b', 'b-3'],
        ['c', 'c-1'],
      ]),
    );
    expect(good).toEqual({
      meets: true,
      complete: true,
      total: 9,
      maxTotal: 12,
      unmarkedCriterionIds: [],
      shortfalls: [],
    });
  });

  it('names each shortfall: unmarked, below the level, and the total', () => {
    const result = evaluatePassRule(r, { a: 'a-1', c: 'c-0' });
    expect(result.meets).toBe(false);
    expect(result.complete).toBe(false);
    expect(result.unmarkedCriterionIds).toEqual(['b']);
    expect(result.shortfalls).toEqual([
      {
        criterionId: 'a',
        message: "'Criterion a' is at 'Developing'; it needs 'Proficient' or above.",
      },
      { criterionId: 'b', message: "'Criterion b' is not marked yet." },
      { criterionId: null, message: 'The total is 3 of 12; it needs at least 9.' },
    ]);
  });

  it('lets an unmarked optional criterion count 0 without making the marking incomplete', () => {
    const result = evaluatePassRule(r, { a: 'a-3', b: 'b-3' });
    expect(result).toMatchObject({ meets: false, complete: true, total: 8 });
    expect(result.unmarkedCriterionIds).toEqual(['c']);
  });

  it('treats a level id from another criterion as unmarked', () => {
    expect(evaluatePassRule(r, { a: 'b-3', b: 'b-3' }).unmarkedCriterionIds).toContain('a');
  });

  it('ignores inherited keys of a plain object', () => {
    const result = evaluatePassRule(
      rubric([criterion('constructor')], { minLevelIndex: 0, minTotal: null }),
      {},
    );
    expect(result).toMatchObject({ meets: false, complete: false });
  });

  it('asks a criterion with fewer levels than the rule to reach its own top level', () => {
    const short = rubric([criterion('a'), criterion('s', { levels: 2 })], {
      minLevelIndex: 3,
      minTotal: null,
    });
    expect(evaluatePassRule(short, { a: 'a-3', s: 's-0' }).shortfalls).toEqual([
      {
        criterionId: 's',
        message: "'Criterion s' is at 'Not yet'; it needs 'Developing' or above.",
      },
    ]);
    expect(evaluatePassRule(short, { a: 'a-3', s: 's-1' }).meets).toBe(true);
  });

  it('weighs points and compares totals without floating-point surprises', () => {
    const weighted = rubric([criterion('a', { weight: 0.1 }), criterion('b', { weight: 0.2 })], {
      minLevelIndex: null,
      minTotal: 0.3,
    });
    const result = evaluatePassRule(weighted, { a: 'a-0', b: 'b-0' });
    expect(result).toMatchObject({ total: 0.3, maxTotal: 1.2, meets: true });
  });

  it('never meets a rule with no threshold, nor a rubric with no criteria', () => {
    const none = rubric([criterion('a')], { minLevelIndex: null, minTotal: null });
    expect(evaluatePassRule(none, topLevelChoices(none)).meets).toBe(false);
    const empty = rubric([], { minLevelIndex: 0, minTotal: 0 });
    expect(evaluatePassRule(empty, {}).shortfalls[0]?.message).toBe(
      'The rubric has no criteria to mark.',
    );
  });
});

describe('isPassRuleSatisfiable', () => {
  it('is false when the total asks more than the top levels give', () => {
    expect(
      isPassRuleSatisfiable(rubric([criterion('a')], { minLevelIndex: null, minTotal: 4 })),
    ).toBe(true);
    expect(
      isPassRuleSatisfiable(rubric([criterion('a')], { minLevelIndex: null, minTotal: 4.5 })),
    ).toBe(false);
  });

  it('is false for a required criterion with no levels or a level index that is not one', () => {
    expect(
      isPassRuleSatisfiable(
        rubric([criterion('a', { levels: 0 })], { minLevelIndex: 0, minTotal: null }),
      ),
    ).toBe(false);
    expect(
      isPassRuleSatisfiable(rubric([criterion('a')], { minLevelIndex: -1, minTotal: null })),
    ).toBe(false);
    expect(
      isPassRuleSatisfiable(rubric([criterion('a')], { minLevelIndex: 1.5, minTotal: null })),
    ).toBe(false);
  });
});

describe('describePassRule and levelNameAt', () => {
  it('reads the template rule as the UI shows it', () => {
    expect(describePassRule(demonstrationRubricTemplate(counter()))).toBe(
      "Every required criterion at 'Proficient' or above, and a total of at least 12 of 16",
    );
  });

  it('describes each part alone, and the missing rule', () => {
    const levelOnly = rubric([criterion('a')], { minLevelIndex: 1, minTotal: null });
    expect(describePassRule(levelOnly)).toBe("Every required criterion at 'Developing' or above");
    const totalOnly = rubric([criterion('a', { weight: 1.5 })], {
      minLevelIndex: null,
      minTotal: 4.5,
    });
    expect(describePassRule(totalOnly)).toBe('A total of at least 4.5 of 6');
    const none = rubric([criterion('a')], { minLevelIndex: null, minTotal: null });
    expect(describePassRule(none)).toBe('No pass rule yet: set a level, a total, or both');
  });

  it('mentions shorter criteria and a rule with nothing required', () => {
    const short = rubric([criterion('a'), criterion('s', { levels: 2 })], {
      minLevelIndex: 2,
      minTotal: null,
    });
    expect(describePassRule(short)).toBe(
      "Every required criterion at 'Proficient' or above (or its top level, where it has fewer levels)",
    );
    const optional = rubric([criterion('a', { required: false })], {
      minLevelIndex: 2,
      minTotal: null,
    });
    expect(describePassRule(optional)).toBe(
      'Every required criterion (none is required yet) at level 3 or above',
    );
  });

  it('names the level from the first required criterion that has it', () => {
    const r = rubric(
      [
        { ...criterion('o', { required: false }), levels: [] },
        criterion('s', { levels: 2 }),
        {
          ...criterion('a'),
          levels: criterion('a').levels.map((l) => ({ ...l, title: `A ${l.title}` })),
        },
      ],
      { minLevelIndex: 2, minTotal: null },
    );
    expect(levelNameAt(r, 0)).toBe('Not yet');
    expect(levelNameAt(r, 2)).toBe('A Proficient');
    expect(levelNameAt(r, 7)).toBeNull();
  });
});
