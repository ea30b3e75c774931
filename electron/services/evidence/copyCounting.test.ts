import { createHash } from 'node:crypto';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COPY_BYTES, copyCounting } from './copyCounting';
import { HashingCounter } from './sha256';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'attest-copy-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function copyTo(
  name: string,
  source: Parameters<typeof copyCounting>[0],
  counter: HashingCounter,
  signal?: AbortSignal,
): Promise<Buffer> {
  const out = await open(join(folder, name), 'wx');
  try {
    await copyCounting(source, out, counter, signal);
  } finally {
    await out.close();
  }
  return readFile(join(folder, name));
}

describe('copyCounting', () => {
  it('copies and hashes a file slice in one pass, over several buffers, never past its size', async () => {
    const bytes = Buffer.alloc(COPY_BYTES * 2 + 123);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 7) % 251;
    await writeFile(join(folder, 'in'), Buffer.concat([bytes, Buffer.from('appended later')]));
    const handle = await open(join(folder, 'in'), 'r');
    const counter = new HashingCounter({ keepHead: 16 });
    const copied = await copyTo('out', { handle, size: bytes.length }, counter);
    expect(copied.equals(bytes)).toBe(true);
    expect(counter.sha256()).toBe(sha(bytes));
    expect(counter.bytes).toBe(bytes.length);
    expect(Buffer.from(counter.head()).equals(bytes.subarray(0, 16))).toBe(true);
    expect(handle.fd).toBe(-1); // closed
  });

  it('gives fewer bytes when the file ends early and refuses more than maxBytes', async () => {
    await writeFile(join(folder, 'short'), 'abc');
    const short = new HashingCounter();
    await copyTo('a', { handle: await open(join(folder, 'short'), 'r'), size: 10 }, short);
    expect(short.bytes).toBe(3);
    const limited = new HashingCounter({ maxBytes: 4, label: 'big.bin' });
    await expect(
      copyTo('b', Readable.from([Buffer.from('abc'), Buffer.from('def')]), limited),
    ).rejects.toThrow('big.bin is larger than 4 bytes');
  });

  it('stops when cancelled and refuses streams that do not carry bytes', async () => {
    const controller = new AbortController();
    controller.abort();
    await writeFile(join(folder, 'in'), 'data');
    const handle = await open(join(folder, 'in'), 'r');
    await expect(
      copyTo('a', { handle, size: 4 }, new HashingCounter(), controller.signal),
    ).rejects.toThrow();
    expect(handle.fd).toBe(-1);
    const stream = Readable.from([Buffer.from('x')]);
    await expect(copyTo('b', stream, new HashingCounter(), controller.signal)).rejects.toThrow();
    expect(stream.destroyed).toBe(true);
    await expect(
      copyTo('c', Readable.from(['text, not bytes'], { objectMode: true }), new HashingCounter()),
    ).rejects.toThrow('Evidence streams must carry bytes.');
  });
});
