import type { HashingOptions } from './sha256';

export interface PutOptions extends Omit<HashingOptions, 'keepHead'> {
  readonly signal?: AbortSignal;
  /** The file's name, for the media type when the bytes say nothing ("notes.md"). */
  readonly fileName?: string;
}
export interface StageOptions extends PutOptions {
  /** Leave the fsync to `syncStaged` or `commit` (batches of small files). */
  readonly deferSync?: boolean;
}
export interface PutResult {
  readonly sha256: string;
  readonly size: number;
  /** False when the store already held these bytes (deduplicated). */
  readonly created: boolean;
}
/** Bytes hashed into a temp file (fsynced, or waiting for `syncStaged`), not yet in the store. */
export interface StagedObject {
  readonly sha256: string;
  readonly size: number;
  readonly tempPath: string;
  /** Sniffed from the first bytes as they streamed. */
  readonly mediaType: string;
}
