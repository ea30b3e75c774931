/**
 * Rubrics → OB 3.0 `ResultDescription`s.
 *
 * Mapping (DESIGN.md §2, "a rubric maps 1:1 to ResultDescriptions"):
 * - one ResultDescription per criterion, `resultType: 'RubricCriterionLevel'`,
 *   named "Demonstration: <criterion>" or "Reflection: <criterion>", with the
 *   criterion's levels as `rubricCriterionLevel` in the rubric's order (low →
 *   high), `allowedValue` = the level titles in the same order, and points as
 *   strings;
 * - `requiredLevel` (only on required criteria, only when the pass rule has a
 *   `minLevelIndex`) is the id of the level at that index — or the top level
 *   when the criterion has fewer levels, as `evaluatePassRule` decides;
 * - one more ResultDescription per rubric, `resultType: 'RubricScore'`, for
 *   the weighted total: `valueMin`/`valueMax` bound it and `requiredValue` is
 *   the pass rule's `minTotal` when there is one. Weights have no OB 3.0 term,
 *   so they live only in that total.
 */
import type { Rubric, RubricCriterion, RubricLevel } from '../domain/rubric';
import { ob3ResultDescriptionId, ob3RubricLevelId, ob3RubricTotalId } from './ob3Ids';
import type { RubricKind } from './ob3Ids';
import type { Ob3ResultDescription, Ob3RubricCriterionLevel } from './ob3Types';

const KIND_LABEL: Readonly<Record<RubricKind, string>> = {
  demonstration: 'Demonstration',
  reflection: 'Reflection',
};

/** Points as OB 3.0 wants them: a string, at most 6 decimals ("3", "2.5"). */
export function ob3Points(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** The level a required criterion must reach under `minLevelIndex`, if any. */
export function requiredLevelOf(
  criterion: RubricCriterion,
  minLevelIndex: number | null,
): RubricLevel | undefined {
  if (!criterion.required || minLevelIndex === null || minLevelIndex < 0) return undefined;
  return criterion.levels[Math.min(minLevelIndex, criterion.levels.length - 1)];
}

function levelOf(
  achievementId: string,
  kind: RubricKind,
  criterion: RubricCriterion,
  level: RubricLevel,
): Ob3RubricCriterionLevel {
  return {
    id: ob3RubricLevelId(achievementId, kind, criterion.id, level.id),
    type: ['RubricCriterionLevel'],
    name: level.title,
    ...(level.descriptor === '' ? {} : { description: level.descriptor }),
    level: level.title,
    points: ob3Points(level.points),
  };
}

function criterionDescription(
  achievementId: string,
  kind: RubricKind,
  rubric: Rubric,
  criterion: RubricCriterion,
): Ob3ResultDescription {
  const required = requiredLevelOf(criterion, rubric.passRule.minLevelIndex);
  return {
    id: ob3ResultDescriptionId(achievementId, kind, criterion.id),
    type: ['ResultDescription'],
    name: `${KIND_LABEL[kind]}: ${criterion.title}`,
    resultType: 'RubricCriterionLevel',
    allowedValue: criterion.levels.map((level) => level.title),
    ...(required === undefined
      ? {}
      : { requiredLevel: ob3RubricLevelId(achievementId, kind, criterion.id, required.id) }),
    rubricCriterionLevel: criterion.levels.map((level) =>
      levelOf(achievementId, kind, criterion, level),
    ),
  };
}

function weightedBound(rubric: Rubric, pick: (points: readonly number[]) => number): number {
  return rubric.criteria.reduce((sum, criterion) => {
    const points = criterion.levels.map((level) => level.points);
    return sum + (points.length === 0 ? 0 : criterion.weight * pick(points));
  }, 0);
}

function totalDescription(
  achievementId: string,
  kind: RubricKind,
  rubric: Rubric,
): Ob3ResultDescription {
  const minTotal = rubric.passRule.minTotal;
  return {
    id: ob3RubricTotalId(achievementId, kind),
    type: ['ResultDescription'],
    name: `${KIND_LABEL[kind]}: weighted total`,
    resultType: 'RubricScore',
    valueMin: ob3Points(
      Math.min(
        0,
        weightedBound(rubric, (p) => Math.min(...p)),
      ),
    ),
    valueMax: ob3Points(weightedBound(rubric, (p) => Math.max(...p))),
    ...(minTotal === null ? {} : { requiredValue: ob3Points(minTotal) }),
  };
}

/**
 * Every ResultDescription of one rubric: its criteria in order, then its
 * total. `kind` is the slot the rubric fills on the version (it prefixes ids
 * and names), not a field read from the rubric.
 */
export function ob3ResultDescriptionsOf(
  achievementId: string,
  kind: RubricKind,
  rubric: Rubric,
): Ob3ResultDescription[] {
  return [
    ...rubric.criteria.map((criterion) =>
      criterionDescription(achievementId, kind, rubric, criterion),
    ),
    totalDescription(achievementId, kind, rubric),
  ];
}
