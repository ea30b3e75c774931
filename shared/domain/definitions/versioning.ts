/**
 * Versions of a micro-credential (DESIGN.md §2): drafts are editable, a
 * published version is frozen, and editing a published one starts a new draft.
 *
 * Decisions: a new draft keeps the ids of its rubrics, criteria, levels,
 * alignments and endorsements (only the version gets a new id), so
 * `diffVersions` can match them across versions; marking and issuing always
 * name the version id, so the shared inner ids never collide. The published
 * copy is deep-frozen (Object.freeze) as well as typed readonly.
 */
import type { AchievementVersion } from '../entities';
import type { Id, IsoInstant } from '../ids';
import type { Rubric } from '../rubric';
import {
  canPublish,
  publishCheck,
  type PublishContext,
  type PublishRuleResult,
} from './publishCheck';

export { describeChange, diffVersions, type VersionChange } from './diffVersions';

export type VersionErrorCode =
  'frozen' | 'already_published' | 'publish_check_failed' | 'not_published';

/** Thrown when a version operation is refused; `code` says why. */
export class VersionError extends Error {
  override readonly name = 'VersionError';
  readonly code: VersionErrorCode;
  readonly versionId: Id;
  /** For `publish_check_failed`: the rules that did not pass. */
  readonly failures: readonly PublishRuleResult[];

  constructor(
    code: VersionErrorCode,
    versionId: Id,
    message: string,
    failures: readonly PublishRuleResult[] = [],
  ) {
    super(message);
    this.code = code;
    this.versionId = versionId;
    this.failures = failures;
  }
}

export function isFrozen(version: AchievementVersion): boolean {
  return version.state === 'published' || version.publishedAt !== null;
}

function title(version: AchievementVersion): string {
  const name = version.name.trim() === '' ? 'this micro-credential' : `'${version.name}'`;
  return `Version ${version.version} of ${name}`;
}

/** Throws `VersionError('frozen')` when the version is published. */
export function assertEditable(version: AchievementVersion): void {
  if (!isFrozen(version)) return;
  throw new VersionError(
    'frozen',
    version.id,
    `${title(version)} is published and cannot be changed: make a new draft to edit it.`,
  );
}

/** A deep copy of a rubric: no object or array is shared with the original. */
export function copyRubric(rubric: Rubric): Rubric {
  return {
    ...rubric,
    passRule: { ...rubric.passRule },
    criteria: rubric.criteria.map((criterion) => ({
      ...criterion,
      levels: criterion.levels.map((level) => ({ ...level, commentBank: [...level.commentBank] })),
    })),
  };
}

/** A deep copy of a version: no object or array is shared with the original. */
export function copyVersion(version: AchievementVersion): AchievementVersion {
  return {
    ...version,
    image: version.image === null ? null : { ...version.image },
    tags: [...version.tags],
    alignments: version.alignments.map((alignment) => ({ ...alignment })),
    endorsements: version.endorsements.map((endorsement) => ({ ...endorsement })),
    demonstrationRubric: copyRubric(version.demonstrationRubric),
    reflectionRubric: copyRubric(version.reflectionRubric),
  };
}

function freezeDeep(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  const children: unknown[] = Object.values(value);
  for (const child of children) freezeDeep(child);
}

/**
 * The published, frozen copy of a draft. Refuses (throws `VersionError`) when
 * the version is already published or any publish rule fails.
 */
export function publish(
  version: AchievementVersion,
  now: IsoInstant,
  context: PublishContext,
): AchievementVersion {
  if (isFrozen(version)) {
    throw new VersionError(
      'already_published',
      version.id,
      `${title(version)} is already published.`,
    );
  }
  const results = publishCheck(version, context);
  if (!canPublish(results)) {
    const failures = results.filter((r) => !r.passed);
    const list = failures.map((r) => r.label).join('; ');
    throw new VersionError(
      'publish_check_failed',
      version.id,
      `${title(version)} cannot be published until these pass: ${list}.`,
      failures,
    );
  }
  const published: AchievementVersion = {
    ...copyVersion(version),
    state: 'published',
    publishedAt: now,
    updatedAt: now,
  };
  freezeDeep(published);
  return published;
}

export interface NewDraftOptions {
  readonly newId: () => Id;
  readonly now: IsoInstant;
}

/** The next draft after a published version: same achievement, version + 1, independent content. */
export function newDraftFrom(
  published: AchievementVersion,
  options: NewDraftOptions,
): AchievementVersion {
  if (!isFrozen(published)) {
    throw new VersionError(
      'not_published',
      published.id,
      `${title(published)} is still a draft: edit it directly instead of starting a new one.`,
    );
  }
  return {
    ...copyVersion(published),
    id: options.newId(),
    version: published.version + 1,
    state: 'draft',
    createdAt: options.now,
    updatedAt: options.now,
    publishedAt: null,
  };
}
