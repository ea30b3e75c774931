/** The key-value `meta` table: small settings and the app's schema version. */
import type { AppDB, MetaValue } from '../AppDB';

/** The schema version of the newest app that wrote this database (see openAppDB). */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

export async function getMeta(db: AppDB, key: string): Promise<MetaValue | undefined> {
  const row = await db.meta.get(key);
  return row?.value;
}

export async function putMeta(db: AppDB, key: string, value: MetaValue): Promise<void> {
  await db.meta.put({ key, value });
}

export async function deleteMeta(db: AppDB, key: string): Promise<void> {
  await db.meta.delete(key);
}

/** The recorded schema version, or undefined when none (or not a number) is recorded. */
export async function getRecordedSchemaVersion(db: AppDB): Promise<number | undefined> {
  const value = await getMeta(db, SCHEMA_VERSION_KEY);
  return typeof value === 'number' ? value : undefined;
}
