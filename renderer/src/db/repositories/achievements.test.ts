import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { makeAchievement, makeAchievementVersion } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import {
  createAchievement,
  getAchievement,
  getAchievementVersion,
  getAchievementVersionByNumber,
  getLatestAchievementVersion,
  listAchievements,
  listAchievementVersions,
  listAchievementVersionsByState,
  listAchievementVersionsOfProgram,
  PublishedVersionFrozenError,
  putAchievement,
  putAchievementVersion,
} from './achievements';

async function seed() {
  const db = await openTestDB();
  const achievement = makeAchievement({ programId: 'prog' });
  const base = { achievementId: achievement.id, programId: 'prog' };
  // Written out of order: the index returns them by version.
  const v2 = makeAchievementVersion({ ...base, version: 2, state: 'draft' });
  const v1 = makeAchievementVersion({ ...base, version: 1, state: 'published' });
  await createAchievement(db, achievement, v2);
  await db.achievementVersions.put(v1);
  return { db, achievement, v1, v2 };
}

describe('achievements repository', () => {
  it('creates an achievement with its first version, and lists by program', async () => {
    const { db, achievement } = await seed();
    expect(await getAchievement(db, achievement.id)).toEqual(achievement);
    expect(await listAchievements(db, 'prog')).toEqual([achievement]);
    const retired = { ...achievement, retiredAt: '2025-06-01T00:00:00.000Z' };
    await putAchievement(db, retired);
    expect(await getAchievement(db, achievement.id)).toEqual(retired);
    db.close();
  });

  it('creates neither when the version cannot be written', async () => {
    const { db, achievement, v1 } = await seed();
    const other = makeAchievement();
    // Same id as an existing version: add() fails, so the achievement is rolled back.
    await expect(
      createAchievement(db, other, { ...v1, achievementId: other.id }),
    ).rejects.toThrow();
    expect(await getAchievement(db, other.id)).toBeUndefined();
    expect(await listAchievements(db, 'prog')).toEqual([achievement]);
    db.close();
  });

  it('lists versions in version order and finds one by number', async () => {
    const { db, achievement, v1, v2 } = await seed();
    expect(await listAchievementVersions(db, achievement.id)).toEqual([v1, v2]);
    expect(await getAchievementVersionByNumber(db, achievement.id, 2)).toEqual(v2);
    expect(await getAchievementVersionByNumber(db, achievement.id, 3)).toBeUndefined();
    expect(await getLatestAchievementVersion(db, achievement.id)).toEqual(v2);
    expect(await getAchievementVersion(db, v1.id)).toEqual(v1);
    db.close();
  });

  it('refuses a second record with the same version number', async () => {
    const { db, achievement } = await seed();
    const clash = makeAchievementVersion({ achievementId: achievement.id, version: 1 });
    await expect(putAchievementVersion(db, clash)).rejects.toThrow(/ConstraintError|unique/i);
    expect(await listAchievementVersions(db, achievement.id)).toHaveLength(2);
    db.close();
  });

  it('lists by state, across programs or within one', async () => {
    const { db, v1, v2 } = await seed();
    const elsewhere = makeAchievementVersion({ programId: 'other', state: 'published' });
    await putAchievementVersion(db, elsewhere);
    const ids = (vs: readonly { id: string }[]) => vs.map((v) => v.id).sort();
    expect(ids(await listAchievementVersionsByState(db, 'published'))).toEqual(
      ids([v1, elsewhere]),
    );
    expect(await listAchievementVersionsByState(db, 'published', 'prog')).toEqual([v1]);
    expect(await listAchievementVersionsByState(db, 'draft', 'prog')).toEqual([v2]);
    expect(ids(await listAchievementVersionsOfProgram(db, 'prog'))).toEqual(ids([v1, v2]));
    db.close();
  });

  it('saves and publishes a draft, then freezes it', async () => {
    const { db, v1, v2 } = await seed();
    await putAchievementVersion(db, { ...v2, name: 'Renamed' });
    const published = { ...v2, name: 'Renamed', state: 'published' as const };
    await putAchievementVersion(db, published);
    await expect(putAchievementVersion(db, { ...published, name: 'Again' })).rejects.toBeInstanceOf(
      PublishedVersionFrozenError,
    );
    await expect(putAchievementVersion(db, { ...v1, state: 'draft' })).rejects.toThrow(
      /is published and cannot be changed/,
    );
    expect(await getAchievementVersion(db, v2.id)).toEqual(published);
    db.close();
  });
});
