/**
 * A file Attest cannot show, handed to a program outside Attest at the
 * assessor's request (after a warning): never the store's own object, but a
 * read-only copy under a safe version of the name the assessor sees, written
 * through a verifying read so a file whose bytes no longer match its hash is
 * never opened. Copies live in `<workspace>/opened` and are cleared at start.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { safeFileName } from '../files/safeFileName';
import { ServiceError } from '../ServiceError';
import type { EvidenceStore } from './EvidenceStore';

export function openedFolder(workspace: string): string {
  return join(workspace, 'opened');
}

/** Removes the copies of an earlier run (a program may still show them; they are copies). */
export async function clearOpenedCopies(workspace: string): Promise<void> {
  await rm(openedFolder(workspace), { recursive: true, force: true });
}

/** Writes the verified copy and answers its path. */
export async function writeOpenedCopy(
  store: EvidenceStore,
  workspace: string,
  sha256: string,
  fileName: string,
): Promise<string> {
  const status = await store.verify(sha256);
  if (status !== 'ok') {
    throw new ServiceError(
      status === 'missing' ? 'not-found' : 'forbidden',
      status === 'missing'
        ? `${fileName} is not in the evidence store.`
        : `${fileName} no longer matches its checksum: it was changed on disk and is not opened.`,
    );
  }
  // One folder per object: two files of the same name never overwrite each other.
  const folder = join(openedFolder(workspace), sha256);
  await mkdir(folder, { recursive: true });
  const target = join(folder, safeFileName(fileName, 'evidence'));
  const temp = join(folder, `.${randomUUID()}.tmp`);
  try {
    const read = await store.openRead(sha256);
    // The verifying stream fails at its end if the bytes changed while copying.
    await pipeline(read.stream, createWriteStream(temp, { mode: 0o600 }));
    await chmod(temp, 0o400);
    await rm(target, { force: true });
    await rename(temp, target);
  } catch (error: unknown) {
    await rm(temp, { force: true });
    throw error;
  }
  return target;
}
