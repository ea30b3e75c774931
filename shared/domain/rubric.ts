import type { Id } from './ids';

/** One level of a criterion: what the learner did, and what it is worth. */
export interface RubricLevel {
  readonly id: Id;
  readonly title: string;
  readonly descriptor: string;
  readonly points: number;
  /** Reusable comments an assessor may insert when choosing this level. */
  readonly commentBank: readonly string[];
}

export interface RubricCriterion {
  readonly id: Id;
  readonly title: string;
  readonly description: string;
  readonly required: boolean;
  /** Multiplier on the chosen level's points in the total (1 = plain). */
  readonly weight: number;
  /** Ordered from lowest to highest. */
  readonly levels: readonly RubricLevel[];
}

/**
 * Decides *meets*. `minLevelIndex` is a position in each required criterion's
 * ordered levels (0 = lowest): every required criterion must be at or above
 * it. `minTotal` is a weighted points threshold. Either may be absent; a rule
 * with neither is not satisfiable as a publishable rule (see the publish check).
 */
export interface PassRule {
  readonly minLevelIndex: number | null;
  readonly minTotal: number | null;
}

export type ReflectionModel = 'DEAL' | 'Gibbs' | 'Kember' | 'custom';

export interface Rubric {
  readonly id: Id;
  readonly title: string;
  readonly kind: 'demonstration' | 'reflection';
  /** For reflection rubrics: the model whose stages passages are tagged with. */
  readonly model: ReflectionModel | null;
  readonly criteria: readonly RubricCriterion[];
  readonly passRule: PassRule;
}
