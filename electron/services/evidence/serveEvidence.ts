/**
 * Answers a request for evidence bytes, for both hosts: Electron's
 * `attest-evidence:` protocol and the Chromium harness's route. Range
 * requests make video seeking work; the response's own CSP (`sandbox`) keeps
 * an HTML or SVG file inert even if it were opened as a document.
 */
import type { Readable } from 'node:stream';
import { ServiceError } from '../ServiceError';
import type { EvidenceStore } from './EvidenceStore';
import { isSha256 } from './sha256';

export const EVIDENCE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

/** Whole files up to this size are verified before the first byte is sent. */
const VERIFY_FIRST_BYTES = 64 * 1024 * 1024;

export interface EvidenceResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Readable | string | null;
}

export interface ServeOptions {
  readonly method: string;
  readonly range: string | null;
  /** The origin allowed to read the bytes with fetch (the app's), when it differs. */
  readonly allowOrigin?: string;
}

/** The sha256 at the end of an evidence URL (`…/evidence/<sha256>`), or null. */
export function evidenceShaOf(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const sha =
    path
      .split('/')
      .filter((part) => part !== '')
      .at(-1) ?? '';
  return isSha256(sha) ? sha : null;
}

/** Parses one `bytes=a-b`, `bytes=a-` or `bytes=-n` range; null when absent; 'invalid' when unsatisfiable. */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | null | 'invalid' {
  if (header === null) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return 'invalid';
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'invalid';
  let start: number;
  let end: number;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  return start > end || start >= size ? 'invalid' : { start, end };
}

function text(status: number, message: string, headers: Record<string, string>): EvidenceResponse {
  return {
    status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    body: message,
  };
}

export async function serveEvidence(
  store: EvidenceStore,
  sha256: string | null,
  options: ServeOptions,
): Promise<EvidenceResponse> {
  const common: Record<string, string> = {
    'Content-Security-Policy': EVIDENCE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...(options.allowOrigin === undefined
      ? {}
      : { 'Access-Control-Allow-Origin': options.allowOrigin }),
  };
  if (options.method !== 'GET' && options.method !== 'HEAD')
    return text(405, 'Method not allowed', common);
  if (sha256 === null) return text(404, 'No such evidence.', common);
  const info = await store.stat(sha256);
  if (info === null) return text(404, 'This evidence is missing from the workspace.', common);
  const range = parseRange(options.range, info.size);
  if (range === 'invalid')
    return text(416, 'Range not satisfiable.', {
      ...common,
      'Content-Range': `bytes */${info.size}`,
    });
  if (range === null && info.size <= VERIFY_FIRST_BYTES && (await store.verify(sha256)) !== 'ok') {
    return text(409, 'This file has changed since it was received and cannot be shown.', common);
  }
  const headers: Record<string, string> = {
    ...common,
    'Content-Type': await store.mediaTypeOf(sha256),
    'Accept-Ranges': 'bytes',
  };
  let read;
  try {
    read = await store.openRead(sha256, range ?? undefined);
  } catch (error: unknown) {
    if (error instanceof ServiceError && error.code === 'io') {
      return text(409, 'This file has changed since it was received and cannot be shown.', common);
    }
    throw error;
  }
  const length = read.end - read.start + 1;
  headers['Content-Length'] = String(length);
  if (range !== null) headers['Content-Range'] = `bytes ${read.start}-${read.end}/${read.size}`;
  if (options.method === 'HEAD') read.stream.destroy();
  return {
    status: range === null ? 200 : 206,
    headers,
    body: options.method === 'HEAD' ? null : read.stream,
  };
}
