import { randomBytes } from 'node:crypto';
import { lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ServiceError } from '../ServiceError';

export interface WriteFileAtomicOptions {
  /**
   * Owner-only (0600) whatever the file was before: for app state that
   * nobody else should read. Without it an existing file keeps its mode and
   * a new one gets the usual 0666 minus the umask (0644 with umask 022).
   */
  readonly private?: boolean;
}

/**
 * Writes a whole file so that a crash leaves either the old file or the new
 * one, never a torn one: temp file beside the target, fsync, rename, fsync of
 * the folder (SECURITY.md: 26 of 60 files torn by kill -9 without this).
 *
 * A rename replaces whatever is at the path, so two things are carried over
 * on purpose. The mode of an existing file (a report the user made
 * group-readable stays so). And a symbolic link: the bytes go to the file
 * the link points to (temp file beside that file, so the rename stays in one
 * folder and atomic), as editors do, instead of replacing the link with a
 * plain file and silently leaving the real file stale. A link that points
 * nowhere is refused: writing through it would create a file wherever it
 * points, and replacing it would destroy the link.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const path = await resolveLinks(target);
  const mode = options.private === true ? 0o600 : await existingMode(path);
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temp, 'wx', mode ?? 0o666);
  try {
    // `open` applies the umask; an explicit mode (kept or private) must be exact.
    if (mode !== null) await file.chmod(mode);
    await file.writeFile(data);
    await file.sync();
  } catch (error: unknown) {
    await file.close();
    await rm(temp, { force: true });
    throw error;
  }
  await file.close();
  try {
    await rename(temp, path);
  } catch (error: unknown) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** The path itself, or the file a symbolic link at it (through any chain of links) points to. */
async function resolveLinks(target: string): Promise<string> {
  try {
    if (!(await lstat(target)).isSymbolicLink()) return target;
  } catch (error: unknown) {
    if (codeOf(error) === 'ENOENT') return target;
    throw error;
  }
  try {
    return await realpath(target);
  } catch (error: unknown) {
    if (codeOf(error) !== 'ENOENT' && codeOf(error) !== 'ELOOP') throw error;
    throw new ServiceError(
      'invalid-request',
      `${basename(target)} is a link to a file that does not exist; Attest will not write through it. Choose another name.`,
    );
  }
}

/** Permission bits of the file at `path` (no set-id bits), or null when there is none. */
async function existingMode(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch (error: unknown) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Makes a rename durable. Some platforms cannot open a folder for fsync; they journal renames. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch {
    // Windows refuses fsync on a directory handle; NTFS journals the rename.
  } finally {
    await handle.close();
  }
}
