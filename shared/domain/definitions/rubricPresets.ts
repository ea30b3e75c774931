/**
 * Starting points a lead edits: reflection presets (DEAL, Gibbs, Kember, blank)
 * and a demonstration rubric template. Each call returns a fresh rubric with
 * new ids from `newId` (shared/ has no crypto: the caller supplies ids).
 */
import { assertNever } from '../assertNever';
import type { Id } from '../ids';
import type { ReflectionModel, Rubric } from '../rubric';
import { dealContent, gibbsContent, kemberContent, kemberLevels } from './reflectionPresetContent';
import {
  buildRubric,
  proficientIndex,
  standardLevels,
  type CriterionContent,
  type RubricContent,
} from './rubricContent';

export interface ReflectionPresetInfo {
  readonly model: ReflectionModel;
  readonly label: string;
  readonly summary: string;
}

/** For the preset picker, in the order it lists them. */
export const reflectionPresets: readonly ReflectionPresetInfo[] = [
  {
    model: 'DEAL',
    label: 'DEAL (Describe, Examine, Articulate Learning)',
    summary:
      'Ash & Clayton: describe the experience, examine it through theory, articulate the learning.',
  },
  {
    model: 'Gibbs',
    label: 'Gibbs’ reflective cycle',
    summary: 'Description, feelings, evaluation, analysis, conclusion and an action plan.',
  },
  {
    model: 'Kember',
    label: 'Kember’s four levels',
    summary:
      'Each criterion judged from habitual action through understanding and reflection to critical reflection.',
  },
  {
    model: 'custom',
    label: 'Blank',
    summary: 'One criterion on the usual four-level scale, to write yourself.',
  },
];

/**
 * The stages a marker tags reflection passages with. DEAL and Gibbs stages are
 * the preset's criteria; Kember's are its levels. Custom rubrics have none.
 */
export function reflectionStages(model: ReflectionModel): readonly string[] {
  switch (model) {
    case 'DEAL':
      return dealContent.criteria.map((c) => c.title);
    case 'Gibbs':
      return gibbsContent.criteria.map((c) => c.title);
    case 'Kember':
      return kemberLevels.map((l) => l.title);
    case 'custom':
      return [];
    default:
      return assertNever(model);
  }
}

export function dealRubric(newId: () => Id): Rubric {
  return buildRubric(dealContent, newId);
}

export function gibbsRubric(newId: () => Id): Rubric {
  return buildRubric(gibbsContent, newId);
}

export function kemberRubric(newId: () => Id): Rubric {
  return buildRubric(kemberContent, newId);
}

/** One criterion, the usual four levels with empty descriptors, "Proficient" to pass. */
export function blankRubric(kind: Rubric['kind'], newId: () => Id): Rubric {
  const title = kind === 'reflection' ? 'Reflection' : 'Demonstration';
  const blank: CriterionContent = { title, description: '', descriptors: ['', '', '', ''] };
  return buildRubric(
    {
      title: `${title} rubric`,
      kind,
      model: kind === 'reflection' ? 'custom' : null,
      levels: standardLevels,
      criteria: [blank],
      passRule: { minLevelIndex: proficientIndex, minTotal: null },
    },
    newId,
  );
}

/** The reflection rubric for a model; `custom` gives the blank one. */
export function reflectionPreset(model: ReflectionModel, newId: () => Id): Rubric {
  switch (model) {
    case 'DEAL':
      return dealRubric(newId);
    case 'Gibbs':
      return gibbsRubric(newId);
    case 'Kember':
      return kemberRubric(newId);
    case 'custom':
      return blankRubric('reflection', newId);
    default:
      return assertNever(model);
  }
}

const demonstrationContent: RubricContent = {
  title: 'Demonstration rubric',
  kind: 'demonstration',
  model: null,
  levels: standardLevels,
  // Proficient everywhere is exactly 12 of 16: the total guards future edits
  // (an optional criterion, a weight) from lowering the bar unnoticed.
  passRule: { minLevelIndex: proficientIndex, minTotal: 12 },
  criteria: [
    {
      title: 'Applies theory to the task',
      description:
        'Uses the concepts and methods of the micro-credential to plan and carry out real work.',
      descriptors: [
        'The work shows little or no use of the course concepts or methods, or applies them incorrectly.',
        'Applies some concepts and methods, with errors or gaps the learner does not notice.',
        'Applies the appropriate concepts and methods correctly to a real task and explains the choices made.',
        'Adapts concepts and methods to the constraints of the setting with sound judgement, and justifies the choices against alternatives.',
      ],
    },
    {
      title: 'Technical skill',
      description: 'Carries out the practical work to the standard expected in the industry.',
      descriptors: [
        'The work is incomplete or contains errors that would make it unusable in the setting.',
        'Completes the work with guidance; errors remain that need correcting before it could be used.',
        'Completes the work independently and accurately, to the standard the setting expects.',
        'Completes the work efficiently and accurately, anticipating problems and checking results without prompting.',
      ],
    },
    {
      title: 'Professional practice',
      description:
        'Works safely, ethically and effectively with others in the industry or community setting.',
      descriptors: [
        'Does not follow the setting’s procedures, deadlines or expectations of conduct.',
        'Follows procedures and meets most expectations, with reminders.',
        'Works professionally: follows procedures, meets deadlines, respects confidentiality and keeps the supervisor informed.',
        'Models professional practice, takes initiative, and responds constructively to feedback from the partner or supervisor.',
      ],
    },
    {
      title: 'Communicates the outcome',
      description: 'Presents the work and its results to the people who will use them.',
      descriptors: [
        'The outcome is not communicated, or the intended audience could not understand it.',
        'Communicates the outcome, with gaps in clarity, organisation or accuracy.',
        'Communicates the outcome clearly and accurately, in a format suited to the audience.',
        'Communicates persuasively and concisely, tailoring content and format to the audience and anticipating their questions.',
      ],
    },
  ],
};

/** A 4 × 4 demonstration rubric (Not yet / Developing / Proficient / Exemplary). */
export function demonstrationRubricTemplate(newId: () => Id): Rubric {
  return buildRubric(demonstrationContent, newId);
}
