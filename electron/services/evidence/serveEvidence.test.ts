import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceStore } from './EvidenceStore';
import { evidenceShaOf, parseRange, serveEvidence } from './serveEvidence';

let root: string;
let store: EvidenceStore;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-serve-'));
  store = new EvidenceStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function text(body: Readable | string | null): Promise<string> {
  if (body === null || typeof body === 'string') return body ?? '';
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('parseRange', () => {
  it.each([
    [null, null],
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=5-', { start: 5, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=90-500', { start: 90, end: 99 }],
    ['bytes=100-', 'invalid'],
    ['bytes=9-5', 'invalid'],
    ['bytes=-0', 'invalid'],
    ['bytes=0-1,4-5', 'invalid'],
    ['items=0-1', 'invalid'],
  ])('%s of 100 bytes → %j', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});

describe('evidenceShaOf', () => {
  const sha = 'a'.repeat(64);
  it('reads the sha at the end of either host’s URL, and nothing else', () => {
    expect(evidenceShaOf(`attest-evidence://evidence/${sha}`)).toBe(sha);
    expect(evidenceShaOf(`http://app.localhost/evidence/${sha}`)).toBe(sha);
    expect(evidenceShaOf('http://app.localhost/evidence/../etc/passwd')).toBeNull();
    expect(evidenceShaOf(`http://app.localhost/evidence/${sha.toUpperCase()}`)).toBeNull();
    expect(evidenceShaOf('not a url')).toBeNull();
  });
});

describe('serveEvidence', () => {
  it('serves whole files and ranges with the stored type, a sandbox CSP and no sniffing', async () => {
    const { sha256 } = await store.put(Readable.from([Buffer.from('%PDF-1.4 hello evidence')]));
    const whole = await serveEvidence(store, sha256, {
      method: 'GET',
      range: null,
      allowOrigin: 'attest://app',
    });
    expect(whole.status).toBe(200);
    expect(whole.headers).toMatchObject({
      'Content-Type': 'application/pdf',
      'Content-Length': '23',
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': 'attest://app',
    });
    expect(whole.headers['Content-Security-Policy']).toContain('sandbox');
    expect(await text(whole.body)).toBe('%PDF-1.4 hello evidence');
    const part = await serveEvidence(store, sha256, { method: 'GET', range: 'bytes=9-13' });
    expect(part.status).toBe(206);
    expect(part.headers['Content-Range']).toBe('bytes 9-13/23');
    expect(await text(part.body)).toBe('hello');
    const beyond = await serveEvidence(store, sha256, { method: 'GET', range: 'bytes=50-' });
    expect(beyond).toMatchObject({ status: 416, headers: { 'Content-Range': 'bytes */23' } });
  });

  it('answers 404 for a missing object, 405 for writes and 409 for a file changed on disk', async () => {
    expect(
      (await serveEvidence(store, 'b'.repeat(64), { method: 'GET', range: null })).status,
    ).toBe(404);
    expect((await serveEvidence(store, null, { method: 'GET', range: null })).status).toBe(404);
    const { sha256 } = await store.put(Readable.from([Buffer.from('original bytes')]));
    expect((await serveEvidence(store, sha256, { method: 'PUT', range: null })).status).toBe(405);
    await writeFile(store.objectPath(sha256), 'tampered bytes');
    const changed = await serveEvidence(store, sha256, { method: 'GET', range: null });
    expect(changed.status).toBe(409);
    expect(await text(changed.body)).toMatch(/changed since it was received/);
  });
});

describe('media types of served evidence', () => {
  it('serves an SVG as image/svg+xml even without its file name (an <img> with nosniff needs it)', async () => {
    const svg =
      '<?xml version="1.0"?>\n<!-- badge -->\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>';
    const { sha256 } = await store.put(Readable.from([Buffer.from(svg)]));
    const answer = await serveEvidence(store, sha256, { method: 'GET', range: null });
    expect(answer.headers['Content-Type']).toBe('image/svg+xml');
    const html = await store.put(
      Readable.from([Buffer.from('<html><body>svg text</body></html>')]),
    );
    expect(
      (await serveEvidence(store, html.sha256, { method: 'HEAD', range: null })).headers[
        'Content-Type'
      ],
    ).not.toBe('image/svg+xml');
  });
});

describe('SVG sniffing at the edge of the sniffed head', () => {
  it('still recognises an SVG when a multi-byte character is cut at byte 4096', async () => {
    const { looksLikeSvg } = await import('./mediaType');
    // Byte 4096 falls inside a two-byte 'é' of the title, after the <svg> root.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><title>${'é'.repeat(3000)}</title></svg>`;
    expect(new TextEncoder().encode(svg.slice(0, 2100)).length).toBeGreaterThan(4096);
    expect(looksLikeSvg(new TextEncoder().encode(svg))).toBe(true);
  });
});
