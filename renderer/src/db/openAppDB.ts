/**
 * Opens the app's database with the newer-database guard (DESIGN.md §6:
 * "a newer database is never written by an older app").
 *
 * Dexie 4 silently opens a database whose IndexedDB version is higher than
 * the schema it declares (SECURITY.md, Durability). So before opening we read
 * the stored version, and after opening we read `meta.schemaVersion` too. If
 * either is newer than `latestSchemaVersion`, the database is opened without
 * any upgrade and every write is refused (`ReadOnlyDatabaseError`); the caller
 * shows `reason` to the user. Otherwise the app records its schema version in
 * `meta` so a future older app can tell.
 */
import { Dexie } from 'dexie';
import { AppDB, APP_DB_NAME } from './AppDB';
import { latestSchemaVersion } from './schema';
import { getRecordedSchemaVersion, putMeta, SCHEMA_VERSION_KEY } from './repositories/meta';

export interface OpenedAppDB {
  readonly db: AppDB;
  /** True when the data was written by a newer Attest: show `reason`, write nothing. */
  readonly readOnly: boolean;
  readonly reason?: string;
}

/** Dexie stores schema version n as IndexedDB version 10·n (+1 after a schema patch). */
function schemaVersionOfNative(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10);
}

/** The schema version of an existing database, without creating or opening it. */
async function storedSchemaVersion(name: string): Promise<number | undefined> {
  const databases = await Dexie.dependencies.indexedDB.databases();
  const found = databases.find((info) => info.name === name);
  return found?.version === undefined ? undefined : schemaVersionOfNative(found.version);
}

function newerReason(found: number, source: string): string {
  return (
    `this data was written by a newer version of Attest (${source} schema ${found}; ` +
    `this app knows up to ${latestSchemaVersion}). Update Attest to change it.`
  );
}

async function openReadOnly(name: string, reason: string): Promise<OpenedAppDB> {
  const db = new AppDB(name, { readOnlyReason: reason });
  await db.open();
  return { db, readOnly: true, reason };
}

/**
 * Opens (creating or upgrading as needed) the database `name`, or opens it
 * read-only when it belongs to a newer app. Never rejects because the data is
 * newer; rejects when IndexedDB itself fails (e.g. an `upgrade()` threw).
 */
export async function openAppDB(name: string = APP_DB_NAME): Promise<OpenedAppDB> {
  const stored = await storedSchemaVersion(name);
  if (stored !== undefined && stored > latestSchemaVersion) {
    return openReadOnly(name, newerReason(stored, 'database'));
  }

  const db = new AppDB(name);
  await db.open();
  // Another window may have upgraded it between the check and the open.
  const opened = schemaVersionOfNative(db.backendDB().version);
  if (opened > latestSchemaVersion) {
    const reason = newerReason(opened, 'database');
    db.markReadOnly(reason);
    return { db, readOnly: true, reason };
  }

  const recorded = await getRecordedSchemaVersion(db);
  if (recorded !== undefined && recorded > latestSchemaVersion) {
    const reason = newerReason(recorded, 'recorded');
    db.markReadOnly(reason);
    return { db, readOnly: true, reason };
  }
  if (recorded !== latestSchemaVersion) {
    await putMeta(db, SCHEMA_VERSION_KEY, latestSchemaVersion);
  }
  return { db, readOnly: false };
}
