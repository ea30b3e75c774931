import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
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

  // POSIX modes and links; Windows has neither in this form.
  const posix = process.platform !== 'win32';

  it.runIf(posix)(
    'keeps the mode of an existing file; a new file gets 0666 minus the umask',
    async () => {
      const shared = join(root, 'shared.txt');
      await writeFile(shared, 'old');
      await chmod(shared, 0o640);
      await writeFileAtomic(shared, 'new');
      expect((await stat(shared)).mode & 0o777).toBe(0o640);
      expect(await readFile(shared, 'utf8')).toBe('new');

      const fresh = join(root, 'fresh.txt');
      await writeFileAtomic(fresh, 'x');
      // As any file the process makes normally (0666 minus the umask), not owner-only.
      const plain = join(root, 'plain.txt');
      await writeFile(plain, 'x');
      expect((await stat(fresh)).mode & 0o777).toBe((await stat(plain)).mode & 0o777);
    },
  );

  it.runIf(posix)('makes the file owner-only when asked, whatever it was', async () => {
    const state = join(root, 'state.json');
    await writeFile(state, '{}');
    await chmod(state, 0o644);
    await writeFileAtomic(state, '{"a":1}', { private: true });
    expect((await stat(state)).mode & 0o777).toBe(0o600);
    await writeFileAtomic(join(root, 'new.json'), '{}', { private: true });
    expect((await stat(join(root, 'new.json'))).mode & 0o777).toBe(0o600);
  });

  it.runIf(posix)(
    'writes through a symbolic link to the file it points to, keeping the link',
    async () => {
      await mkdir(join(root, 'real'));
      const real = join(root, 'real', 'notes.md');
      await writeFile(real, 'old');
      await chmod(real, 0o600);
      const link = join(root, 'notes.md');
      await symlink(join('real', 'notes.md'), link);
      await writeFileAtomic(link, 'new');
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect(await readlink(link)).toBe(join('real', 'notes.md'));
      expect(await readFile(real, 'utf8')).toBe('new');
      expect((await stat(real)).mode & 0o777).toBe(0o600);
      expect((await readdir(root)).sort()).toEqual(['notes.md', 'real']);
      expect(await readdir(join(root, 'real'))).toEqual(['notes.md']);
    },
  );

  it.runIf(posix)('refuses a link that points nowhere and leaves it alone', async () => {
    const link = join(root, 'dangling.md');
    await symlink(join(root, 'missing', 'file.md'), link);
    await expect(writeFileAtomic(link, 'x')).rejects.toMatchObject({ code: 'invalid-request' });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readdir(root)).toEqual(['dangling.md']);
  });
});
