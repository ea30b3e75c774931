import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  makeAchievement,
  makeAchievementVersion,
  makeInstitutionFramework,
  makeProgram,
} from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import { loadExistingDefinitions, loadProgramDefinitions, saveDefinitions } from './definitions';

function records() {
  const program = makeProgram();
  const framework = makeInstitutionFramework();
  const achievement = makeAchievement({ programId: program.id });
  const base = makeAchievementVersion({ achievementId: achievement.id, programId: program.id });
  const v1 = { ...base, state: 'published' as const, publishedAt: base.updatedAt };
  const v2 = {
    ...base,
    id: `${base.id}-2`,
    version: 2,
    state: 'draft' as const,
    publishedAt: null,
  };
  return { program, framework, achievement, v1, v2 };
}

describe('definition sets', () => {
  it('saves a whole set in one go and loads a program back with the frameworks its versions use', async () => {
    const db = await openTestDB();
    const { program, framework, achievement, v1, v2 } = records();
    const aligned = {
      ...v2,
      alignments: [
        {
          id: 'al-1',
          institutionFrameworkId: framework.id,
          targetName: 'Integrity',
          targetCode: 'V1',
          targetFramework: framework.name,
          targetUrl: framework.url,
          targetDescription: null,
          targetType: 'ext:InstitutionFramework' as const,
        },
      ],
    };
    const unused = makeInstitutionFramework();
    await saveDefinitions(db, {
      programs: [program],
      institutionFrameworks: [framework, unused],
      achievements: [achievement],
      versions: [v1, aligned],
    });
    const loaded = await loadProgramDefinitions(db, program.id);
    expect(loaded?.programs).toEqual([program]);
    expect(loaded?.achievements).toEqual([achievement]);
    expect(loaded?.versions.map((v) => v.version).sort()).toEqual([1, 2]);
    expect(loaded?.institutionFrameworks.map((f) => f.id)).toEqual([framework.id]);
    expect(await loadProgramDefinitions(db, 'missing')).toBeUndefined();
  });

  it('refuses to overwrite a stored published version and writes nothing of the set', async () => {
    const db = await openTestDB();
    const { program, achievement, v1 } = records();
    await saveDefinitions(db, {
      programs: [program],
      institutionFrameworks: [],
      achievements: [achievement],
      versions: [v1],
    });
    const otherProgram = makeProgram();
    await expect(
      saveDefinitions(db, {
        programs: [otherProgram],
        institutionFrameworks: [],
        achievements: [],
        versions: [{ ...v1, name: 'Changed' }],
      }),
    ).rejects.toThrow(/published/);
    expect(await db.programs.get(otherProgram.id)).toBeUndefined();
    expect((await db.achievementVersions.get(v1.id))?.name).toBe(v1.name);
  });

  it('loads the stored records that share ids with an incoming file', async () => {
    const db = await openTestDB();
    const { program, framework, achievement, v1, v2 } = records();
    await saveDefinitions(db, {
      programs: [program],
      institutionFrameworks: [framework],
      achievements: [achievement],
      versions: [v1, v2],
    });
    const existing = await loadExistingDefinitions(db, {
      programIds: [program.id, 'nope'],
      frameworkIds: [framework.id],
      achievementIds: [achievement.id],
    });
    expect(existing.programs).toEqual([program]);
    expect(existing.institutionFrameworks).toEqual([framework]);
    expect(existing.versions).toHaveLength(2);
  });
});
