import { useLiveQuery } from 'dexie-react-hooks';
import type { AchievementVersion, Id, Submission } from '../../../../shared/domain';
import { useIpcQuery } from '../../api/useIpcQuery';
import { useDatabase } from '../../app/DatabaseContext';
import { listAchievementVersionsByState } from '../../db/repositories/achievements';
import { getLearner, listLearners } from '../../db/repositories/learners';
import { getSubmission, listSubmissions } from '../../db/repositories/submissions';
import type { SubmissionRow } from './model';
import { sortRows, submissionRow } from './model';

/** Published achievement versions, by name then version, live. undefined while loading. */
export function usePublishedVersions(): readonly AchievementVersion[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const versions = await listAchievementVersionsByState(db, 'published');
    return versions.sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
  }, [db]);
}

/** The submission list of one version, one row per submission, live. */
export function useSubmissionRows(
  achievementVersionId: Id | null,
): readonly SubmissionRow[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    if (achievementVersionId === null) return [];
    const [submissions, learners] = await Promise.all([
      listSubmissions(db, { achievementVersionId }),
      listLearners(db),
    ]);
    const byId = new Map(learners.map((l) => [l.id, l]));
    return sortRows(submissions.map((s) => submissionRow(s, byId.get(s.learnerId))));
  }, [db, achievementVersionId]);
}

export interface OpenSubmission {
  readonly submission: Submission;
  readonly learnerName: string;
}

/** One submission and its learner's name, live. null when not found. */
export function useSubmission(id: Id | null): OpenSubmission | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    if (id === null) return null;
    const submission = await getSubmission(db, id);
    if (submission === undefined) return null;
    const learner = await getLearner(db, submission.learnerId);
    return { submission, learnerName: learner?.name ?? 'Unknown learner' };
  }, [db, id]);
}

/** Where evidence bytes are served (`<base><sha256>`); null until known. */
export function useEvidenceBaseUrl(): string | null {
  const info = useIpcQuery('appInfo', {});
  return info.status === 'ok' ? info.value.evidenceBaseUrl : null;
}
