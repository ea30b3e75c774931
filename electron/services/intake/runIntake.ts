import { ServiceError } from '../ServiceError';
import type { EvidenceStore, StagedObject } from '../evidence/EvidenceStore';
import type { JobHandle } from '../jobs/JobRegistry';
import { pathProblem, showableName } from './entryNames';
import type { IntakeRejection } from './entryNames';
import type { IntakeJournal } from './intakeJournal';
import { defaultIntakeLimits } from './IntakeSource';
import type { IntakeLimits, IntakeSource, IntakeSourceEntry } from './IntakeSource';
import { checkListingTotals, sizeProblem } from './listedFile';

export interface IntakeManifestEntry {
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
  readonly sha256: string;
  readonly mediaType: string;
  /** False when the store already held these bytes. */
  readonly created: boolean;
}

export interface IntakeManifest {
  readonly intakeId: string;
  readonly sourceName: string;
  readonly entries: readonly IntakeManifestEntry[];
  readonly totals: { readonly files: number; readonly bytes: number };
  readonly rejected: readonly IntakeRejection[];
}

export interface RunIntakeOptions {
  /** A source may list what it left out (`rejected`); those reasons reach the manifest. */
  readonly source: IntakeSource & { readonly rejected?: readonly IntakeRejection[] };
  readonly store: EvidenceStore;
  readonly journal: IntakeJournal;
  readonly intakeId: string;
  readonly limits?: IntakeLimits;
  readonly job: JobHandle;
  /** Files are journalled and linked in batches of this many files or bytes. */
  readonly batch?: { readonly files: number; readonly bytes: number };
  /** Files streamed at once (small files are latency-bound: open, fsync, link). */
  readonly concurrency?: number;
}

interface Staged {
  readonly index: number;
  readonly entry: IntakeSourceEntry;
  readonly object: StagedObject;
}

const defaultBatch = { files: 64, bytes: 64 * 1024 * 1024 };
const DEFAULT_CONCURRENCY = 4;

/**
 * Streams every entry of a source into the evidence store as one job: limits
 * re-checked, progress in bytes and files, cancellation between files and
 * inside streams. Write-ahead journalled (see intakeJournal.ts): on cancel or
 * error everything this intake created is deleted before the error is
 * rethrown. The caller owns the source (opens and closes it).
 */
export async function runIntake(options: RunIntakeOptions): Promise<IntakeManifest> {
  const { source, store, journal, intakeId, job } = options;
  const limits = options.limits ?? defaultIntakeLimits;
  const batchLimit = options.batch ?? defaultBatch;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const rejected: IntakeRejection[] = [...(source.rejected ?? [])];
  const accepted: IntakeSourceEntry[] = [];
  for (const entry of source.entries) {
    const problem = entryProblem(entry, limits);
    if (problem === null) accepted.push(entry);
    else rejected.push({ path: showableName(entry.path), reason: problem });
  }
  const bytesTotal = accepted.reduce((sum, entry) => sum + entry.size, 0);
  checkListingTotals(source.name, source.entries.length, bytesTotal, limits);
  job.throwIfCancelled();

  await journal.beginIntake(intakeId);
  let bytesDone = 0;
  let filesDone = 0;
  const report = (): void => {
    job.report(bytesDone, bytesTotal, `${filesDone} of ${accepted.length} files`);
  };
  // A failing file stops the other workers' streams too.
  const stop = new AbortController();
  const signal = AbortSignal.any([job.signal, stop.signal]);
  const failures: unknown[] = [];
  const fail = (error: unknown): void => {
    failures.push(error);
    stop.abort();
  };
  const pending = new Set<StagedObject>();
  const done = new Map<number, IntakeManifestEntry>();
  let batch: Staged[] = [];
  let batchBytes = 0;
  // Batches commit one after another in the background while the workers stage the
  // next one; this chain never rejects (a failure is recorded and stops the workers).
  let committing: Promise<void> = Promise.resolve();
  const queueCommit = (): Promise<void> => {
    const taken = batch;
    const previous = committing;
    batch = [];
    batchBytes = 0;
    committing = previous.then(async () => {
      if (failures.length > 0 || taken.length === 0) return;
      try {
        for (const { index, entry, object, created } of await commitBatch(
          store,
          journal,
          intakeId,
          taken,
          pending,
        )) {
          done.set(index, manifestEntry(entry, object, created));
        }
      } catch (error: unknown) {
        fail(error);
      }
    });
    // At most one batch commits while one fills: staged files wait with open handles.
    return previous;
  };
  // Largest first: a big file started last would run alone at the end while the other
  // workers sit idle. The manifest keeps the source's order (by index).
  const queue = [...accepted.entries()].sort(([, a], [, b]) => b.size - a.size).values();
  const worker = async (): Promise<void> => {
    for (const [index, entry] of queue) {
      job.throwIfCancelled();
      if (signal.aborted) return;
      const object = await store.stage(await (entry.openFile?.() ?? entry.open()), {
        maxBytes: entry.size,
        signal,
        label: entry.path,
        fileName: fileNameOf(entry.path),
        deferSync: true,
        onBytes: (bytes) => {
          bytesDone += bytes;
          report();
        },
      });
      pending.add(object);
      if (object.size !== entry.size) {
        throw new ServiceError(
          'io',
          `${entry.path} ended after ${object.size} of ${entry.size} bytes; it changed while being read.`,
        );
      }
      filesDone += 1;
      batch.push({ index, entry, object });
      batchBytes += object.size;
      if (batch.length >= batchLimit.files || batchBytes >= batchLimit.bytes) await queueCommit();
    }
  };
  const workers = Array.from({ length: Math.min(concurrency, accepted.length) }, () =>
    worker().catch(fail),
  );
  try {
    report();
    await Promise.all(workers);
    if (failures.length === 0) await queueCommit();
    await committing;
    if (failures.length > 0) throw failures[0];
    job.throwIfCancelled();
    report();
    journal.finishIntake(intakeId);
  } catch (error: unknown) {
    // Every worker and commit has settled: no temp file can appear after this cleanup.
    await committing;
    await Promise.all([...pending].map((object) => store.discard(object)));
    // No longer running, whatever happens next: a failed abort must not leave the
    // intake looking active (recovery and discard skip running intakes).
    journal.finishIntake(intakeId);
    // If even this fails, the journal stays and the next start's recovery discards the intake.
    await journal.abortIntake(intakeId).catch(() => undefined);
    if (job.signal.aborted) throw new ServiceError('cancelled', 'The intake was cancelled.');
    throw error;
  }
  return {
    intakeId,
    sourceName: source.name,
    entries: accepted.flatMap((_entry, index) => done.get(index) ?? []),
    totals: { files: done.size, bytes: bytesTotal },
    rejected,
  };
}

/**
 * Fsyncs the batch's temp files together, then, alone: journal what is new
 * (write-ahead, one append + fsync per batch), then link, then fsync the
 * folders: a file is in the manifest only once its bytes and its directory
 * entry are durable. Objects already in the store are never journalled.
 */
async function commitBatch(
  store: EvidenceStore,
  journal: IntakeJournal,
  intakeId: string,
  batch: readonly Staged[],
  pending: Set<StagedObject>,
): Promise<(Staged & { created: boolean })[]> {
  const objects = batch.map((staged) => staged.object);
  await store.syncStaged(objects);
  const created = await store.exclusive(async () => {
    for (const { sha256 } of objects) journal.hold(intakeId, sha256);
    const present = await Promise.all(objects.map(({ sha256 }) => store.has(sha256)));
    const fresh = new Set(objects.filter((_object, i) => present[i] !== true).map((o) => o.sha256));
    await journal.recordCreated(intakeId, [...fresh]);
    try {
      return await store.commit(objects);
    } finally {
      for (const object of objects) pending.delete(object);
    }
  });
  return batch.map((staged, index) => ({ ...staged, created: created[index] ?? false }));
}

function entryProblem(entry: IntakeSourceEntry, limits: IntakeLimits): string | null {
  if (!Number.isSafeInteger(entry.size) || entry.size < 0) return 'the size is not valid';
  return pathProblem(entry.path, limits) ?? sizeProblem(entry.size, limits);
}

function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function manifestEntry(
  entry: IntakeSourceEntry,
  object: StagedObject,
  created: boolean,
): IntakeManifestEntry {
  const { sha256, size, mediaType } = object;
  return { path: entry.path, fileName: fileNameOf(entry.path), size, sha256, mediaType, created };
}
