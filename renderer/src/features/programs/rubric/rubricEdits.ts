/**
 * Pure edits of a rubric for the rubric editor: each takes a rubric and
 * returns the edited rubric, or the same object when the edit changes nothing
 * (unknown id, out-of-range move, a refused removal), so callers can skip a
 * save with `next === rubric`.
 */
import type {
  Id,
  PassRule,
  Rubric,
  RubricCriterion,
  RubricLevel,
} from '../../../../../shared/domain';
import { standardLevels } from '../../../../../shared/domain/definitions/rubricContent';

/** A criterion needs at least this many levels to be marked. */
export const minLevels = 2;

export type CriterionPatch = Partial<Omit<RubricCriterion, 'id' | 'levels'>>;
export type LevelPatch = Partial<Omit<RubricLevel, 'id'>>;

function moveItem<T>(items: readonly T[], from: number, to: number): readonly T[] | null {
  if (from < 0 || from >= items.length) return null;
  const target = Math.max(0, Math.min(items.length - 1, Math.trunc(to)));
  if (target === from) return null;
  const next = items.slice();
  const [item] = next.splice(from, 1);
  if (item === undefined) return null;
  next.splice(target, 0, item);
  return next;
}

/** Replaces the item with `id` by `edit(item)`; null when absent or unchanged. */
function replaceById<T extends { readonly id: Id }>(
  items: readonly T[],
  id: Id,
  edit: (item: T) => T,
): readonly T[] | null {
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (item === undefined) return null;
  const next = edit(item);
  return next === item ? null : items.with(index, next);
}

function mapCriterion(
  rubric: Rubric,
  criterionId: Id,
  edit: (criterion: RubricCriterion) => RubricCriterion,
): Rubric {
  const criteria = replaceById(rubric.criteria, criterionId, edit);
  return criteria === null ? rubric : { ...rubric, criteria };
}

function mapLevel(
  rubric: Rubric,
  criterionId: Id,
  levelId: Id,
  edit: (level: RubricLevel) => RubricLevel,
): Rubric {
  return mapCriterion(rubric, criterionId, (criterion) => {
    const levels = replaceById(criterion.levels, levelId, edit);
    return levels === null ? criterion : { ...criterion, levels };
  });
}

/**
 * Appends an untitled criterion on the college's usual scale (Not yet /
 * Developing / Proficient / Exemplary, the same points as the presets),
 * required, weight 1, with empty descriptors.
 */
export function addCriterion(rubric: Rubric, newId: () => Id): Rubric {
  const criterion: RubricCriterion = {
    id: newId(),
    title: '',
    description: '',
    required: true,
    weight: 1,
    levels: standardLevels.map((level) => ({
      id: newId(),
      title: level.title,
      descriptor: '',
      points: level.points,
      commentBank: [],
    })),
  };
  return { ...rubric, criteria: [...rubric.criteria, criterion] };
}

export function removeCriterion(rubric: Rubric, criterionId: Id): Rubric {
  const criteria = rubric.criteria.filter((c) => c.id !== criterionId);
  return criteria.length === rubric.criteria.length ? rubric : { ...rubric, criteria };
}

/** Moves a criterion to `toIndex` (clamped to the list). */
export function moveCriterion(rubric: Rubric, criterionId: Id, toIndex: number): Rubric {
  const from = rubric.criteria.findIndex((c) => c.id === criterionId);
  const criteria = moveItem(rubric.criteria, from, toIndex);
  return criteria === null ? rubric : { ...rubric, criteria };
}

export function updateCriterion(rubric: Rubric, criterionId: Id, patch: CriterionPatch): Rubric {
  return mapCriterion(rubric, criterionId, (criterion) => ({ ...criterion, ...patch }));
}

/** Appends an untitled level above the top one, worth one point more than the most so far. */
export function addLevel(rubric: Rubric, criterionId: Id, newId: () => Id): Rubric {
  return mapCriterion(rubric, criterionId, (criterion) => {
    const finite = criterion.levels.map((l) => l.points).filter((p) => Number.isFinite(p));
    const points = finite.length === 0 ? 0 : Math.max(...finite) + 1;
    const level: RubricLevel = { id: newId(), title: '', descriptor: '', points, commentBank: [] };
    return { ...criterion, levels: [...criterion.levels, level] };
  });
}

/** Refused (rubric returned unchanged) when the criterion would drop below two levels. */
export function removeLevel(rubric: Rubric, criterionId: Id, levelId: Id): Rubric {
  return mapCriterion(rubric, criterionId, (criterion) => {
    if (criterion.levels.length <= minLevels) return criterion;
    const levels = criterion.levels.filter((l) => l.id !== levelId);
    return levels.length === criterion.levels.length ? criterion : { ...criterion, levels };
  });
}

export function updateLevel(
  rubric: Rubric,
  criterionId: Id,
  levelId: Id,
  patch: LevelPatch,
): Rubric {
  return mapLevel(rubric, criterionId, levelId, (level) => ({ ...level, ...patch }));
}

/** Moves a level (with its points) to `toIndex`, clamped; levels stay ordered low → high by position. */
export function moveLevel(rubric: Rubric, criterionId: Id, levelId: Id, toIndex: number): Rubric {
  return mapCriterion(rubric, criterionId, (criterion) => {
    const from = criterion.levels.findIndex((l) => l.id === levelId);
    const levels = moveItem(criterion.levels, from, toIndex);
    return levels === null ? criterion : { ...criterion, levels };
  });
}

export function setPassRule(rubric: Rubric, patch: Partial<PassRule>): Rubric {
  return { ...rubric, passRule: { ...rubric.passRule, ...patch } };
}

/** Adds a trimmed comment to a level's bank; blank text or an exact duplicate changes nothing. */
export function addCommentToBank(
  rubric: Rubric,
  criterionId: Id,
  levelId: Id,
  text: string,
): Rubric {
  const comment = text.trim();
  if (comment === '') return rubric;
  return mapLevel(rubric, criterionId, levelId, (level) =>
    level.commentBank.includes(comment)
      ? level
      : { ...level, commentBank: [...level.commentBank, comment] },
  );
}

export function removeCommentFromBank(
  rubric: Rubric,
  criterionId: Id,
  levelId: Id,
  text: string,
): Rubric {
  return mapLevel(rubric, criterionId, levelId, (level) => {
    const commentBank = level.commentBank.filter((c) => c !== text);
    return commentBank.length === level.commentBank.length ? level : { ...level, commentBank };
  });
}
