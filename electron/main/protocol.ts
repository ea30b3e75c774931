/**
 * The `attest://app` protocol that serves the built renderer (Electron's
 * security checklist #18: a custom protocol instead of `file://`).
 */
import type { CustomScheme, Protocol } from 'electron';
import { protocol } from 'electron';
import { Readable } from 'node:stream';
import type { EvidenceStore } from '../services/evidence/EvidenceStore';
import { evidenceShaOf, serveEvidence } from '../services/evidence/serveEvidence';
import { readRendererAsset } from './rendererFiles';

export const APP_SCHEME = 'attest';
export const APP_HOST = 'app';
export const APP_ORIGIN = 'attest://app';

/**
 * Every privileged scheme. Electron accepts one `registerSchemesAsPrivileged`
 * call, so the evidence protocol (`attest-evidence`) must join this list.
 * standard: relative URLs, a real origin and storage (IndexedDB) for it;
 * secure: a secure context; supportFetchAPI: `fetch` of its own assets.
 * No corsEnabled or bypassCSP: other origins cannot read it and the CSP holds.
 */
export const EVIDENCE_SCHEME = 'attest-evidence';
export const EVIDENCE_BASE_URL = `${EVIDENCE_SCHEME}://evidence/`;

export const privilegedSchemes: readonly CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  // Evidence bytes: fetch() from the app (corsEnabled; the response names the
  // app origin), and stream: true so <video> can seek with range requests.
  {
    scheme: EVIDENCE_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
      stream: true,
    },
  },
];

/** Must run before the app's `ready` event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([...privilegedSchemes]);
}

/** Answers one request on the app scheme: GET/HEAD on host `app` only. */
export async function appProtocolResponse(
  request: Request,
  rendererDir: string,
): Promise<Response> {
  let host = '';
  try {
    host = new URL(request.url).host;
  } catch {
    // Falls through to 404 below.
  }
  if (host !== APP_HOST) return new Response('Not found', { status: 404 });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  const asset = await readRendererAsset(rendererDir, request.url);
  const body = request.method === 'HEAD' ? null : new Uint8Array(asset.body);
  return new Response(body, { status: asset.status, headers: asset.headers });
}

export function handleAppProtocol(
  appProtocol: Pick<Protocol, 'handle'>,
  rendererDir: string,
): void {
  appProtocol.handle(APP_SCHEME, (request) => appProtocolResponse(request, rendererDir));
}

/** Serves `attest-evidence://evidence/<sha256>` from the evidence store (ranges, verification, a sandbox CSP). */
export function handleEvidenceProtocol(
  evidenceProtocol: Pick<Protocol, 'handle'>,
  store: EvidenceStore,
): void {
  evidenceProtocol.handle(EVIDENCE_SCHEME, async (request) => {
    const answer = await serveEvidence(store, evidenceShaOf(request.url), {
      method: request.method,
      range: request.headers.get('Range'),
      allowOrigin: APP_ORIGIN,
    });
    const body =
      answer.body === null || typeof answer.body === 'string'
        ? answer.body
        : (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>);
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
}
