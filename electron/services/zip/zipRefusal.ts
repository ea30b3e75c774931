import { ServiceError } from '../ServiceError';

/**
 * Why a zip (or one of its entries) was refused. Tests assert these exact
 * values; the lead reads the message built from them.
 */
export type ZipRefusal =
  | 'unreadable'
  | 'too-many-entries'
  | 'invalid-utf8'
  | 'control-characters'
  | 'backslash'
  | 'absolute-path'
  | 'outside-zip'
  | 'empty-name'
  | 'path-too-long'
  | 'encrypted'
  | 'unsupported-compression'
  | 'symlink'
  | 'not-a-regular-file'
  | 'file-too-large'
  | 'total-too-large'
  | 'compression-ratio'
  | 'duplicate-name'
  | 'overlapping-entries'
  | 'size-mismatch'
  | 'crc-mismatch';

/** One refused entry: `entry` is its name as shown to the lead (escaped when it cannot be shown as is). */
export interface ZipProblem {
  readonly entry: string;
  readonly reason: ZipRefusal;
  /** What is wrong, finishing the sentence `entry "x" …`. */
  readonly detail: string;
}

/** A refused zip. Still a `ServiceError('invalid-request')`, so dispatch shows the message as written. */
export class ZipRefusedError extends ServiceError {
  readonly reason: ZipRefusal;
  constructor(
    message: string,
    readonly problems: readonly ZipProblem[],
    reason?: ZipRefusal,
  ) {
    super('invalid-request', message);
    this.reason = reason ?? problems[0]?.reason ?? 'unreadable';
  }
}

/** `"submissions.zip" was not imported: entry "../../etc/passwd" points outside the zip.` (+ how many more). */
export function refuseEntries(zipName: string, problems: readonly ZipProblem[]): ZipRefusedError {
  const first = problems[0];
  if (!first) return refuseZip(zipName, 'unreadable', 'it could not be checked');
  const more = problems.length - 1;
  const tail = more === 0 ? '' : ` (and ${more} other ${more === 1 ? 'problem' : 'problems'})`;
  return new ZipRefusedError(
    `"${zipName}" was not imported: entry "${first.entry}" ${first.detail}${tail}.`,
    problems,
  );
}

/** A refusal about the whole zip rather than one entry. */
export function refuseZip(zipName: string, reason: ZipRefusal, detail: string): ZipRefusedError {
  return new ZipRefusedError(`"${zipName}" was not imported: ${detail}.`, [], reason);
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 ? String(value) : value.toFixed(value >= 10 ? 0 : 1);
  return `${shown} ${units[unit] ?? 'bytes'}`;
}

const nameDetails: Record<
  | 'invalid-utf8'
  | 'control-characters'
  | 'backslash'
  | 'absolute-path'
  | 'outside-zip'
  | 'empty-name',
  string
> = {
  'invalid-utf8': 'has a name that is not valid UTF-8 although the zip says it is',
  'control-characters': 'has control characters in its name',
  backslash: 'uses backslashes (\\) in its path, which Attest does not accept',
  'absolute-path': 'is an absolute path',
  'outside-zip': 'points outside the zip',
  'empty-name': 'has an empty name',
};

export function nameProblemDetail(reason: keyof typeof nameDetails): string {
  return nameDetails[reason];
}
