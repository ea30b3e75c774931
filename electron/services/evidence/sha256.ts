import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { ServiceError } from '../ServiceError';

const SHA256 = /^[0-9a-f]{64}$/;

/** True for a lower-case hex SHA-256, the only shape the store accepts as an object name. */
export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

/** Refuses anything that is not a lower-case hex SHA-256 before it can reach a path. */
export function assertSha256(value: string): void {
  if (!isSha256(value)) {
    throw new ServiceError('invalid-request', 'An evidence id must be 64 lower-case hex digits.');
  }
}

export interface HashingGateOptions {
  /** Refuse the stream once more than this many bytes went through. */
  readonly maxBytes?: number;
  /** Called with the size of every chunk that went through. */
  readonly onBytes?: (bytes: number) => void;
  /** Describes the stream in the error message ("photo.jpg"). */
  readonly label?: string;
  /** Keep the first bytes (up to this many) for sniffing the media type. */
  readonly keepHead?: number;
}

/**
 * A pass-through that hashes and counts what flows through it and refuses a
 * stream larger than `maxBytes` while it streams (memory stays one chunk).
 */
export class HashingGate extends Transform {
  private readonly hash = createHash('sha256');
  private readonly maxBytes: number;
  private readonly onBytes: ((bytes: number) => void) | undefined;
  private readonly label: string;
  private readonly keepHead: number;
  private readonly headChunks: Uint8Array[] = [];
  private headBytes = 0;
  private digest: string | null = null;
  bytes = 0;

  constructor(options: HashingGateOptions = {}) {
    super();
    this.maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    this.onBytes = options.onBytes;
    this.label = options.label ?? 'The file';
    this.keepHead = options.keepHead ?? 0;
  }

  override _transform(
    chunk: unknown,
    _encoding: BufferEncoding,
    callback: TransformCallback,
  ): void {
    if (!(chunk instanceof Uint8Array)) {
      callback(new ServiceError('internal', 'Evidence streams must carry bytes.'));
      return;
    }
    this.bytes += chunk.byteLength;
    if (this.bytes > this.maxBytes) {
      callback(
        new ServiceError(
          'invalid-request',
          `${this.label} is larger than ${formatBytes(this.maxBytes)}, the most Attest accepts here.`,
        ),
      );
      return;
    }
    this.hash.update(chunk);
    if (this.headBytes < this.keepHead) {
      // A view, not a copy: it keeps at most the first chunks alive until the stream ends.
      const part = chunk.subarray(0, this.keepHead - this.headBytes);
      this.headChunks.push(part);
      this.headBytes += part.byteLength;
    }
    this.onBytes?.(chunk.byteLength);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    callback();
  }

  /** The first bytes of the stream (see `keepHead`). */
  head(): Uint8Array {
    const [first] = this.headChunks;
    return this.headChunks.length === 1 && first !== undefined
      ? first
      : Buffer.concat(this.headChunks);
  }

  /** The hex SHA-256 of everything that went through; only after the stream ended. */
  sha256(): string {
    if (this.digest === null) throw new ServiceError('internal', 'The stream has not ended.');
    return this.digest;
  }
}

/**
 * A pass-through for reads: hashes what flows and, at the end, fails the
 * stream if the bytes are not the object they claim to be.
 */
export class VerifyingGate extends Transform {
  private readonly hash = createHash('sha256');

  constructor(
    private readonly expected: string,
    private readonly onVerified: () => void,
  ) {
    super();
  }

  override _transform(
    chunk: unknown,
    _encoding: BufferEncoding,
    callback: TransformCallback,
  ): void {
    if (chunk instanceof Uint8Array) this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.hash.digest('hex') !== this.expected) {
      callback(changedOnDisk(this.expected));
      return;
    }
    this.onVerified();
    callback();
  }
}

export function changedOnDisk(sha256: string): ServiceError {
  return new ServiceError(
    'io',
    `The evidence ${sha256.slice(0, 12)}… has changed on disk since it was stored; it cannot be shown as valid.`,
  );
}

/** "1.5 GiB", "300 KiB", "12 bytes": for messages people read. */
export function formatBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value >= 10 || Number.isInteger(value) ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit] ?? 'TiB'}`;
}
