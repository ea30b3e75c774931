/**
 * An achievement version → the OB 3.0 `Achievement` that every credential
 * issued for it carries in `credentialSubject.achievement` (DESIGN.md §5).
 * Pure: the same version and options always give the same JSON.
 *
 * Decisions:
 * - `id` is stable per achievement + version (see `ob3Ids.ts`); `version` is
 *   the version number as a string; `otherIdentifier` carries Attest's
 *   achievement id (`systemId`), which every version shares, so a reader can
 *   group the versions of one credential.
 * - Rubrics: see `ob3ResultDescriptions.ts` — one ResultDescription per
 *   criterion (demonstration first, then reflection), each rubric closed by a
 *   `RubricScore` total.
 * - Endorsements: OB 3.0 `endorsement` holds EndorsementCredentials *signed by
 *   the endorser*. Attest stores partner endorsements (organisation,
 *   statement, date) as records and has nothing signed yet, so by default it
 *   emits no `endorsement`; the partners travel in the definition file and
 *   the app. When a partner signs, pass the signed credentials as
 *   `options.endorsement` (`toUnsignedOb3Endorsement` prepares what they sign).
 *   `endorsementJwt` is never emitted: context-3.0.3 does not define it.
 * - `hours` and `validityMonths` have no Achievement term: validity becomes
 *   the credential's `validUntil` at issue; hours are not emitted.
 */
import type { AchievementVersion, InstitutionFramework } from '../domain/entities';
import { toOb3Alignment } from './ob3Alignment';
import { ob3AchievementId } from './ob3Ids';
import { ob3ResultDescriptionsOf } from './ob3ResultDescriptions';
import type { Ob3Achievement, Ob3EndorsementCredential, Ob3Profile } from './ob3Types';

export interface Ob3AchievementOptions {
  /** `urn:uuid:` or an https URL ending in `/`, e.g. `https://credentials.example.edu/achievements/`. */
  readonly achievementIdBase: string;
  /** The Profile of whoever defined the achievement (usually the issuer). */
  readonly creator?: Ob3Profile;
  /** data: URI or https URL of the badge image, when known. */
  readonly imageUri?: string;
  /** Settings' frameworks, to complete alignments that point into them. */
  readonly institutionFrameworks?: readonly InstitutionFramework[];
  /** Endorsement credentials already signed by the endorsers (none until signing exists). */
  readonly endorsement?: readonly Ob3EndorsementCredential[];
}

export function toOb3Achievement(
  version: AchievementVersion,
  options: Ob3AchievementOptions,
): Ob3Achievement {
  const id = ob3AchievementId(version, options.achievementIdBase);
  const frameworks = options.institutionFrameworks ?? [];
  const endorsement = options.endorsement ?? [];
  return {
    id,
    type: ['Achievement'],
    name: version.name,
    description: version.description,
    criteria: { narrative: version.criteriaNarrative },
    achievementType: version.achievementType,
    ...(version.humanCode === '' ? {} : { humanCode: version.humanCode }),
    version: String(version.version),
    ...(options.imageUri === undefined ? {} : { image: { id: options.imageUri, type: 'Image' } }),
    ...(options.creator === undefined ? {} : { creator: options.creator }),
    ...(version.creditsAvailable === null ? {} : { creditsAvailable: version.creditsAvailable }),
    ...(version.tags.length === 0 ? {} : { tag: [...version.tags] }),
    ...(version.alignments.length === 0
      ? {}
      : { alignment: version.alignments.map((a) => toOb3Alignment(a, frameworks)) }),
    ...(endorsement.length === 0 ? {} : { endorsement: [...endorsement] }),
    resultDescription: [
      ...ob3ResultDescriptionsOf(id, 'demonstration', version.demonstrationRubric),
      ...ob3ResultDescriptionsOf(id, 'reflection', version.reflectionRubric),
    ],
    otherIdentifier: [
      { type: 'IdentifierEntry', identifier: version.achievementId, identifierType: 'systemId' },
    ],
  };
}
