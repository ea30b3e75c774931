import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import type { AchievementVersion, Id } from '../../../../shared/domain';
import type { DefinitionImage } from '../../../../shared/definitions/definitionSchemas';
import type { DefinitionProblem } from '../../../../shared/definitions/definitionProblem';
import {
  buildDefinitionFile,
  parseDefinitionFile,
} from '../../../../shared/definitions/definitionFile';
import { planDefinitionImport } from '../../../../shared/definitions/planDefinitionImport';
import { call } from '../../api/client';
import { useDatabase } from '../../app/DatabaseContext';
import { listInstitutionFrameworks } from '../../db/repositories/institutionFrameworks';
import {
  loadExistingDefinitions,
  loadProgramDefinitions,
  saveDefinitions,
} from '../../db/repositories/definitions';

/** A refused import: which file, and every problem with its path. Nothing was written. */
export interface ImportReport {
  readonly fileName: string;
  readonly problems: readonly DefinitionProblem[];
}

function countsOf(steps: readonly { action: string }[]): string {
  const created = steps.filter((s) => s.action === 'create').length;
  const updated = steps.filter((s) => s.action === 'update').length;
  const unchanged = steps.length - created - updated;
  return `${created} created, ${updated} updated, ${unchanged} unchanged`;
}

/** The bytes of every badge image the versions use (main reads and verifies them); null if one failed. */
async function readImages(
  versions: readonly AchievementVersion[],
): Promise<DefinitionImage[] | null> {
  const unique = new Map(
    versions.flatMap((v) => (v.image === null ? [] : [[v.image.sha256, v.image] as const])),
  );
  const images: DefinitionImage[] = [];
  for (const image of unique.values()) {
    const read = await call('badgeDataUri', { sha256: image.sha256, mediaType: image.mediaType });
    if (!read.ok) return null;
    images.push({
      sha256: image.sha256,
      mediaType: image.mediaType,
      dataBase64: read.value.dataUri.slice(read.value.dataUri.indexOf(',') + 1),
    });
  }
  return images;
}

/** Import and export of definition files. An import writes everything in one transaction, or nothing. */
export function useDefinitionTransfer() {
  const { db } = useDatabase();
  const [report, setReport] = useState<ImportReport | null>(null);

  const importDefinitions = useCallback(async () => {
    const picked = await call('openFile', { intent: 'definitions-json' });
    if (!picked.ok || picked.value === null) return;
    const read = await call('readTextFile', { fileId: picked.value.fileId });
    if (!read.ok) return;
    const fileName = read.value.name;
    const parsed = parseDefinitionFile(read.value.text);
    if (!parsed.ok) {
      setReport({ fileName, problems: parsed.problems });
      return;
    }
    const file = parsed.value;
    const existing = await loadExistingDefinitions(db, {
      programIds: [file.program.id],
      frameworkIds: file.institutionFrameworks.map((f) => f.id),
      achievementIds: file.achievements.map((a) => a.achievement.id),
    });
    const plan = planDefinitionImport(file, existing);
    if (plan.conflicts.length > 0) {
      setReport({ fileName, problems: plan.conflicts });
      return;
    }
    // The badge images first: if one is refused, no record is written.
    for (const image of file.images) {
      const stored = await call('importBadgeData', image);
      if (!stored.ok) return;
    }
    await saveDefinitions(db, plan.writes);
    setReport(null);
    notifications.show({
      color: 'teal',
      title: `Imported ${fileName}`,
      message: `${file.program.name}: ${countsOf(plan.steps)}.`,
    });
  }, [db]);

  const exportProgram = useCallback(
    async (programId: Id, achievementId?: Id) => {
      const records = await loadProgramDefinitions(db, programId);
      const program = records?.programs[0];
      if (records === undefined || program === undefined) return;
      const frameworks = await listInstitutionFrameworks(db);
      const achievements = records.achievements
        .filter((a) => achievementId === undefined || a.id === achievementId)
        .map((achievement) => ({
          achievement,
          versions: records.versions.filter((v) => v.achievementId === achievement.id),
        }));
      const images = await readImages(achievements.flatMap((entry) => entry.versions));
      if (images === null) return;
      const built = buildDefinitionFile({
        program,
        institutionFrameworks: frameworks,
        achievements,
        images,
        exportedAt: new Date().toISOString(),
      });
      if (!built.ok) {
        setReport({ fileName: `${program.code}.json`, problems: built.problems });
        return;
      }
      const name =
        achievementId === undefined
          ? program.code
          : (achievements[0]?.versions.at(-1)?.humanCode ?? program.code);
      const target = await call('saveFile', {
        intent: 'definitions-json',
        suggestedName: `${name}.attest-definitions.json`,
      });
      if (!target.ok || target.value === null) return;
      const written = await call('writeTextFile', {
        fileId: target.value.fileId,
        text: built.value.text,
      });
      if (written.ok) {
        notifications.show({
          color: 'teal',
          title: 'Exported',
          message: `Saved ${written.value.name}.`,
        });
      }
    },
    [db],
  );

  return { importDefinitions, exportProgram, report, dismissReport: () => setReport(null) };
}
