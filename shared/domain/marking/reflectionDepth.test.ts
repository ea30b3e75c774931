import { describe, expect, it } from 'vitest';
import type { ReflectionTag } from '../entities';
import type { ReflectionModel } from '../rubric';
import { descriptionWithoutAnalysis, stageGroups } from './reflectionDepth';

function tagged(...stages: readonly string[]): readonly ReflectionTag[] {
  return stages.map((stage, i) => ({ id: `t${i}`, start: i, end: i + 1, stage, note: '' }));
}

describe('stageGroups', () => {
  it('reads the descriptive and analytic stages of each model', () => {
    expect(stageGroups('DEAL')).toEqual({
      descriptive: ['Describe'],
      analytic: ['Examine', 'Articulate Learning'],
    });
    expect(stageGroups('Gibbs')).toEqual({
      descriptive: ['Description', 'Feelings'],
      analytic: ['Evaluation', 'Analysis', 'Conclusion'],
    });
    expect(stageGroups('Kember')).toEqual({
      descriptive: ['Habitual action', 'Understanding'],
      analytic: ['Reflection', 'Critical reflection'],
    });
    expect(stageGroups('custom')).toEqual({ descriptive: [], analytic: [] });
    expect(stageGroups(null)).toEqual({ descriptive: [], analytic: [] });
  });
});

describe('descriptionWithoutAnalysis', () => {
  const table: readonly [ReflectionModel | null, readonly string[], boolean][] = [
    ['DEAL', [], false],
    ['DEAL', ['Describe'], true],
    ['DEAL', ['Describe', 'Describe'], true],
    ['DEAL', [' describe '], true],
    ['DEAL', ['Describe', 'Examine'], false],
    ['DEAL', ['Describe', 'Articulate Learning'], false],
    ['DEAL', ['Examine'], false],
    ['Gibbs', ['Description'], true],
    ['Gibbs', ['Feelings'], true],
    ['Gibbs', ['Description', 'Feelings', 'Action plan'], true],
    ['Gibbs', ['Description', 'Evaluation'], false],
    ['Gibbs', ['Feelings', 'Analysis'], false],
    ['Gibbs', ['Description', 'Conclusion'], false],
    ['Gibbs', ['Action plan'], false],
    ['Kember', ['Habitual action'], true],
    ['Kember', ['Understanding'], true],
    ['Kember', ['Understanding', 'Reflection'], false],
    ['Kember', ['Habitual action', 'Critical reflection'], false],
    ['custom', ['Describe'], false],
    [null, ['Describe'], false],
    ['DEAL', ['Description'], false],
  ];
  it.each(table)('%s with %j → %s', (model, stages, flagged) => {
    const check = descriptionWithoutAnalysis(tagged(...stages), model);
    expect(check.descriptionWithoutAnalysis).toBe(flagged);
    expect(check.message === null).toBe(!flagged);
  });

  it('tells the assessor what is missing', () => {
    expect(descriptionWithoutAnalysis(tagged('Description', 'Feelings'), 'Gibbs').message).toBe(
      'Description without analysis: passages are tagged Description or Feelings, but none ' +
        'Evaluation, Analysis or Conclusion. The reflection says what happened without examining it.',
    );
  });
});
