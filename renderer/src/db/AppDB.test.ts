import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { AppDB, ReadOnlyDatabaseError } from './AppDB';
import { latestSchemaVersion, schemaVersions } from './schema';
import { makeProgram } from './testing/factories';
import { openTestDB } from './testing/testDB';

const entityTables = [
  'programs',
  'achievements',
  'achievementVersions',
  'institutionFrameworks',
  'learners',
  'cohorts',
  'enrolments',
  'submissions',
  'assessments',
  'savedComments',
  'approvalBatches',
  'issuedCredentials',
  'auditEvents',
  'identities',
  'trustedKeys',
  'meta',
];

describe('schemaVersions', () => {
  it('is numbered 1, 2, 3… in order, so versions are only ever appended', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
    expect(latestSchemaVersion).toBe(schemaVersions.length);
  });
});

describe('AppDB', () => {
  it('has a table for every entity, with the primary keys the domain uses', async () => {
    const db = await openTestDB();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...entityTables].sort());
    expect(db.auditEvents.schema.primKey.keyPath).toBe('seq');
    expect(db.meta.schema.primKey.keyPath).toBe('key');
    expect(db.programs.schema.primKey.keyPath).toBe('id');
    db.close();
  });

  it('runs every transaction with strict durability', async () => {
    const db = await openTestDB();
    const durability = await db.transaction('rw', db.meta, (tx) => tx.idbtrans.durability);
    expect(durability).toBe('strict');
    db.close();
  });

  it('refuses every write once marked read-only, and still reads', async () => {
    const db = await openTestDB();
    const program = makeProgram();
    await db.programs.put(program);
    db.markReadOnly('testing');
    expect(db.readOnlyReason).toBe('testing');
    await expect(db.programs.put(makeProgram())).rejects.toBeInstanceOf(ReadOnlyDatabaseError);
    await expect(db.programs.delete(program.id)).rejects.toThrow(/read-only: testing/);
    expect(await db.programs.get(program.id)).toEqual(program);
    db.close();
  });

  it('is writable by default', () => {
    const db = new AppDB(`attest-test-${crypto.randomUUID()}`);
    expect(db.readOnlyReason).toBeNull();
    expect(() => {
      db.assertWritable();
    }).not.toThrow();
  });
});
