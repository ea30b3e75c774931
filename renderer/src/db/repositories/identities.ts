/** People (with their public keys) and the keys of others that this machine has pinned. */
import type { Id, Identity, Role, TrustedKey } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';

/** The key is already pinned to a different person. Nothing was written. */
export class KeyPinnedToOtherIdentityError extends Error {
  override readonly name = 'KeyPinnedToOtherIdentityError';
  constructor(
    readonly fingerprint: string,
    readonly identityId: Id,
  ) {
    super(`Key ${fingerprint} is already pinned to another person (${identityId})`);
  }
}

export async function getIdentity(db: AppDB, id: Id): Promise<Identity | undefined> {
  return db.identities.get(id);
}

/** The person using this machine (few identities: a scan, booleans are not indexable). */
export async function getSelfIdentity(db: AppDB): Promise<Identity | undefined> {
  return db.identities.filter((i) => i.isSelf).first();
}

/** Everyone, or everyone holding `role` (by the multi-entry roles index). */
export async function listIdentities(db: AppDB, role?: Role): Promise<Identity[]> {
  const found =
    role === undefined
      ? await db.identities.toArray()
      : await db.identities.where('roles').equals(role).toArray();
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export async function findIdentitiesByEmail(db: AppDB, email: string): Promise<Identity[]> {
  return db.identities.where('email').equals(email).toArray();
}

export async function putIdentity(db: AppDB, identity: Identity): Promise<void> {
  await db.identities.put(identity);
}

/** Deletes a person and every key pinned to them, together. */
export async function deleteIdentity(db: AppDB, id: Id): Promise<void> {
  await db.transaction('rw', db.identities, db.trustedKeys, async () => {
    await db.trustedKeys.where('identityId').equals(id).delete();
    await db.identities.delete(id);
  });
}

export async function listTrustedKeys(db: AppDB, identityId: Id): Promise<TrustedKey[]> {
  return db.trustedKeys.where('identityId').equals(identityId).toArray();
}

export async function getTrustedKeyByFingerprint(
  db: AppDB,
  fingerprint: string,
): Promise<TrustedKey | undefined> {
  return db.trustedKeys.where('fingerprint').equals(fingerprint).first();
}

/**
 * Pins a key to a person. Pinning the same key to the same person again
 * returns the stored pin; pinning it to someone else throws.
 */
export async function pinTrustedKey(db: AppDB, key: TrustedKey): Promise<TrustedKey> {
  return db.transaction('rw', db.trustedKeys, async () => {
    const stored = await getTrustedKeyByFingerprint(db, key.fingerprint);
    if (stored === undefined) {
      await db.trustedKeys.add(key);
      return key;
    }
    if (stored.identityId !== key.identityId) {
      throw new KeyPinnedToOtherIdentityError(key.fingerprint, stored.identityId);
    }
    return stored;
  });
}

export async function unpinTrustedKey(db: AppDB, id: Id): Promise<void> {
  await db.trustedKeys.delete(id);
}
