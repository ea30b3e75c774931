import { useLiveQuery } from 'dexie-react-hooks';
import type { Program } from '../../../../shared/domain';
import { useDatabase } from '../../app/DatabaseContext';
import { listCohortsByLearner } from '../../db/repositories/cohorts';
import { listLearners } from '../../db/repositories/learners';
import { listPrograms } from '../../db/repositories/programs';
import type { RosterLine } from './model';
import { cohortLabel } from './model';

/** Every learner with their cohorts, in student-number order, live. undefined while loading. */
export function useRoster(): readonly RosterLine[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [learners, cohorts] = await Promise.all([listLearners(db), listCohortsByLearner(db)]);
    return learners.map((learner) => ({
      learner,
      cohorts: cohortLabel(cohorts.get(learner.id) ?? []),
    }));
  }, [db]);
}

/** The programs a roster's cohorts may belong to (not retired), live. */
export function useCohortPrograms(): readonly Program[] {
  const { db } = useDatabase();
  return useLiveQuery(() => listPrograms(db), [db]) ?? [];
}
