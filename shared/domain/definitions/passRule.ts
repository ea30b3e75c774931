/**
 * The pass rule (DESIGN.md §2): does a set of level choices *meet* a rubric?
 *
 * Decisions:
 * - Levels are ordered low → high; a level's position is its index.
 * - `minLevelIndex` applies to required criteria only. A required criterion
 *   with fewer levels than `minLevelIndex + 1` must reach its own top level
 *   (the rule cannot ask for more than the criterion offers).
 * - A rule with neither threshold never meets: it decides nothing, and a
 *   rubric whose pass rule decides nothing cannot be published.
 * - An unmarked required criterion (no choice, `null`, or a level id that is
 *   not one of its levels) means neither complete nor meets. Unmarked optional
 *   criteria add 0 to the total.
 * - Totals are rounded to 6 decimals so weights like 1.5 compare as people
 *   expect (rounding is monotone, so raising a level never lowers the total).
 */
import type { Id } from '../ids';
import type { Rubric, RubricCriterion, RubricLevel } from '../rubric';

/** Criterion id → chosen level id (`null` = not marked yet). */
export type LevelChoices = ReadonlyMap<Id, Id | null> | Readonly<Record<Id, Id | null>>;

export interface PassRuleShortfall {
  /** `null` when the shortfall is about the rubric as a whole (total, rule). */
  readonly criterionId: Id | null;
  readonly message: string;
}

export interface PassRuleEvaluation {
  readonly meets: boolean;
  /** Every required criterion has a level. */
  readonly complete: boolean;
  readonly total: number;
  readonly maxTotal: number;
  /** Criteria (required or not) with no valid level chosen, in rubric order. */
  readonly unmarkedCriterionIds: readonly Id[];
  readonly shortfalls: readonly PassRuleShortfall[];
}

function isMap(choices: LevelChoices): choices is ReadonlyMap<Id, Id | null> {
  return choices instanceof Map;
}

function choiceFor(choices: LevelChoices, criterionId: Id): Id | null {
  if (isMap(choices)) return choices.get(criterionId) ?? null;
  return Object.hasOwn(choices, criterionId) ? (choices[criterionId] ?? null) : null;
}

function roundPoints(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Points as people read them: 12, 12.5, 12.33. */
export function formatPoints(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function maxPoints(criterion: RubricCriterion): number {
  return criterion.levels.reduce((max, level) => Math.max(max, level.points), 0);
}

/** The highest weighted total the rubric allows. */
export function maxTotalOf(rubric: Rubric): number {
  return roundPoints(rubric.criteria.reduce((sum, c) => sum + c.weight * maxPoints(c), 0));
}

/** True when `minLevelIndex` is usable: absent, or a non-negative integer. */
function levelIndexIsValid(index: number | null): boolean {
  return index === null || (Number.isInteger(index) && index >= 0);
}

function totalIsValid(minTotal: number | null): boolean {
  return minTotal === null || Number.isFinite(minTotal);
}

/** The level index a required criterion must reach, given the rule's index. */
export function requiredIndexFor(criterion: RubricCriterion, minLevelIndex: number): number {
  return Math.min(minLevelIndex, criterion.levels.length - 1);
}

/**
 * The name the UI gives the rule's level: the title at `index` in the first
 * required criterion that has that many levels (null when none does).
 */
export function levelNameAt(rubric: Rubric, index: number): string | null {
  for (const criterion of rubric.criteria) {
    if (!criterion.required) continue;
    const level = criterion.levels[index];
    if (level !== undefined) return level.title;
  }
  return null;
}

function levelLabel(rubric: Rubric, index: number): string {
  const name = levelNameAt(rubric, index);
  return name === null ? `level ${index + 1}` : `'${name}'`;
}

/** Every criterion at its top level: the best a learner can do. */
export function topLevelChoices(rubric: Rubric): ReadonlyMap<Id, Id | null> {
  return new Map(rubric.criteria.map((c) => [c.id, c.levels.at(-1)?.id ?? null]));
}

interface Marked {
  readonly criterion: RubricCriterion;
  readonly level: RubricLevel | null;
  readonly index: number;
}

function markedLevels(rubric: Rubric, choices: LevelChoices): readonly Marked[] {
  return rubric.criteria.map((criterion) => {
    const chosen = choiceFor(choices, criterion.id);
    const index = chosen === null ? -1 : criterion.levels.findIndex((l) => l.id === chosen);
    return { criterion, level: criterion.levels[index] ?? null, index };
  });
}

function ruleShortfall(rubric: Rubric): string | null {
  const { minLevelIndex, minTotal } = rubric.passRule;
  if (rubric.criteria.length === 0) return 'The rubric has no criteria to mark.';
  if (minLevelIndex === null && minTotal === null) {
    return 'The pass rule sets no threshold: set a level, a total, or both.';
  }
  if (!levelIndexIsValid(minLevelIndex)) return 'The pass rule names a level that does not exist.';
  if (!totalIsValid(minTotal)) return 'The pass rule total is not a number.';
  return null;
}

/** Judges one set of level choices against the rubric's pass rule. */
export function evaluatePassRule(rubric: Rubric, choices: LevelChoices): PassRuleEvaluation {
  const marks = markedLevels(rubric, choices);
  const { minLevelIndex, minTotal } = rubric.passRule;
  const shortfalls: PassRuleShortfall[] = [];
  const ruleProblem = ruleShortfall(rubric);
  if (ruleProblem !== null) shortfalls.push({ criterionId: null, message: ruleProblem });

  let complete = true;
  let sum = 0;
  for (const { criterion, level, index } of marks) {
    if (level === null) {
      if (!criterion.required) continue;
      complete = false;
      shortfalls.push({
        criterionId: criterion.id,
        message: `'${criterion.title}' is not marked yet.`,
      });
      continue;
    }
    sum += criterion.weight * level.points;
    if (!criterion.required || minLevelIndex === null || !levelIndexIsValid(minLevelIndex))
      continue;
    const needed = requiredIndexFor(criterion, minLevelIndex);
    if (index < needed) {
      const target = criterion.levels[needed]?.title ?? `level ${needed + 1}`;
      shortfalls.push({
        criterionId: criterion.id,
        message: `'${criterion.title}' is at '${level.title}'; it needs '${target}' or above.`,
      });
    }
  }

  const total = roundPoints(sum);
  const maxTotal = maxTotalOf(rubric);
  if (minTotal !== null && Number.isFinite(minTotal) && total < minTotal) {
    shortfalls.push({
      criterionId: null,
      message: `The total is ${formatPoints(total)} of ${formatPoints(maxTotal)}; it needs at least ${formatPoints(minTotal)}.`,
    });
  }
  return {
    meets: shortfalls.length === 0,
    complete,
    total,
    maxTotal,
    unmarkedCriterionIds: marks.filter((m) => m.level === null).map((m) => m.criterion.id),
    shortfalls,
  };
}

/**
 * Can anyone meet this rubric? Worked out from the rubric's shape (not by
 * evaluating): the top level everywhere meets exactly when this is true.
 */
export function isPassRuleSatisfiable(rubric: Rubric): boolean {
  if (ruleShortfall(rubric) !== null) return false;
  if (rubric.criteria.some((c) => c.required && c.levels.length === 0)) return false;
  const { minTotal } = rubric.passRule;
  if (minTotal === null) return true;
  const best = rubric.criteria.reduce(
    (sum, c) => sum + c.weight * (c.levels.at(-1)?.points ?? 0),
    0,
  );
  return roundPoints(best) >= minTotal;
}

/** "Every required criterion at 'Proficient' or above, and a total of at least 12 of 16". */
export function describePassRule(rubric: Rubric): string {
  const { minLevelIndex, minTotal } = rubric.passRule;
  const parts: string[] = [];
  if (minLevelIndex !== null && levelIndexIsValid(minLevelIndex)) {
    const shorter = rubric.criteria.some((c) => c.required && c.levels.length <= minLevelIndex);
    const anyRequired = rubric.criteria.some((c) => c.required);
    parts.push(
      `${anyRequired ? 'Every required criterion' : 'Every required criterion (none is required yet)'} at ${levelLabel(rubric, minLevelIndex)} or above` +
        (shorter ? ' (or its top level, where it has fewer levels)' : ''),
    );
  }
  if (minTotal !== null && Number.isFinite(minTotal)) {
    const total = `a total of at least ${formatPoints(minTotal)} of ${formatPoints(maxTotalOf(rubric))}`;
    parts.push(parts.length === 0 ? total.charAt(0).toUpperCase() + total.slice(1) : total);
  }
  return parts.length === 0
    ? 'No pass rule yet: set a level, a total, or both'
    : parts.join(', and ');
}
