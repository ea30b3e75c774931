/**
 * The text of the reflection presets. Descriptors are written for college
 * learners who applied course theory in an industry or community setting.
 *
 * - DEAL: Ash & Clayton's Describe, Examine, Articulate Learning model.
 * - Gibbs: Gibbs' reflective cycle (1988), one criterion per stage.
 * - Kember: Kember et al.'s four levels of reflective thinking used as the
 *   LEVELS of every criterion (habitual action → critical reflection).
 */
import { proficientIndex, standardLevels, type RubricContent } from './rubricContent';

export const dealContent: RubricContent = {
  title: 'Reflection (DEAL)',
  kind: 'reflection',
  model: 'DEAL',
  levels: standardLevels,
  passRule: { minLevelIndex: proficientIndex, minTotal: null },
  criteria: [
    {
      title: 'Describe',
      description:
        'Describes the experience objectively: the setting, who was involved, what the learner did, when and why.',
      descriptors: [
        'The account is vague or incomplete: a reader cannot tell what the learner did, where, with whom or why.',
        'Describes what happened in general terms; some key details (the setting, the people, the learner’s own role or purpose) are missing or mixed with judgement.',
        'Describes the experience clearly and objectively: the setting, who was involved, what the learner did and why, and what happened as a result.',
        'Gives a precise, objective account that a reader outside the setting could follow, choosing the details that matter for the analysis that follows.',
      ],
    },
    {
      title: 'Examine',
      description:
        'Analyses the experience through the theory and skills of the micro-credential, with clarity, accuracy, relevance, depth and breadth.',
      descriptors: [
        'Restates the experience or offers opinions without analysis; no connection to the course theory or skills.',
        'Names a relevant concept or skill, but the link to the experience is general or assumed rather than explained.',
        'Analyses the experience against the theory and skills of the micro-credential, explaining why things happened as they did and considering at least one other explanation.',
        'Analyses with depth and accuracy: tests the theory against what happened, weighs several perspectives (including the partner’s or community’s) and recognises the limits of the learner’s own view.',
      ],
    },
    {
      title: 'Articulate Learning',
      description:
        'States what was learned, how it was learned, why it matters, and what the learner will do in light of it.',
      descriptors: [
        'Says that something was learned without saying what, or repeats the description.',
        'Identifies what was learned, but not how it was learned or why it matters.',
        'Explains what was learned, how it was learned, why it matters, and what the learner will do differently as a result.',
        'Articulates specific, well-evidenced learning and sets concrete, realistic goals for applying it in future work and professional development.',
      ],
    },
  ],
};

export const gibbsContent: RubricContent = {
  title: 'Reflection (Gibbs’ reflective cycle)',
  kind: 'reflection',
  model: 'Gibbs',
  levels: standardLevels,
  passRule: { minLevelIndex: proficientIndex, minTotal: null },
  criteria: [
    {
      title: 'Description',
      description: 'What happened?',
      descriptors: [
        'The account of what happened is missing, confused or too brief to follow.',
        'Describes the main events, but the context, the sequence or the learner’s own part is unclear.',
        'Describes what happened clearly and in order: the context, the people involved and what the learner did.',
        'Gives a concise, well-chosen account that sets up the rest of the reflection, keeping description separate from judgement.',
      ],
    },
    {
      title: 'Feelings',
      description: 'What was the learner thinking and feeling?',
      descriptors: [
        'Thoughts and feelings are not mentioned, or are mentioned without any link to the events.',
        'Names thoughts or feelings at some points in the experience without exploring them.',
        'Explains what the learner thought and felt before, during and after, and how those reactions affected their actions.',
        'Examines their reactions candidly, including uncomfortable ones, and considers how others involved may have felt.',
      ],
    },
    {
      title: 'Evaluation',
      description: 'What was good and bad about the experience?',
      descriptors: [
        'No judgement of what went well or badly, or judgements given without reasons.',
        'Lists what went well or badly, with few reasons or little evidence.',
        'Evaluates both what went well and what did not, with reasons drawn from the outcome and from feedback.',
        'Gives a balanced, evidence-based evaluation that uses the partner’s or supervisor’s feedback and the learner’s own criteria for success.',
      ],
    },
    {
      title: 'Analysis',
      description: 'What sense can the learner make of the situation, using theory?',
      descriptors: [
        'Does not try to explain why things happened; no reference to theory.',
        'Offers explanations with a general or inaccurate reference to theory.',
        'Explains why things went as they did using relevant course theory and, where useful, other sources.',
        'Uses theory critically: shows where it explained the experience, where it fell short, and what that means for practice.',
      ],
    },
    {
      title: 'Conclusion',
      description: 'What else could the learner have done?',
      descriptors: [
        'No conclusion, or a conclusion unrelated to the analysis.',
        'Draws a general conclusion (for example, “I learned a lot”) without considering alternatives.',
        'Concludes what was learned and what else could have been done, following from the analysis.',
        'Draws specific, well-supported conclusions, including what the learner would and would not change, and why.',
      ],
    },
    {
      title: 'Action plan',
      description: 'If it arose again, what would the learner do?',
      descriptors: [
        'No plan for the future.',
        'States an intention to improve without concrete steps.',
        'Sets out specific actions the learner will take if a similar situation arises, and how they will know the actions worked.',
        'Presents a realistic, time-bound plan linked to career goals that names the support or resources needed.',
      ],
    },
  ],
};

export const kemberLevels = [
  { title: 'Habitual action', points: 1 },
  { title: 'Understanding', points: 2 },
  { title: 'Reflection', points: 3 },
  { title: 'Critical reflection', points: 4 },
] as const satisfies RubricContent['levels'];

export const kemberContent: RubricContent = {
  title: 'Reflection (Kember’s four levels)',
  kind: 'reflection',
  model: 'Kember',
  levels: kemberLevels,
  passRule: { minLevelIndex: 2, minTotal: null },
  criteria: [
    {
      title: 'Connecting theory and practice',
      description: 'How the learner relates the course theory to what they did in the setting.',
      descriptors: [
        'Describes carrying out the task as routine or as instructed, with no reference to the theory behind it.',
        'Shows understanding of the relevant theory, but states it as knowledge rather than relating it to the experience.',
        'Relates theory to the experience: uses it to explain what happened and considers how the experience confirms, extends or questions it.',
        'Questions the theory’s assumptions in the light of the experience and shows how the learner’s own perspective has changed as a result.',
      ],
    },
    {
      title: 'Personal insight',
      description: 'How the learner examines their own role, decisions and reactions.',
      descriptors: [
        'Reports what was done without considering the learner’s own role, choices or thinking.',
        'Explains their choices using what they were taught, without examining their own beliefs or experience.',
        'Examines their own decisions, assumptions and reactions, and relates them to their practice.',
        'Identifies a significant change in a deeply held belief or way of working, and explains what caused it.',
      ],
    },
    {
      title: 'Questioning assumptions',
      description: 'How the learner questions the way things are done, including by themselves.',
      descriptors: [
        'Accepts the way things are done without question.',
        'Explains why a practice is done, in the terms given by the course or the workplace.',
        'Questions some assumptions behind their own or the workplace’s practice, with reasons.',
        'Critically examines the premises behind a practice, including their own, weighing other viewpoints and their consequences.',
      ],
    },
    {
      title: 'Learning carried forward',
      description: 'How the experience will change what the learner does next.',
      descriptors: [
        'Does not identify any change to future practice.',
        'Notes what they now understand, without saying how it will change what they do.',
        'Explains how the experience will change specific parts of their future practice.',
        'Explains a transformed perspective and how it will shape their practice and professional identity beyond this setting.',
      ],
    },
  ],
};
