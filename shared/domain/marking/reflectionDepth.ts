/**
 * "Description but no analysis" (issue 5 §3): the reflection has passages
 * tagged with the model's descriptive stages and none with its analytic ones.
 *
 * Stage names come from `reflectionStages(model)`, by position:
 * - DEAL: Describe | Examine, Articulate Learning
 * - Gibbs: Description, Feelings | Evaluation, Analysis, Conclusion
 *   (Action plan is neither: planning without analysis is still flagged)
 * - Kember: Habitual action, Understanding | Reflection, Critical reflection
 * - custom (or no model): no stages, never flagged.
 * Stage names match after trimming, ignoring case. No tags at all is not
 * flagged: there is nothing to judge yet.
 */
import { assertNever } from '../assertNever';
import type { ReflectionTag } from '../entities';
import { reflectionStages } from '../definitions/rubricPresets';
import type { ReflectionModel } from '../rubric';

export interface StageGroups {
  readonly descriptive: readonly string[];
  readonly analytic: readonly string[];
}

/** The model's descriptive and analytic stages. */
export function stageGroups(model: ReflectionModel | null): StageGroups {
  if (model === null) return { descriptive: [], analytic: [] };
  const stages = reflectionStages(model);
  switch (model) {
    case 'DEAL':
      return { descriptive: stages.slice(0, 1), analytic: stages.slice(1, 3) };
    case 'Gibbs':
      return { descriptive: stages.slice(0, 2), analytic: stages.slice(2, 5) };
    case 'Kember':
      return { descriptive: stages.slice(0, 2), analytic: stages.slice(2, 4) };
    case 'custom':
      return { descriptive: [], analytic: [] };
    default:
      return assertNever(model);
  }
}

export interface DepthCheck {
  readonly descriptionWithoutAnalysis: boolean;
  /** For the assessor; null when not flagged. */
  readonly message: string | null;
}

function key(stage: string): string {
  return stage.trim().toLowerCase();
}

function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

export function descriptionWithoutAnalysis(
  tags: readonly ReflectionTag[],
  model: ReflectionModel | null,
): DepthCheck {
  const { descriptive, analytic } = stageGroups(model);
  const tagged = new Set(tags.map((t) => key(t.stage)));
  const described = descriptive.filter((s) => tagged.has(key(s)));
  const analysed = analytic.some((s) => tagged.has(key(s)));
  if (described.length === 0 || analysed)
    return { descriptionWithoutAnalysis: false, message: null };
  return {
    descriptionWithoutAnalysis: true,
    message:
      `Description without analysis: passages are tagged ${listed(described)}, ` +
      `but none ${listed(analytic)}. The reflection says what happened without examining it.`,
  };
}
