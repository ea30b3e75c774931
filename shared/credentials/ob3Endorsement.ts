/**
 * The hook for partner endorsements. OB 3.0 puts endorsements in
 * `Achievement.endorsement` as EndorsementCredentials signed by the endorser;
 * Attest holds no partner keys, so it can only prepare what a partner would
 * sign. Once signed (a proof added by the partner's key), the credential goes
 * into `toOb3Achievement(…, { endorsement: [...] })`. Until then the stored
 * `Endorsement` records are the source of truth and travel in definition
 * files, not in issued badges.
 */
import type { Endorsement } from '../domain/entities';
import type { Ob3UnsignedEndorsementCredential } from './ob3Types';

export interface UnsignedEndorsementOptions {
  /** The endorsed Achievement's `id` (from `ob3AchievementId`). */
  readonly achievementId: string;
  readonly achievementName: string;
  /** The endorsement credential's own id, e.g. `urn:uuid:…`. */
  readonly credentialId: string;
  /** The endorser's DID or https URL: the controller of the key that will sign. */
  readonly endorserId: string;
}

export function toUnsignedOb3Endorsement(
  endorsement: Endorsement,
  options: UnsignedEndorsementOptions,
): Ob3UnsignedEndorsementCredential {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: options.credentialId,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: `${endorsement.organisation} endorses ${options.achievementName}`,
    issuer: {
      id: options.endorserId,
      type: ['Profile'],
      name: endorsement.organisation,
      ...(endorsement.url === '' ? {} : { url: endorsement.url }),
    },
    validFrom: `${endorsement.endorsedOn}T00:00:00Z`,
    credentialSubject: {
      id: options.achievementId,
      type: ['EndorsementSubject'],
      endorsementComment: endorsement.statement,
    },
  };
}
