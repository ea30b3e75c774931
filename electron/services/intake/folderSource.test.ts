import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderSource } from './folderSource';
import { defaultIntakeLimits } from './IntakeSource';

let root: string;
let folder: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-folder-'));
  folder = join(root, 'submissions');
  await mkdir(join(folder, 'Ada Lovelace_1001', 'draft'), { recursive: true });
  await writeFile(join(folder, 'Ada Lovelace_1001', 'essay.txt'), 'essay');
  await writeFile(join(folder, 'Ada Lovelace_1001', 'draft', 'v1.txt'), 'draft one');
  await writeFile(join(folder, 'readme.txt'), 'hello');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const posix = process.platform !== 'win32';

describe('folderSource', () => {
  it('lists plain files recursively with relative paths and streams them', async () => {
    const source = await folderSource(folder);
    expect(source).toMatchObject({ kind: 'folder', name: 'submissions', rejected: [] });
    expect(source.entries.map((entry) => [entry.path, entry.size])).toEqual([
      ['Ada Lovelace_1001/draft/v1.txt', 9],
      ['Ada Lovelace_1001/essay.txt', 5],
      ['readme.txt', 5],
    ]);
    const essay = source.entries[1];
    expect(await text(await essay!.open())).toBe('essay');
  });

  it.runIf(posix)('refuses links, pipes and bad names without following them', async () => {
    const secret = join(root, 'secret.txt');
    await writeFile(secret, 'not evidence');
    await symlink(secret, join(folder, 'link.txt'));
    await symlink(root, join(folder, 'loop'));
    execFileSync('mkfifo', [join(folder, 'pipe')]);
    await writeFile(join(folder, 'bad\u0007bell.txt'), 'x');
    await writeFile(join(folder, 'invoice\u202etxt.exe'), 'x');
    await writeFile(Buffer.from(`${folder}/caf\xe9.txt`, 'latin1'), 'x');
    await writeFile(join(folder, '.DS_Store'), 'x');
    const source = await folderSource(folder);
    expect(source.entries.map((entry) => entry.path)).toHaveLength(3);
    expect(source.rejected).toEqual([
      { path: '.DS_Store', reason: 'it is a file the operating system made' },
      { path: 'bad\ufffdbell.txt', reason: 'the name contains control characters' },
      { path: 'caf\ufffd.txt', reason: 'the name is not valid UTF-8' },
      {
        path: 'invoice\ufffdtxt.exe',
        reason: 'the name contains invisible text-direction characters',
      },
      { path: 'link.txt', reason: 'it is a link; Attest does not follow links' },
      { path: 'loop', reason: 'it is a link; Attest does not follow links' },
      { path: 'pipe', reason: 'it is not a plain file (a device, pipe or socket)' },
    ]);
  });

  it.runIf(posix)('refuses a root that is a link', async () => {
    await symlink(folder, join(root, 'alias'));
    await expect(folderSource(join(root, 'alias'))).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('applies size, path, count and total limits', async () => {
    await writeFile(join(folder, 'big.bin'), Buffer.alloc(100));
    const limits = { ...defaultIntakeLimits, maxFileBytes: 50, maxPathLength: 20 };
    const source = await folderSource(folder, { limits });
    expect(source.entries.map((entry) => entry.path)).toEqual(['readme.txt']);
    expect(source.rejected).toEqual([
      { path: 'Ada Lovelace_1001/draft', reason: 'the path is longer than 20 characters' },
      { path: 'Ada Lovelace_1001/essay.txt', reason: 'the path is longer than 20 characters' },
      { path: 'big.bin', reason: 'the file is 100 bytes, larger than the 50 bytes limit' },
    ]);
    await expect(
      folderSource(folder, { limits: { ...defaultIntakeLimits, maxEntries: 2 } }),
    ).rejects.toThrow(/more than 2 files/);
    await expect(
      folderSource(folder, { limits: { ...defaultIntakeLimits, maxTotalBytes: 20 } }),
    ).rejects.toThrow(/more than the 20 bytes one import may hold/);
  });

  it('refuses to read a file that changed after it was listed', async () => {
    const source = await folderSource(folder);
    await writeFile(join(folder, 'readme.txt'), 'hello, longer now');
    const readme = source.entries.find((entry) => entry.path === 'readme.txt');
    await expect(readme!.open()).rejects.toMatchObject({ code: 'io' });
    await expect(readme!.openFile?.()).rejects.toMatchObject({ code: 'io' });
  });

  it.runIf(posix)('opens a listed file directly, never through a link swapped in', async () => {
    const source = await folderSource(folder);
    const essay = source.entries.find((entry) => entry.path === 'Ada Lovelace_1001/essay.txt');
    const opened = await essay?.openFile?.();
    expect(opened?.size).toBe(5);
    expect(await opened?.handle.readFile('utf8')).toBe('essay');
    await opened?.handle.close();
    const path = join(folder, 'Ada Lovelace_1001', 'essay.txt');
    await rm(path);
    await writeFile(join(root, 'other.txt'), 'other');
    await symlink(join(root, 'other.txt'), path);
    await expect(essay?.openFile?.()).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('reports a missing folder and a file given as a folder', async () => {
    await expect(folderSource(join(root, 'nope'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(folderSource(join(folder, 'readme.txt'))).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});
