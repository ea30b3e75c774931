/**
 * The URIs Attest gives an OB 3.0 Achievement and its parts. They are pure
 * functions of stored ids, so the same version always maps to the same URIs
 * and a credential's `result[].resultDescription` / `achievedLevel` (written
 * by the issuing code with these same helpers) always resolve.
 *
 * - `urn:uuid:` base → `urn:uuid:<version id>` (version ids are UUIDs).
 * - any other base (an https URL ending in `/`) → `<base><achievement id>/v<n>`.
 * - parts are fragments of the achievement URI: `#demonstration-criterion-<id>`,
 *   `#demonstration-criterion-<id>-level-<id>`, `#reflection-total`, …
 *   (RFC 8141 allows a fragment on a URN, so this works for both forms).
 */
import type { Id } from '../domain/ids';
import type { AchievementVersion } from '../domain/entities';
import type { Rubric } from '../domain/rubric';

export type RubricKind = Rubric['kind'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const URN_UUID_BASE = 'urn:uuid:';

/**
 * The Achievement's `id`. Throws a RangeError for a `urn:uuid:` base when the
 * version id is not a UUID (a programming error: ids are made by randomUUID).
 */
export function ob3AchievementId(
  version: Pick<AchievementVersion, 'id' | 'achievementId' | 'version'>,
  achievementIdBase: string,
): string {
  if (achievementIdBase === URN_UUID_BASE) {
    if (!UUID.test(version.id)) {
      throw new RangeError(`Achievement version id "${version.id}" is not a UUID`);
    }
    return `${URN_UUID_BASE}${version.id.toLowerCase()}`;
  }
  return `${achievementIdBase}${encodeURIComponent(version.achievementId)}/v${version.version}`;
}

function part(value: string): string {
  return encodeURIComponent(value);
}

/** The ResultDescription of one rubric criterion. */
export function ob3ResultDescriptionId(
  achievementId: string,
  kind: RubricKind,
  criterionId: Id,
): string {
  return `${achievementId}#${kind}-criterion-${part(criterionId)}`;
}

/** One RubricCriterionLevel of a criterion (what `Result.achievedLevel` points at). */
export function ob3RubricLevelId(
  achievementId: string,
  kind: RubricKind,
  criterionId: Id,
  levelId: Id,
): string {
  return `${ob3ResultDescriptionId(achievementId, kind, criterionId)}-level-${part(levelId)}`;
}

/** The ResultDescription of a rubric's weighted total (`RubricScore`). */
export function ob3RubricTotalId(achievementId: string, kind: RubricKind): string {
  return `${achievementId}#${kind}-total`;
}
