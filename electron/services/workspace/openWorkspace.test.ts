import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobRegistry } from '../jobs/JobRegistry';
import { measureUsage } from './measureUsage';
import { openWorkspace, WORKSPACE_FILE, WORKSPACE_FORMAT_VERSION } from './openWorkspace';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-ws-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('openWorkspace', () => {
  it('creates the folder and its workspace.json on first use, then reopens the same workspace', async () => {
    const path = join(root, 'nested', 'ws');
    const created = await openWorkspace(path, {
      newId: () => 'ws-1',
      now: () => new Date('2026-01-02T03:04:05Z'),
    });
    expect(created).toEqual({
      id: 'ws-1',
      path,
      createdAt: '2026-01-02T03:04:05.000Z',
      formatVersion: WORKSPACE_FORMAT_VERSION,
    });
    const again = await openWorkspace(path, { newId: () => 'other' });
    expect(again).toEqual(created);
    expect(await readdir(path)).toEqual([WORKSPACE_FILE]);
  });

  it('refuses a workspace written by a newer Attest, and leaves it untouched', async () => {
    const text = JSON.stringify({ id: 'x', createdAt: '2030-01-01T00:00:00Z', formatVersion: 99 });
    await writeFile(join(root, WORKSPACE_FILE), text);
    await expect(openWorkspace(root)).rejects.toMatchObject({
      code: 'conflict',
      message: /newer Attest/,
    });
    expect(await readFile(join(root, WORKSPACE_FILE), 'utf8')).toBe(text);
  });

  it.each([
    ['not JSON', '{nope', /not valid JSON/],
    ['not ours', '{"hello":"world"}', /not an Attest workspace/],
  ])('refuses a workspace.json that is %s', async (_label, text, message) => {
    await writeFile(join(root, WORKSPACE_FILE), text);
    await expect(openWorkspace(root)).rejects.toThrow(message);
  });
});

describe('measureUsage', () => {
  it('counts files and bytes in nested folders', async () => {
    await openWorkspace(root);
    await writeFile(join(root, 'a.bin'), Buffer.alloc(1000));
    await mkdir(join(root, 'sub', 'deeper'), { recursive: true });
    await writeFile(join(root, 'sub', 'deeper', 'b.bin'), Buffer.alloc(24));
    const workspaceJson = (await readFile(join(root, WORKSPACE_FILE))).length;
    const usage = await new JobRegistry().run(
      { jobId: 'u', unit: 'files', emit: () => undefined },
      (job) => measureUsage(root, job),
    );
    expect(usage).toEqual({ files: 3, bytes: 1024 + workspaceJson });
  });
});
