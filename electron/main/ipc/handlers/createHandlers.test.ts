import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobProgress } from '../../../../shared/ipc/contract';
import type { DialogProvider, DialogSpec } from '../../../services/dialogs/dialogIntents';
import { makePng } from '../../../services/images/testing/makePng';
import type { DispatchContext } from '../dispatch';
import { createTestDispatch } from './testing/testDispatch';

let root: string;
let answers: (string | null)[];
let shown: DialogSpec[];
const openExternal = vi.fn(() => Promise.resolve());
const openPath = vi.fn((_path: string) => Promise.resolve());
const dialogs: DialogProvider = {
  showOpen: (spec) => {
    shown.push(spec);
    return Promise.resolve(answers.shift() ?? null);
  },
  showOpenMany: (spec) => {
    shown.push(spec);
    const answer = answers.shift();
    return Promise.resolve(answer === null || answer === undefined ? [] : [answer]);
  },
  showOpenFolder: (spec) => {
    shown.push(spec);
    return Promise.resolve(answers.shift() ?? null);
  },
  showSave: (spec) => {
    shown.push(spec);
    return Promise.resolve(answers.shift() ?? null);
  },
};
const events: JobProgress[] = [];
const context: DispatchContext = {
  sender: { url: 'http://app.localhost/index.html', isMainFrame: true },
  emit: (_name, payload) => events.push(payload),
};

async function app() {
  return createTestDispatch(root, { dialogs, openExternal, openPath });
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-handlers-'));
  answers = [];
  shown = [];
  events.length = 0;
  openExternal.mockClear();
  openPath.mockClear();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('handlers through the real dispatch', () => {
  it('answers workspace info for the folder it opened', async () => {
    const { dispatch } = await app();
    const result = await dispatch('workspace:info', {}, context);
    expect(result).toMatchObject({ ok: true, value: { path: join(root, 'ws'), formatVersion: 1 } });
  });

  it('open-file shows the intent’s dialog and answers an opaque id, never the path', async () => {
    const { dispatch, services } = await app();
    const csv = join(root, 'roster.csv');
    await writeFile(csv, 'id,name\n1,Ada\n');
    answers.push(csv);
    const result = await dispatch('dialog:open-file', { intent: 'roster-csv' }, context);
    expect(shown[0]?.title).toBe('Import a roster');
    if (!result.ok || result.value === null) throw new Error('expected a picked file');
    expect(result.value).toMatchObject({ name: 'roster.csv', size: 14 });
    expect(result.value.fileId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(result.value)).not.toContain(root);
    expect(services.files.resolve(result.value.fileId, 'read')).toBe(csv);
    answers.push(null);
    await expect(dispatch('dialog:open-file', { intent: 'roster-csv' }, context)).resolves.toEqual({
      ok: true,
      value: null,
    });
  });

  it('save-file refuses a suggested name with folders in it', async () => {
    const { dispatch } = await app();
    const result = await dispatch(
      'dialog:save-file',
      { intent: 'feedback-docx', suggestedName: '../x.docx' },
      context,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(shown).toHaveLength(0);
  });

  it('open-external opens https links only', async () => {
    const { dispatch } = await app();
    await expect(
      dispatch('shell:open-external', { url: 'https://example.edu/a' }, context),
    ).resolves.toEqual({
      ok: true,
      value: { opened: true },
    });
    await expect(
      dispatch('shell:open-external', { url: 'file:///etc/passwd' }, context),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('opens a verified copy of evidence with the system program, never the stored object', async () => {
    const { dispatch, services } = await app();
    const { sha256 } = await services.evidence.put(Readable.from([Buffer.from('a CAD file')]));
    await expect(
      dispatch('evidence:open-externally', { sha256, fileName: 'Bracket.dwg' }, context),
    ).resolves.toEqual({ ok: true, value: { opened: true } });
    const opened = openPath.mock.calls.map(([path]) => path);
    expect(opened).toEqual([join(root, 'ws', 'opened', sha256, 'Bracket.dwg')]);
    expect(opened[0]).not.toBe(services.evidence.objectPath(sha256));
    expect(await readFile(opened[0] ?? '', 'utf8')).toBe('a CAD file');
    await expect(
      dispatch('evidence:open-externally', { sha256, fileName: '' }, context),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(openPath).toHaveBeenCalledTimes(1);
  });

  it('workspace usage runs as a job with progress events', async () => {
    const { dispatch } = await app();
    const jobId = crypto.randomUUID();
    const result = await dispatch('workspace:usage', { jobId }, context);
    expect(result).toMatchObject({ ok: true, value: { files: 1 } });
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['running', 'done']));
    expect(events.every((e) => e.jobId === jobId)).toBe(true);
  });

  it('badge images: import a chosen PNG, make one from the template, read either back', async () => {
    const { dispatch } = await app();
    const png = join(root, 'badge.png');
    await writeFile(png, makePng(128, 128));
    answers.push(png);
    const picked = await dispatch('dialog:open-file', { intent: 'badge-image' }, context);
    if (!picked.ok || picked.value === null) throw new Error('expected a picked file');
    const imported = await dispatch('badge:import', { fileId: picked.value.fileId }, context);
    expect(imported).toMatchObject({
      ok: true,
      value: { mediaType: 'image/png', width: 128, height: 128 },
    });
    const made = await dispatch(
      'badge:from-template',
      { code: 'MC-SAS-101', name: 'Statistical Analysis Software' },
      context,
    );
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value).toMatchObject({ mediaType: 'image/svg+xml', width: 512, height: 512 });
    const uri = await dispatch(
      'badge:data-uri',
      { sha256: made.value.sha256, mediaType: made.value.mediaType },
      context,
    );
    if (!uri.ok) throw new Error(uri.error.message);
    expect(uri.value.dataUri).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await readdir(join(root, 'ws', 'images'))).toHaveLength(2);
  });

  it('badge import of a file with script is refused and stores nothing', async () => {
    const { dispatch } = await app();
    const svg = join(root, 'evil.svg');
    await writeFile(
      svg,
      '<svg xmlns="http://www.w3.org/2000/svg" width="99" height="99"><script>alert(1)</script></svg>',
    );
    answers.push(svg);
    const picked = await dispatch('dialog:open-file', { intent: 'badge-image' }, context);
    if (!picked.ok || picked.value === null) throw new Error('expected a picked file');
    const result = await dispatch('badge:import', { fileId: picked.value.fileId }, context);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: /evil\.svg contains a <script>/ },
    });
    await expect(readdir(join(root, 'ws', 'images'))).rejects.toThrow();
  });
});

describe('text files', () => {
  it('reads a chosen file and writes to a chosen save target; a read id cannot be written', async () => {
    const { dispatch } = await app();
    const source = join(root, 'defs.json');
    await writeFile(source, '\uFEFF{"a":1}');
    answers.push(source);
    const picked = await dispatch('dialog:open-file', { intent: 'definitions-json' }, context);
    if (!picked.ok || picked.value === null) throw new Error('expected a picked file');
    await expect(
      dispatch('file:read-text', { fileId: picked.value.fileId }, context),
    ).resolves.toEqual({
      ok: true,
      value: { name: 'defs.json', text: '{"a":1}' },
    });
    await expect(
      dispatch('file:write-text', { fileId: picked.value.fileId, text: 'x' }, context),
    ).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
    const target = join(root, 'out.json');
    answers.push(target);
    const save = await dispatch(
      'dialog:save-file',
      { intent: 'definitions-json', suggestedName: 'out.json' },
      context,
    );
    if (!save.ok || save.value === null) throw new Error('expected a save target');
    await expect(
      dispatch('file:write-text', { fileId: save.value.fileId, text: 'é' }, context),
    ).resolves.toEqual({ ok: true, value: { name: 'out.json', bytes: 2 } });
    expect(await readFile(target, 'utf8')).toBe('é');
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const { dispatch } = await app();
    const binary = join(root, 'x.json');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0xfd]));
    answers.push(binary);
    const picked = await dispatch('dialog:open-file', { intent: 'definitions-json' }, context);
    if (!picked.ok || picked.value === null) throw new Error('expected a picked file');
    await expect(
      dispatch('file:read-text', { fileId: picked.value.fileId }, context),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: /not a UTF-8 text file/ },
    });
  });
});

describe('badge images carried in definitions files', () => {
  it('stores carried bytes whose hash matches, and refuses ones that do not', async () => {
    const { dispatch } = await app();
    const bytes = makePng(100, 100);
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const dataBase64 = bytes.toString('base64');
    await expect(
      dispatch('badge:import-data', { sha256, mediaType: 'image/png', dataBase64 }, context),
    ).resolves.toMatchObject({
      ok: true,
      value: { sha256, width: 100 },
    });
    await expect(
      dispatch(
        'badge:import-data',
        { sha256: 'c'.repeat(64), mediaType: 'image/png', dataBase64 },
        context,
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: /checksum/ },
    });
  });
});
