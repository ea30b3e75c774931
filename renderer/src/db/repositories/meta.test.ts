import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { latestSchemaVersion } from '../schema';
import { openTestDB } from '../testing/testDB';
import { deleteMeta, getMeta, getRecordedSchemaVersion, putMeta, SCHEMA_VERSION_KEY } from './meta';

describe('meta repository', () => {
  it('puts, gets and deletes JSON values by key', async () => {
    const db = await openTestDB();
    expect(await getMeta(db, 'lastExport')).toBeUndefined();
    await putMeta(db, 'lastExport', { at: '2025-03-14T15:00:00.000Z', count: 3, ok: true });
    expect(await getMeta(db, 'lastExport')).toEqual({
      at: '2025-03-14T15:00:00.000Z',
      count: 3,
      ok: true,
    });
    await putMeta(db, 'lastExport', null);
    expect(await getMeta(db, 'lastExport')).toBeNull();
    await deleteMeta(db, 'lastExport');
    expect(await getMeta(db, 'lastExport')).toBeUndefined();
    db.close();
  });

  it('reads the recorded schema version, ignoring a value that is not a number', async () => {
    const db = await openTestDB();
    expect(await getRecordedSchemaVersion(db)).toBe(latestSchemaVersion);
    await putMeta(db, SCHEMA_VERSION_KEY, 'one');
    expect(await getRecordedSchemaVersion(db)).toBeUndefined();
    db.close();
  });
});
