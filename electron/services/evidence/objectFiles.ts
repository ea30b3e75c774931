import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { link, lstat, open, readdir, rename } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

/** Read size for evidence streams (measured: 256 KiB beat 64 KiB and 1 MiB on throughput and RSS). */
export const CHUNK_BYTES = 256 * 1024;

const NO_FOLLOW = 'O_NOFOLLOW' in constants ? constants.O_NOFOLLOW : 0;
// Opening a FIFO swapped in for a file would block forever without it; no effect on regular files.
const NO_BLOCK = 'O_NONBLOCK' in constants ? constants.O_NONBLOCK : 0;

/** Errors of `link` that mean "this file system has no hard links" (FAT, exFAT, some shares). */
const NO_HARD_LINKS: ReadonlySet<string> = new Set([
  'EPERM',
  'ENOTSUP',
  'EOPNOTSUPP',
  'ENOSYS',
  'EXDEV',
  'EMLINK',
]);

/** Opens a file for reading without following a symbolic link in its last component (ELOOP). */
export function openNoFollow(path: string): Promise<FileHandle> {
  return open(path, constants.O_RDONLY | NO_FOLLOW | NO_BLOCK);
}

/** SHA-256 of an open file, streamed; the handle stays open. */
export async function hashHandle(handle: FileHandle): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of handle.createReadStream({
    autoClose: false,
    start: 0,
    highWaterMark: CHUNK_BYTES,
  })) {
    if (chunk instanceof Uint8Array) hash.update(chunk);
  }
  return hash.digest('hex');
}

/** Identifies one copy of an object on disk: replaced or rewritten files get a new key. */
export function copyKey(info: Stats): string {
  return `${info.size}:${info.mtimeMs}`;
}

/**
 * Puts a temp file at `target` unless `target` exists (`link` refuses then,
 * atomically). An existing copy that is not a plain file or that `intact`
 * rejects (wrong size, bytes no longer matching the name) is damaged and
 * atomically replaced by the temp's bytes (`rename`). The temp stays for the
 * caller.
 */
export async function placeObject(
  tempPath: string,
  target: string,
  intact: (existing: Stats) => Promise<boolean>,
): Promise<{ created: boolean; replaced: boolean }> {
  let created: boolean;
  try {
    await link(tempPath, target);
    created = true;
  } catch (error: unknown) {
    const code = errorCode(error);
    if (code === 'EEXIST') created = false;
    else if (code !== undefined && NO_HARD_LINKS.has(code)) {
      created = await renameIfAbsent(tempPath, target);
    } else throw error;
  }
  if (created) return { created, replaced: false };
  const existing = await lstat(target);
  if (existing.isFile() && (await intact(existing))) return { created, replaced: false };
  await rename(tempPath, target);
  return { created, replaced: true };
}

/** For file systems without hard links: rename unless the target exists (not atomic; documented). */
export async function renameIfAbsent(from: string, to: string): Promise<boolean> {
  try {
    await lstat(to);
    return false;
  } catch (error: unknown) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  await rename(from, to);
  return true;
}

export async function readdirOrEmpty(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error: unknown) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** The `code` of a Node system error ('ENOENT'), if there is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
