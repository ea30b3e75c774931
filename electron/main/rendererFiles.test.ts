import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { contentSecurityPolicy } from './csp';
import { contentTypeFor, readRendererAsset, safeSegments } from './rendererFiles';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'attest-renderer-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Attest</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(root, 'assets', 'inter.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('readRendererAsset', () => {
  it.each([
    ['attest://app/', 'index.html'],
    ['attest://app', 'index.html'],
    ['attest://app/index.html', 'index.html'],
    ['http://app.localhost/', 'index.html'],
    ['attest://app/index.html?x=1#/route', 'index.html'],
  ])('serves %s', async (url) => {
    const asset = await readRendererAsset(root, url);
    expect(asset.status).toBe(200);
    expect(asset.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(asset.body.toString()).toContain('<title>Attest</title>');
  });

  it.each([
    ['attest://app/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['attest://app/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['attest://app/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    [
      'http://app.localhost/assets/index-abc.js',
      'text/javascript; charset=utf-8',
      'console.log(1)',
    ],
  ])('serves %s as %s', async (url, type, body) => {
    const asset = await readRendererAsset(root, url);
    expect(asset.status).toBe(200);
    expect(asset.headers['Content-Type']).toBe(type);
    expect(asset.body.toString()).toBe(body);
  });

  it('serves binary files byte for byte', async () => {
    const asset = await readRendererAsset(root, 'attest://app/assets/inter.woff2');
    expect(asset.headers['Content-Type']).toBe('font/woff2');
    expect([...asset.body]).toEqual([0x77, 0x4f, 0x46, 0x32]);
  });

  it.each([
    'attest://app/missing.js',
    'attest://app/assets/',
    'attest://app/assets',
    'attest://app/index.html/x',
  ])('answers 404 for %s', async (url) => {
    expect((await readRendererAsset(root, url)).status).toBe(404);
  });

  it.each([
    'attest://app/../secret.txt',
    'attest://app/%2e%2e/secret.txt',
    'attest://app/%2E%2E/%2e%2e/secret.txt',
    'attest://app/..%2fsecret.txt',
    'attest://app/assets/..%2F..%2Fsecret.txt',
    'attest://app/..%5csecret.txt',
    'attest://app/..\\secret.txt',
    'attest://app/assets\\..\\..\\secret.txt',
    'http://app.localhost/..\\secret.txt',
    'attest://app//etc/passwd',
    'attest://app/%2Fetc%2Fpasswd',
    'attest://app/C:/Windows/win.ini',
    'attest://app/C%3A%5CWindows%5Cwin.ini',
    'attest://app/index.html%00.js',
    'attest://app/assets/link.txt',
  ])('never serves a file outside the renderer for %s', async (url) => {
    const asset = await readRendererAsset(root, url);
    expect([403, 404]).toContain(asset.status);
    expect(asset.body.toString()).not.toContain('outside the renderer');
  });

  it('answers 400 for a URL it cannot parse and for broken percent-encoding', async () => {
    expect((await readRendererAsset(root, 'not a url')).status).toBe(400);
    expect([400, 403]).toContain((await readRendererAsset(root, 'attest://app/%E0%A4%A')).status);
  });

  it('answers 404 when the renderer was not built', async () => {
    expect((await readRendererAsset(join(base, 'nowhere'), 'attest://app/')).status).toBe(404);
  });

  it.each([
    'attest://app/',
    'attest://app/assets/index-abc.js',
    'attest://app/missing.js',
    'attest://app/%2e%2e/secret.txt',
    'not a url',
  ])('sends the CSP and nosniff with %s', async (url) => {
    const { headers } = await readRendererAsset(root, url);
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('safeSegments', () => {
  it.each([
    ['/', ['index.html']],
    ['', ['index.html']],
    ['/assets/a%20b.js', ['assets', 'a b.js']],
    ['/assets/', ['assets']],
    ['/a/../b', null],
    ['/a/./b', null],
    ['/a//b', null],
    ['/%2e', null],
    ['/a%2fb', null],
    ['/a%5cb', null],
    ['/a%00', null],
    ['/%zz', null],
  ])('%s → %j', (path, expected) => {
    expect(safeSegments(path)).toEqual(expected);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['a.HTML', 'text/html; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.png', 'image/png'],
    ['a.woff', 'font/woff'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
