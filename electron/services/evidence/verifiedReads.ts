import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { ServiceError } from '../ServiceError';
import { CHUNK_BYTES, copyKey, errorCode, hashHandle, openNoFollow } from './objectFiles';
import { VerifyingGate, assertSha256, changedOnDisk } from './sha256';

export type VerifyResult = 'ok' | 'mismatch' | 'missing';

/** Inclusive byte offsets, as in an HTTP Range header. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

export interface EvidenceRead {
  readonly stream: Readable;
  /** Size of the whole object; the stream carries `end - start + 1` bytes. */
  readonly size: number;
  readonly start: number;
  readonly end: number;
}

export function missingEvidence(sha256: string): ServiceError {
  return new ServiceError('not-found', `The evidence ${sha256.slice(0, 12)}… is not in the store.`);
}

/**
 * The read side of the evidence store. A full read verifies the hash as it
 * streams and fails at the end on a mismatch. A range read (video seeking)
 * cannot check the hash by itself, so it is served only once this process
 * has verified the same copy (size and mtime) in full; the first range
 * request of an object pays for that pass.
 */
export class VerifiedReads {
  /** sha → `size:mtimeMs` of the copy that was fully verified in this process. */
  private readonly verified = new Map<string, string>();
  private readonly verifying = new Map<string, Promise<VerifyResult>>();

  constructor(private readonly pathOf: (sha256: string) => string) {}

  /** Forgets a verification (the object was removed or replaced). */
  forget(sha256: string): void {
    this.verified.delete(sha256);
  }

  /** Re-hashes the stored file. Concurrent calls for one object share one pass. */
  async verify(sha256: string): Promise<VerifyResult> {
    assertSha256(sha256);
    let pass = this.verifying.get(sha256);
    if (pass === undefined) {
      pass = this.hashStored(sha256).finally(() => this.verifying.delete(sha256));
      this.verifying.set(sha256, pass);
    }
    return pass;
  }

  async openRead(sha256: string, range?: ByteRange): Promise<EvidenceRead> {
    const handle = await this.openObject(sha256);
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw changedOnDisk(sha256);
      const { size } = info;
      const key = copyKey(info);
      if (range === undefined) {
        const file = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
        const gate = new VerifyingGate(sha256, () => this.verified.set(sha256, key));
        // Errors reach the reader through `gate`; pipeline closes the file either way.
        const stream = pipeline(file, gate, () => undefined);
        return { stream, size, start: 0, end: size - 1 };
      }
      const { start, end } = range;
      if (!isInside(start, end, size)) {
        throw new ServiceError(
          'invalid-request',
          `The range ${start}-${end} is outside the evidence (${size} bytes).`,
        );
      }
      if (this.verified.get(sha256) !== key) {
        const status = await this.verify(sha256);
        if (status === 'missing') throw missingEvidence(sha256);
        if (this.verified.get(sha256) !== key) throw changedOnDisk(sha256);
      }
      const stream = handle.createReadStream({ start, end, highWaterMark: CHUNK_BYTES });
      return { stream, size, start, end };
    } catch (error: unknown) {
      await handle.close();
      throw error;
    }
  }

  private async openObject(sha256: string): Promise<FileHandle> {
    try {
      return await openNoFollow(this.pathOf(sha256));
    } catch (error: unknown) {
      const code = errorCode(error);
      if (code === 'ENOENT') throw missingEvidence(sha256);
      if (code === 'ELOOP') throw changedOnDisk(sha256);
      throw error;
    }
  }

  private async hashStored(sha256: string): Promise<VerifyResult> {
    let handle: FileHandle;
    try {
      handle = await this.openObject(sha256);
    } catch (error: unknown) {
      if (error instanceof ServiceError) return error.code === 'not-found' ? 'missing' : 'mismatch';
      throw error;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile() || (await hashHandle(handle)) !== sha256) return 'mismatch';
      this.verified.set(sha256, copyKey(info));
      return 'ok';
    } finally {
      await handle.close();
    }
  }
}

function isInside(start: number, end: number, size: number): boolean {
  return (
    Number.isSafeInteger(start) &&
    Number.isSafeInteger(end) &&
    start >= 0 &&
    start <= end &&
    end < size
  );
}
