import { describe, expect, it } from 'vitest';
import type { Assessment, Learner, Submission, SubmissionStatus } from '../../../../shared/domain';
import { feedbackInputSchema } from '../../../../shared/ipc/schemas';
import {
  makeAchievementVersion,
  makeAssessment,
  makeLearner,
  makeSubmission,
} from '../../db/testing/factories';
import type { FeedbackRecords } from './model';
import { cohortFeedbackInputs, feedbackAssessmentOf, feedbackInputOf } from './model';

const version = makeAchievementVersion();

function records(overrides: Partial<FeedbackRecords> = {}): FeedbackRecords {
  const learner = makeLearner({ name: 'Ada Lovelace', studentNumber: '1001' });
  const submission = makeSubmission({
    learnerId: learner.id,
    achievementVersionId: version.id,
    status: 'marked',
  });
  return {
    submission,
    assessments: [
      makeAssessment({
        submissionId: submission.id,
        markerId: 'marker-1',
        finalisedAt: '2025-03-14T23:30:00.000Z',
      }),
    ],
    learner,
    version,
    markerName: (id) => (id === 'marker-1' ? 'Mary Marker' : undefined),
    institutionName: 'Data Analytics',
    ...overrides,
  };
}

function assessmentOf(submission: Submission, overrides: Partial<Assessment>): Assessment {
  return makeAssessment({ submissionId: submission.id, ...overrides });
}

describe('feedbackAssessmentOf', () => {
  const submission = makeSubmission({ status: 'marked' });
  const first = assessmentOf(submission, { round: 'first', feedback: 'first' });
  const second = assessmentOf(submission, { round: 'second', feedback: 'second' });
  const draftSecond = assessmentOf(submission, { round: 'second', finalisedAt: null });

  it.each<[string, SubmissionStatus, readonly Assessment[], string | null]>([
    ['the first round when it is the only one', 'marked', [first], 'first'],
    ['the finalised second round over the first', 'approved', [first, second], 'second'],
    ['the first round while a second is still a draft', 'marked', [first, draftSecond], 'first'],
    ['nothing while marking is open', 'in_marking', [first], null],
    ['nothing during second marking', 'second_marking', [first, second], null],
    ['nothing once returned to its marker', 'returned', [first], null],
    ['nothing without a finalised assessment', 'marked', [draftSecond], null],
    ['the issued credential’s feedback', 'issued', [first], 'first'],
  ])('takes %s', (_, status, assessments, feedback) => {
    expect(feedbackAssessmentOf({ ...submission, status }, assessments)?.feedback ?? null).toBe(
      feedback,
    );
  });

  it('ignores assessments of other submissions', () => {
    const other = makeAssessment({ submissionId: 'someone-else' });
    expect(feedbackAssessmentOf(submission, [other])).toBeNull();
  });
});

describe('feedbackInputOf', () => {
  it('builds exactly what the contract accepts, from the final assessment', () => {
    const input = feedbackInputOf(records());
    expect(input).not.toBeNull();
    // Main validates the request strictly: the built input passes as it is.
    expect(feedbackInputSchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({
      learner: { name: 'Ada Lovelace', studentNumber: '1001' },
      anonymousCode: null,
      achievement: { name: version.name, humanCode: version.humanCode },
      markerName: 'Mary Marker',
      issuedOn: '2025-03-14',
      institutionName: 'Data Analytics',
    });
    expect(Object.keys(input?.assessment ?? {}).sort()).toEqual([
      'decision',
      'demonstration',
      'feedback',
      'reflection',
      'resubmitCriterionIds',
    ]);
  });

  it('names the submission when the learner record is gone, and says who marked when unknown', () => {
    const base = records();
    const input = feedbackInputOf({ ...base, learner: undefined, markerName: () => undefined });
    expect(input?.learner).toBeNull();
    expect(input?.anonymousCode).toBe(`Submission ${base.submission.id.slice(0, 8)}`);
    expect(input?.markerName).toBe('Your assessor');
    expect(feedbackInputSchema.safeParse(input).success).toBe(true);
  });

  it('is null while the marking is not settled', () => {
    const base = records();
    expect(
      feedbackInputOf({ ...base, submission: { ...base.submission, status: 'in_marking' } }),
    ).toBeNull();
  });
});

describe('cohortFeedbackInputs', () => {
  const ada = makeLearner({ name: 'Ada Lovelace', studentNumber: '1001' });
  const grace = makeLearner({ name: 'Grace Hopper', studentNumber: '1002' });
  const alan = makeLearner({ name: 'Alan Turing', studentNumber: '1003' });

  function attemptOf(
    learner: Learner,
    attempt: number,
    status: SubmissionStatus = 'marked',
  ): FeedbackRecords {
    const submission = makeSubmission({ learnerId: learner.id, attempt, status });
    const feedback = `${learner.name} attempt ${attempt}`;
    return records({
      learner,
      submission,
      assessments: [makeAssessment({ submissionId: submission.id, feedback })],
    });
  }

  it('has one input per learner with settled marking, by name, from the latest attempt', () => {
    const inputs = cohortFeedbackInputs([
      attemptOf(grace, 2),
      attemptOf(alan, 1, 'in_marking'),
      attemptOf(ada, 1),
      attemptOf(grace, 1),
    ]);
    expect(inputs.map((i) => [i.learner?.name, i.assessment.feedback])).toEqual([
      ['Ada Lovelace', 'Ada Lovelace attempt 1'],
      ['Grace Hopper', 'Grace Hopper attempt 2'],
    ]);
  });

  it('is empty when nothing is finalised', () => {
    expect(cohortFeedbackInputs([attemptOf(alan, 1, 'allocated')])).toEqual([]);
  });
});
