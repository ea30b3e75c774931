import type { IntakeLimits } from '../intake/IntakeSource';
import { junkReason } from './junkFiles';
import { displayEntryName, duplicateKey, readEntryName } from './zipEntryName';
import type { ZipProblem } from './zipRefusal';
import { formatBytes, nameProblemDetail } from './zipRefusal';

/** What the central directory says about one entry (numbers already resolved for zip64). */
export interface ZipEntryInfo {
  readonly rawName: Uint8Array;
  readonly flags: number;
  readonly versionMadeBy: number;
  readonly externalAttributes: number;
  readonly compressionMethod: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

export interface CheckedZipEntries {
  /** Regular files to list, by index into the input. */
  readonly files: readonly {
    readonly index: number;
    readonly path: string;
    readonly size: number;
  }[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  readonly problems: readonly ZipProblem[];
}

/** Ratios are judged only above this size: a 2 KB text file of spaces is not a bomb. */
export const RATIO_MIN_BYTES = 1024 * 1024;

const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
/** Hosts in "version made by" whose external attributes carry a Unix st_mode in the upper 16 bits. */
const UNIX_HOSTS = new Set([3, 19]);
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const MSDOS_DIRECTORY = 0x10;

type FileType = 'file' | 'directory' | 'symlink' | 'special';

function fileType(info: ZipEntryInfo, nameSaysDirectory: boolean): FileType {
  const mode = info.externalAttributes >>> 16;
  const type = mode & S_IFMT;
  // A symlink is refused whatever host claims to have made it.
  if (type === S_IFLNK) return 'symlink';
  if (UNIX_HOSTS.has(info.versionMadeBy >> 8) && type !== 0) {
    if (type === S_IFDIR) return 'directory';
    if (type !== S_IFREG) return 'special';
  } else if ((info.externalAttributes & MSDOS_DIRECTORY) !== 0) {
    return 'directory';
  }
  return nameSaysDirectory ? 'directory' : 'file';
}

type Verdict =
  | { readonly kind: 'problem'; readonly reason: ZipProblem['reason']; readonly detail: string }
  | { readonly kind: 'directory' }
  | { readonly kind: 'file'; readonly path: string; readonly size: number };

/** The checks that need only this entry. */
function judgeEntry(info: ZipEntryInfo, limits: IntakeLimits): Verdict {
  const problem = (reason: ZipProblem['reason'], detail: string): Verdict => ({
    kind: 'problem',
    reason,
    detail,
  });
  const name = readEntryName(info.rawName, info.flags);
  if (!name.ok) return problem(name.reason, nameProblemDetail(name.reason));
  if (name.length > limits.maxPathLength) {
    return problem('path-too-long', `has a path longer than ${limits.maxPathLength} characters`);
  }
  const type = fileType(info, name.isDirectory);
  if (type === 'symlink') return problem('symlink', 'is a symbolic link');
  if (type === 'special') {
    return problem('not-a-regular-file', 'is not a regular file (a device, pipe or socket)');
  }
  if (type === 'directory') {
    return info.uncompressedSize > 0
      ? problem('not-a-regular-file', 'is marked as a folder but holds data')
      : { kind: 'directory' };
  }
  if ((info.flags & ENCRYPTED_FLAG) !== 0) return problem('encrypted', 'is password-protected');
  if (info.compressionMethod !== STORED && info.compressionMethod !== DEFLATED) {
    return problem(
      'unsupported-compression',
      `uses a compression method Attest cannot read (method ${info.compressionMethod})`,
    );
  }
  const size = info.uncompressedSize;
  if (size > limits.maxFileBytes) {
    return problem(
      'file-too-large',
      `is ${formatBytes(size)}, over the ${formatBytes(limits.maxFileBytes)} limit for one file`,
    );
  }
  if (size > RATIO_MIN_BYTES) {
    const ratio = info.compressedSize === 0 ? Infinity : size / info.compressedSize;
    if (ratio > limits.maxCompressionRatio) {
      const shown = Number.isFinite(ratio) ? `${Math.round(ratio)} times` : 'from nothing';
      return problem(
        'compression-ratio',
        `expands ${shown} (limit ${limits.maxCompressionRatio}), which is how zip bombs work`,
      );
    }
  }
  return { kind: 'file', path: name.path, size };
}

/**
 * Everything that can be judged from the central directory alone: names,
 * types, encryption, method, sizes, ratio, total and duplicates. Returns
 * every problem found, so the lead sees how bad a zip is, not just the first.
 */
export function checkZipEntries(
  entries: readonly ZipEntryInfo[],
  limits: IntakeLimits,
): CheckedZipEntries {
  const files: { index: number; path: string; size: number }[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const problems: ZipProblem[] = [];
  const seen = new Map<string, string>();
  let total = 0;
  let totalReported = false;

  entries.forEach((info, index) => {
    const entry = displayEntryName(info.rawName, info.flags);
    const verdict = judgeEntry(info, limits);
    if (verdict.kind === 'directory') return;
    if (verdict.kind === 'problem') {
      problems.push({ entry, reason: verdict.reason, detail: verdict.detail });
      return;
    }
    total += verdict.size;
    if (total > limits.maxTotalBytes && !totalReported) {
      totalReported = true;
      const limit = formatBytes(limits.maxTotalBytes);
      problems.push({
        entry,
        reason: 'total-too-large',
        detail: `takes the zip past the ${limit} limit for one import`,
      });
    }
    const junk = junkReason(verdict.path);
    if (junk !== null) {
      skipped.push({ path: verdict.path, reason: junk });
      return;
    }
    const key = duplicateKey(verdict.path);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        entry,
        reason: 'duplicate-name',
        detail: `has the same name as entry "${earlier}"`,
      });
      return;
    }
    seen.set(key, entry);
    files.push({ index, path: verdict.path, size: verdict.size });
  });
  return { files, skipped, problems };
}

/** Where an entry's bytes sit in the zip file, once its local header has been read. */
export interface ZipEntrySpan {
  readonly entry: string;
  readonly localHeaderOffset: number;
  readonly dataStart: number;
  readonly compressedSize: number;
}

/**
 * Overlap check (the 12.9 KB "50 × 10 MiB" bomb points many central entries at
 * one local header; "quoted" bombs start a header inside another entry's data).
 * Sorted by local header offset, each entry's data must end before the next
 * header starts, and the last before the central directory.
 */
export function findOverlaps(
  spans: readonly ZipEntrySpan[],
  centralDirectoryOffset: number,
): ZipProblem[] {
  const sorted = [...spans].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const problems: ZipProblem[] = [];
  sorted.forEach((span, i) => {
    const next = sorted[i + 1];
    const dataEnd = span.dataStart + span.compressedSize;
    if (next === undefined) {
      if (dataEnd > centralDirectoryOffset) {
        problems.push({
          entry: span.entry,
          reason: 'overlapping-entries',
          detail: "has data that runs into the zip's table of contents",
        });
      }
      return;
    }
    if (next.localHeaderOffset === span.localHeaderOffset || dataEnd > next.localHeaderOffset) {
      problems.push({
        entry: next.entry,
        reason: 'overlapping-entries',
        detail: `shares its data with entry "${span.entry}", which is how zip bombs work`,
      });
    }
  });
  return problems;
}
