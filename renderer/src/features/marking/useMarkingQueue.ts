import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { useCallback } from 'react';
import type { AchievementVersion, Id, Identity } from '../../../../shared/domain';
import { useDatabase } from '../../app/DatabaseContext';
import { getAchievementVersion } from '../../db/repositories/achievements';
import { getSelfIdentity, listIdentities } from '../../db/repositories/identities';
import { listLearners } from '../../db/repositories/learners';
import { listSubmissions } from '../../db/repositories/submissions';
import type { QueueRow } from './model';
import { nextUnmarked, sortQueue, versionLabel, visibleTo } from './model';

export interface MarkingQueue {
  readonly rows: readonly QueueRow[];
  readonly versions: readonly AchievementVersion[];
  readonly self: Identity | null;
}

/** The submissions this person may mark, oldest first, live. undefined while loading. */
export function useMarkingQueue(): MarkingQueue | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [submissions, learners, self, identities] = await Promise.all([
      listSubmissions(db),
      listLearners(db),
      getSelfIdentity(db),
      listIdentities(db),
    ]);
    const visible = visibleTo(submissions, self ?? null, identities.length <= 1);
    const versionIds = [...new Set(visible.map((s) => s.achievementVersionId))];
    const versions = (await Promise.all(versionIds.map((id) => getAchievementVersion(db, id))))
      .filter((v): v is AchievementVersion => v !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
    const names = new Map(learners.map((l) => [l.id, l.name]));
    const labels = new Map(versions.map((v) => [v.id, versionLabel(v)]));
    const rows = visible.map((s): QueueRow => ({
      id: s.id,
      learnerName: names.get(s.learnerId) ?? 'Unknown learner',
      versionLabel: labels.get(s.achievementVersionId) ?? 'Unknown achievement',
      achievementVersionId: s.achievementVersionId,
      status: s.status,
      attempt: s.attempt,
      receivedAt: s.receivedAt,
    }));
    return { rows: sortQueue(rows), versions, self: self ?? null };
  }, [db]);
}

/** Opens the next unmarked submission (other than `exceptId`); false when there is none. */
export function useGoToNextUnmarked(): (rows: readonly QueueRow[], exceptId?: Id) => boolean {
  const navigate = useNavigate();
  return useCallback(
    (rows, exceptId) => {
      const id = nextUnmarked(rows, exceptId ?? null);
      if (id === null) return false;
      void navigate(`/marking/${id}`);
      return true;
    },
    [navigate],
  );
}
