import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { makeIssuedCredential, makeSubmission } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import {
  getIssuedCredential,
  getIssuedCredentialByCredentialId,
  listIssuedCredentials,
  nextStatusListIndex,
  recordIssuedCredentials,
  revokeCredential,
} from './credentials';
import { getSubmission } from './submissions';

const AT = '2025-06-01T10:00:00.000Z';

async function seed() {
  const db = await openTestDB();
  const s1 = makeSubmission({ status: 'approved', learnerId: 'l1', achievementVersionId: 'v1' });
  const s2 = makeSubmission({ status: 'approved', learnerId: 'l2', achievementVersionId: 'v1' });
  await db.submissions.bulkPut([s1, s2]);
  const c1 = makeIssuedCredential({
    submissionId: s1.id,
    learnerId: 'l1',
    achievementVersionId: 'v1',
    statusListIndex: 0,
  });
  const c2 = makeIssuedCredential({
    submissionId: s2.id,
    learnerId: 'l2',
    achievementVersionId: 'v1',
    statusListIndex: 1,
  });
  return { db, s1, s2, c1, c2 };
}

describe('credentials repository', () => {
  it('records issued credentials and marks their submissions issued', async () => {
    const { db, s1, c1, c2 } = await seed();
    expect(await nextStatusListIndex(db)).toBe(0);
    await recordIssuedCredentials(db, [c1, c2], AT);
    expect(await getIssuedCredential(db, c1.id)).toEqual(c1);
    expect(await getIssuedCredentialByCredentialId(db, c2.credentialId)).toEqual(c2);
    expect(await getSubmission(db, s1.id)).toMatchObject({ status: 'issued', updatedAt: AT });
    expect(await nextStatusListIndex(db)).toBe(2);
    db.close();
  });

  it('records nothing when a status-list index is already used', async () => {
    const { db, s1, s2, c1, c2 } = await seed();
    await recordIssuedCredentials(db, [c1]);
    const clash = { ...c2, statusListIndex: c1.statusListIndex };
    await expect(recordIssuedCredentials(db, [clash])).rejects.toThrow();
    expect(await getIssuedCredential(db, c2.id)).toBeUndefined();
    expect((await getSubmission(db, s2.id))?.status).toBe('approved');
    expect((await getSubmission(db, s1.id))?.status).toBe('issued');
    db.close();
  });

  it('records nothing when a submission is missing', async () => {
    const { db, c1 } = await seed();
    const orphan = makeIssuedCredential({ submissionId: 'missing' });
    await expect(recordIssuedCredentials(db, [c1, orphan])).rejects.toMatchObject({
      name: 'SubmissionPreconditionError',
    });
    expect(await listIssuedCredentials(db)).toEqual([]);
    db.close();
  });

  it('lists by status, submission, learner and version', async () => {
    const { db, s1, c1, c2 } = await seed();
    await recordIssuedCredentials(db, [c1, c2]);
    await revokeCredential(db, c2.id, 'Issued in error', AT);
    const ids = (cs: readonly { id: string }[]) => cs.map((c) => c.id).sort();
    expect(ids(await listIssuedCredentials(db))).toEqual(ids([c1, c2]));
    expect(ids(await listIssuedCredentials(db, { status: 'active' }))).toEqual([c1.id]);
    expect(ids(await listIssuedCredentials(db, { submissionId: s1.id }))).toEqual([c1.id]);
    expect(ids(await listIssuedCredentials(db, { learnerId: 'l2' }))).toEqual([c2.id]);
    expect(ids(await listIssuedCredentials(db, { achievementVersionId: 'v1' }))).toEqual(
      ids([c1, c2]),
    );
    expect(await listIssuedCredentials(db, { learnerId: 'l1', status: 'revoked' })).toEqual([]);
    db.close();
  });

  it('revokes a credential and its submission together, once', async () => {
    const { db, s1, c1 } = await seed();
    await recordIssuedCredentials(db, [c1]);
    const revoked = await revokeCredential(db, c1.id, 'Academic integrity finding', AT);
    expect(revoked).toEqual({
      ...c1,
      status: 'revoked',
      revokedAt: AT,
      revocationReason: 'Academic integrity finding',
    });
    expect((await getSubmission(db, s1.id))?.status).toBe('revoked');
    const again = await revokeCredential(db, c1.id, 'Other reason', '2026-01-01T00:00:00.000Z');
    expect(again).toEqual(revoked);
    await expect(revokeCredential(db, 'missing', 'x')).rejects.toThrow(/not found/);
    db.close();
  });
});
