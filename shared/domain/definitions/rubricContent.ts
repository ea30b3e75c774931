/**
 * Rubric content written as plain text (titles, descriptors, points) and the
 * builder that turns it into a fresh `Rubric` with new ids. Presets, the
 * demonstration template and the seed program are all written this way.
 */
import type { Id } from '../ids';
import type { PassRule, ReflectionModel, Rubric } from '../rubric';

/** Every preset has four levels, ordered low → high. */
export type FourLevels<T> = readonly [T, T, T, T];

export interface CriterionContent {
  readonly title: string;
  readonly description: string;
  /** One per level, in level order. */
  readonly descriptors: FourLevels<string>;
  readonly required?: boolean;
  readonly weight?: number;
}

export interface RubricContent {
  readonly title: string;
  readonly kind: Rubric['kind'];
  readonly model: ReflectionModel | null;
  readonly levels: FourLevels<{ readonly title: string; readonly points: number }>;
  readonly criteria: readonly CriterionContent[];
  readonly passRule: PassRule;
}

/** The college's usual scale: 1–4 points, "Proficient" is the expected standard. */
export const standardLevels = [
  { title: 'Not yet', points: 1 },
  { title: 'Developing', points: 2 },
  { title: 'Proficient', points: 3 },
  { title: 'Exemplary', points: 4 },
] as const satisfies RubricContent['levels'];

/** Index of "Proficient" in `standardLevels`. */
export const proficientIndex = 2;

/** A fresh rubric: new ids for the rubric, each criterion and each level; no shared arrays. */
export function buildRubric(content: RubricContent, newId: () => Id): Rubric {
  return {
    id: newId(),
    title: content.title,
    kind: content.kind,
    model: content.model,
    passRule: { ...content.passRule },
    criteria: content.criteria.map((criterion) => ({
      id: newId(),
      title: criterion.title,
      description: criterion.description,
      required: criterion.required ?? true,
      weight: criterion.weight ?? 1,
      levels: content.levels.map((level, index) => ({
        id: newId(),
        title: level.title,
        points: level.points,
        descriptor: criterion.descriptors[index] ?? '',
        commentBank: [],
      })),
    })),
  };
}
