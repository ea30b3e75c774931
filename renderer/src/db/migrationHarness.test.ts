import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { Dexie } from 'dexie';
import { createHistoricalDatabase, openWithHistoricalData } from './migrationHarness';
import { latestSchemaVersion } from './schema';
import { getMeta, SCHEMA_VERSION_KEY } from './repositories/meta';
import { listSubmissions } from './repositories/submissions';
import { getLearnerByStudentNumber, upsertLearnerByStudentNumber } from './repositories/learners';
import {
  makeAchievement,
  makeAchievementVersion,
  makeAssessment,
  makeLearner,
  makeProgram,
  makeSubmission,
} from './testing/factories';

/** Version-1 rows, written as plain objects the way the v1 app stored them. */
function v1Rows() {
  const program = makeProgram();
  const version = makeAchievementVersion({ programId: program.id, state: 'published' });
  const learner = makeLearner({ studentNumber: 'S0001' });
  const submission = makeSubmission({
    learnerId: learner.id,
    achievementVersionId: version.id,
    status: 'marked',
    assessorId: 'ana',
  });
  const assessment = makeAssessment({ submissionId: submission.id, markerId: 'ana' });
  return { program, version, learner, submission, assessment };
}

describe('migration harness', () => {
  it('opens v1 data with the latest schema, rows and indexes intact', async () => {
    const { program, version, learner, submission, assessment } = v1Rows();
    const db = await openWithHistoricalData(1, {
      programs: [program],
      achievementVersions: [version],
      learners: [learner],
      submissions: [submission],
      assessments: [assessment],
    });
    expect(db.readOnlyReason).toBeNull();
    expect(db.backendDB().version).toBe(latestSchemaVersion * 10);
    expect(await getMeta(db, SCHEMA_VERSION_KEY)).toBe(latestSchemaVersion);
    expect(await db.programs.get(program.id)).toEqual(program);
    expect(await db.achievementVersions.get(version.id)).toEqual(version);
    expect(await getLearnerByStudentNumber(db, 'S0001')).toEqual(learner);
    expect(await listSubmissions(db, { assessorId: 'ana', status: 'marked' })).toEqual([
      submission,
    ]);
    expect(await db.assessments.where('submissionId').equals(submission.id).toArray()).toEqual([
      assessment,
    ]);
    // The upgraded database is writable, and its unique indexes still hold.
    await expect(
      upsertLearnerByStudentNumber(db, { studentNumber: 'S0001', name: 'Renamed', email: 'r@x' }),
    ).resolves.toMatchObject({ outcome: 'updated' });
    db.close();
  });

  it('builds the historical database with only the old schema, recording its version', async () => {
    const name = `attest-test-${crypto.randomUUID()}`;
    await createHistoricalDatabase(name, 1, { learners: [makeLearner()] });
    const raw = new Dexie(name);
    await raw.open(); // dynamic mode: reads the stored schema as is
    expect(raw.verno).toBe(1);
    expect(await raw.table('learners').count()).toBe(1);
    expect(await raw.table('meta').get(SCHEMA_VERSION_KEY)).toEqual({
      key: SCHEMA_VERSION_KEY,
      value: 1,
    });
    raw.close();
  });

  it('rejects rows for a table the version did not have, and unknown versions', async () => {
    await expect(openWithHistoricalData(1, { remarks: [{ id: 'r' }] })).rejects.toThrow(
      /has no table remarks/,
    );
    await expect(openWithHistoricalData(latestSchemaVersion + 1, {})).rejects.toThrow(
      /not in schemaVersions/,
    );
  });

  it('rejects v1 rows that break a v1 unique index, writing none', async () => {
    const name = `attest-test-${crypto.randomUUID()}`;
    const twins = [makeLearner({ studentNumber: 'S1' }), makeLearner({ studentNumber: 'S1' })];
    await expect(createHistoricalDatabase(name, 1, { learners: twins })).rejects.toThrow();
  });
});

describe('v1 → v2: submissions remember their intakes', () => {
  it('gives every v1 submission an empty intakeIds and indexes new ones', async () => {
    const { submission } = v1Rows();
    // A v1 row, as the v1 app wrote it: no intakeIds field at all.
    const { intakeIds: _dropped, ...v1Submission } = submission;
    const db = await openWithHistoricalData(1, { submissions: [v1Submission] });
    expect((await db.submissions.get(submission.id))?.intakeIds).toEqual([]);
    await db.submissions.put({ ...submission, id: 'later', intakeIds: ['intake-1'] });
    expect(await db.submissions.where('intakeIds').equals('intake-1').primaryKeys()).toEqual([
      'later',
    ]);
    db.close();
  });
});

describe('v2 → v3: blind marking and carried-over marks', () => {
  it('gives v2 achievements blindMarking false and v2 assessments no carried-over marks', async () => {
    const { assessment } = v1Rows();
    const achievement = makeAchievement();
    const { blindMarking: _b, ...v2Achievement } = achievement;
    const { carriedOverCriterionIds: _c, reflectionSource: _r, ...v2Assessment } = assessment;
    const db = await openWithHistoricalData(2, {
      achievements: [v2Achievement],
      assessments: [v2Assessment],
    });
    expect(await db.achievements.get(achievement.id)).toEqual({
      ...achievement,
      blindMarking: false,
    });
    expect((await db.assessments.get(assessment.id))?.carriedOverCriterionIds).toEqual([]);
    expect((await db.assessments.get(assessment.id))?.reflectionSource).toBeNull();
    db.close();
  });

  it('keeps a v3 value that is already there', async () => {
    const achievement = makeAchievement({ blindMarking: true });
    const db = await openWithHistoricalData(2, { achievements: [achievement] });
    expect((await db.achievements.get(achievement.id))?.blindMarking).toBe(true);
    db.close();
  });
});
