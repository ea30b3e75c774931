/**
 * Test data: a realistic "Statistical Analysis Software" micro-credential
 * (4 × 4 demonstration rubric, Kember reflection rubric, an industry
 * endorsement, institution and skills alignments). Used by the credential and
 * definition-file tests; not used by the app (the seed template is its own).
 */
import type {
  Achievement,
  AchievementVersion,
  InstitutionFramework,
  Program,
} from '../../domain/entities';
import type { Rubric, RubricCriterion } from '../../domain/rubric';

const AT = '2025-01-15T10:00:00.000Z';

export const SAMPLE_PROGRAM: Program = {
  id: 'b1f0c1de-0000-4000-8000-000000000001',
  name: 'Data Skills for Industry',
  code: 'DSI',
  description: 'Micro-credentials in applied data analysis.',
  createdAt: AT,
  updatedAt: AT,
  retiredAt: null,
};

export const SAMPLE_FRAMEWORKS: readonly InstitutionFramework[] = [
  {
    id: 'f0000000-0000-4000-8000-000000000001',
    kind: 'values',
    name: 'Institutional Values',
    url: 'https://www.example.edu/about/values',
    items: [{ code: 'V-INT', name: 'Integrity', description: 'We act honestly and ethically.' }],
  },
  {
    id: 'f0000000-0000-4000-8000-000000000002',
    kind: 'digital-learning-strategy',
    name: 'Digital Learning Strategy',
    url: 'https://www.example.edu/digital-learning',
    items: [{ code: 'DLS-2', name: 'Digital fluency', description: 'Graduates use data tools.' }],
  },
];

export const SAMPLE_ACHIEVEMENT: Achievement = {
  id: 'a0000000-0000-4000-8000-000000000001',
  programId: SAMPLE_PROGRAM.id,
  createdAt: AT,
  retiredAt: null,
  blindMarking: false,
};

const LEVELS = ['Beginning', 'Developing', 'Proficient', 'Exemplary'] as const;

function criterion(key: string, title: string, required: boolean, weight = 1): RubricCriterion {
  return {
    id: `${key}-criterion`,
    title,
    description: `${title}, shown in the learner's workplace project.`,
    required,
    weight,
    levels: LEVELS.map((level, index) => ({
      id: `${key}-level-${index + 1}`,
      title: level,
      descriptor: `${level}: ${title.toLowerCase()} at the ${level.toLowerCase()} standard.`,
      points: index + 1,
      commentBank: index === 0 ? ['Revisit the worked examples before resubmitting.'] : [],
    })),
  };
}

export function sampleDemonstrationRubric(): Rubric {
  return {
    id: 'rubric-demonstration',
    title: 'Applied analysis project',
    kind: 'demonstration',
    model: null,
    criteria: [
      criterion('import', 'Imports and cleans a real data set', true),
      criterion('analyse', 'Chooses and runs an appropriate analysis', true, 2),
      criterion('interpret', 'Interprets output for a non-specialist', true, 1.5),
      criterion('document', 'Documents the workflow reproducibly', false),
    ],
    passRule: { minLevelIndex: 2, minTotal: 12 },
  };
}

export function sampleReflectionRubric(): Rubric {
  const stages = ['Habitual action', 'Understanding', 'Reflection', 'Critical reflection'];
  return {
    id: 'rubric-reflection',
    title: "Kember's four levels",
    kind: 'reflection',
    model: 'Kember',
    criteria: [
      {
        id: 'depth-criterion',
        title: 'Depth of reflection',
        description: 'How deeply the learner reflects on the whole learning process.',
        required: true,
        weight: 1,
        levels: stages.map((stage, index) => ({
          id: `depth-level-${index + 1}`,
          title: stage,
          descriptor: `The reflection shows ${stage.toLowerCase()}.`,
          points: index,
          commentBank: [],
        })),
      },
    ],
    passRule: { minLevelIndex: 2, minTotal: null },
  };
}

export function sampleVersion(overrides: Partial<AchievementVersion> = {}): AchievementVersion {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    achievementId: SAMPLE_ACHIEVEMENT.id,
    programId: SAMPLE_PROGRAM.id,
    version: 1,
    state: 'published',
    name: 'Statistical Analysis Software',
    humanCode: 'MC-SAS-101',
    description: 'Uses statistical software to analyse real data from an industry setting.',
    criteriaNarrative:
      'Complete an analysis project in a workplace or community setting, judged against the ' +
      'rubric, and reflect on the whole learning process.',
    image: {
      sha256: 'a'.repeat(64),
      mediaType: 'image/png',
      width: 400,
      height: 400,
    },
    tags: ['statistics', 'data analysis'],
    creditsAvailable: 1.5,
    hours: 40,
    validityMonths: null,
    achievementType: 'MicroCredential',
    alignments: [
      {
        id: 'align-values',
        institutionFrameworkId: 'f0000000-0000-4000-8000-000000000001',
        targetName: 'Integrity',
        targetCode: 'V-INT',
        targetFramework: null,
        targetUrl: 'https://www.example.edu/about/values#integrity',
        targetDescription: null,
        targetType: null,
      },
      {
        id: 'align-skills',
        institutionFrameworkId: null,
        targetName: 'Analyse data',
        targetCode: 'DAT-3',
        targetFramework: 'Skills Framework for the Information Age',
        targetUrl: 'https://sfia-online.org/en/sfia-8/skills/data-analytics',
        targetDescription: 'Applies analytic techniques to data.',
        targetType: 'CFItem',
      },
    ],
    endorsements: [
      {
        id: 'endorse-1',
        organisation: 'Northwind Analytics',
        url: 'https://northwind.example.com',
        contactName: 'Dana Lee',
        contactEmail: 'dana.lee@northwind.example.com',
        statement: 'These are the analysis skills we hire for.',
        endorsedOn: '2025-01-10',
      },
    ],
    demonstrationRubric: sampleDemonstrationRubric(),
    reflectionRubric: sampleReflectionRubric(),
    createdAt: AT,
    updatedAt: AT,
    publishedAt: AT,
    ...overrides,
  };
}

/** The sample version's badge image as a definitions file carries it (the bytes are a stand-in). */
export const SAMPLE_IMAGES = [
  { sha256: 'a'.repeat(64), mediaType: 'image/png' as const, dataBase64: 'iVBORw0KGgo=' },
];
