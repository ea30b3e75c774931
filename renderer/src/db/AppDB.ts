/**
 * The renderer's one database (DESIGN.md §3, STYLE.md habit 9). Open it with
 * `openAppDB` (openAppDB.ts), which adds the newer-database guard; construct
 * `AppDB` directly only in tests and the migration harness.
 */
import { Dexie } from 'dexie';
import type { DBCore, EntityTable, Middleware } from 'dexie';
import type {
  Achievement,
  AchievementVersion,
  ApprovalBatch,
  Assessment,
  AuditEvent,
  Cohort,
  Enrolment,
  Identity,
  InstitutionFramework,
  IssuedCredential,
  Learner,
  Program,
  SavedComment,
  Submission,
  TrustedKey,
} from '../../../shared/domain';
import { schemaVersions } from './schema';

/** The database's name in the app's origin. */
export const APP_DB_NAME = 'attest';

/** A JSON value: what the `meta` table may hold. */
export type MetaValue =
  string | number | boolean | null | readonly MetaValue[] | { readonly [key: string]: MetaValue };

/** One row of the key-value `meta` table. */
export interface MetaRecord {
  readonly key: string;
  readonly value: MetaValue;
}

/** Thrown for every write to a database this app must not write (see openAppDB). */
export class ReadOnlyDatabaseError extends Error {
  override readonly name = 'ReadOnlyDatabaseError';
  constructor(readonly reason: string) {
    super(`This database is read-only: ${reason}`);
  }
}

export interface AppDBOptions {
  /**
   * Set when the stored database is newer than this app. The database is then
   * opened at whatever version it has (IndexedDB never runs an upgrade, so
   * Dexie cannot "patch" a newer schema), and every read-write transaction
   * throws `ReadOnlyDatabaseError` with this reason.
   */
  readonly readOnlyReason?: string;
}

/**
 * Opens at the stored version, whatever version is asked for: no
 * `versionchange` transaction can ever run through this factory.
 */
function factoryWithoutUpgrades(factory: IDBFactory): IDBFactory {
  return {
    open: (name: string) => factory.open(name),
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    databases: () => factory.databases(),
    cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
  };
}

export class AppDB extends Dexie {
  // `declare`: Dexie creates these tables in version().stores(); a class
  // field would overwrite them with undefined.
  declare readonly programs: EntityTable<Program, 'id'>;
  declare readonly achievements: EntityTable<Achievement, 'id'>;
  declare readonly achievementVersions: EntityTable<AchievementVersion, 'id'>;
  declare readonly institutionFrameworks: EntityTable<InstitutionFramework, 'id'>;
  declare readonly learners: EntityTable<Learner, 'id'>;
  declare readonly cohorts: EntityTable<Cohort, 'id'>;
  declare readonly enrolments: EntityTable<Enrolment, 'id'>;
  declare readonly submissions: EntityTable<Submission, 'id'>;
  declare readonly assessments: EntityTable<Assessment, 'id'>;
  declare readonly savedComments: EntityTable<SavedComment, 'id'>;
  declare readonly approvalBatches: EntityTable<ApprovalBatch, 'id'>;
  declare readonly issuedCredentials: EntityTable<IssuedCredential, 'id'>;
  declare readonly auditEvents: EntityTable<AuditEvent, 'seq'>;
  declare readonly identities: EntityTable<Identity, 'id'>;
  declare readonly trustedKeys: EntityTable<TrustedKey, 'id'>;
  declare readonly meta: EntityTable<MetaRecord, 'key'>;

  // A TS-private field, not `#private`: Dexie hands out `Object.create(db)`
  // views (db.vip) on which `#private` access would throw.
  private readOnlyReasonValue: string | null;

  constructor(name: string = APP_DB_NAME, options: AppDBOptions = {}) {
    const readOnlyReason = options.readOnlyReason ?? null;
    super(name, {
      // Chrome defaults to "relaxed": acknowledged writes could be lost in a
      // power cut. Marks must survive one (SECURITY.md, Durability).
      chromeTransactionDurability: 'strict',
      // Dexie's live-query cache applies each write to every cached result
      // optimistically: a 1,000-row batch against a cached 10,000-row queue
      // took 6.6 s (bench:marking). Live queries re-read instead (~0.1 s).
      cache: 'disabled',
      ...(readOnlyReason === null
        ? {}
        : { indexedDB: factoryWithoutUpgrades(Dexie.dependencies.indexedDB) }),
    });
    this.readOnlyReasonValue = readOnlyReason;
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade !== undefined) declared.upgrade(upgrade);
    }
    this.use(this.readOnlyGuard());
  }

  /** Why this app may not write here, or null when it may. */
  get readOnlyReason(): string | null {
    return this.readOnlyReasonValue;
  }

  /** From now on every read-write transaction fails with `ReadOnlyDatabaseError`. */
  markReadOnly(reason: string): void {
    this.readOnlyReasonValue = reason;
  }

  /** Throws `ReadOnlyDatabaseError` when this app may not write here. */
  assertWritable(): void {
    if (this.readOnlyReasonValue !== null)
      throw new ReadOnlyDatabaseError(this.readOnlyReasonValue);
  }

  /** Refuses read-write transactions at the lowest layer, so no path around the repositories writes. */
  private readOnlyGuard(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'attestReadOnlyGuard',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          if (mode === 'readwrite') this.assertWritable();
          return down.transaction(stores, mode, options);
        },
      }),
    };
  }
}
