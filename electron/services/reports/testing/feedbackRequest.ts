/** Test data: the sample feedback as the IPC request carries it (only the contract's fields). */
import type { FeedbackInput } from '../../../../shared/ipc/contract';
import { sampleFeedbackInput } from './feedbackFixture';

/** `input` cut down to exactly the fields `feedbackInputSchema` accepts. */
export function asFeedbackRequest(input: FeedbackInput): FeedbackInput {
  const { achievement, assessment } = input;
  return {
    ...input,
    achievement: {
      name: achievement.name,
      humanCode: achievement.humanCode,
      demonstrationRubric: achievement.demonstrationRubric,
      reflectionRubric: achievement.reflectionRubric,
    },
    assessment: {
      demonstration: assessment.demonstration,
      reflection: assessment.reflection,
      feedback: assessment.feedback,
      decision: assessment.decision,
      resubmitCriterionIds: assessment.resubmitCriterionIds,
    },
  };
}

export function sampleFeedbackRequest(overrides: Partial<FeedbackInput> = {}): FeedbackInput {
  return asFeedbackRequest(sampleFeedbackInput(overrides));
}
