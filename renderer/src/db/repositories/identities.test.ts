import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { makeIdentity, makeTrustedKey } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import {
  deleteIdentity,
  findIdentitiesByEmail,
  getIdentity,
  getSelfIdentity,
  getTrustedKeyByFingerprint,
  KeyPinnedToOtherIdentityError,
  listIdentities,
  listTrustedKeys,
  pinTrustedKey,
  putIdentity,
  unpinTrustedKey,
} from './identities';

describe('identities repository', () => {
  it('puts, gets, finds self, by email, and lists by role', async () => {
    const db = await openTestDB();
    const me = makeIdentity({ name: 'Morgan Lead', roles: ['lead', 'assessor'], isSelf: true });
    const ana = makeIdentity({ name: 'Ana Assessor', roles: ['assessor'], email: 'ana@c.example' });
    const reg = makeIdentity({ name: 'Reg Istrar', roles: ['registrar'] });
    for (const i of [me, ana, reg]) await putIdentity(db, i);
    expect(await getIdentity(db, ana.id)).toEqual(ana);
    expect(await getSelfIdentity(db)).toEqual(me);
    expect(await findIdentitiesByEmail(db, 'ana@c.example')).toEqual([ana]);
    expect((await listIdentities(db)).map((i) => i.name)).toEqual([
      'Ana Assessor',
      'Morgan Lead',
      'Reg Istrar',
    ]);
    expect(await listIdentities(db, 'assessor')).toEqual([ana, me]);
    expect(await listIdentities(db, 'lead')).toEqual([me]);
    db.close();
  });

  it('has no self identity on a fresh machine', async () => {
    const db = await openTestDB();
    await putIdentity(db, makeIdentity());
    expect(await getSelfIdentity(db)).toBeUndefined();
    db.close();
  });

  it('pins keys idempotently, refuses a key pinned to someone else, and unpins', async () => {
    const db = await openTestDB();
    const key = makeTrustedKey({ identityId: 'ana' });
    expect(await pinTrustedKey(db, key)).toEqual(key);
    expect(await pinTrustedKey(db, { ...key, id: 'other-id' })).toEqual(key);
    await expect(pinTrustedKey(db, { ...key, id: 'k2', identityId: 'bob' })).rejects.toBeInstanceOf(
      KeyPinnedToOtherIdentityError,
    );
    expect(await listTrustedKeys(db, 'ana')).toEqual([key]);
    expect(await listTrustedKeys(db, 'bob')).toEqual([]);
    expect(await getTrustedKeyByFingerprint(db, key.fingerprint)).toEqual(key);
    await unpinTrustedKey(db, key.id);
    expect(await listTrustedKeys(db, 'ana')).toEqual([]);
    db.close();
  });

  it('deletes a person with their pinned keys', async () => {
    const db = await openTestDB();
    const ana = makeIdentity();
    const bob = makeIdentity();
    await putIdentity(db, ana);
    await putIdentity(db, bob);
    await pinTrustedKey(db, makeTrustedKey({ identityId: ana.id }));
    await pinTrustedKey(db, makeTrustedKey({ identityId: ana.id }));
    const bobKey = makeTrustedKey({ identityId: bob.id });
    await pinTrustedKey(db, bobKey);
    await deleteIdentity(db, ana.id);
    expect(await getIdentity(db, ana.id)).toBeUndefined();
    expect(await db.trustedKeys.toArray()).toEqual([bobKey]);
    db.close();
  });
});
