import { createWriteStream } from 'node:fs';
import { ZipFile } from 'yazl';

/** A normal zip entry, written by yazl (which refuses unsafe names: use `buildRawZip` for those). */
export interface YazlEntry {
  readonly name: string;
  /** Omit for a directory entry (`name` ends with '/'). */
  readonly data?: Buffer | string;
  readonly compress?: boolean;
}

/** Writes a zip with yazl to `path`. */
export function writeYazlZip(path: string, entries: readonly YazlEntry[]): Promise<void> {
  const zip = new ZipFile();
  for (const entry of entries) {
    if (entry.data === undefined) zip.addEmptyDirectory(entry.name.replace(/\/$/, ''));
    else {
      const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : entry.data;
      zip.addBuffer(data, entry.name, { compress: entry.compress ?? true });
    }
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('close', () => {
      resolve();
    });
    out.on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
}
