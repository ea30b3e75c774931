/**
 * The example a new user loads from the empty state: one program, the
 * institution's three frameworks, and a complete "Statistical Analysis
 * Software" micro-credential (the seed document's own example). The framework
 * items are generic, plausible college statements — not quoted from any
 * institution — and the endorsing partner is fictional and says so.
 *
 * The badge image is null: the app adds the default one from resources/, so
 * until then the publish check fails on the image alone.
 */
import type {
  Achievement,
  AchievementVersion,
  Alignment,
  InstitutionFramework,
  Program,
} from '../entities';
import type { Id, IsoInstant } from '../ids';
import { describePassRule } from './passRule';
import { buildRubric, standardLevels, type RubricContent } from './rubricContent';
import { dealRubric } from './rubricPresets';

export interface SeedProgram {
  readonly program: Program;
  readonly institutionFrameworks: readonly InstitutionFramework[];
  readonly achievement: Achievement;
  /** A draft that passes every publish rule except the badge image. */
  readonly version: AchievementVersion;
}

export interface SeedOptions {
  readonly newId: () => Id;
  readonly now: IsoInstant;
}

const frameworkContent: readonly Omit<InstitutionFramework, 'id'>[] = [
  {
    kind: 'values',
    name: 'College Values',
    url: 'https://www.example.edu/about/values',
    items: [
      {
        code: 'V1',
        name: 'Integrity',
        description:
          'We act honestly and ethically, and take responsibility for our work and its effect on others.',
      },
      {
        code: 'V2',
        name: 'Inclusion',
        description:
          'We welcome learners of every background and design learning that everyone can take part in.',
      },
      {
        code: 'V3',
        name: 'Innovation',
        description: 'We try new approaches, learn from the results and share what works.',
      },
      {
        code: 'V4',
        name: 'Community',
        description:
          'We work with employers and communities so that learning serves the people around us.',
      },
    ],
  },
  {
    kind: 'strategic-plan',
    name: 'Strategic Plan',
    url: 'https://www.example.edu/about/strategic-plan',
    items: [
      {
        code: 'SP1',
        name: 'Career-ready graduates',
        description:
          'Every program builds the skills employers need, with work-integrated learning for every learner.',
      },
      {
        code: 'SP2',
        name: 'Flexible pathways',
        description:
          'Learners stack short credentials, study part-time and move between programs without repeating what they already know.',
      },
      {
        code: 'SP3',
        name: 'Partnerships',
        description: 'Industry and community partners shape, endorse and host learning.',
      },
      {
        code: 'SP4',
        name: 'Lifelong learning',
        description:
          'Graduates and working adults come back to update their skills throughout their careers.',
      },
    ],
  },
  {
    kind: 'digital-learning-strategy',
    name: 'Digital Learning Strategy',
    url: 'https://www.example.edu/about/digital-learning',
    items: [
      {
        code: 'DL1',
        name: 'Digital fluency',
        description:
          'Learners use current digital tools in their field confidently, critically and ethically.',
      },
      {
        code: 'DL2',
        name: 'Data literacy',
        description: 'Learners find, analyse, interpret and communicate data to support decisions.',
      },
      {
        code: 'DL3',
        name: 'Flexible delivery',
        description:
          'Courses are offered online, hybrid and in person, designed to the same standard.',
      },
      {
        code: 'DL4',
        name: 'Portable records',
        description:
          'Learners receive verifiable digital records of their achievements that they control.',
      },
    ],
  },
];

const sasDemonstration: RubricContent = {
  title: 'Demonstration: statistical analysis project',
  kind: 'demonstration',
  model: null,
  levels: standardLevels,
  // No criterion at "Not yet", and 15 of 20 overall (Proficient everywhere):
  // strength in interpreting output, which counts double, can offset one Developing.
  passRule: { minLevelIndex: 1, minTotal: 15 },
  criteria: [
    {
      title: 'Data preparation',
      description:
        'Imports, cleans and documents a real data set so that it is ready for analysis.',
      descriptors: [
        'Data are imported with errors (wrong variable types, lost rows, unhandled missing values) that the learner does not detect.',
        'Imports the data and fixes obvious problems, but some cleaning steps are undocumented or applied inconsistently.',
        'Imports, cleans and recodes the data correctly, handles missing values deliberately, and records each step in a reproducible script or log.',
        'Produces a fully reproducible, well-commented preparation script with validation checks, and explains how each cleaning decision could affect the results.',
      ],
    },
    {
      title: 'Choosing the analysis',
      description: 'Selects a statistical procedure that fits the partner’s question and the data.',
      descriptors: [
        'The chosen procedure does not fit the question or the type of data.',
        'Chooses a reasonable procedure but does not check its assumptions or explain the choice.',
        'Chooses an appropriate descriptive or inferential procedure for the question and data, and checks its key assumptions.',
        'Justifies the choice against alternatives, checks assumptions thoroughly, and adapts the approach (for example a non-parametric test or a transformation) when they are not met.',
      ],
    },
    {
      title: 'Running and interpreting output',
      description: 'Runs the analysis in the software and reads the output correctly.',
      weight: 2,
      descriptors: [
        'The procedure does not run, or the output is misread (for example the wrong statistic or p-value is reported).',
        'Runs the procedure and reports the main statistics, with some misinterpretation of significance, effect sizes or confidence intervals.',
        'Runs the procedure with the correct options, reads the output accurately, and interprets statistics, significance and effect sizes in terms of the question.',
        'Interprets the output with insight, including limitations, practical significance and sensible follow-up analyses, and verifies key results another way.',
      ],
    },
    {
      title: 'Communicating results',
      description: 'Reports the findings to the industry or community partner.',
      descriptors: [
        'Results are not reported, or tables and charts are unlabelled and confusing.',
        'Reports results with tables or charts, but the message for the partner is unclear or the formatting is inconsistent.',
        'Reports results accurately in clear tables and charts, with plain-language conclusions suited to the partner.',
        'Delivers a concise, professional report or presentation that a non-specialist decision-maker could act on, stating uncertainty honestly.',
      ],
    },
  ],
};

const lowerFirst = (text: string): string =>
  text.charAt(0).toLocaleLowerCase('en-CA') + text.slice(1);

function institutionAlignment(
  newId: () => Id,
  framework: InstitutionFramework,
  code: string,
): Alignment {
  const item = framework.items.find((i) => i.code === code);
  return {
    id: newId(),
    institutionFrameworkId: framework.id,
    targetName: item?.name ?? code,
    targetCode: code,
    targetFramework: framework.name,
    targetUrl: `${framework.url}#${code.toLowerCase()}`,
    targetDescription: item?.description ?? null,
    targetType: 'ext:InstitutionFramework',
  };
}

export function seedProgram({ newId, now }: SeedOptions): SeedProgram {
  const frameworks = frameworkContent.map((f) => ({
    ...f,
    id: newId(),
    items: f.items.map((i) => ({ ...i })),
  }));
  const [, strategicPlan, digitalLearning] = frameworks;
  const program: Program = {
    id: newId(),
    name: 'Data Analytics Micro-credentials',
    code: 'DAMC',
    description:
      'Short, stackable credentials in data analysis, each earned by applying course theory for an industry or community partner and reflecting on the experience.',
    createdAt: now,
    updatedAt: now,
    retiredAt: null,
  };
  const achievement: Achievement = {
    id: newId(),
    programId: program.id,
    createdAt: now,
    retiredAt: null,
    blindMarking: false,
  };
  const demonstrationRubric = buildRubric(sasDemonstration, newId);
  const alignments: Alignment[] = [];
  if (digitalLearning !== undefined)
    alignments.push(institutionAlignment(newId, digitalLearning, 'DL2'));
  if (strategicPlan !== undefined)
    alignments.push(institutionAlignment(newId, strategicPlan, 'SP1'));
  alignments.push({
    id: newId(),
    institutionFrameworkId: null,
    targetName: 'Numeracy',
    targetCode: null,
    targetFramework: 'Skills for Success (Government of Canada)',
    targetUrl: 'https://www.canada.ca/en/services/jobs/training/initiatives/skills-success.html',
    targetDescription:
      'Finding, understanding, using and reporting mathematical information presented through words, numbers, symbols and graphics.',
    targetType: null,
  });
  const version: AchievementVersion = {
    id: newId(),
    achievementId: achievement.id,
    programId: program.id,
    version: 1,
    state: 'draft',
    name: 'Statistical Analysis Software',
    humanCode: 'MC-SAS-101',
    description:
      'The holder can use a statistical analysis software package (such as SPSS, SAS, R or Stata) to prepare real data, choose and run an appropriate analysis, interpret the output and report the results to an industry or community partner.',
    criteriaNarrative: [
      'To earn this micro-credential, the learner:',
      '1. Completes a data analysis project for an industry or community partner using a statistical analysis software package, supervised by a contact at the partner.',
      '2. Submits the evidence: the data preparation script or log, the software output, and the report or presentation given to the partner, with the supervisor’s confirmation.',
      `3. Meets the demonstration rubric: ${lowerFirst(describePassRule(demonstrationRubric))} (interpreting output counts double).`,
      '4. Submits a written reflection (500–1,000 words) on the whole learning process, judged with the DEAL model: every stage at "Proficient" or above.',
    ].join('\n'),
    image: null,
    tags: ['data analysis', 'statistics', 'statistical software', 'work-integrated learning'],
    creditsAvailable: 3,
    hours: 45,
    validityMonths: 36,
    achievementType: 'MicroCredential',
    alignments,
    endorsements: [
      {
        id: newId(),
        organisation: 'Example Analytics Ltd.',
        url: 'https://www.example.com',
        contactName: 'Sam Rivera (example contact)',
        contactEmail: 'sam.rivera@example.com',
        statement:
          'Example Analytics Ltd. endorses this micro-credential: its demonstration reflects the data preparation, analysis and reporting our analysts do every day, and we would welcome its holders as interns and junior analysts. (This is an example endorsement from a fictional partner: replace it with your partner’s own statement.)',
        endorsedOn: now.slice(0, 10),
      },
    ],
    demonstrationRubric,
    reflectionRubric: dealRubric(newId),
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
  };
  return { program, institutionFrameworks: frameworks, achievement, version };
}
