/** Names the rubric editor shows and announces, with fallbacks for untitled items. */
import type { RubricCriterion, RubricLevel } from '../../../../../shared/domain';

/** "Technical skill", or "Criterion 3" while untitled. */
export function criterionName(criterion: RubricCriterion, index: number): string {
  const title = criterion.title.trim();
  return title === '' ? `Criterion ${index + 1}` : title;
}

/** "Proficient", or "Level 5" while untitled. */
export function levelName(level: RubricLevel, index: number): string {
  const title = level.title.trim();
  return title === '' ? `Level ${index + 1}` : title;
}

/** A DOM id for focus management: `<prefix>-<part>-<part>`. */
export function fieldId(prefix: string, ...parts: readonly string[]): string {
  return [prefix, ...parts].join('-');
}
