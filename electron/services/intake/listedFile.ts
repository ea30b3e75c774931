import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { ServiceError } from '../ServiceError';
import { CHUNK_BYTES, errorCode, openNoFollow } from '../evidence/objectFiles';
import { formatBytes } from '../evidence/sha256';
import type { IntakeRejection } from './entryNames';
import type { IntakeLimits, IntakeSource, IntakeSourceEntry } from './IntakeSource';

/** A source that lists what it left out and why (folder and files sources; zip sources may too). */
export interface RejectingIntakeSource extends IntakeSource {
  readonly rejected: readonly IntakeRejection[];
}

/** Files operating systems drop into folders; never evidence. */
export const SYSTEM_FILES: ReadonlySet<string> = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** Why a plain file of this size cannot be imported, or null. */
export function sizeProblem(size: number, limits: IntakeLimits): string | null {
  return size > limits.maxFileBytes
    ? `the file is ${formatBytes(size)}, larger than the ${formatBytes(limits.maxFileBytes)} limit`
    : null;
}

/** Refuses a listing over the entry or total limits before anything is stored. */
export function checkListingTotals(
  sourceName: string,
  count: number,
  totalBytes: number,
  limits: IntakeLimits,
): void {
  if (count > limits.maxEntries) {
    throw new ServiceError(
      'invalid-request',
      `${sourceName} holds more than ${limits.maxEntries} files; import it in smaller parts.`,
    );
  }
  if (totalBytes > limits.maxTotalBytes) {
    throw new ServiceError(
      'invalid-request',
      `${sourceName} holds ${formatBytes(totalBytes)}, more than the ${formatBytes(limits.maxTotalBytes)} one import may hold.`,
    );
  }
}

/** An entry for a plain file found on disk, opened without following links when read. */
export function listedFile(absolutePath: string, path: string, size: number): IntakeSourceEntry {
  return {
    path,
    size,
    open: () => openListedFile(absolutePath, path, size),
    openFile: async () => ({ handle: await openChecked(absolutePath, path, size), size }),
  };
}

async function openListedFile(absolutePath: string, path: string, size: number): Promise<Readable> {
  const handle = await openChecked(absolutePath, path, size);
  if (size === 0) {
    await handle.close();
    return Readable.from([]);
  }
  // Reading exactly the declared size: no 1 MiB buffer per small file, no read at EOF.
  // (Bytes appended after the stat are not read; the object is then that prefix.)
  return handle.createReadStream({ start: 0, end: size - 1, highWaterMark: CHUNK_BYTES });
}

/** Opens without following a link and checks it is still the plain file of `size` bytes that was listed. */
async function openChecked(absolutePath: string, path: string, size: number): Promise<FileHandle> {
  let handle;
  try {
    handle = await openNoFollow(absolutePath);
  } catch (error: unknown) {
    const code = errorCode(error);
    if (code === 'ELOOP') {
      throw new ServiceError(
        'invalid-request',
        `${path} became a link; Attest does not follow links.`,
      );
    }
    if (code === 'ENOENT') throw new ServiceError('not-found', `${path} is no longer there.`);
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size !== size) {
      throw new ServiceError('io', `${path} changed after it was listed; import it again.`);
    }
  } catch (error: unknown) {
    await handle.close();
    throw error;
  }
  return handle;
}
