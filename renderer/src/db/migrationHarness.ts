/**
 * Tests migrations on real old data (SECURITY.md: "an upgrade() that throws
 * leaves the database at the old version; test every migration on real old
 * data"). `openWithHistoricalData(n, rows)` builds a database exactly as the
 * app at schema version n left it (a plain Dexie with the stores of versions
 * 1..n from `schemaVersions`, so no current code touches it), writes the rows
 * in their old shape, closes it, and opens it with today's AppDB through
 * `openAppDB`, running every upgrade since n.
 *
 *   const db = await openWithHistoricalData(1, { learners: [oldLearner] });
 *   expect(await getLearner(db, oldLearner.id)).toEqual(expectedNewShape);
 */
import { Dexie } from 'dexie';
import type { AppDB } from './AppDB';
import { openAppDB } from './openAppDB';
import { schemaVersions } from './schema';
import { SCHEMA_VERSION_KEY } from './repositories/meta';

/** Rows per table, in the shape that version stored them (not today's types). */
export type HistoricalRows = Readonly<Record<string, readonly object[]>>;

/** Creates database `name` at schema `version` holding `rows`, then closes it. */
export async function createHistoricalDatabase(
  name: string,
  version: number,
  rows: HistoricalRows,
): Promise<void> {
  const history = schemaVersions.filter((v) => v.version <= version);
  if (!schemaVersions.some((v) => v.version === version)) {
    throw new Error(`Schema version ${version} is not in schemaVersions`);
  }
  const old = new Dexie(name);
  for (const { version: n, stores } of history) old.version(n).stores(stores);
  await old.open();
  try {
    const tableNames = new Set(old.tables.map((t) => t.name));
    const unknown = Object.keys(rows).filter((table) => !tableNames.has(table));
    if (unknown.length > 0) {
      throw new Error(`Schema version ${version} has no table ${unknown.join(', ')}`);
    }
    await old.transaction('rw', old.tables, async () => {
      // What every app since version 1 recorded on open (see openAppDB).
      await old.table('meta').put({ key: SCHEMA_VERSION_KEY, value: version });
      for (const [table, tableRows] of Object.entries(rows)) {
        await old.table(table).bulkPut(tableRows);
      }
    });
  } finally {
    old.close();
  }
}

/**
 * Builds a database at schema `version` holding `rows` and opens it with the
 * current AppDB (upgrades run). A unique name is made unless one is given.
 */
export async function openWithHistoricalData(
  version: number,
  rows: HistoricalRows,
  name = `attest-migration-${crypto.randomUUID()}`,
): Promise<AppDB> {
  await createHistoricalDatabase(name, version, rows);
  const { db, readOnly, reason } = await openAppDB(name);
  if (readOnly) throw new Error(`Opened read-only: ${reason ?? ''}`);
  return db;
}
