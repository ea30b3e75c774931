import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceStore } from './EvidenceStore';
import { clearOpenedCopies, openedFolder, writeOpenedCopy } from './openedCopy';

let workspace: string;
let store: EvidenceStore;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'attest-opened-'));
  store = new EvidenceStore(workspace);
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const put = async (text: string) => (await store.put(Readable.from([Buffer.from(text)]))).sha256;

describe('a copy for a program outside Attest', () => {
  it('is a read-only copy of the verified bytes, under the name the assessor sees', async () => {
    const sha256 = await put('CAD drawing bytes');
    const copy = await writeOpenedCopy(store, workspace, sha256, 'Bracket drawing.dwg');
    expect(copy).toBe(join(openedFolder(workspace), sha256, 'Bracket drawing.dwg'));
    expect(await readFile(copy, 'utf8')).toBe('CAD drawing bytes');
    expect((await stat(copy)).mode & 0o777).toBe(0o400);
    // The store's own object is untouched and still verifies.
    expect(await store.verify(sha256)).toBe('ok');
    // Asking again replaces the copy (an earlier one may have been changed by its program).
    expect(await writeOpenedCopy(store, workspace, sha256, 'Bracket drawing.dwg')).toBe(copy);
  });

  it('keeps a hostile name inside its folder and its extension visible', async () => {
    const sha256 = await put('x');
    const copy = await writeOpenedCopy(store, workspace, sha256, '../../evil\u202egpj.exe');
    expect(dirname(copy)).toBe(join(openedFolder(workspace), sha256));
    expect(copy.endsWith('.exe')).toBe(true);
    expect(copy).not.toContain('\u202e');
  });

  it('refuses a file whose bytes no longer match, and writes nothing', async () => {
    const sha256 = await put('original');
    const object = store.objectPath(sha256);
    await chmod(object, 0o600);
    await writeFile(object, 'tampered');
    await expect(writeOpenedCopy(store, workspace, sha256, 'a.bin')).rejects.toMatchObject({
      code: 'forbidden',
      message: 'a.bin no longer matches its checksum: it was changed on disk and is not opened.',
    });
    expect(await readdir(openedFolder(workspace)).catch(() => [])).toEqual([]);
  });

  it('refuses a file the store does not have', async () => {
    const sha256 = createHash('sha256').update('never stored').digest('hex');
    await expect(writeOpenedCopy(store, workspace, sha256, 'a.bin')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('copies of an earlier run are cleared at start', async () => {
    const sha256 = await put('y');
    await writeOpenedCopy(store, workspace, sha256, 'a.bin');
    await clearOpenedCopies(workspace);
    expect(await readdir(workspace)).not.toContain('opened');
  });
});
