import type { Readable } from 'node:stream';
import type { FileSlice } from '../evidence/EvidenceStore';

/**
 * Where intake reads files from: a zip (LMS download), a folder (one
 * sub-folder per learner) or single files. Every source has already checked
 * its entries against `IntakeLimits` before it lists them; `open()` streams
 * the bytes and errors if an entry turns out larger than it declared.
 */
export interface IntakeSourceEntry {
  /** Path inside the source, '/'-separated, relative, already checked (no `..`, no absolute, no control characters). */
  readonly path: string;
  /** Declared size in bytes (the stream refuses to deliver more). */
  readonly size: number;
  open(): Promise<Readable>;
  /**
   * For a plain file on disk: the same bytes as an open file (checked as
   * `open` checks it), which the store copies without a stream. Intake uses
   * it when present.
   */
  openFile?(): Promise<FileSlice>;
}

export interface IntakeSource {
  readonly kind: 'zip' | 'folder' | 'files';
  /** Name to show (the zip's or folder's base name). */
  readonly name: string;
  readonly entries: readonly IntakeSourceEntry[];
  close(): Promise<void>;
}

/** Limits every source enforces before anything is stored (SECURITY.md: check every entry yourself). */
export interface IntakeLimits {
  /** Largest single file (bytes). */
  readonly maxFileBytes: number;
  /** Largest total of one intake (bytes, uncompressed). */
  readonly maxTotalBytes: number;
  /** Most entries in one zip or folder. */
  readonly maxEntries: number;
  /** Largest uncompressed/compressed ratio of a zip entry (zip bombs). */
  readonly maxCompressionRatio: number;
  /** Longest path inside a source. */
  readonly maxPathLength: number;
}

export const defaultIntakeLimits: IntakeLimits = {
  maxFileBytes: 8 * 1024 ** 3,
  maxTotalBytes: 64 * 1024 ** 3,
  maxEntries: 20_000,
  maxCompressionRatio: 200,
  maxPathLength: 1024,
};
