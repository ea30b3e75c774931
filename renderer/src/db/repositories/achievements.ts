/**
 * Achievements (micro-credential definitions) and their versions. A published
 * version is frozen: marking and issuing point at it, so it is never rewritten.
 */
import type {
  Achievement,
  AchievementVersion,
  AchievementVersionState,
  Id,
} from '../../../../shared/domain';
import type { AppDB } from '../AppDB';

/** A write tried to change a published (frozen) achievement version. Nothing was written. */
export class PublishedVersionFrozenError extends Error {
  override readonly name = 'PublishedVersionFrozenError';
  constructor(readonly achievementVersionId: Id) {
    super(`Achievement version ${achievementVersionId} is published and cannot be changed`);
  }
}

export async function getAchievement(db: AppDB, id: Id): Promise<Achievement | undefined> {
  return db.achievements.get(id);
}

export async function listAchievements(db: AppDB, programId: Id): Promise<Achievement[]> {
  return db.achievements.where('programId').equals(programId).toArray();
}

export async function putAchievement(db: AppDB, achievement: Achievement): Promise<void> {
  await db.achievements.put(achievement);
}

/** Creates an achievement with its first version, both or neither. */
export async function createAchievement(
  db: AppDB,
  achievement: Achievement,
  firstVersion: AchievementVersion,
): Promise<void> {
  await db.transaction('rw', db.achievements, db.achievementVersions, async () => {
    await db.achievements.add(achievement);
    await db.achievementVersions.add(firstVersion);
  });
}

export async function getAchievementVersion(
  db: AppDB,
  id: Id,
): Promise<AchievementVersion | undefined> {
  return db.achievementVersions.get(id);
}

/** Version `version` of an achievement, by the unique [achievementId+version] index. */
export async function getAchievementVersionByNumber(
  db: AppDB,
  achievementId: Id,
  version: number,
): Promise<AchievementVersion | undefined> {
  return db.achievementVersions
    .where('[achievementId+version]')
    .equals([achievementId, version])
    .first();
}

/** Every version of an achievement, oldest first (the compound index's order). */
export async function listAchievementVersions(
  db: AppDB,
  achievementId: Id,
): Promise<AchievementVersion[]> {
  return db.achievementVersions.where('achievementId').equals(achievementId).toArray();
}

export async function getLatestAchievementVersion(
  db: AppDB,
  achievementId: Id,
): Promise<AchievementVersion | undefined> {
  return db.achievementVersions.where('achievementId').equals(achievementId).last();
}

/** Versions in a state, across programs or within one. */
export async function listAchievementVersionsByState(
  db: AppDB,
  state: AchievementVersionState,
  programId?: Id,
): Promise<AchievementVersion[]> {
  return programId === undefined
    ? db.achievementVersions.where('state').equals(state).toArray()
    : db.achievementVersions.where('[programId+state]').equals([programId, state]).toArray();
}

/** Every version of every achievement of a program. */
export async function listAchievementVersionsOfProgram(
  db: AppDB,
  programId: Id,
): Promise<AchievementVersion[]> {
  return db.achievementVersions.where('programId').equals(programId).toArray();
}

/**
 * Saves a draft (or publishes it, when `version.state` is 'published').
 * Throws `PublishedVersionFrozenError` if the stored version is already published.
 */
export async function putAchievementVersion(db: AppDB, version: AchievementVersion): Promise<void> {
  await db.transaction('rw', db.achievementVersions, async () => {
    const stored = await db.achievementVersions.get(version.id);
    if (stored?.state === 'published') throw new PublishedVersionFrozenError(version.id);
    await db.achievementVersions.put(version);
  });
}
