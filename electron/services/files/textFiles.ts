import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { TEXT_FILE_MAX_CHARS } from '../../../shared/ipc/schemas';
import { ServiceError } from '../ServiceError';
import { writeFileAtomic } from '../fs/writeFileAtomic';

/** Reads a chosen text file as strict UTF-8 (a BOM is dropped), refusing binaries and oversized files. */
export async function readTextFile(path: string): Promise<{ name: string; text: string }> {
  const name = basename(path);
  const info = await stat(path);
  if (info.size > TEXT_FILE_MAX_CHARS) {
    throw new ServiceError(
      'invalid-request',
      `${name} is too large to read (${info.size} bytes; at most 20 MiB).`,
    );
  }
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ServiceError('invalid-request', `${name} is not a UTF-8 text file.`);
  }
  return { name, text };
}

/** Writes a text file the user chose in a save dialog, atomically. */
export async function writeTextFile(
  path: string,
  text: string,
): Promise<{ name: string; bytes: number }> {
  const bytes = Buffer.from(text, 'utf8');
  await writeFileAtomic(path, bytes);
  return { name: basename(path), bytes: bytes.length };
}
