import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesSource } from './filesSource';
import { defaultIntakeLimits } from './IntakeSource';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-files-'));
  await mkdir(join(root, 'a'));
  await mkdir(join(root, 'b'));
  await writeFile(join(root, 'a', 'photo.jpg'), 'first');
  await writeFile(join(root, 'b', 'photo.jpg'), 'second');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('filesSource', () => {
  it('lists single files, keeping paths unique', async () => {
    const source = await filesSource([join(root, 'a', 'photo.jpg'), join(root, 'b', 'photo.jpg')]);
    expect(source).toMatchObject({ kind: 'files', name: '2 files', rejected: [] });
    expect(source.entries.map((entry) => entry.path)).toEqual(['photo.jpg', 'photo (2).jpg']);
    expect(await text(await source.entries[1]!.open())).toBe('second');
  });

  it.runIf(process.platform !== 'win32')(
    'refuses links, folders, missing and oversized files',
    async () => {
      await symlink(join(root, 'a', 'photo.jpg'), join(root, 'link.jpg'));
      await writeFile(join(root, 'big.mov'), Buffer.alloc(64));
      const source = await filesSource(
        [join(root, 'link.jpg'), join(root, 'a'), join(root, 'gone.pdf'), join(root, 'big.mov')],
        { ...defaultIntakeLimits, maxFileBytes: 10 },
      );
      expect(source.entries).toEqual([]);
      expect(source.rejected).toEqual([
        { path: 'link.jpg', reason: 'it is a link; Attest does not follow links' },
        { path: 'a', reason: 'it is not a plain file' },
        { path: 'gone.pdf', reason: 'the file does not exist' },
        { path: 'big.mov', reason: 'the file is 64 bytes, larger than the 10 bytes limit' },
      ]);
    },
  );

  it('refuses more files than the entry limit', async () => {
    await expect(
      filesSource([join(root, 'a', 'photo.jpg'), join(root, 'b', 'photo.jpg')], {
        ...defaultIntakeLimits,
        maxEntries: 1,
      }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
