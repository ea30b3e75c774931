import 'fake-indexeddb/auto';
import { describe, it, expect, vi } from 'vitest';
import { Dexie } from 'dexie';
import { AppDB, ReadOnlyDatabaseError } from './AppDB';
import { openAppDB } from './openAppDB';
import { latestSchemaVersion, schemaVersions } from './schema';
import { getMeta, putMeta, SCHEMA_VERSION_KEY } from './repositories/meta';
import { putProgram } from './repositories/programs';
import { bulkUpdateSubmissionStatus } from './repositories/submissions';
import { upsertLearnerByStudentNumber } from './repositories/learners';
import { makeProgram, makeSubmission } from './testing/factories';

const uniqueName = (): string => `attest-test-${crypto.randomUUID()}`;
const storesOf = (version: number) => {
  const found = schemaVersions.find((v) => v.version === version);
  if (found === undefined) throw new Error(`no version ${version}`);
  return found.stores;
};

/** A database as a future Attest (schema latest + 1) would leave it. */
async function createNewerDatabase(
  name: string,
  nextStores: Record<string, string | null>,
): Promise<void> {
  const future = new Dexie(name);
  for (const { version, stores } of schemaVersions) future.version(version).stores(stores);
  future.version(latestSchemaVersion + 1).stores(nextStores);
  await future.open();
  await future.table('programs').put(makeProgram({ id: 'p-future', name: 'From the future' }));
  await future.table('submissions').put(makeSubmission({ id: 's-future', status: 'marked' }));
  await future.table('meta').put({ key: SCHEMA_VERSION_KEY, value: latestSchemaVersion + 1 });
  future.close();
}

async function nativeVersion(name: string): Promise<number | undefined> {
  const dbs = await indexedDB.databases();
  return dbs.find((d) => d.name === name)?.version;
}

describe('openAppDB', () => {
  it('creates a new database, writable, recording the schema version', async () => {
    const name = uniqueName();
    const { db, readOnly, reason } = await openAppDB(name);
    expect(readOnly).toBe(false);
    expect(reason).toBeUndefined();
    expect(await getMeta(db, SCHEMA_VERSION_KEY)).toBe(latestSchemaVersion);
    expect(db.backendDB().version).toBe(latestSchemaVersion * 10);
    db.close();
  });

  it('reopens its own database writable', async () => {
    const name = uniqueName();
    (await openAppDB(name)).db.close();
    const { db, readOnly } = await openAppDB(name);
    expect(readOnly).toBe(false);
    await putProgram(db, makeProgram());
    db.close();
  });

  it('opens a database of a newer schema read-only, and reads it', async () => {
    const name = uniqueName();
    await createNewerDatabase(name, { remarks: 'id, submissionId' });
    const { db, readOnly, reason } = await openAppDB(name);
    expect(readOnly).toBe(true);
    expect(reason).toContain(
      `newer version of Attest (database schema ${latestSchemaVersion + 1}; this app knows up to ${latestSchemaVersion})`,
    );
    expect(db.readOnlyReason).toBe(reason);
    expect((await db.programs.get('p-future'))?.name).toBe('From the future');
    db.close();
  });

  it('refuses writes through repositories on a newer database, and changes nothing', async () => {
    const name = uniqueName();
    await createNewerDatabase(name, { remarks: 'id, submissionId' });
    const { db } = await openAppDB(name);
    await expect(putProgram(db, makeProgram())).rejects.toBeInstanceOf(ReadOnlyDatabaseError);
    await expect(bulkUpdateSubmissionStatus(db, ['s-future'], 'approved')).rejects.toThrow(
      /This database is read-only: this data was written by a newer version of Attest/,
    );
    await expect(
      upsertLearnerByStudentNumber(db, { studentNumber: 'S1', name: 'A', email: 'a@x' }),
    ).rejects.toBeInstanceOf(ReadOnlyDatabaseError);
    expect(await db.programs.count()).toBe(1);
    expect((await db.submissions.get('s-future'))?.status).toBe('marked');
    // The older app did not even record its own schema version.
    expect(await getMeta(db, SCHEMA_VERSION_KEY)).toBe(latestSchemaVersion + 1);
    db.close();
    expect(await nativeVersion(name)).toBe((latestSchemaVersion + 1) * 10);
  });

  it('never upgrades a newer database, even when its schema dropped an index we declare', async () => {
    // The newer app changed the learners index; Dexie alone would "patch" it back.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const patched = uniqueName();
      await createNewerDatabase(patched, { learners: 'id, email' });
      // Dexie alone opens it without complaint, then bumps its version to add the index back.
      const unguarded = new AppDB(patched);
      await unguarded.open();
      expect(unguarded.backendDB().version).toBe((latestSchemaVersion + 1) * 10 + 1);
      unguarded.close();

      const name = uniqueName();
      await createNewerDatabase(name, { learners: 'id, email' });
      const { db, readOnly } = await openAppDB(name);
      expect(readOnly).toBe(true);
      expect(db.backendDB().version).toBe((latestSchemaVersion + 1) * 10);
      db.close();
      expect(await nativeVersion(name)).toBe((latestSchemaVersion + 1) * 10);
    } finally {
      warn.mockRestore();
    }
  });

  it('opens read-only when meta records a newer schema than this app knows', async () => {
    const name = uniqueName();
    const first = await openAppDB(name);
    await putMeta(first.db, SCHEMA_VERSION_KEY, latestSchemaVersion + 3);
    first.db.close();
    const { db, readOnly, reason } = await openAppDB(name);
    expect(readOnly).toBe(true);
    expect(reason).toContain(`recorded schema ${latestSchemaVersion + 3}`);
    await expect(putProgram(db, makeProgram())).rejects.toBeInstanceOf(ReadOnlyDatabaseError);
    expect(await getMeta(db, SCHEMA_VERSION_KEY)).toBe(latestSchemaVersion + 3);
    db.close();
  });

  it('upgrades an older v1 database and records the current version', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(1).stores(storesOf(1));
    await old.open();
    await old.table('programs').put(makeProgram({ id: 'p-old' }));
    old.close();
    const { db, readOnly } = await openAppDB(name);
    expect(readOnly).toBe(false);
    expect(await db.programs.get('p-old')).toBeDefined();
    expect(await getMeta(db, SCHEMA_VERSION_KEY)).toBe(latestSchemaVersion);
    db.close();
  });
});
