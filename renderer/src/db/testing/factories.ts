/**
 * Realistic, typed records for tests. Each call makes a fresh record with
 * unique ids (and student numbers, codes, seqs); pass overrides for what a
 * test cares about.
 */
import type {
  Achievement,
  AchievementVersion,
  ApprovalBatch,
  Assessment,
  AuditEvent,
  Cohort,
  Enrolment,
  Identity,
  InstitutionFramework,
  IssuedCredential,
  Learner,
  Program,
  Rubric,
  RubricCriterion,
  Submission,
  TrustedKey,
} from '../../../../shared/domain';

let counter = 0;
/** A unique suffix for this test run. */
function next(): number {
  counter += 1;
  return counter;
}

export function makeId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

const AT = '2025-03-14T15:00:00.000Z';
const hex64 = (n: number): string => n.toString(16).padStart(64, '0');

export function makeProgram(overrides: Partial<Program> = {}): Program {
  const n = next();
  return {
    id: makeId('program'),
    name: `Applied Data Analytics ${n}`,
    code: `ADA-${n}`,
    description: 'Graduate certificate in applied data analytics.',
    createdAt: AT,
    updatedAt: AT,
    retiredAt: null,
    ...overrides,
  };
}

export function makeAchievement(overrides: Partial<Achievement> = {}): Achievement {
  return {
    id: makeId('achievement'),
    programId: makeId('program'),
    createdAt: AT,
    retiredAt: null,
    blindMarking: false,
    ...overrides,
  };
}

function criterion(title: string, required: boolean): RubricCriterion {
  const levels = ['Beginning', 'Developing', 'Proficient', 'Exemplary'].map((t, points) => ({
    id: makeId('level'),
    title: t,
    descriptor: `${t}: ${title.toLowerCase()} shown ${points === 0 ? 'rarely' : 'consistently'}.`,
    points,
    commentBank: [`${title}: see the highlighted passages.`],
  }));
  return { id: makeId('criterion'), title, description: title, required, weight: 1, levels };
}

export function makeRubric(kind: Rubric['kind']): Rubric {
  return kind === 'demonstration'
    ? {
        id: makeId('rubric'),
        title: 'Demonstration: cleaning a partner dataset',
        kind,
        model: null,
        criteria: [
          criterion('Applies theory in the setting', true),
          criterion('Communicates results', false),
        ],
        passRule: { minLevelIndex: 2, minTotal: 4 },
      }
    : {
        id: makeId('rubric'),
        title: 'Reflection (DEAL)',
        kind,
        model: 'DEAL',
        criteria: [
          criterion('Describe', true),
          criterion('Examine', true),
          criterion('Articulate learning', true),
        ],
        passRule: { minLevelIndex: 1, minTotal: null },
      };
}

export function makeAchievementVersion(
  overrides: Partial<AchievementVersion> = {},
): AchievementVersion {
  const n = next();
  return {
    id: makeId('version'),
    achievementId: makeId('achievement'),
    programId: makeId('program'),
    version: 1,
    state: 'draft',
    name: `Data Cleaning in Practice ${n}`,
    humanCode: `MC-DCP-${n}`,
    description: 'Cleans and documents a real dataset for an industry partner.',
    criteriaNarrative: 'Demonstrate a documented cleaning pipeline and reflect on it.',
    image: null,
    tags: ['data', 'analytics'],
    creditsAvailable: null,
    hours: 30,
    validityMonths: null,
    achievementType: 'MicroCredential',
    alignments: [
      {
        id: makeId('alignment'),
        institutionFrameworkId: null,
        targetName: 'Digital literacy',
        targetCode: 'DL-3',
        targetFramework: 'Digital Learning Strategy',
        targetUrl: 'https://college.example/dls#DL-3',
        targetDescription: null,
        targetType: 'ext:InstitutionFramework',
      },
    ],
    endorsements: [
      {
        id: makeId('endorsement'),
        organisation: 'Northwind Analytics',
        url: 'https://northwind.example',
        contactName: 'Priya Raman',
        contactEmail: 'priya.raman@northwind.example',
        statement: 'These skills match what we hire for.',
        endorsedOn: '2025-01-20',
      },
    ],
    demonstrationRubric: makeRubric('demonstration'),
    reflectionRubric: makeRubric('reflection'),
    createdAt: AT,
    updatedAt: AT,
    publishedAt: null,
    ...overrides,
  };
}

export function makeInstitutionFramework(
  overrides: Partial<InstitutionFramework> = {},
): InstitutionFramework {
  return {
    id: makeId('framework'),
    kind: 'values',
    name: 'Our values',
    url: 'https://college.example/values',
    items: [{ code: 'V1', name: 'Community', description: 'We learn with and for our community.' }],
    ...overrides,
  };
}

export function makeLearner(overrides: Partial<Learner> = {}): Learner {
  const n = next();
  return {
    id: makeId('learner'),
    studentNumber: `S${String(100000 + n)}`,
    name: `Learner ${n}`,
    email: `learner${n}@student.college.example`,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function makeCohort(overrides: Partial<Cohort> = {}): Cohort {
  return {
    id: makeId('cohort'),
    programId: makeId('program'),
    name: 'Fall 2025',
    section: '001',
    ...overrides,
  };
}

export function makeEnrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: makeId('enrolment'),
    learnerId: makeId('learner'),
    cohortId: makeId('cohort'),
    enrolledAt: AT,
    ...overrides,
  };
}

export function makeSubmission(overrides: Partial<Submission> = {}): Submission {
  const n = next();
  return {
    id: makeId('submission'),
    learnerId: makeId('learner'),
    achievementVersionId: makeId('version'),
    attempt: 1,
    previousSubmissionId: null,
    status: 'received',
    evidence: [
      {
        sha256: hex64(n),
        fileName: 'pipeline-report.pdf',
        mediaType: 'application/pdf',
        size: 482_113,
        role: 'demonstration',
      },
      {
        sha256: hex64(n + 1_000_000),
        fileName: 'reflection.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: 23_804,
        role: 'reflection',
      },
    ],
    reflectionText: 'At first I removed outliers without asking why they were there…',
    setting: {
      organisation: 'Northwind Analytics',
      description: 'Cleaned the Q3 customer dataset.',
      supervisor: {
        name: 'Sam Okafor',
        role: 'Data lead',
        organisation: 'Northwind Analytics',
        attestedOn: '2025-03-01',
      },
    },
    source: 'moodle',
    assessorId: null,
    secondAssessorId: null,
    intakeIds: [],
    receivedAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: makeId('assessment'),
    submissionId: makeId('submission'),
    round: 'first',
    markerId: makeId('identity'),
    demonstration: [
      { criterionId: makeId('criterion'), levelId: makeId('level'), comment: 'Clear pipeline.' },
    ],
    reflection: [
      { criterionId: makeId('criterion'), levelId: makeId('level'), comment: 'Honest.' },
    ],
    reflectionTags: [{ id: makeId('tag'), start: 0, end: 42, stage: 'Describe', note: '' }],
    feedback: 'Well evidenced; the reflection connects the setting to the theory.',
    decision: 'meets',
    resubmitCriterionIds: [],
    override: null,
    carriedOverCriterionIds: [],
    reflectionSource: null,
    createdAt: AT,
    updatedAt: AT,
    finalisedAt: AT,
    ...overrides,
  };
}

export function makeApprovalBatch(overrides: Partial<ApprovalBatch> = {}): ApprovalBatch {
  return {
    id: makeId('batch'),
    approverId: makeId('identity'),
    submissionIds: [],
    createdAt: AT,
    ...overrides,
  };
}

export function makeIssuedCredential(overrides: Partial<IssuedCredential> = {}): IssuedCredential {
  const n = next();
  return {
    id: makeId('issued'),
    submissionId: makeId('submission'),
    learnerId: makeId('learner'),
    achievementVersionId: makeId('version'),
    credentialId: `urn:uuid:${crypto.randomUUID()}`,
    status: 'active',
    statusListIndex: n,
    issuedAt: AT,
    revokedAt: null,
    revocationReason: null,
    ...overrides,
  };
}

export function makeAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  const n = next();
  return {
    seq: n,
    at: AT,
    actorId: makeId('identity'),
    action: 'submission.approved',
    subjectId: makeId('submission'),
    detail: { batchSize: 1 },
    prevHash: hex64(n - 1),
    hash: hex64(n),
    ...overrides,
  };
}

export function makeIdentity(overrides: Partial<Identity> = {}): Identity {
  const n = next();
  return {
    id: makeId('identity'),
    name: `Assessor ${n}`,
    email: `assessor${n}@college.example`,
    roles: ['assessor'],
    publicKeyMultibase: `z6Mk${hex64(n).slice(-44)}`,
    isSelf: false,
    ...overrides,
  };
}

export function makeTrustedKey(overrides: Partial<TrustedKey> = {}): TrustedKey {
  const n = next();
  return {
    id: makeId('key'),
    identityId: makeId('identity'),
    publicKeyMultibase: `z6Mk${hex64(n).slice(-44)}`,
    pinnedAt: AT,
    fingerprint: hex64(n).slice(-16),
    ...overrides,
  };
}
