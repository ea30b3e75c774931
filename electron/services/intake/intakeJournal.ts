/**
 * Crash consistency between main (evidence files) and the renderer (Dexie
 * records). The journal `<workspace>/evidence/journal/<intakeId>.jsonl`
 * lists the objects an intake CREATED, written ahead of their creation, so a
 * crash at any point leaves nothing that recovery cannot find.
 *
 * Protocol
 * 1. `runIntake` calls `beginIntake(id)`: the journal exists (fsynced) before
 *    anything is stored.
 * 2. For each batch of staged files whose bytes the store does not hold yet,
 *    `recordCreated(id, shas)` appends one line and fsyncs it, and only then
 *    are the objects linked into the store. Objects that already existed are
 *    never recorded, so a discard never deletes them.
 * 3. On success `runIntake` calls `finishIntake(id)` and returns the
 *    manifest; on cancel or error it calls `abortIntake(id)` (deletes what it
 *    created) and rethrows.
 * 4. The renderer writes its records (each carrying `intakeId`) in one Dexie
 *    transaction (`durability: 'strict'`), then calls `commitIntake(id)`: the
 *    journal is deleted and the records own the objects. If its transaction
 *    fails or the import is abandoned, it calls
 *    `discardIntake(id, stillReferenced)`.
 * 5. At start, before any new intake: `store.sweepTemp()`, then for each of
 *    `pendingIntakes()`: records with that intakeId in Dexie → `commitIntake`;
 *    none → `discardIntake(id, sha => Dexie still references sha)`.
 *    `beginIntake` refuses (code `conflict`) while a journal of an earlier
 *    run is left. Why refuse rather than keep more in memory: the renderer
 *    decides what such a discard keeps from one snapshot of Dexie taken
 *    before it calls main, and this process never saw that intake's objects
 *    (`retained` and `held` only know intakes of this process). A new intake
 *    that found one of those objects already stored (so did not journal it)
 *    and committed its records after the snapshot would lose its bytes to the
 *    discard. With no new intake until the earlier run is settled, nothing
 *    can commit after the snapshot, and `retained` may safely be cleared
 *    whenever no intake of this process is active.
 *
 * Appending (one line per batch, fsynced) instead of rewriting the whole
 * journal keeps an intake of 20,000 files linear; a line torn by a crash
 * is skipped, and its objects were never linked (the link waits for fsync).
 * Discards run under `store.exclusive` and keep objects that another intake
 * of this process is using or has just committed, or that another journal
 * lists.
 */
import { constants } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ServiceError } from '../ServiceError';
import type { EvidenceStore } from '../evidence/EvidenceStore';
import { errorCode, readdirOrEmpty } from '../evidence/objectFiles';
import { assertSha256, isSha256 } from '../evidence/sha256';
import { syncFolder } from '../fs/writeFileAtomic';

export interface PendingIntake {
  readonly intakeId: string;
  /** ISO time the intake began. */
  readonly startedAt: string;
  /** Objects the intake created (the only ones a discard may delete). */
  readonly created: readonly string[];
}
export type StillReferenced = (sha256: string) => boolean | Promise<boolean>;
export interface DiscardResult {
  readonly removed: number;
  readonly kept: number;
}

const INTAKE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const header = z.object({ intakeId: z.string(), startedAt: z.string() });
const line = z.object({ created: z.array(z.string()) });

interface ActiveIntake {
  running: boolean;
  readonly created: Set<string>;
  /** Every object the intake's manifest names, created or found. */
  readonly held: Set<string>;
}

export class IntakeJournal {
  private readonly folder: string;
  private readonly active = new Map<string, ActiveIntake>();
  /** Objects named by intakes committed while other intakes were still active. */
  private readonly retained = new Set<string>();

  constructor(private readonly store: EvidenceStore) {
    this.folder = join(store.root, 'journal');
  }

  async beginIntake(intakeId: string, now: Date = new Date()): Promise<void> {
    const file = this.fileOf(intakeId);
    await mkdir(this.folder, { recursive: true });
    const left = await this.leftByEarlierRun();
    if (left.length > 0) {
      throw new ServiceError(
        'conflict',
        `An earlier import was interrupted and has not been recovered yet (${left.length} left). Attest recovers it when the workspace opens; try again in a moment, or restart Attest.`,
      );
    }
    let handle;
    try {
      handle = await open(file, 'wx', 0o600);
    } catch (error: unknown) {
      if (errorCode(error) !== 'EEXIST') throw error;
      throw new ServiceError('conflict', `An intake with id ${intakeId} already exists.`);
    }
    try {
      await handle.writeFile(`${JSON.stringify({ intakeId, startedAt: now.toISOString() })}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await syncFolder(this.folder);
    this.active.set(intakeId, { running: true, created: new Set(), held: new Set() });
  }

  /** Marks an object the running intake uses, so a concurrent discard keeps it. */
  hold(intakeId: string, sha256: string): void {
    this.activeIntake(intakeId).held.add(sha256);
  }

  /** Write-ahead: durable once this resolves; link the objects only afterwards. */
  async recordCreated(intakeId: string, shas: string | readonly string[]): Promise<void> {
    const list = typeof shas === 'string' ? [shas] : [...shas];
    list.forEach(assertSha256);
    const state = this.activeIntake(intakeId);
    if (list.length === 0) return;
    for (const sha of list) {
      state.created.add(sha);
      state.held.add(sha);
    }
    const handle = await open(this.fileOf(intakeId), constants.O_WRONLY | constants.O_APPEND);
    try {
      await handle.write(`${JSON.stringify({ created: list })}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** The intake ended well: its manifest is with the renderer, which commits or discards. */
  finishIntake(intakeId: string): void {
    this.activeIntake(intakeId).running = false;
  }

  /** Journals left by earlier runs, or finished here but not yet committed. Running intakes are not listed. */
  async pendingIntakes(): Promise<PendingIntake[]> {
    const found: PendingIntake[] = [];
    for (const name of await readdirOrEmpty(this.folder)) {
      const intakeId = intakeIdOf(name);
      if (intakeId === null || this.active.get(intakeId)?.running === true) continue;
      const pending = await this.read(intakeId);
      if (pending !== null) found.push(pending);
    }
    return found.sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
  }

  /** The renderer's records now own the objects: forget the journal. */
  async commitIntake(intakeId: string): Promise<void> {
    const state = this.active.get(intakeId);
    if (state?.running === true) {
      throw new ServiceError('conflict', `Intake ${intakeId} is still running.`);
    }
    await rm(this.fileOf(intakeId), { force: true });
    await syncFolder(this.folder);
    this.active.delete(intakeId);
    if (state !== undefined && this.active.size > 0)
      state.held.forEach((sha) => this.retained.add(sha));
    if (this.active.size === 0) this.retained.clear();
  }

  /** Deletes the objects the intake created that nothing references, then the journal. */
  discardIntake(intakeId: string, stillReferenced: StillReferenced): Promise<DiscardResult> {
    if (this.active.get(intakeId)?.running === true) {
      return Promise.reject(
        new ServiceError('conflict', `Intake ${intakeId} is still running; cancel it instead.`),
      );
    }
    return this.discard(intakeId, stillReferenced);
  }

  /** For `runIntake` on cancel or error: nothing outside this process saw its objects yet. */
  abortIntake(intakeId: string): Promise<DiscardResult> {
    return this.discard(intakeId, () => false);
  }

  private discard(intakeId: string, stillReferenced: StillReferenced): Promise<DiscardResult> {
    const file = this.fileOf(intakeId);
    return this.store.exclusive(async () => {
      const created = new Set([
        ...((await this.read(intakeId))?.created ?? []),
        ...(this.active.get(intakeId)?.created ?? []),
      ]);
      const kept = await this.protectedFrom(intakeId);
      let removed = 0;
      let stayed = 0;
      for (const sha of created) {
        if (kept.has(sha) || (await stillReferenced(sha))) stayed += 1;
        else if (await this.store.remove(sha)) removed += 1;
      }
      // Objects first, journal last: a crash in between only repeats this next time.
      await rm(file, { force: true });
      await syncFolder(this.folder);
      this.active.delete(intakeId);
      if (this.active.size === 0) this.retained.clear();
      return { removed, kept: stayed };
    });
  }

  /** Ids of journals on disk that no intake of this process owns: left by an earlier run. */
  private async leftByEarlierRun(): Promise<string[]> {
    return (await readdirOrEmpty(this.folder)).flatMap((name) => {
      const intakeId = intakeIdOf(name);
      return intakeId !== null && !this.active.has(intakeId) ? [intakeId] : [];
    });
  }

  private async protectedFrom(intakeId: string): Promise<Set<string>> {
    const kept = new Set(this.retained);
    for (const [id, state] of this.active) {
      if (id !== intakeId) state.held.forEach((sha) => kept.add(sha));
    }
    for (const other of await this.pendingIntakes()) {
      if (other.intakeId !== intakeId) other.created.forEach((sha) => kept.add(sha));
    }
    return kept;
  }

  private async read(intakeId: string): Promise<PendingIntake | null> {
    const file = this.fileOf(intakeId);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error: unknown) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    const [first = '', ...rest] = text.split('\n');
    const head = header.safeParse(parseJson(first));
    const startedAt = head.success ? head.data.startedAt : (await stat(file)).mtime.toISOString();
    const created = new Set<string>();
    for (const entry of rest) {
      const parsed = line.safeParse(parseJson(entry));
      // A line torn by a crash is skipped: its objects were never linked.
      if (parsed.success) parsed.data.created.filter(isSha256).forEach((sha) => created.add(sha));
    }
    return { intakeId, startedAt, created: [...created] };
  }

  private activeIntake(intakeId: string): ActiveIntake {
    const state = this.active.get(intakeId);
    if (state === undefined) {
      throw new ServiceError('not-found', `No intake ${intakeId} is running in this process.`);
    }
    return state;
  }

  private fileOf(intakeId: string): string {
    if (!INTAKE_ID.test(intakeId)) {
      throw new ServiceError('invalid-request', 'An intake id is 1-64 letters, digits, - or _.');
    }
    return join(this.folder, `${intakeId}.jsonl`);
  }
}

/** The intake id of a journal file name, or null for anything else in the folder. */
function intakeIdOf(name: string): string | null {
  const intakeId = name.endsWith('.jsonl') ? name.slice(0, -'.jsonl'.length) : '';
  return INTAKE_ID.test(intakeId) ? intakeId : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
