import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Id } from '../ids';
import type { Rubric } from '../rubric';
import {
  evaluatePassRule,
  isPassRuleSatisfiable,
  requiredIndexFor,
  topLevelChoices,
  type LevelChoices,
} from './passRule';
import { validateRubric } from './validateRubric';

/** Valid-shaped rubrics: points rise within a criterion, weights > 0; 0–5 levels so edge cases appear. */
const criterionArb = fc.record({
  levelCount: fc.oneof(
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1 }) },
    { weight: 4, arbitrary: fc.integer({ min: 2, max: 5 }) },
  ),
  start: fc.integer({ min: 0, max: 3 }),
  steps: fc.array(fc.constantFrom(0.5, 1, 2, 3), { minLength: 5, maxLength: 5 }),
  weight: fc.constantFrom(0.5, 1, 1.5, 2, 3),
  required: fc.boolean(),
});

const rubricArb: fc.Arbitrary<Rubric> = fc
  .record({
    criteria: fc.array(criterionArb, { minLength: 0, maxLength: 6 }),
    minLevelIndex: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    minTotal: fc.option(
      fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 60, noNaN: true })),
      {
        nil: null,
      },
    ),
  })
  .map(({ criteria, minLevelIndex, minTotal }) => ({
    id: 'r',
    title: 'Random rubric',
    kind: 'demonstration',
    model: null,
    passRule: { minLevelIndex, minTotal },
    criteria: criteria.map((c, i) => {
      let points = c.start;
      return {
        id: `c${i}`,
        title: `Criterion ${i}`,
        description: '',
        required: c.required,
        weight: c.weight,
        levels: Array.from({ length: c.levelCount }, (_, j) => {
          if (j > 0) points += c.steps[j - 1] ?? 1;
          return {
            id: `c${i}-l${j}`,
            title: `Level ${j}`,
            descriptor: '',
            points,
            commentBank: [],
          };
        }),
      };
    }),
  }));

/** A rubric and one chosen level index per criterion (-1 = unmarked). */
const markedArb = rubricArb.chain((rubric) =>
  fc.tuple(
    fc.constant(rubric),
    fc.tuple(...rubric.criteria.map((c) => fc.integer({ min: -1, max: c.levels.length - 1 }))),
  ),
);

function choicesOf(rubric: Rubric, indices: readonly number[]): Map<Id, Id | null> {
  return new Map(rubric.criteria.map((c, i) => [c.id, c.levels[indices[i] ?? -1]?.id ?? null]));
}

function run<T extends unknown[]>(property: fc.IPropertyWithHooks<T>): void {
  fc.assert(property, { numRuns: 400 });
}

describe('pass rule properties', () => {
  it('keeps the total between 0 and the maximum, and equal to the weighted sum', () => {
    run(
      fc.property(markedArb, ([rubric, indices]) => {
        const result = evaluatePassRule(rubric, choicesOf(rubric, indices));
        const expected = rubric.criteria.reduce(
          (sum, c, i) => sum + c.weight * (c.levels[indices[i] ?? -1]?.points ?? 0),
          0,
        );
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(result.maxTotal);
        expect(result.total).toBeCloseTo(expected, 5);
      }),
    );
  });

  it('never turns meets into not-meets when a level is raised', () => {
    run(
      fc.property(markedArb, fc.nat(), fc.nat(), ([rubric, indices], which, by) => {
        const k = which % Math.max(rubric.criteria.length, 1);
        const top = (rubric.criteria[k]?.levels.length ?? 0) - 1;
        const current = indices[k] ?? -1;
        if (current >= top) return;
        const raised = [...indices];
        raised[k] = current + 1 + (by % (top - current));
        const before = evaluatePassRule(rubric, choicesOf(rubric, indices));
        const after = evaluatePassRule(rubric, choicesOf(rubric, raised));
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        if (before.meets) expect(after.meets).toBe(true);
        if (before.complete) expect(after.complete).toBe(true);
      }),
    );
  });

  it('meets with the top level everywhere exactly when the rule is satisfiable', () => {
    fc.assert(
      fc.property(rubricArb, (rubric) => {
        expect(evaluatePassRule(rubric, topLevelChoices(rubric)).meets).toBe(
          isPassRuleSatisfiable(rubric),
        );
      }),
      { numRuns: 600 },
    );
  });

  it('does not meet when a required criterion is below the rule’s level', () => {
    run(
      fc.property(markedArb, ([rubric, indices]) => {
        const { minLevelIndex } = rubric.passRule;
        const result = evaluatePassRule(rubric, choicesOf(rubric, indices));
        rubric.criteria.forEach((c, i) => {
          const index = indices[i] ?? -1;
          if (!c.required || minLevelIndex === null || index < 0) return;
          if (index < requiredIndexFor(c, minLevelIndex)) {
            expect(result.meets).toBe(false);
            expect(result.shortfalls.map((s) => s.criterionId)).toContain(c.id);
          }
        });
      }),
    );
  });

  it('does not meet, nor call the marking complete, while a required criterion is unmarked', () => {
    run(
      fc.property(markedArb, ([rubric, indices]) => {
        const result = evaluatePassRule(rubric, choicesOf(rubric, indices));
        const unmarkedRequired = rubric.criteria.some(
          (c, i) => c.required && (indices[i] ?? -1) < 0,
        );
        expect(result.complete).toBe(!unmarkedRequired);
        if (unmarkedRequired) expect(result.meets).toBe(false);
      }),
    );
  });

  it('meets exactly when there is no shortfall, and then honours the total', () => {
    run(
      fc.property(markedArb, ([rubric, indices]) => {
        const result = evaluatePassRule(rubric, choicesOf(rubric, indices));
        expect(result.meets).toBe(result.shortfalls.length === 0);
        if (result.meets) {
          expect(result.complete).toBe(true);
          expect(result.total).toBeGreaterThanOrEqual(rubric.passRule.minTotal ?? 0);
          expect(isPassRuleSatisfiable(rubric)).toBe(true);
        }
      }),
    );
  });

  it('gives the same answer for a Map and a plain record of choices', () => {
    run(
      fc.property(markedArb, ([rubric, indices]) => {
        const map = choicesOf(rubric, indices);
        const record: LevelChoices = Object.fromEntries(map);
        expect(evaluatePassRule(rubric, record)).toEqual(evaluatePassRule(rubric, map));
      }),
    );
  });

  it('only calls a rubric valid when its pass rule can be met', () => {
    fc.assert(
      fc.property(rubricArb, (rubric) => {
        if (validateRubric(rubric).length === 0) expect(isPassRuleSatisfiable(rubric)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});
