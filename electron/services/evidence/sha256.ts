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

export interface HashingOptions {
  /** Refuse the bytes once more than this many went through. */
  readonly maxBytes?: number;
  /** Called with the size of every chunk that went through. */
  readonly onBytes?: (bytes: number) => void;
  /** Describes the bytes in the error message ("photo.jpg"). */
  readonly label?: string;
  /** Keep the first bytes (up to this many) for sniffing the media type. */
  readonly keepHead?: number;
}

/**
 * Hashes and counts bytes as they are copied and refuses more than
 * `maxBytes` (memory stays one chunk plus the kept head). Not a stream: the
 * store's copy loop calls `add` for each chunk before writing it.
 */
export class HashingCounter {
  private readonly hash = createHash('sha256');
  private readonly maxBytes: number;
  private readonly onBytes: ((bytes: number) => void) | undefined;
  private readonly label: string;
  private readonly headBuffer: Buffer;
  private headBytes = 0;
  private digest: string | null = null;
  bytes = 0;

  constructor(options: HashingOptions = {}) {
    this.maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    this.onBytes = options.onBytes;
    this.label = options.label ?? 'The file';
    this.headBuffer = Buffer.allocUnsafe(options.keepHead ?? 0);
  }

  /** Counts and hashes one chunk; throws (nothing counted) if it goes over `maxBytes`. */
  add(chunk: Uint8Array): void {
    if (this.bytes + chunk.byteLength > this.maxBytes) {
      throw new ServiceError(
        'invalid-request',
        `${this.label} is larger than ${formatBytes(this.maxBytes)}, the most Attest accepts here.`,
      );
    }
    this.bytes += chunk.byteLength;
    this.hash.update(chunk);
    if (this.headBytes < this.headBuffer.byteLength) {
      // A copy: the caller may reuse its buffer for the next chunk.
      const part = chunk.subarray(0, this.headBuffer.byteLength - this.headBytes);
      this.headBuffer.set(part, this.headBytes);
      this.headBytes += part.byteLength;
    }
    this.onBytes?.(chunk.byteLength);
  }

  /** The first bytes (see `keepHead`). */
  head(): Uint8Array {
    return this.headBuffer.subarray(0, this.headBytes);
  }

  /** The hex SHA-256 of everything added; ends the hash. */
  sha256(): string {
    this.digest ??= this.hash.digest('hex');
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
