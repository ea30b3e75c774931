/**
 * Everything that makes a rubric unusable for marking, each with the path of
 * the field to fix (`criteria[1].levels[0].points`) and a message a lead can
 * act on. An empty list means the rubric is valid.
 */
import type { Rubric, RubricCriterion } from '../rubric';
import { formatPoints, isPassRuleSatisfiable, maxTotalOf } from './passRule';

export interface DefinitionProblem {
  readonly path: string;
  readonly message: string;
}

export interface ValidateRubricOptions {
  /** Prefix for every path, e.g. `demonstrationRubric`. */
  readonly basePath?: string;
  /** The kind the rubric must be where it is used. */
  readonly expectedKind?: Rubric['kind'];
}

const blank = (text: string): boolean => text.trim() === '';
const key = (text: string): string => text.trim().toLocaleLowerCase('en-CA');

function criterionProblems(
  criterion: RubricCriterion,
  at: string,
  name: string,
  report: (path: string, message: string) => void,
): void {
  if (blank(criterion.title)) report(`${at}.title`, `Give ${name} a title.`);
  if (!Number.isFinite(criterion.weight) || criterion.weight <= 0) {
    report(`${at}.weight`, `The weight of ${name} must be a number greater than 0.`);
  }
  if (criterion.levels.length < 2) {
    report(`${at}.levels`, `Give ${name} at least two levels, ordered from lowest to highest.`);
  }
  const levelTitles = new Set<string>();
  criterion.levels.forEach((level, j) => {
    const levelAt = `${at}.levels[${j}]`;
    const levelName = blank(level.title) ? `level ${j + 1}` : `'${level.title}'`;
    if (blank(level.title)) report(`${levelAt}.title`, `Give level ${j + 1} of ${name} a title.`);
    else if (levelTitles.has(key(level.title))) {
      report(`${levelAt}.title`, `${name} already has a level called '${level.title}'.`);
    }
    levelTitles.add(key(level.title));
    if (!Number.isFinite(level.points) || level.points < 0) {
      report(`${levelAt}.points`, `Points for ${levelName} of ${name} must be 0 or more.`);
      return;
    }
    const below = criterion.levels[j - 1];
    if (below !== undefined && Number.isFinite(below.points) && level.points <= below.points) {
      report(
        `${levelAt}.points`,
        `Points must rise from level to level: ${levelName} (${formatPoints(level.points)}) is not more than '${below.title}' (${formatPoints(below.points)}) in ${name}.`,
      );
    }
  });
}

function passRuleProblems(rubric: Rubric, report: (path: string, message: string) => void): void {
  const { minLevelIndex, minTotal } = rubric.passRule;
  if (minLevelIndex === null && minTotal === null) {
    report(
      'passRule',
      'Set a pass rule: a level every required criterion must reach, a minimum total, or both.',
    );
  }
  // With no criteria there is nothing to measure the rule against yet.
  if (rubric.criteria.length === 0) return;
  if (minLevelIndex !== null) {
    const required = rubric.criteria.filter((c) => c.required);
    const topIndex = Math.max(-1, ...required.map((c) => c.levels.length - 1));
    if (!Number.isInteger(minLevelIndex) || minLevelIndex < 0) {
      report('passRule.minLevelIndex', 'The pass rule’s level must be one of the levels.');
    } else if (required.length === 0) {
      report(
        'passRule.minLevelIndex',
        'The pass rule names a level, but no criterion is required: make the criteria that must reach it required, or remove the level.',
      );
    } else if (minLevelIndex > topIndex) {
      report(
        'passRule.minLevelIndex',
        `The pass rule asks for level ${minLevelIndex + 1}, but no required criterion has more than ${topIndex + 1} levels.`,
      );
    }
  }
  if (minTotal !== null) {
    const maxTotal = maxTotalOf(rubric);
    if (!Number.isFinite(minTotal) || minTotal < 0) {
      report('passRule.minTotal', 'The minimum total must be a number, 0 or more.');
    } else if (minTotal > maxTotal) {
      report(
        'passRule.minTotal',
        `The minimum total (${formatPoints(minTotal)}) is more than the rubric’s maximum (${formatPoints(maxTotal)}).`,
      );
    }
  }
}

export function validateRubric(
  rubric: Rubric,
  options: ValidateRubricOptions = {},
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const prefix = options.basePath === undefined ? '' : `${options.basePath}.`;
  const report = (path: string, message: string): void => {
    problems.push({ path: `${prefix}${path}`, message });
  };

  if (blank(rubric.title)) report('title', 'Give the rubric a title.');
  if (options.expectedKind !== undefined && rubric.kind !== options.expectedKind) {
    report('kind', `This must be a ${options.expectedKind} rubric, not a ${rubric.kind} rubric.`);
  }
  if (rubric.kind === 'reflection' && rubric.model === null) {
    report('model', 'Choose the reflection model (DEAL, Gibbs, Kember or custom).');
  }
  if (rubric.kind === 'demonstration' && rubric.model !== null) {
    report('model', 'A demonstration rubric has no reflection model.');
  }
  if (rubric.criteria.length === 0) report('criteria', 'Add at least one criterion.');

  const titles = new Set<string>();
  const ids = new Set<string>();
  rubric.criteria.forEach((criterion, i) => {
    const at = `criteria[${i}]`;
    const name = blank(criterion.title) ? `criterion ${i + 1}` : `'${criterion.title}'`;
    if (!blank(criterion.title) && titles.has(key(criterion.title))) {
      report(`${at}.title`, `Another criterion is already called '${criterion.title}'.`);
    }
    titles.add(key(criterion.title));
    const idPaths: [path: string, id: string][] = [[`${at}.id`, criterion.id]];
    criterion.levels.forEach((l, j) => idPaths.push([`${at}.levels[${j}].id`, l.id]));
    for (const [path, id] of idPaths) {
      if (ids.has(id)) report(path, `The id '${id}' is used twice in this rubric.`);
      ids.add(id);
    }
    criterionProblems(criterion, at, name, report);
  });

  const before = problems.length;
  passRuleProblems(rubric, report);
  if (problems.length === before && rubric.criteria.length > 0 && !isPassRuleSatisfiable(rubric)) {
    report('passRule', 'No choice of levels meets this pass rule: fix the criteria above first.');
  }
  return problems;
}
