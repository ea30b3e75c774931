/**
 * Feedback export: one learner's .docx through the `feedback-docx` save
 * dialog, or a cohort's zip as a job (progress in documents, cancellable).
 */
import { saveIntents } from '../../../services/dialogs/dialogIntents';
import {
  cohortFeedbackDialog,
  cohortFeedbackZipName,
  saveCohortFeedbackZip,
  saveFeedbackDocx,
} from '../../../services/reports/saveFeedback';
import type { Handlers } from '../dispatch';
import type { AppServices } from './createHandlers';

type FeedbackHandlers = Pick<Handlers, 'feedback:save' | 'feedback:save-cohort'>;

export function createFeedbackHandlers(services: AppServices): FeedbackHandlers {
  const { dialogs, jobs } = services;
  return {
    'feedback:save': ({ input }) =>
      saveFeedbackDocx(input, (suggestedName) =>
        dialogs.showSave({ ...saveIntents['feedback-docx'], suggestedName }),
      ),
    'feedback:save-cohort': async ({ jobId, items }, { emit }) => {
      // The dialog comes first: the job (and its progress) starts once there is somewhere to write.
      const path = await dialogs.showSave({
        ...cohortFeedbackDialog,
        suggestedName: cohortFeedbackZipName(items),
      });
      if (path === null) return { saved: false };
      return jobs.run(
        {
          jobId,
          unit: 'documents',
          emit: (progress) => {
            emit('job:progress', progress);
          },
        },
        (job) => {
          job.report(0, items.length);
          return saveCohortFeedbackZip(items, path, {
            signal: job.signal,
            onProgress: (done, total) => {
              job.report(done, total);
            },
          });
        },
      );
    },
  };
}
