import { createHash } from 'node:crypto';
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePng } from '../images/testing/makePng';
import { EvidenceStore } from './EvidenceStore';

let workspace: string;
let store: EvidenceStore;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'attest-evidence-'));
  store = new EvidenceStore(workspace);
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const sha = (bytes: string | Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');
const tmpFiles = (): Promise<string[]> =>
  readdir(join(workspace, 'evidence', 'tmp')).catch(() => []);

describe('EvidenceStore.put', () => {
  it('stores bytes under their SHA-256 and deduplicates', async () => {
    const first = await store.put(Readable.from([Buffer.from('hello '), Buffer.from('world')]));
    expect(first).toEqual({ sha256: sha('hello world'), size: 11, created: true });
    const path = join(workspace, 'evidence', 'objects', first.sha256.slice(0, 2), first.sha256);
    expect(await readFile(path, 'utf8')).toBe('hello world');
    expect(await store.put(Readable.from([Buffer.from('hello world')]))).toEqual({
      ...first,
      created: false,
    });
    expect(await tmpFiles()).toEqual([]);
    expect(await store.list()).toEqual([first.sha256]);
  });

  it('hashes any bytes as node:crypto does (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const result = await store.put(Readable.from([Buffer.from(bytes)]));
        expect(result.sha256).toBe(sha(bytes));
        expect(await store.verify(result.sha256)).toBe('ok');
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a stream over maxBytes while streaming and leaves nothing', async () => {
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(1024, 7));
    const refused = store.put(Readable.from(chunks), { maxBytes: 4096, label: 'video.mp4' });
    await expect(refused).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(refused).rejects.toThrow('video.mp4 is larger than 4 KiB');
    expect(await tmpFiles()).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('stops when cancelled and leaves nothing', async () => {
    const controller = new AbortController();
    async function* slow(): AsyncGenerator<Buffer> {
      yield Buffer.alloc(1024, 1);
      controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 10));
      yield Buffer.alloc(1024, 2);
    }
    await expect(
      store.put(Readable.from(slow()), { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(await tmpFiles()).toEqual([]);
  });

  it('gives exactly one of two concurrent writers of the same bytes created: true', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => store.put(Readable.from([Buffer.from('same bytes')]))),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
  });

  it('replaces a damaged copy when the same bytes arrive again', async () => {
    const { sha256 } = await store.put(Readable.from([Buffer.from('original content')]));
    await truncate(store.objectPath(sha256), 3);
    expect(await store.verify(sha256)).toBe('mismatch');
    await store.put(Readable.from([Buffer.from('original content')]));
    expect(await store.verify(sha256)).toBe('ok');
  });

  it('replaces a copy of the right size whose bytes rotted when the same bytes arrive again', async () => {
    const { sha256 } = await store.put(Readable.from([Buffer.from('original content')]));
    const path = store.objectPath(sha256);
    await writeFile(path, 'original CONTENT'); // same size, other bytes (bit rot)
    expect(await store.verify(sha256)).toBe('mismatch');
    const again = await store.put(Readable.from([Buffer.from('original content')]));
    expect(again).toEqual({ sha256, size: 16, created: false });
    expect(await readFile(path, 'utf8')).toBe('original content');
    expect(await store.verify(sha256)).toBe('ok');
    expect(await tmpFiles()).toEqual([]);
  });

  it('keeps an intact copy in place when the same bytes arrive again', async () => {
    const { sha256 } = await store.put(Readable.from([Buffer.from('kept as it is')]));
    const before = await stat(store.objectPath(sha256));
    await store.put(Readable.from([Buffer.from('kept as it is')]));
    expect((await stat(store.objectPath(sha256))).ino).toBe(before.ino);
  });

  it('reports progress in bytes', async () => {
    let seen = 0;
    await store.put(Readable.from([Buffer.alloc(100), Buffer.alloc(50)]), {
      onBytes: (bytes) => (seen += bytes),
    });
    expect(seen).toBe(150);
  });
});

describe('EvidenceStore reads', () => {
  it('validates object names before touching paths', async () => {
    for (const bad of ['../../etc/passwd', 'A'.repeat(64), `${'a'.repeat(63)}/`, '']) {
      await expect(store.has(bad)).rejects.toMatchObject({ code: 'invalid-request' });
      await expect(store.verify(bad)).rejects.toMatchObject({ code: 'invalid-request' });
      await expect(store.openRead(bad)).rejects.toMatchObject({ code: 'invalid-request' });
    }
  });

  it('verifies: ok, mismatch, missing', async () => {
    const { sha256 } = await store.put(Readable.from([Buffer.from('evidence')]));
    expect(await store.verify(sha256)).toBe('ok');
    await writeFile(store.objectPath(sha256), 'tampered');
    expect(await store.verify(sha256)).toBe('mismatch');
    expect(await store.verify(sha('other'))).toBe('missing');
    expect(await store.stat(sha('other'))).toBeNull();
    await expect(store.openRead(sha('other'))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('streams a full read and fails it at the end when the bytes changed', async () => {
    const { sha256 } = await store.put(Readable.from([Buffer.from('the real bytes')]));
    const read = await store.openRead(sha256);
    expect(read.size).toBe(14);
    expect(await text(read.stream)).toBe('the real bytes');
    await writeFile(store.objectPath(sha256), 'the fake bytes');
    const tampered = await store.openRead(sha256);
    await expect(text(tampered.stream)).rejects.toThrow(/has changed on disk/);
  });

  it('serves ranges of a verified copy and refuses ranges of a changed one', async () => {
    const body = Buffer.from('0123456789abcdef');
    const { sha256 } = await store.put(Readable.from([body]));
    const range = await store.openRead(sha256, { start: 4, end: 9 });
    expect(range).toMatchObject({ size: 16, start: 4, end: 9 });
    expect(await text(range.stream)).toBe('456789');
    await writeFile(store.objectPath(sha256), 'fedcba9876543210');
    await utimes(store.objectPath(sha256), new Date(), new Date(Date.now() + 5000));
    await expect(store.openRead(sha256, { start: 0, end: 1 })).rejects.toThrow(
      /has changed on disk/,
    );
    await expect(store.openRead(sha256, { start: 10, end: 16 })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('refuses an object replaced by a link', async () => {
    const { sha256 } = await store.put(Readable.from([Buffer.from('linked')]));
    const outside = join(workspace, 'outside');
    await writeFile(outside, 'linked');
    await rm(store.objectPath(sha256));
    const { symlink } = await import('node:fs/promises');
    await symlink(outside, store.objectPath(sha256));
    expect(await store.has(sha256)).toBe(false);
    expect(await store.verify(sha256)).toBe('mismatch');
  });

  it('sniffs media types from bytes, then the extension, then octet-stream', async () => {
    const png = await store.put(Readable.from([makePng(2, 2)]));
    expect(await store.mediaTypeOf(png.sha256, 'photo.txt')).toBe('image/png');
    const notes = await store.put(Readable.from([Buffer.from('# Reflection\n')]));
    expect(await store.mediaTypeOf(notes.sha256, 'notes.MD')).toBe('text/markdown');
    expect(await store.mediaTypeOf(notes.sha256)).toBe('application/octet-stream');
    const svg = await store.put(
      Readable.from([
        Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
      ]),
    );
    expect(await store.mediaTypeOf(svg.sha256, 'badge.svg')).toBe('image/svg+xml');
  });
});

describe('EvidenceStore maintenance', () => {
  it('sweeps temp files left by a crash and removes objects', async () => {
    const tmp = join(workspace, 'evidence', 'tmp');
    await mkdir(tmp, { recursive: true });
    await writeFile(join(tmp, 'deadbeef'), 'half a file');
    expect(await store.sweepTemp()).toBe(1);
    expect(await tmpFiles()).toEqual([]);
    const { sha256 } = await store.put(Readable.from([Buffer.from('gone soon')]));
    expect(await store.remove(sha256)).toBe(true);
    expect(await store.remove(sha256)).toBe(false);
    expect(await store.has(sha256)).toBe(false);
  });
});
