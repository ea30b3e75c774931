import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { openPromise } from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import type { IntakeLimits, IntakeSource, IntakeSourceEntry } from '../intake/IntakeSource';
import { defaultIntakeLimits } from '../intake/IntakeSource';
import { ServiceError } from '../ServiceError';
import type { ZipEntryInfo, ZipEntrySpan } from './checkZipEntries';
import { checkZipEntries, findOverlaps } from './checkZipEntries';
import { guardEntryStream } from './guardEntryStream';
import { displayEntryName } from './zipEntryName';
import { refuseEntries, refuseZip, ZipRefusedError } from './zipRefusal';

/** A zip intake source, plus what was left out on purpose (macOS/Windows leftovers). */
export interface ZipIntakeSource extends IntakeSource {
  readonly kind: 'zip';
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function infoOf(entry: Entry): ZipEntryInfo {
  return {
    // decodeStrings: false, so the name is the raw bytes; Attest decodes it itself.
    rawName: entry.fileNameRaw,
    flags: entry.generalPurposeBitFlag,
    versionMadeBy: entry.versionMadeBy,
    externalAttributes: entry.externalFileAttributes,
    compressionMethod: entry.compressionMethod,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
  };
}

/** Reads every central-directory record (without touching file data). */
async function readCentralDirectory(zip: ZipFile, zipName: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch (error) {
    throw refuseZip(zipName, 'unreadable', `it is damaged (${errorMessage(error)})`);
  }
  return entries;
}

/** Reads each local header to learn where each entry's data really starts, then checks overlaps. */
async function checkLayout(
  zip: ZipFile,
  entries: readonly Entry[],
  zipName: string,
  directoryStart: number,
): Promise<void> {
  const spans: ZipEntrySpan[] = [];
  for (const entry of entries) {
    const shown = displayEntryName(entry.fileNameRaw, entry.generalPurposeBitFlag);
    try {
      const header = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      spans.push({
        entry: shown,
        localHeaderOffset: entry.relativeOffsetOfLocalHeader,
        dataStart: header.fileDataStart,
        compressedSize: entry.compressedSize,
      });
    } catch (error) {
      throw refuseEntries(zipName, [
        { entry: shown, reason: 'unreadable', detail: `is damaged (${errorMessage(error)})` },
      ]);
    }
  }
  const problems = findOverlaps(spans, directoryStart);
  if (problems.length > 0) throw refuseEntries(zipName, problems);
}

/**
 * Opens an LMS "download all submissions" zip (or any zip of evidence) and
 * checks the WHOLE central directory before listing anything: a single bad
 * entry refuses the zip with a `ZipRefusedError` (a `ServiceError`) naming the
 * entry and the reason. Nothing is read from the entries until `open()`.
 */
export async function openZipSource(
  zipPath: string,
  limits: IntakeLimits = defaultIntakeLimits,
): Promise<ZipIntakeSource> {
  const zipName = basename(zipPath);
  let zip: ZipFile;
  try {
    zip = await openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      strictFileNames: true,
      validateEntrySizes: true,
      decodeStrings: false,
    });
  } catch (error) {
    throw refuseZip(
      zipName,
      'unreadable',
      `it is not a zip file Attest can read (${errorMessage(error)})`,
    );
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw refuseZip(
        zipName,
        'too-many-entries',
        `it has ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`,
      );
    }
    // Before any entry is read, yauzl's cursor sits at the start of the central directory
    // (not in its typings); the file size is the weaker fallback bound.
    const cursor: unknown = Reflect.get(zip, 'readEntryCursor');
    const directoryStart = typeof cursor === 'number' ? cursor : zip.fileSize;
    const raw = await readCentralDirectory(zip, zipName);
    const checked = checkZipEntries(raw.map(infoOf), limits);
    if (checked.problems.length > 0) throw refuseEntries(zipName, checked.problems);
    await checkLayout(zip, raw, zipName, directoryStart);
    return makeSource(zip, zipName, raw, checked);
  } catch (error) {
    zip.close();
    if (error instanceof ServiceError) throw error;
    throw refuseZip(zipName, 'unreadable', `it could not be checked (${errorMessage(error)})`);
  }
}

function makeSource(
  zip: ZipFile,
  zipName: string,
  raw: readonly Entry[],
  checked: ReturnType<typeof checkZipEntries>,
): ZipIntakeSource {
  let closed = false;
  const entries: IntakeSourceEntry[] = checked.files.flatMap(({ index, path, size }) => {
    const entry = raw[index];
    if (!entry) return [];
    const open = async (): Promise<Readable> => {
      if (closed) throw new ServiceError('invalid-request', `"${zipName}" is already closed.`);
      let source: Readable;
      try {
        source = await zip.openReadStreamPromise(entry);
      } catch (error) {
        throw new ZipRefusedError(
          `"${zipName}": entry "${path}" could not be read (${errorMessage(error)}).`,
          [{ entry: path, reason: 'unreadable', detail: 'could not be read' }],
        );
      }
      return guardEntryStream(source, { zipName, path, size, crc32: entry.crc32 });
    };
    return [{ path, size, open }];
  });
  return {
    kind: 'zip',
    name: zipName,
    entries,
    skipped: checked.skipped,
    close: () => {
      if (!closed) {
        closed = true;
        zip.close();
      }
      return Promise.resolve();
    },
  };
}
