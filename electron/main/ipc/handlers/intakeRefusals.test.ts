/**
 * A hostile LMS download, through the real dispatch as the renderer sends it:
 * refused with a message that says why, and the evidence store, the intake
 * journal and the temp folder are exactly as before. (The renderer writes its
 * records only from a finished intake, so its database is untouched too.)
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RawZipEntry } from '../../../services/zip/testing/rawZip';
import { buildRawZip, unixAttributes, unixMode } from '../../../services/zip/testing/rawZip';
import { createTestDispatch } from './testing/testDispatch';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-intake-refusals-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const app = () => createTestDispatch(root);

const ok: RawZipEntry = { name: 'Jane Doe_1_assignsubmission_file_/report.txt', data: 'fine' };
const zeros = (n: number) => new Uint8Array(n);

const hostile: readonly [string, readonly RawZipEntry[], RegExp][] = [
  ['zip slip', [ok, { name: '../../etc/passwd', data: 'x' }], /outside|\.\./i],
  ['an absolute path', [ok, { name: '/etc/cron.d/evil', data: 'x' }], /absolute|outside/i],
  [
    'a symlink entry',
    [
      ok,
      { name: 'link', data: '/etc/passwd', externalAttributes: unixAttributes(unixMode.symlink) },
    ],
    /link/i,
  ],
  ['a zip bomb', [ok, { name: 'bomb.bin', data: zeros(20 * 1024 * 1024), method: 8 }], /zip bomb/i],
  [
    'an invalid UTF-8 name',
    [ok, { name: Uint8Array.from([0x66, 0xff, 0xfe, 0x2e, 0x74, 0x78, 0x74]), data: 'x' }],
    /UTF-8/i,
  ],
  ['a control character in a name', [ok, { name: 'a\u0007b.txt', data: 'x' }], /control/i],
];

describe('a hostile zip through intake:run', () => {
  it.each(hostile)(
    '%s is refused with a reason, and nothing is stored',
    async (_, entries, why) => {
      const { dispatch, services } = await app();
      // Evidence already in the store must stay exactly as it was.
      const existing = await services.evidence.put(Readable.from([Buffer.from('kept')]));
      const zip = join(root, 'download.zip');
      await writeFile(zip, buildRawZip(entries));
      const { fileId } = services.files.register(zip, 'read');

      const result = await dispatch('intake:run', {
        jobId: crypto.randomUUID(),
        intakeId: crypto.randomUUID(),
        source: { kind: 'zip', fileId },
      });

      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(why);
      expect(await services.evidence.list()).toEqual([existing.sha256]);
      expect(await dispatch('intake:pending', {})).toEqual({ ok: true, value: [] });
      const temp = await readdir(join(root, 'ws', 'evidence', 'tmp')).catch(() => []);
      expect(temp).toEqual([]);
    },
  );
});
