/** Test data: a learner's marked assessment against the sample SAS micro-credential. */
import type { Assessment } from '../../../../shared/domain/entities';
import { sampleVersion } from '../../../../shared/credentials/testing/sampleDefinitions';
import type { FeedbackInput } from '../feedbackContent';

const AT = '2025-03-14T15:00:00.000Z';

export function sampleAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'assessment-1',
    submissionId: 'submission-1',
    round: 'first',
    markerId: 'marker-1',
    demonstration: [
      {
        criterionId: 'import-criterion',
        levelId: 'import-level-3',
        comment: 'Clean import; you documented every recode.',
      },
      {
        criterionId: 'analyse-criterion',
        levelId: 'analyse-level-2',
        comment: 'The t-test assumes normality.\nCheck the residuals before choosing it.',
      },
      {
        criterionId: 'interpret-criterion',
        levelId: 'interpret-level-4',
        comment: 'Your summary for the manager was clear and honest.',
      },
      // `document-criterion` (optional) is deliberately not marked.
    ],
    reflection: [
      {
        criterionId: 'depth-criterion',
        levelId: 'depth-level-3',
        comment: 'You questioned your first assumption about the data.',
      },
    ],
    reflectionTags: [],
    feedback: 'A strong project overall.\n\nResubmit the analysis with a test that fits the data.',
    decision: 'not_yet',
    resubmitCriterionIds: ['analyse-criterion'],
    override: null,
    carriedOverCriterionIds: [],
    reflectionSource: null,
    createdAt: AT,
    updatedAt: AT,
    finalisedAt: AT,
    ...overrides,
  };
}

export function sampleFeedbackInput(overrides: Partial<FeedbackInput> = {}): FeedbackInput {
  return {
    learner: { name: 'Amélie Tremblay', studentNumber: '100200300' },
    anonymousCode: null,
    achievement: sampleVersion(),
    assessment: sampleAssessment(),
    markerName: 'Priya Raman',
    issuedOn: '2025-03-14',
    institutionName: 'Example College',
    ...overrides,
  };
}
