/**
 * Writes and reads of whole definition sets (programs with their frameworks,
 * achievements and versions): the example program, imports and exports.
 * Each write is one transaction: all of it or none of it.
 */
import type { Id } from '../../../../shared/domain';
import type { ExistingDefinitions } from '../../../../shared/definitions/planDefinitionImport';
import type { AppDB } from '../AppDB';
import { PublishedVersionFrozenError } from './achievements';

/** Programs, frameworks, achievements and versions: the records a definitions file holds. */
export type DefinitionRecords = ExistingDefinitions;

/** Puts every record in one transaction; refuses (writing nothing) to change a stored published version. */
export async function saveDefinitions(db: AppDB, records: DefinitionRecords): Promise<void> {
  await db.transaction(
    'rw',
    [db.programs, db.institutionFrameworks, db.achievements, db.achievementVersions],
    async () => {
      const stored = await db.achievementVersions.bulkGet(records.versions.map((v) => v.id));
      stored.forEach((version, index) => {
        const incoming = records.versions[index];
        if (version?.state === 'published' && incoming !== undefined) {
          throw new PublishedVersionFrozenError(version.id);
        }
      });
      await db.programs.bulkPut([...records.programs]);
      await db.institutionFrameworks.bulkPut([...records.institutionFrameworks]);
      await db.achievements.bulkPut([...records.achievements]);
      await db.achievementVersions.bulkPut([...records.versions]);
    },
  );
}

/** The stored records that share ids with `wanted`, and every version of the wanted achievements. */
export async function loadExistingDefinitions(
  db: AppDB,
  wanted: { programIds: readonly Id[]; frameworkIds: readonly Id[]; achievementIds: readonly Id[] },
): Promise<DefinitionRecords> {
  return db.transaction(
    'r',
    [db.programs, db.institutionFrameworks, db.achievements, db.achievementVersions],
    async () => {
      const [programs, institutionFrameworks, achievements, versions] = await Promise.all([
        db.programs.bulkGet([...wanted.programIds]),
        db.institutionFrameworks.bulkGet([...wanted.frameworkIds]),
        db.achievements.bulkGet([...wanted.achievementIds]),
        db.achievementVersions
          .where('achievementId')
          .anyOf([...wanted.achievementIds])
          .toArray(),
      ]);
      return {
        programs: programs.filter((p) => p !== undefined),
        institutionFrameworks: institutionFrameworks.filter((f) => f !== undefined),
        achievements: achievements.filter((a) => a !== undefined),
        versions,
      };
    },
  );
}

/** A program with its achievements and every version, for export. */
export async function loadProgramDefinitions(
  db: AppDB,
  programId: Id,
): Promise<DefinitionRecords | undefined> {
  return db.transaction(
    'r',
    [db.programs, db.institutionFrameworks, db.achievements, db.achievementVersions],
    async () => {
      const program = await db.programs.get(programId);
      if (program === undefined) return undefined;
      const achievements = await db.achievements.where('programId').equals(programId).toArray();
      const versions = await db.achievementVersions.where('programId').equals(programId).toArray();
      const frameworkIds = new Set(
        versions.flatMap((v) =>
          v.alignments.map((a) => a.institutionFrameworkId).filter((id) => id !== null),
        ),
      );
      const institutionFrameworks = (
        await db.institutionFrameworks.bulkGet([...frameworkIds])
      ).filter((f) => f !== undefined);
      return { programs: [program], institutionFrameworks, achievements, versions };
    },
  );
}
