// The marking benchmark's workspace: typed like shared/domain/entities.ts,
// built here (the example program from shared/ factories, the rest by hand),
// written into the app's IndexedDB by markingPage.mjs `seedDatabase`.
//
// Three published versions: "Statistical Analysis Software" (A, not blind)
// holds exactly 1,000 received submissions (the batch) and some others; B (not
// blind) and C (blind) hold the rest in every status. No submission is in
// marking, so "next unmarked" opens one that must be started (a write). Every
// tenth marked submission has a first-round override (flagged).
import { randomUUID } from 'node:crypto';

const firstNames = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Tim',
  'Barbara',
  'Edsger',
  'Margaret',
  'Donald',
  'Frances',
  'Niklaus',
  'Radia',
  'Ken',
  'Lynn',
  'John',
  'Hedy',
];
const lastNames = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Berners-Lee',
  'Liskov',
  'Dijkstra',
  'Hamilton',
  'Knuth',
  'Allen',
  'Wirth',
  'Perlman',
  'Thompson',
  'Conway',
  'Backus',
  'Lamarr',
];
const otherStatuses = [
  'allocated',
  'marked',
  'marked',
  'second_marking',
  'approved',
  'returned',
  'issued',
  'received',
];

/** A deterministic pseudo-random sequence, so every run seeds the same workspace. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function buildWorkspace({ total, seedProgram }) {
  const rand = random(20260501);
  const now = '2026-05-01T09:00:00.000Z';
  const self = {
    id: randomUUID(),
    name: 'Bench Marker',
    email: 'bench@uni.example',
    roles: ['assessor', 'lead'],
    publicKeyMultibase: null,
    isSelf: true,
  };
  const example = seedProgram({ newId: randomUUID, now });
  const titles = ['Statistical Analysis Software', 'Data Visualisation', 'Reflective Practice'];
  const achievements = [];
  const versions = [];
  titles.forEach((name, index) => {
    const achievement = {
      ...example.achievement,
      id: randomUUID(),
      blindMarking: index === 2,
    };
    achievements.push(achievement);
    versions.push({
      ...example.version,
      id: randomUUID(),
      achievementId: achievement.id,
      name,
      humanCode: `MC-${index + 1}`,
      state: 'published',
      publishedAt: now,
    });
  });
  const learnerCount = Math.ceil(total / 2);
  const learners = Array.from({ length: learnerCount }, (_, i) => ({
    id: randomUUID(),
    studentNumber: String(3000000 + i),
    name: `${firstNames[i % firstNames.length]} ${lastNames[Math.floor(i / firstNames.length) % lastNames.length]} ${i}`,
    email: `learner${i}@student.uni.example`,
    createdAt: now,
    updatedAt: now,
  }));
  const reflection =
    'At first I treated the missing values as noise and dropped them. Talking to my supervisor, I saw that the gaps followed the shift pattern of the call centre, so I kept them and modelled the shift. '.repeat(
      6,
    );
  const [versionA, versionB, versionC] = versions;
  const submissions = [];
  const assessments = [];
  const batchSize = 1000;
  const othersInA = Math.floor((total - batchSize) * 0.3);
  for (let i = 0; i < total; i += 1) {
    const inBatch = i < batchSize;
    const version =
      inBatch || i < batchSize + othersInA ? versionA : i % 2 === 0 ? versionB : versionC;
    const other = otherStatuses[i % otherStatuses.length];
    // Version A's received submissions are exactly the batch.
    const status = inBatch
      ? 'received'
      : version === versionA && other === 'received'
        ? 'allocated'
        : other;
    const learner = learners[i % learnerCount];
    const day = Math.floor(rand() * 60);
    const receivedAt = new Date(
      Date.UTC(2026, 2, 1 + day, Math.floor(rand() * 24), Math.floor(rand() * 60)),
    ).toISOString();
    const mine = status !== 'received';
    const submission = {
      id: randomUUID(),
      learnerId: learner.id,
      achievementVersionId: version.id,
      attempt: 1,
      previousSubmissionId: null,
      status,
      evidence: [
        {
          sha256: randomUUID().replaceAll('-', '').repeat(2),
          fileName: `${learner.name} report.pdf`,
          mediaType: 'application/pdf',
          size: 480000,
          role: 'demonstration',
        },
        {
          sha256: randomUUID().replaceAll('-', '').repeat(2),
          fileName: `${learner.name} reflection.docx`,
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          size: 24000,
          role: 'reflection',
        },
      ],
      reflectionText: reflection,
      setting: {
        organisation: 'Northwind Analytics',
        description: 'Cleaned the Q3 customer dataset.',
        supervisor: null,
      },
      source: 'moodle',
      intakeIds: [],
      assessorId: mine ? self.id : null,
      secondAssessorId: null,
      receivedAt,
      updatedAt: receivedAt,
    };
    submissions.push(submission);
    if (['marked', 'second_marking', 'approved', 'issued'].includes(status)) {
      const marks = (rubric) =>
        rubric.criteria.map((c) => ({
          criterionId: c.id,
          levelId: c.levels[2]?.id ?? null,
          comment: 'Clear and complete.',
        }));
      assessments.push({
        id: randomUUID(),
        submissionId: submission.id,
        round: 'first',
        markerId: self.id,
        demonstration: marks(version.demonstrationRubric),
        reflection: marks(version.reflectionRubric),
        reflectionTags: [],
        feedback: 'Well evidenced; the reflection connects the setting to the theory.',
        decision: 'meets',
        resubmitCriterionIds: [],
        override:
          assessments.length % 10 === 0
            ? { reason: 'Strong practice; the write-up undersells it.' }
            : null,
        carriedOverCriterionIds: [],
        createdAt: receivedAt,
        updatedAt: receivedAt,
        finalisedAt: receivedAt,
      });
    }
  }
  return {
    tables: {
      programs: [example.program],
      institutionFrameworks: example.institutionFrameworks,
      achievements,
      achievementVersions: versions,
      learners,
      submissions,
      assessments,
      identities: [self],
    },
    self,
    versionA,
    versionB,
    versionC,
    batchIds: submissions.slice(0, batchSize).map((s) => s.id),
  };
}
