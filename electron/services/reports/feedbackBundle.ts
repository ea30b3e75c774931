/**
 * A cohort's feedback: one .docx per learner in one zip (yazl), streamed to a
 * temp file beside the target, fsynced, then renamed over it and the folder
 * fsynced — the `writeFileAtomic` recipe for a file built as a stream. A crash or a
 * cancel leaves the old target (or none), never a torn zip.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { ServiceError } from '../ServiceError';
import { syncFolder } from '../fs/writeFileAtomic';
import type { FeedbackInput } from './feedbackContent';
import { buildFeedbackDocx } from './feedbackDocument';
import { uniqueFeedbackFileNames } from './feedbackFileName';

export interface CohortFeedbackOptions {
  readonly signal?: AbortSignal;
  /** Called after each document is added; matches `JobHandle.report`. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface CohortFeedbackResult {
  /** The entry names in the zip, in the order of `items`. */
  readonly fileNames: readonly string[];
}

type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

function cancelled(): ServiceError {
  return new ServiceError('cancelled', 'Cancelled.');
}

/** Builds each document and adds it to `zip`; ends the zip when every one is in. */
async function fillZip(
  zip: ZipFile,
  items: readonly FeedbackInput[],
  names: readonly string[],
  options: CohortFeedbackOptions,
  failed: () => boolean,
): Promise<void> {
  const mtime = new Date();
  for (const [index, item] of items.entries()) {
    if (isAborted(options.signal)) throw cancelled();
    if (failed()) return;
    const bytes = await buildFeedbackDocx(item);
    const name = names[index] ?? `${String(index + 1)}.docx`;
    zip.addBuffer(bytes, name, { mtime, compress: true });
    options.onProgress?.(index + 1, items.length);
  }
  if (isAborted(options.signal)) throw cancelled();
  zip.end();
}

/**
 * Writes `targetPath` as a zip of one feedback document per item. Throws
 * `ServiceError('cancelled')` when `signal` aborts; nothing is left behind.
 */
export async function writeCohortFeedbackZip(
  items: readonly FeedbackInput[],
  targetPath: string,
  options: CohortFeedbackOptions = {},
): Promise<CohortFeedbackResult> {
  if (isAborted(options.signal)) throw cancelled();
  const fileNames = uniqueFeedbackFileNames(items);
  const folder = dirname(targetPath);
  const temp = join(folder, `.${basename(targetPath)}.${randomBytes(6).toString('hex')}.tmp`);
  const zip = new ZipFile();
  // `flush` fsyncs the temp file before the stream closes it; pipeline settles after that close.
  const sink = createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true });
  let outcome: Outcome | null = null;
  const written = pipeline(zip.outputStream, sink).then(
    (): Outcome => (outcome = { ok: true }),
    (error: unknown): Outcome => (outcome = { ok: false, error }),
  );
  const output = zip.outputStream;
  const abandon = (error: Error): void => {
    if (output instanceof Readable) output.destroy(error);
  };
  const stop = (): void => {
    abandon(cancelled());
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  let committed = false;
  try {
    try {
      await fillZip(zip, items, fileNames, options, () => outcome !== null);
    } catch (error: unknown) {
      abandon(error instanceof Error ? error : new Error(String(error)));
      await written;
      throw error;
    }
    const result = await written;
    if (!result.ok) throw isAborted(options.signal) ? cancelled() : result.error;
    await rename(temp, targetPath);
    committed = true;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    if (!committed) {
      // A stream destroyed while still opening creates the file after: wait for its close.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await rm(temp, { force: true });
    }
  }
  await syncFolder(folder);
  return { fileNames };
}
