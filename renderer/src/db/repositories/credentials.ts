/**
 * Issued credentials and the status-list indexes that revoke them. Issuing
 * and revoking change the submission's status in the same transaction.
 */
import type { CredentialStatus, Id, IsoInstant, IssuedCredential } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';
import { bulkUpdateSubmissionStatus } from './submissions';

export interface CredentialFilter {
  readonly status?: CredentialStatus;
  readonly submissionId?: Id;
  readonly learnerId?: Id;
  readonly achievementVersionId?: Id;
}

export async function getIssuedCredential(
  db: AppDB,
  id: Id,
): Promise<IssuedCredential | undefined> {
  return db.issuedCredentials.get(id);
}

/** By the credential's own id URI (urn:uuid:…), as verification and revocation see it. */
export async function getIssuedCredentialByCredentialId(
  db: AppDB,
  credentialId: string,
): Promise<IssuedCredential | undefined> {
  return db.issuedCredentials.where('credentialId').equals(credentialId).first();
}

function narrow(db: AppDB, f: CredentialFilter) {
  if (f.submissionId !== undefined) {
    return db.issuedCredentials.where('submissionId').equals(f.submissionId);
  }
  if (f.learnerId !== undefined) return db.issuedCredentials.where('learnerId').equals(f.learnerId);
  if (f.achievementVersionId !== undefined) {
    return db.issuedCredentials.where('achievementVersionId').equals(f.achievementVersionId);
  }
  if (f.status !== undefined) return db.issuedCredentials.where('status').equals(f.status);
  return db.issuedCredentials.toCollection();
}

/** Credentials matching every given field. */
export async function listIssuedCredentials(
  db: AppDB,
  filter: CredentialFilter = {},
): Promise<IssuedCredential[]> {
  return narrow(db, filter)
    .and(
      (c) =>
        (filter.status === undefined || c.status === filter.status) &&
        (filter.submissionId === undefined || c.submissionId === filter.submissionId) &&
        (filter.learnerId === undefined || c.learnerId === filter.learnerId) &&
        (filter.achievementVersionId === undefined ||
          c.achievementVersionId === filter.achievementVersionId),
    )
    .toArray();
}

/**
 * The first unused status-list index (last + 1; 0 for the first credential).
 * Indexes go into the signed credential before it is stored; the unique
 * index rejects a collision, and `recordIssuedCredentials` then writes nothing.
 */
export async function nextStatusListIndex(db: AppDB): Promise<number> {
  const last = await db.issuedCredentials.orderBy('statusListIndex').last();
  return last === undefined ? 0 : last.statusListIndex + 1;
}

/**
 * Stores the credentials and sets their submissions to 'issued', in ONE
 * transaction: a missing submission or a duplicate credential id or
 * status-list index writes nothing.
 */
export async function recordIssuedCredentials(
  db: AppDB,
  credentials: readonly IssuedCredential[],
  at: IsoInstant = new Date().toISOString(),
): Promise<void> {
  await db.transaction('rw', db.issuedCredentials, db.submissions, db.auditEvents, async () => {
    await db.issuedCredentials.bulkAdd(credentials);
    const submissionIds = credentials.map((c) => c.submissionId);
    await bulkUpdateSubmissionStatus(db, submissionIds, 'issued', { at });
  });
}

/** Revokes a credential and sets its submission to 'revoked', in ONE transaction. */
export async function revokeCredential(
  db: AppDB,
  id: Id,
  reason: string,
  at: IsoInstant = new Date().toISOString(),
): Promise<IssuedCredential> {
  return db.transaction('rw', db.issuedCredentials, db.submissions, db.auditEvents, async () => {
    const stored = await db.issuedCredentials.get(id);
    if (stored === undefined) throw new Error(`Issued credential ${id} not found`);
    if (stored.status === 'revoked') return stored;
    const revoked: IssuedCredential = {
      ...stored,
      status: 'revoked',
      revokedAt: at,
      revocationReason: reason,
    };
    await db.issuedCredentials.put(revoked);
    await bulkUpdateSubmissionStatus(db, [stored.submissionId], 'revoked', { at });
    return revoked;
  });
}
