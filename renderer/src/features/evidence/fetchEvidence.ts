/**
 * Reads evidence bytes from the URL the host gave the viewer
 * (`attest-evidence://evidence/<sha>` in Electron, `/evidence/<sha>` in the
 * Chromium harness). Main verifies the SHA-256 as it streams: a file whose
 * hash no longer matches answers 409, or fails while its body streams (the
 * hash is only known at the end), and a missing one answers 404.
 */
export type EvidenceProblem = 'changed' | 'missing' | 'unreadable';

export const problemMessages: Readonly<Record<EvidenceProblem, string>> = {
  changed: 'This file has changed since it was received and cannot be shown.',
  missing: 'This file is no longer in the evidence store and cannot be shown.',
  unreadable: 'This file could not be loaded.',
};

export class EvidenceFetchError extends Error {
  constructor(
    readonly problem: EvidenceProblem,
    detail?: string,
  ) {
    super(
      detail === undefined ? problemMessages[problem] : `${problemMessages[problem]} ${detail}`,
    );
    this.name = 'EvidenceFetchError';
  }
}

export function problemForStatus(status: number): EvidenceProblem {
  if (status === 409 || status === 422) return 'changed';
  if (status === 404 || status === 410) return 'missing';
  return 'unreadable';
}

export interface EvidenceBytes {
  readonly bytes: Uint8Array;
  /** True when the file is larger than `maxBytes` and only its start was read. */
  readonly truncated: boolean;
}

export interface FetchEvidenceOptions {
  readonly signal?: AbortSignal;
  /** Stop reading after this many bytes (text previews of huge logs). */
  readonly maxBytes?: number;
  readonly fetchImpl?: typeof fetch;
}

export async function fetchEvidence(
  src: string,
  { signal, maxBytes = Number.POSITIVE_INFINITY, fetchImpl = fetch }: FetchEvidenceOptions = {},
): Promise<EvidenceBytes> {
  let response: Response;
  try {
    response = await fetchImpl(src, { signal, cache: 'no-store', credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw new EvidenceFetchError('unreadable');
  }
  if (!response.ok) {
    throw new EvidenceFetchError(problemForStatus(response.status), `(HTTP ${response.status})`);
  }
  if (response.body === null) return { bytes: new Uint8Array(0), truncated: false };
  return readBody(response.body, maxBytes, signal);
}

async function readBody(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  signal: AbortSignal | undefined,
): Promise<EvidenceBytes> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
      if (total > maxBytes) {
        truncated = true;
        await reader.cancel();
        break;
      }
    }
  } catch (error) {
    if (signal?.aborted === true) throw error;
    // Main fails the stream at its end when the bytes do not hash to the name.
    throw new EvidenceFetchError('changed');
  }
  const length = Math.min(total, maxBytes);
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, length - offset);
    bytes.set(part, offset);
    offset += part.byteLength;
    if (offset >= length) break;
  }
  return { bytes, truncated };
}

/** The message to show for any failure of fetching or reading evidence. */
export function evidenceErrorMessage(error: unknown, fallback: string): string {
  if (error instanceof EvidenceFetchError) return error.message;
  return fallback;
}
