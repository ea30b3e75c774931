import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './writeFileAtomic';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-atomic-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving no temp files', async () => {
    const target = join(root, 'state.json');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, new TextEncoder().encode('two'));
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await readdir(root)).toEqual(['state.json']);
  });

  it('keeps the old file and cleans up when the rename cannot happen', async () => {
    const target = join(root, 'folder');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'kept');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await readdir(root)).toEqual(['folder']);
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('kept');
  });
});
