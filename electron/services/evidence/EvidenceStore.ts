import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rm, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { ServiceError } from '../ServiceError';
import { syncFolder } from '../fs/writeFileAtomic';
import { SNIFF_BYTES, sniffMediaType, sniffMediaTypeOfBytes } from './mediaType';
import { copyCounting, releaseSource } from './copyCounting';
import type { StageSource } from './copyCounting';
import { errorCode, placeObject, readdirOrEmpty } from './objectFiles';
import { HashingCounter, assertSha256, isSha256 } from './sha256';
import { VerifiedReads, missingEvidence } from './verifiedReads';
import type { ByteRange, EvidenceRead, VerifyResult } from './verifiedReads';

import type { PutOptions, PutResult, StageOptions, StagedObject } from './storeTypes';

export type { ByteRange, EvidenceRead, VerifyResult } from './verifiedReads';
export type { PutOptions, PutResult, StageOptions, StagedObject } from './storeTypes';
export type { FileSlice, StageSource } from './copyCounting';

/**
 * Main's evidence store: content-addressed by SHA-256 under
 * `<workspace>/evidence/objects/<2 hex>/<64 hex>`. Bytes are copied and
 * hashed in one pass into `evidence/tmp` (constant memory, size limit
 * enforced while copying),
 * are fsynced, then linked into place (`link` fails if the object exists, so
 * two writers of the same bytes cannot both claim to have created it), and
 * the folder is fsynced. Reads are verified: a file whose bytes no longer
 * match its name is reported, never served as valid.
 */
export class EvidenceStore {
  readonly root: string;
  private readonly objects: string;
  private readonly tmp: string;
  private readonly reads = new VerifiedReads((sha256) => this.objectPath(sha256));
  private readonly activeTemps = new Set<string>();
  private lock: Promise<unknown> = Promise.resolve();
  private tmpReady: Promise<unknown> | null = null;
  /** Shard folders known to exist (saves a mkdir per object). */
  private readonly shards = new Set<string>();
  /** Temp files whose fsync was deferred to `syncStaged`. */
  private readonly unsynced = new Map<string, FileHandle>();

  constructor(workspace: string) {
    this.root = join(workspace, 'evidence');
    this.objects = join(this.root, 'objects');
    this.tmp = join(this.root, 'tmp');
  }

  objectPath(sha256: string): string {
    assertSha256(sha256);
    return join(this.objects, sha256.slice(0, 2), sha256);
  }

  /** Runs `work` alone among other exclusive sections (object creation and deletion decisions). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lock.then(work, work);
    this.lock = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /**
   * Copies bytes into a temp file in one pass (hashing, counting, enforcing
   * `maxBytes`) and fsyncs it, or, with `deferSync`, leaves the fsync to
   * `syncStaged` (many small files then share one journal commit of the file
   * system). The source is closed either way.
   */
  async stage(source: StageSource, options: StageOptions = {}): Promise<StagedObject> {
    const tempPath = join(this.tmp, randomBytes(16).toString('hex'));
    const counter = new HashingCounter({ ...options, keepHead: SNIFF_BYTES });
    const sync = options.deferSync !== true;
    try {
      // A failure (disk full, permissions) must not be remembered: the next intake tries again.
      this.tmpReady ??= mkdir(this.tmp, { recursive: true }).catch((error: unknown) => {
        this.tmpReady = null;
        throw error;
      });
      await this.tmpReady;
      this.activeTemps.add(tempPath);
      const handle = await open(tempPath, 'wx', 0o600);
      try {
        await copyCounting(source, handle, counter, options.signal);
        if (sync) await handle.sync();
      } catch (error: unknown) {
        await handle.close();
        throw error;
      }
      // A deferred fsync keeps the file open for `syncStaged` (saves reopening it).
      if (sync) await handle.close();
      else this.unsynced.set(tempPath, handle);
      const mediaType = await sniffMediaTypeOfBytes(counter.head(), options.fileName);
      return { sha256: counter.sha256(), size: counter.bytes, tempPath, mediaType };
    } catch (error: unknown) {
      if (errorCode(error) === 'ENOENT') this.tmpReady = null;
      await releaseSource(source);
      await this.discard({ sha256: '', size: 0, tempPath, mediaType: '' });
      if (options.signal?.aborted === true) throw new ServiceError('cancelled', 'Cancelled.');
      throw error;
    }
  }

  /** Fsyncs staged temp files that deferred it, in parallel. */
  async syncStaged(staged: readonly StagedObject[]): Promise<void> {
    await Promise.all(
      staged.map(async ({ tempPath }) => {
        const handle = this.unsynced.get(tempPath);
        if (handle === undefined) return;
        this.unsynced.delete(tempPath);
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
      }),
    );
  }

  /**
   * Moves staged objects into place (fsyncing any that deferred it first);
   * `created` is false, in order, for bytes the store already held. Links run
   * in parallel (copies of one object in order); new shard folders are made
   * together with one fsync of their parent, and each folder touched is
   * fsynced once, before this resolves. Call it inside `exclusive`.
   */
  async commit(staged: readonly StagedObject[]): Promise<boolean[]> {
    try {
      await this.syncStaged(staged);
      const targets = staged.map((object) => this.objectPath(object.sha256));
      const folders = new Set(targets.map((target) => dirname(target)));
      await this.makeShards(folders);
      const previous = new Map<string, Promise<unknown>>();
      const placing = staged.map((object, index) => {
        const target = targets[index] ?? this.objectPath(object.sha256);
        const place = (): Promise<boolean> => this.place(object, target);
        // A second copy of the same bytes in one batch waits for the first (then it is not created).
        const before = previous.get(object.sha256);
        const placed = before === undefined ? place() : before.then(place, place);
        previous.set(object.sha256, placed);
        return placed;
      });
      // Every link settles before the temps are deleted (`finally`), even when one fails.
      const settled = await Promise.allSettled(placing);
      const created = settled.map((result) => {
        if (result.status === 'rejected') throw result.reason;
        return result.value;
      });
      await Promise.all([...folders].map((folder) => syncFolder(folder)));
      return created;
    } finally {
      await Promise.all(staged.map((object) => this.discard(object)));
    }
  }

  /** Deletes a staged temp file (after a failure, or when the object already existed). */
  async discard(staged: StagedObject): Promise<void> {
    const handle = this.unsynced.get(staged.tempPath);
    this.unsynced.delete(staged.tempPath);
    await handle?.close();
    // One unlink (`rm` would lstat first): a plain temp file of ours, or nothing.
    await unlink(staged.tempPath).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
    this.activeTemps.delete(staged.tempPath);
  }

  /** stage + commit: the whole write, for callers that need no journal between the two. */
  async put(source: StageSource, options: PutOptions = {}): Promise<PutResult> {
    const staged = await this.stage(source, options);
    try {
      const [created = false] = await this.exclusive(() => this.commit([staged]));
      return { sha256: staged.sha256, size: staged.size, created };
    } catch (error: unknown) {
      await this.discard(staged);
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== null;
  }

  async stat(sha256: string): Promise<{ size: number; mtimeMs: number } | null> {
    try {
      const info = await lstat(this.objectPath(sha256));
      return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : null;
    } catch (error: unknown) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  verify(sha256: string): Promise<VerifyResult> {
    return this.reads.verify(sha256);
  }

  /** For the evidence protocol: see `VerifiedReads` for how full and range reads are verified. */
  openRead(sha256: string, range?: ByteRange): Promise<EvidenceRead> {
    return this.reads.openRead(sha256, range);
  }

  /** The sniffed media type; `nameOrExtension` only helps when the bytes say nothing. */
  async mediaTypeOf(sha256: string, nameOrExtension?: string): Promise<string> {
    if (!(await this.has(sha256))) throw missingEvidence(sha256);
    return sniffMediaType(this.objectPath(sha256), nameOrExtension);
  }

  /** Deletes an object; true if it was there. Callers decide (journal, references) under `exclusive`. */
  async remove(sha256: string): Promise<boolean> {
    const target = this.objectPath(sha256);
    this.reads.forget(sha256);
    const existed = (await this.stat(sha256)) !== null;
    await rm(target, { force: true });
    if (existed) await syncFolder(dirname(target));
    return existed;
  }

  /** Every object name in the store. */
  async list(): Promise<string[]> {
    const found: string[] = [];
    for (const shard of await readdirOrEmpty(this.objects)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      const names = await readdirOrEmpty(join(this.objects, shard));
      found.push(...names.filter((name) => isSha256(name) && name.startsWith(shard)));
    }
    return found.sort();
  }

  /** Deletes temp files left by a crash (temps of writes running in this process are kept). */
  async sweepTemp(): Promise<number> {
    let removed = 0;
    for (const name of await readdirOrEmpty(this.tmp)) {
      const path = join(this.tmp, name);
      if (this.activeTemps.has(path)) continue;
      await rm(path, { force: true, recursive: true });
      removed += 1;
    }
    return removed;
  }

  /** Makes shard folders not known to exist, then fsyncs their parent once (not once per shard). */
  private async makeShards(folders: ReadonlySet<string>): Promise<void> {
    const unknown = [...folders].filter((folder) => !this.shards.has(folder));
    if (unknown.length === 0) return;
    // `mkdir` returns the first folder it made: deeper than `objects` means only a shard was new.
    const made = await Promise.all(unknown.map((folder) => mkdir(folder, { recursive: true })));
    const firstMade = made.filter((path) => path !== undefined);
    if (firstMade.length > 0) {
      if (firstMade.some((path) => !path.startsWith(`${this.objects}${sep}`))) {
        await syncFolder(this.root);
      }
      await syncFolder(this.objects);
    }
    unknown.forEach((folder) => this.shards.add(folder));
  }

  /** Links one object into place; true if this call created it. */
  private async place(object: StagedObject, target: string): Promise<boolean> {
    const { sha256, size, tempPath } = object;
    // Same size is not enough (bit rot keeps the size): the existing copy is re-hashed.
    const intact = async (existing: Stats): Promise<boolean> =>
      existing.size === size && (await this.reads.verify(sha256)) === 'ok';
    let placed;
    try {
      placed = await placeObject(tempPath, target, intact);
    } catch (error: unknown) {
      // The shard folder went away since it was cached: make it again, once.
      const folder = dirname(target);
      if (
        errorCode(error) !== 'ENOENT' ||
        (await mkdir(folder, { recursive: true })) === undefined
      ) {
        throw error;
      }
      await syncFolder(dirname(folder));
      placed = await placeObject(tempPath, target, intact);
    }
    if (placed.replaced) this.reads.forget(sha256);
    return placed.created;
  }
}
