/**
 * What importing a parsed definitions file would do, decided before anything
 * is written; the renderer applies `writes` in one Dexie transaction, or
 * nothing when there is a conflict. Applying a plan and planning the same file
 * again yields no writes: importing twice changes nothing.
 *
 * Per record, by id, against this machine's copy:
 * - absent → create; identical content → unchanged.
 * - version, published on both sides, different content → conflict (published
 *   versions are frozen; the import is refused).
 * - version published here but a draft in the file → keep local (it was
 *   published after the file was made); draft here, published in the file →
 *   update; drafts on both sides → the later `updatedAt` wins.
 * - a different version with the same achievement and number → conflict (the
 *   two machines made that version separately).
 * - program: the later `updatedAt` wins. Achievement: a retirement in the
 *   file is taken; another program → conflict. Framework (edited in
 *   Settings): this machine's copy is kept.
 */
import type {
  Achievement,
  AchievementVersion,
  InstitutionFramework,
  Program,
} from '../domain/entities';
import type { DefinitionProblem } from './definitionProblem';
import type { DefinitionFile } from './definitionSchemas';
import { sameRecord } from './sameRecord';

/** The stored records with the ids the file names, and every version of its achievements. */
export interface ExistingDefinitions {
  readonly programs: readonly Program[];
  readonly institutionFrameworks: readonly InstitutionFramework[];
  readonly achievements: readonly Achievement[];
  readonly versions: readonly AchievementVersion[];
}

export type PlanAction = 'create' | 'update' | 'unchanged' | 'keep-local';

export interface PlanStep {
  readonly kind: 'program' | 'framework' | 'achievement' | 'version';
  readonly id: string;
  /** Where the record is in the file. */
  readonly path: string;
  readonly action: PlanAction;
  /** Why, when the action is not obvious (update, keep-local). */
  readonly note: string | null;
}

export interface DefinitionImportPlan {
  readonly steps: readonly PlanStep[];
  /** Non-empty → refuse the import; `writes` is then empty. */
  readonly conflicts: readonly DefinitionProblem[];
  /** Records to put (create + update), in dependency order. */
  readonly writes: {
    readonly programs: readonly Program[];
    readonly institutionFrameworks: readonly InstitutionFramework[];
    readonly achievements: readonly Achievement[];
    readonly versions: readonly AchievementVersion[];
  };
}

interface Decision {
  readonly action: PlanAction | 'conflict';
  readonly note: string | null;
}

const decide = (action: PlanAction | 'conflict', note: string | null = null): Decision => ({
  action,
  note,
});

function laterWins(file: { updatedAt: string }, local: { updatedAt: string }): Decision {
  return file.updatedAt > local.updatedAt
    ? decide('update', 'the file has the later edit')
    : decide('keep-local', 'this machine has the later edit');
}

function versionDecision(file: AchievementVersion, existing: ExistingDefinitions): Decision {
  const local = existing.versions.find((candidate) => candidate.id === file.id);
  if (local === undefined) {
    const twin = existing.versions.find(
      (v) => v.achievementId === file.achievementId && v.version === file.version,
    );
    return twin === undefined
      ? decide('create')
      : decide(
          'conflict',
          `version ${file.version} of "${file.name}" already exists here as a different record (id ${twin.id}); the two copies were made separately`,
        );
  }
  if (sameRecord(local, file)) return decide('unchanged');
  if (local.achievementId !== file.achievementId) {
    return decide(
      'conflict',
      `id ${file.id} already belongs to a version of another achievement here`,
    );
  }
  if (local.state === 'published') {
    return file.state === 'published'
      ? decide(
          'conflict',
          `published version ${file.version} of "${file.name}" differs from the one here; published versions cannot change`,
        )
      : decide('keep-local', 'published here after the file was made');
  }
  return file.state === 'published'
    ? decide('update', "published since this machine's draft")
    : laterWins(file, local);
}

function achievementDecision(file: Achievement, local: Achievement | undefined): Decision {
  if (local === undefined) return decide('create');
  if (sameRecord(local, file)) return decide('unchanged');
  if (local.programId !== file.programId) {
    return decide('conflict', `achievement ${file.id} belongs to another program here`);
  }
  return local.retiredAt === null && file.retiredAt !== null
    ? decide('update', 'retired in the file')
    : decide('keep-local', "this machine's copy is kept");
}

function programDecision(file: Program, local: Program | undefined): Decision {
  if (local === undefined) return decide('create');
  return sameRecord(local, file) ? decide('unchanged') : laterWins(file, local);
}

function frameworkDecision(
  file: InstitutionFramework,
  local: InstitutionFramework | undefined,
): Decision {
  if (local === undefined) return decide('create');
  return sameRecord(local, file)
    ? decide('unchanged')
    : decide('keep-local', "edited in Settings here; this machine's copy is kept");
}

export function planDefinitionImport(
  file: DefinitionFile,
  existing: ExistingDefinitions,
): DefinitionImportPlan {
  const steps: PlanStep[] = [];
  const conflicts: DefinitionProblem[] = [];
  const programs: Program[] = [];
  const institutionFrameworks: InstitutionFramework[] = [];
  const achievements: Achievement[] = [];
  const versions: AchievementVersion[] = [];
  function record<T extends { id: string }>(
    kind: PlanStep['kind'],
    path: string,
    item: T,
    decision: Decision,
    into: T[],
  ): void {
    if (decision.action === 'conflict') {
      conflicts.push({ path, message: decision.note ?? "conflicts with this machine's copy" });
      return;
    }
    steps.push({ kind, id: item.id, path, action: decision.action, note: decision.note });
    if (decision.action === 'create' || decision.action === 'update') into.push(item);
  }

  const byId = <T extends { id: string }>(records: readonly T[], id: string): T | undefined =>
    records.find((candidate) => candidate.id === id);
  record(
    'program',
    'program',
    file.program,
    programDecision(file.program, byId(existing.programs, file.program.id)),
    programs,
  );
  file.institutionFrameworks.forEach((framework, i) => {
    const local = byId(existing.institutionFrameworks, framework.id);
    record(
      'framework',
      `institutionFrameworks.${i}`,
      framework,
      frameworkDecision(framework, local),
      institutionFrameworks,
    );
  });
  file.achievements.forEach((entry, a) => {
    const local = byId(existing.achievements, entry.achievement.id);
    record(
      'achievement',
      `achievements.${a}.achievement`,
      entry.achievement,
      achievementDecision(entry.achievement, local),
      achievements,
    );
    entry.versions.forEach((version, v) => {
      record(
        'version',
        `achievements.${a}.versions.${v}`,
        version,
        versionDecision(version, existing),
        versions,
      );
    });
  });
  const writes =
    conflicts.length > 0
      ? { programs: [], institutionFrameworks: [], achievements: [], versions: [] }
      : { programs, institutionFrameworks, achievements, versions };
  return { steps, conflicts, writes };
}
