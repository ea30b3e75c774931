/**
 * Serves the built renderer (out/renderer) for URLs on the app origin.
 * No `electron` import: protocol.ts uses it for `attest://app/…` and the
 * Chromium test harness for `http://app.localhost/…`, so both hosts send the
 * same files with the same headers.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { contentSecurityPolicy } from './csp';

export interface RendererAsset {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function respond(status: number, contentType: string, body: Buffer): RendererAsset {
  return {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
    body,
  };
}

function problem(status: number, message: string): RendererAsset {
  return respond(status, 'text/plain; charset=utf-8', Buffer.from(message));
}

/**
 * The URL path as path segments under the root, or null when any segment
 * could climb out of it or name something else: `..`, `.`, an encoded slash
 * or backslash, a drive letter or stream (`C:`), a NUL byte, an empty segment.
 * `new URL` already folds literal and `%2e%2e` dot segments; this catches
 * what it leaves encoded.
 */
export function safeSegments(pathname: string): string[] | null {
  const raw = pathname.startsWith('/') ? pathname.slice(1) : pathname;
  if (raw === '') return ['index.html'];
  // A trailing slash names a folder: allowed here, answered 404 below.
  const trimmed = raw.endsWith('/') ? raw.slice(0, -1) : raw;
  const segments: string[] = [];
  for (const encoded of trimmed.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export async function readRendererAsset(
  rootDir: string,
  requestUrl: string,
): Promise<RendererAsset> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return problem(400, 'Bad request');
  }
  const segments = safeSegments(url.pathname);
  if (segments === null) return problem(403, 'Forbidden');

  const root = resolve(rootDir);
  const target = join(root, ...segments);
  if (!isInside(root, target)) return problem(403, 'Forbidden');
  try {
    // A symlink inside the build must not lead outside it either.
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    if (!isInside(realRoot, realTarget)) return problem(403, 'Forbidden');
    if (!(await stat(realTarget)).isFile()) return problem(404, 'Not found');
    return respond(200, contentTypeFor(realTarget), await readFile(realTarget));
  } catch {
    return problem(404, 'Not found');
  }
}
