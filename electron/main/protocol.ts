/**
 * The `attest://app` protocol that serves the built renderer (Electron's
 * security checklist #18: a custom protocol instead of `file://`).
 */
import type { CustomScheme, Protocol } from 'electron';
import { protocol } from 'electron';
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
export const privilegedSchemes: readonly CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
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
