import { useLiveQuery } from 'dexie-react-hooks';
import type { Achievement, AchievementVersion, Program } from '../../../../shared/domain';
import { useDatabase } from '../../app/DatabaseContext';
import {
  listAchievements,
  listAchievementVersionsOfProgram,
} from '../../db/repositories/achievements';
import { getProgram, listPrograms } from '../../db/repositories/programs';
import type { AchievementStatus } from './model';
import { achievementStatus } from './model';

export interface AchievementSummary {
  readonly achievement: Achievement;
  readonly latest: AchievementVersion;
  readonly status: AchievementStatus;
}

export interface ProgramSummary {
  readonly program: Program;
  readonly achievements: readonly AchievementSummary[];
}

async function summarise(
  db: Parameters<typeof listAchievements>[0],
  program: Program,
): Promise<ProgramSummary> {
  const [achievements, versions] = await Promise.all([
    listAchievements(db, program.id),
    listAchievementVersionsOfProgram(db, program.id),
  ]);
  const summaries = achievements.flatMap((achievement) => {
    const own = versions
      .filter((v) => v.achievementId === achievement.id)
      .sort((a, b) => a.version - b.version);
    const latest = own.at(-1);
    const status = achievementStatus(own);
    return latest === undefined || status === null ? [] : [{ achievement, latest, status }];
  });
  summaries.sort((a, b) => a.latest.name.localeCompare(b.latest.name));
  return { program, achievements: summaries };
}

/** Programs with their achievements' latest versions, live. undefined while loading. */
export function usePrograms(includeRetired: boolean): readonly ProgramSummary[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(
    async () =>
      Promise.all((await listPrograms(db, { includeRetired })).map((p) => summarise(db, p))),
    [db, includeRetired],
  );
}

/** One program, live: undefined while loading, null when there is no such program. */
export function useProgram(programId: string): ProgramSummary | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const program = await getProgram(db, programId);
    return program === undefined ? null : summarise(db, program);
  }, [db, programId]);
}
