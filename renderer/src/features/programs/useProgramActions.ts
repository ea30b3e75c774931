import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import type { Id, Program } from '../../../../shared/domain';
import { seedProgram } from '../../../../shared/domain/definitions/seedProgram';
import { call } from '../../api/client';
import { useDatabase } from '../../app/DatabaseContext';
import {
  listAchievements,
  createAchievement,
  getLatestAchievementVersion,
  putAchievement,
  getAchievement,
} from '../../db/repositories/achievements';
import { saveDefinitions } from '../../db/repositories/definitions';
import { getProgram, putProgram } from '../../db/repositories/programs';
import type { ProgramDraft } from './model';
import {
  browserClock,
  duplicateAchievement,
  duplicateProgram,
  newAchievement,
  newProgram,
} from './model';

function done(message: string): void {
  notifications.show({ color: 'teal', title: 'Saved', message });
}

/** Everything the Programs screens change, as named actions. Each write is one transaction. */
export function useProgramActions() {
  const { db } = useDatabase();
  return useMemo(() => {
    const clock = browserClock;
    async function updateProgram(
      id: Id,
      patch: Partial<Pick<Program, 'name' | 'code' | 'description'>>,
    ): Promise<void> {
      const program = await getProgram(db, id);
      if (program === undefined) return;
      await putProgram(db, { ...program, ...patch, updatedAt: clock.now() });
    }
    return {
      async createProgram(draft: ProgramDraft): Promise<Id> {
        const program = newProgram(draft, clock);
        await putProgram(db, program);
        done(`${program.name} was created.`);
        return program.id;
      },
      updateProgram,
      async setProgramRetired(id: Id, retired: boolean): Promise<void> {
        const program = await getProgram(db, id);
        if (program === undefined) return;
        await putProgram(db, {
          ...program,
          retiredAt: retired ? clock.now() : null,
          updatedAt: clock.now(),
        });
        done(retired ? `${program.name} was retired.` : `${program.name} is active again.`);
      },
      async duplicateProgram(programId: Id): Promise<Id | null> {
        const program = await getProgram(db, programId);
        if (program === undefined) return null;
        const achievements = await listAchievements(db, programId);
        const latest = await Promise.all(
          achievements.map((a) => getLatestAchievementVersion(db, a.id)),
        );
        const copy = duplicateProgram(
          program,
          latest.filter((v) => v !== undefined),
          clock,
        );
        await saveDefinitions(db, {
          programs: [copy.program],
          institutionFrameworks: [],
          achievements: copy.achievements,
          versions: copy.versions,
        });
        done(
          `${copy.program.name} was created with ${copy.versions.length.toString()} draft micro-credentials.`,
        );
        return copy.program.id;
      },
      async createAchievement(
        programId: Id,
        input: { name: string; humanCode: string },
      ): Promise<Id> {
        const { achievement, version } = newAchievement(programId, input, clock);
        await createAchievement(db, achievement, version);
        return achievement.id;
      },
      async duplicateAchievement(achievementId: Id, programId: Id): Promise<Id | null> {
        const latest = await getLatestAchievementVersion(db, achievementId);
        if (latest === undefined) return null;
        const copy = duplicateAchievement(latest, programId, clock);
        await createAchievement(db, copy.achievement, copy.version);
        done(`${copy.version.name} was created as a new draft.`);
        return copy.achievement.id;
      },
      async setAchievementRetired(achievementId: Id, retired: boolean): Promise<void> {
        const achievement = await getAchievement(db, achievementId);
        if (achievement === undefined) return;
        await putAchievement(db, { ...achievement, retiredAt: retired ? clock.now() : null });
      },
      /** Loads the example program, its frameworks and a draft with a template badge image. */
      async loadExample(): Promise<Id | null> {
        const seed = seedProgram({ newId: clock.newId, now: clock.now() });
        const image = await call('badgeFromTemplate', {
          code: seed.version.humanCode,
          name: seed.version.name,
        });
        if (!image.ok) return null;
        await saveDefinitions(db, {
          programs: [seed.program],
          institutionFrameworks: seed.institutionFrameworks,
          achievements: [seed.achievement],
          versions: [{ ...seed.version, image: image.value }],
        });
        done(`The example program “${seed.program.name}” was loaded.`);
        return seed.program.id;
      },
    };
  }, [db]);
}

export type ProgramActions = ReturnType<typeof useProgramActions>;
