import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { AchievementVersion, Assessment, Id, Submission } from '../../../../shared/domain';
import { plural } from '../../../../shared/format';
import type { FeedbackInput, IpcError, SaveOutcome } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import type { SettledJob } from '../../api/useJob';
import { useJob } from '../../api/useJob';
import { useDatabase } from '../../app/DatabaseContext';
import type { AppDB } from '../../db/AppDB';
import { getAchievementVersion } from '../../db/repositories/achievements';
import {
  listAssessmentsForSubmission,
  listAssessmentsForSubmissions,
} from '../../db/repositories/assessments';
import { listIdentities } from '../../db/repositories/identities';
import { getLearner, getLearners } from '../../db/repositories/learners';
import { getProgram } from '../../db/repositories/programs';
import { getSubmission, listSubmissions } from '../../db/repositories/submissions';
import type { FeedbackRecords } from './model';
import { cohortFeedbackInputs, feedbackInputOf, isSettled, nothingFinalisedText } from './model';

/** What every document of one version shares: the version, marker names, the institution line. */
async function versionContext(db: AppDB, version: AchievementVersion) {
  const [identities, program] = await Promise.all([
    listIdentities(db),
    getProgram(db, version.programId),
  ]);
  const names = new Map(identities.map((i) => [i.id, i.name]));
  return {
    version,
    markerName: (id: string) => names.get(id),
    // Attest keeps no institution name yet: the program names where the feedback comes from.
    institutionName: program?.name ?? '',
  };
}

async function recordsOf(
  db: AppDB,
  submission: Submission,
  context: Awaited<ReturnType<typeof versionContext>>,
): Promise<FeedbackRecords> {
  const [assessments, learner] = await Promise.all([
    listAssessmentsForSubmission(db, submission.id),
    getLearner(db, submission.learnerId),
  ]);
  return { ...context, submission, assessments, learner };
}

/** One submission's feedback input, or null while its marking is not settled. */
export async function loadSubmissionFeedback(
  db: AppDB,
  submissionId: Id,
): Promise<FeedbackInput | null> {
  const submission = await getSubmission(db, submissionId);
  if (submission === undefined) return null;
  const version = await getAchievementVersion(db, submission.achievementVersionId);
  if (version === undefined) return null;
  return feedbackInputOf(await recordsOf(db, submission, await versionContext(db, version)));
}

/** The feedback inputs of every learner with settled marking for one version. */
export async function loadCohortFeedback(
  db: AppDB,
  achievementVersionId: Id,
): Promise<readonly FeedbackInput[]> {
  const version = await getAchievementVersion(db, achievementVersionId);
  if (version === undefined) return [];
  const context = await versionContext(db, version);
  // One read per table, whatever the cohort's size (a query per learner made a
  // 10,000-submission queue take seconds to settle after every change).
  const submissions = (await listSubmissions(db, { achievementVersionId })).filter((s) =>
    isSettled(s.status),
  );
  const [assessments, learners] = await Promise.all([
    listAssessmentsForSubmissions(
      db,
      submissions.map((s) => s.id),
    ),
    getLearners(
      db,
      submissions.map((s) => s.learnerId),
    ),
  ]);
  const bySubmission = new Map<Id, Assessment[]>();
  for (const a of assessments) {
    bySubmission.set(a.submissionId, [...(bySubmission.get(a.submissionId) ?? []), a]);
  }
  const records = submissions.map((submission): FeedbackRecords => ({
    ...context,
    submission,
    assessments: bySubmission.get(submission.id) ?? [],
    learner: learners.get(submission.learnerId),
  }));
  return cohortFeedbackInputs(records);
}

function notifyFailure(error: IpcError): void {
  notifications.show({
    color: 'red',
    title: 'The feedback was not saved',
    message: error.message,
    autoClose: false,
  });
}

/** `what` names the feedback saved, e.g. "Ada Lovelace’s feedback". */
function notifySaved(outcome: SaveOutcome, what: string): void {
  if (!outcome.saved) return; // the save dialog was cancelled: nothing to say
  notifications.show({
    color: 'teal',
    title: 'Feedback saved',
    message: `${what} was saved as ${outcome.fileName}.`,
  });
}

/**
 * Feedback export: builds `FeedbackInput`s from the records (model.ts) and asks
 * main to save one learner's .docx, or a version's zip as a job with progress
 * and cancel. Says how each export ended in a notification.
 */
export function useFeedbackExport() {
  const { db } = useDatabase();
  const cohortJob = useJob('saveCohortFeedback', { notify: false });
  const { start: startCohort } = cohortJob;
  const [saving, setSaving] = useState(false);

  const saveSubmission = useCallback(
    async (submissionId: Id) => {
      setSaving(true);
      try {
        const input = await loadSubmissionFeedback(db, submissionId);
        if (input === null) {
          notifyFailure({ code: 'not-found', message: nothingFinalisedText.submission });
          return;
        }
        const result = await call('saveFeedback', { input }, { notify: false });
        const whose = input.learner === null ? 'The' : `${input.learner.name}’s`;
        if (result.ok) notifySaved(result.value, `${whose} feedback`);
        else notifyFailure(result.error);
      } finally {
        setSaving(false);
      }
    },
    [db],
  );

  const saveCohort = useCallback(
    async (achievementVersionId: Id) => {
      const items = await loadCohortFeedback(db, achievementVersionId);
      if (items.length === 0) {
        notifyFailure({ code: 'not-found', message: nothingFinalisedText.cohort });
        return;
      }
      const settled: SettledJob<SaveOutcome> | null = await startCohort({ items });
      if (settled === null) return;
      switch (settled.status) {
        case 'done':
          notifySaved(settled.value, `Feedback for ${plural(items.length, 'learner')}`);
          return;
        case 'cancelled':
          notifications.show({
            color: 'gray',
            title: 'Export cancelled',
            message: 'No file was written.',
          });
          return;
        case 'failed':
          notifyFailure(settled.error);
          return;
      }
    },
    [db, startCohort],
  );

  return {
    saving,
    saveSubmission,
    cohort: cohortJob.state,
    saveCohort,
    cancelCohort: cohortJob.cancel,
  };
}

/** Whether one submission has feedback to export (live); undefined while loading. */
export function useSubmissionHasFeedback(submissionId: Id): boolean | undefined {
  const { db } = useDatabase();
  return useLiveQuery(
    async () => (await loadSubmissionFeedback(db, submissionId)) !== null,
    [db, submissionId],
  );
}

/** How many learners of a version have feedback to export (live); undefined while loading. */
export function useCohortFeedbackCount(achievementVersionId: Id): number | undefined {
  const { db } = useDatabase();
  return useLiveQuery(
    async () => (await loadCohortFeedback(db, achievementVersionId)).length,
    [db, achievementVersionId],
  );
}
