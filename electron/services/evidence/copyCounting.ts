import type { FileHandle } from 'node:fs/promises';
import { addAbortSignal } from 'node:stream';
import type { Readable } from 'node:stream';
import { ServiceError } from '../ServiceError';
import type { HashingCounter } from './sha256';

/**
 * The bytes `[0, size)` of a file the caller opened (and checked): read
 * straight into a reused buffer, with no stream in between. Bytes past
 * `size` are never read; a file that ends early gives fewer bytes.
 */
export interface FileSlice {
  readonly handle: FileHandle;
  readonly size: number;
}

/** What the store stages: a stream (zip entries, tests) or a plain file. */
export type StageSource = Readable | FileSlice;

/** Copy buffer size (1 MiB: fewer reads, writes and thread-pool hops per file than 256 KiB). */
export const COPY_BYTES = 1024 * 1024;

/** Reused copy buffers, one per concurrent copy (memory stays flat whatever the file sizes). */
const spare: Buffer[] = [];
const MAX_SPARE = 4;

function isFileSlice(source: StageSource): source is FileSlice {
  return 'handle' in source && 'size' in source;
}

/**
 * Copies `source` into `out` in one pass, every chunk counted and hashed by
 * `counter` before it is written. Stops on `signal` (also inside a stalled
 * stream). Always closes or destroys the source.
 */
export async function copyCounting(
  source: StageSource,
  out: FileHandle,
  counter: HashingCounter,
  signal?: AbortSignal,
): Promise<void> {
  if (isFileSlice(source)) {
    try {
      await copyFile(source, out, counter, signal);
    } finally {
      await source.handle.close();
    }
    return;
  }
  try {
    const stream = signal === undefined ? source : addAbortSignal(signal, source);
    for await (const chunk of stream) {
      if (!(chunk instanceof Uint8Array)) {
        throw new ServiceError('internal', 'Evidence streams must carry bytes.');
      }
      counter.add(chunk);
      await writeAll(out, chunk);
    }
  } finally {
    source.destroy();
  }
}

async function copyFile(
  { handle, size }: FileSlice,
  out: FileHandle,
  counter: HashingCounter,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (size === 0) return;
  const buffer = spare.pop() ?? Buffer.allocUnsafe(COPY_BYTES);
  try {
    for (let position = 0; position < size;) {
      signal?.throwIfAborted();
      const { bytesRead } = await handle.read(
        buffer,
        0,
        Math.min(buffer.byteLength, size - position),
        position,
      );
      if (bytesRead === 0) return;
      const chunk = buffer.subarray(0, bytesRead);
      counter.add(chunk);
      await writeAll(out, chunk);
      position += bytesRead;
    }
  } finally {
    if (spare.length < MAX_SPARE) spare.push(buffer);
  }
}

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let offset = 0; offset < chunk.byteLength;) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
    offset += bytesWritten;
  }
}

/** Releases a source that was never copied (staging failed before the copy). */
export async function releaseSource(source: StageSource): Promise<void> {
  if (isFileSlice(source)) await source.handle.close();
  else source.destroy();
}
