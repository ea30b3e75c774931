import { Transform } from 'node:stream';
import type { Readable, TransformCallback } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { ZipRefusal } from './zipRefusal';
import { ZipRefusedError } from './zipRefusal';

export interface EntryExpectation {
  readonly zipName: string;
  readonly path: string;
  /** Declared uncompressed size. */
  readonly size: number;
  /** Declared CRC-32 of the uncompressed bytes. */
  readonly crc32: number;
}

function refusal(expected: EntryExpectation, reason: ZipRefusal, detail: string): ZipRefusedError {
  return new ZipRefusedError(
    `"${expected.zipName}": entry "${expected.path}" ${detail}; it was not imported.`,
    [{ entry: expected.path, reason, detail }],
  );
}

/**
 * Passes an entry's bytes through, and fails the stream (a `ZipRefusedError`)
 * the moment it delivers more than it declared, or at the end if it delivered
 * fewer or its CRC-32 differs. yauzl's `validateEntrySizes` already checks
 * deflated sizes; this also covers stored entries and silent corruption.
 */
export class EntryGuard extends Transform {
  private count = 0;
  private crc = 0;

  constructor(private readonly expected: EntryExpectation) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.expected.size) {
      done(
        refusal(
          this.expected,
          'size-mismatch',
          `holds more data than the ${this.expected.size} bytes it declares`,
        ),
      );
      return;
    }
    this.crc = crc32(chunk, this.crc);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.count < this.expected.size) {
      done(
        refusal(
          this.expected,
          'size-mismatch',
          `holds ${this.count} bytes, fewer than the ${this.expected.size} it declares`,
        ),
      );
      return;
    }
    if (this.crc >>> 0 !== this.expected.crc32 >>> 0) {
      done(refusal(this.expected, 'crc-mismatch', 'is damaged (its checksum does not match)'));
      return;
    }
    done();
  }
}

/** Pipes a yauzl entry stream through an `EntryGuard`, turning yauzl's and zlib's errors into refusals. */
export function guardEntryStream(source: Readable, expected: EntryExpectation): Readable {
  const guard = new EntryGuard(expected);
  source.on('error', (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    guard.destroy(
      /bytes in the stream/.test(message)
        ? refusal(expected, 'size-mismatch', 'holds a different amount of data than it declares')
        : refusal(expected, 'unreadable', `could not be read (${message})`),
    );
  });
  guard.on('close', () => {
    if (!source.destroyed) source.destroy();
  });
  source.pipe(guard);
  return guard;
}
