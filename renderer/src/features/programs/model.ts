/**
 * Decisions of the Programs screens that need no React: new records, copies,
 * and the summary a list shows. Rules about versions and publishing live in
 * shared/domain/definitions.
 */
import type {
  Achievement,
  AchievementVersion,
  Id,
  IsoInstant,
  Program,
} from '../../../../shared/domain';
import {
  reflectionPreset,
  demonstrationRubricTemplate,
} from '../../../../shared/domain/definitions/rubricPresets';
import { copyVersion } from '../../../../shared/domain/definitions/versioning';

export interface Clock {
  readonly newId: () => Id;
  readonly now: () => string;
}

export const browserClock: Clock = {
  newId: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
};

export interface ProgramDraft {
  readonly name: string;
  readonly code: string;
  readonly description: string;
}

export function validateProgramDraft(
  draft: ProgramDraft,
): Partial<Record<keyof ProgramDraft, string>> {
  const errors: { -readonly [K in keyof ProgramDraft]?: string } = {};
  if (draft.name.trim() === '') errors.name = 'Give the program a name.';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(draft.code.trim())) {
    errors.code = 'Use 1–40 letters, digits, dots, dashes or underscores, e.g. MC-DATA.';
  }
  return errors;
}

export function newProgram(draft: ProgramDraft, clock: Clock): Program {
  const at = clock.now();
  return {
    id: clock.newId(),
    name: draft.name.trim(),
    code: draft.code.trim(),
    description: draft.description.trim(),
    createdAt: at,
    updatedAt: at,
    retiredAt: null,
  };
}

/** A new, active achievement record (marked by name, not blind, until the lead says otherwise). */
function achievementRecord(id: Id, programId: Id, at: IsoInstant): Achievement {
  return { id, programId, createdAt: at, retiredAt: null, blindMarking: false };
}

/** A new achievement and its first draft: the standard demonstration template and a DEAL reflection rubric. */
export function newAchievement(
  programId: Id,
  input: { readonly name: string; readonly humanCode: string },
  clock: Clock,
): { achievement: Achievement; version: AchievementVersion } {
  const at = clock.now();
  const achievement = achievementRecord(clock.newId(), programId, at);
  const version: AchievementVersion = {
    id: clock.newId(),
    achievementId: achievement.id,
    programId,
    version: 1,
    state: 'draft',
    name: input.name.trim(),
    humanCode: input.humanCode.trim(),
    description: '',
    criteriaNarrative: '',
    image: null,
    tags: [],
    creditsAvailable: null,
    hours: null,
    validityMonths: null,
    achievementType: 'MicroCredential',
    alignments: [],
    endorsements: [],
    demonstrationRubric: demonstrationRubricTemplate(clock.newId),
    reflectionRubric: reflectionPreset('DEAL', clock.newId),
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
  };
  return { achievement, version };
}

/**
 * A copy of an achievement as a new, independent draft (version 1) in a
 * program: new ids, "(copy)" in the name, the code marked so it stays unique.
 */
export function duplicateAchievement(
  source: AchievementVersion,
  programId: Id,
  clock: Clock,
  /** Mark the copy "(copy)" / "-COPY" (a copy beside its original); false inside a copied program. */
  mark = true,
): { achievement: Achievement; version: AchievementVersion } {
  const at = clock.now();
  const achievement = achievementRecord(clock.newId(), programId, at);
  const copy = copyVersion(source);
  const version: AchievementVersion = {
    ...copy,
    id: clock.newId(),
    achievementId: achievement.id,
    programId,
    version: 1,
    state: 'draft',
    name: mark ? `${source.name} (copy)` : source.name,
    humanCode: mark ? `${source.humanCode}-COPY` : source.humanCode,
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
  };
  return { achievement, version };
}

/**
 * A copy of a whole program (e.g. next year's offering): "(copy)" on the
 * program, and each micro-credential's latest version as an independent draft v1.
 */
export function duplicateProgram(
  program: Program,
  latestVersions: readonly AchievementVersion[],
  clock: Clock,
): { program: Program; achievements: Achievement[]; versions: AchievementVersion[] } {
  const copy = newProgram(
    {
      name: `${program.name} (copy)`,
      code: `${program.code}-COPY`,
      description: program.description,
    },
    clock,
  );
  const parts = latestVersions.map((version) =>
    duplicateAchievement(version, copy.id, clock, false),
  );
  return {
    program: copy,
    achievements: parts.map((part) => part.achievement),
    versions: parts.map((part) => part.version),
  };
}

export type AchievementStatus =
  | { readonly kind: 'draft'; readonly version: number }
  | { readonly kind: 'published'; readonly version: number }
  | { readonly kind: 'published-with-draft'; readonly version: number; readonly draft: number };

/** What a list says about an achievement, from its versions (oldest first). */
export function achievementStatus(
  versions: readonly AchievementVersion[],
): AchievementStatus | null {
  const latest = versions.at(-1);
  if (latest === undefined) return null;
  const published = versions.filter((v) => v.state === 'published').at(-1);
  if (latest.state === 'published') return { kind: 'published', version: latest.version };
  if (published === undefined) return { kind: 'draft', version: latest.version };
  return { kind: 'published-with-draft', version: published.version, draft: latest.version };
}

export function describeStatus(status: AchievementStatus): string {
  switch (status.kind) {
    case 'draft':
      return `Draft v${status.version}`;
    case 'published':
      return `Published v${status.version}`;
    case 'published-with-draft':
      return `Published v${status.version} · draft v${status.draft}`;
  }
}
