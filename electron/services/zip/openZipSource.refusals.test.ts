import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeLimits } from '../intake/IntakeSource';
import { defaultIntakeLimits } from '../intake/IntakeSource';
import { ServiceError } from '../ServiceError';
import { openZipSource } from './openZipSource';
import { expectSafePath, nameArbitrary } from './testing/nameArbitraries';
import type { RawZipEntry } from './testing/rawZip';
import { buildRawZip, unixAttributes, unixMode } from './testing/rawZip';
import type { ZipRefusal } from './zipRefusal';
import { ZipRefusedError } from './zipRefusal';

let dir: string;
let counter = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attest-zip-refusals-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeZip(
  entries: readonly RawZipEntry[],
  name = 'submissions.zip',
): Promise<string> {
  counter += 1;
  const folder = join(dir, String(counter));
  await mkdir(folder);
  const path = join(folder, name);
  await writeFile(path, buildRawZip(entries));
  return path;
}

async function refusal(path: string, limits?: IntakeLimits): Promise<ZipRefusedError> {
  try {
    const source = await openZipSource(path, limits);
    await source.close();
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toBeInstanceOf(ZipRefusedError);
    if (error instanceof ZipRefusedError) return error;
  }
  throw new Error(`expected ${path} to be refused`);
}

async function expectRefused(
  entries: readonly RawZipEntry[],
  reason: ZipRefusal,
  limits?: IntakeLimits,
): Promise<ZipRefusedError> {
  const error = await refusal(await writeZip(entries), limits);
  expect(error.reason).toBe(reason);
  expect(error.code).toBe('invalid-request');
  return error;
}

const ok: RawZipEntry = { name: 'Jane Doe_1_assignsubmission_file_/ok.txt', data: 'fine' };
const zeros = (bytes: number): Buffer => Buffer.alloc(bytes);

describe('openZipSource refuses', () => {
  it('zip slip, with a message for the lead', async () => {
    const error = await expectRefused([ok, { name: '../../etc/passwd', data: 'x' }], 'outside-zip');
    expect(error.message).toBe(
      '"submissions.zip" was not imported: entry "../../etc/passwd" points outside the zip.',
    );
  });

  it.each([
    ['/abs/x.txt', 'absolute-path'],
    ['C:\\x', 'absolute-path'],
    ['C:/Windows/x', 'absolute-path'],
    ['dir\\file.txt', 'backslash'],
    ['tab\there.txt', 'control-characters'],
    ['cod\u202Etxt.exe', 'control-characters'],
    ['a/./../../b', 'outside-zip'],
  ] as const)('name %j (%s)', async (name, reason) => {
    await expectRefused([ok, { name, data: 'x' }], reason);
  });

  it('invalid UTF-8 with the UTF-8 flag set, naming the entry with an escape', async () => {
    const name = Buffer.from([0x62, 0x61, 0x64, 0xff, 0x2e, 0x70, 0x64, 0x66]);
    const error = await expectRefused([{ name, data: 'x' }], 'invalid-utf8');
    expect(error.message).toContain('entry "bad\uFFFD.pdf"');
  });

  it('symlink entries, whatever they point at', async () => {
    const link = { name: 'link', data: '../../etc/passwd' };
    await expectRefused(
      [ok, { ...link, externalAttributes: unixAttributes(unixMode.symlink) }],
      'symlink',
    );
    // A symlink mode is refused even when the zip claims a non-Unix host made it.
    const dosHost = { versionMadeBy: 20, externalAttributes: unixAttributes(unixMode.symlink) };
    await expectRefused([{ ...link, ...dosHost }], 'symlink');
  });

  it.each([unixMode.fifo, unixMode.charDevice, unixMode.blockDevice, unixMode.socket])(
    'non-regular file mode %o',
    async (mode) => {
      await expectRefused(
        [{ name: 'dev', externalAttributes: unixAttributes(mode) }],
        'not-a-regular-file',
      );
    },
  );

  it('a folder entry that holds data', async () => {
    await expectRefused([{ name: 'folder/', data: 'hidden' }], 'not-a-regular-file');
  });

  it('encrypted entries and compression methods it cannot read', async () => {
    await expectRefused([{ name: 'secret.pdf', data: 'x', method: 8, flags: 0x1 }], 'encrypted');
    await expectRefused([{ name: 'a.bz2', data: 'x', method: 12 }], 'unsupported-compression');
  });

  it('files, totals, counts and paths over the limits', async () => {
    const limits = { ...defaultIntakeLimits, maxFileBytes: 1000, maxTotalBytes: 3000 };
    const big = { name: 'big.bin', data: zeros(2000) };
    const error = await expectRefused([ok, big], 'file-too-large', limits);
    expect(error.message).toContain('over the 1000 bytes limit for one file');
    const two = [
      { name: 'a.bin', data: zeros(900) },
      { name: 'b.bin', data: zeros(900) },
      { name: 'c.bin', data: zeros(900) },
      { name: 'd.bin', data: zeros(900) },
    ];
    await expectRefused(two, 'total-too-large', limits);
    await expectRefused(two, 'too-many-entries', { ...defaultIntakeLimits, maxEntries: 3 });
    await expectRefused([{ name: `${'d/'.repeat(20)}x.txt` }], 'path-too-long', {
      ...defaultIntakeLimits,
      maxPathLength: 30,
    });
  });

  it('duplicate names, case-insensitively and after Unicode normalisation', async () => {
    const error = await expectRefused(
      [
        { name: 'Report.pdf', data: '1' },
        { name: 'report.PDF', data: '2' },
      ],
      'duplicate-name',
    );
    expect(error.message).toContain('has the same name as entry "Report.pdf"');
    await expectRefused([{ name: 'Jos\u00e9.txt' }, { name: 'Jose\u0301.txt' }], 'duplicate-name');
  });

  it('a huge compression ratio (one small entry inflating to 20 MiB)', async () => {
    await expectRefused(
      [{ name: 'bomb.bin', data: zeros(20 * 1024 * 1024), method: 8 }],
      'compression-ratio',
    );
  });

  it('the overlapping-entry bomb: 50 central entries × 10 MiB sharing one local header', async () => {
    const entries: RawZipEntry[] = [{ name: 'f0.bin', data: zeros(10 * 1024 * 1024), method: 8 }];
    for (let i = 1; i < 50; i += 1) entries.push({ name: `f${i}.bin`, sameDataAs: 0 });
    const path = await writeZip(entries);
    expect((await stat(path)).size).toBeLessThan(20 * 1024);
    // Default limits: refused (the ratio alone gives it away).
    const byDefault = await refusal(path);
    expect(byDefault.problems.map((p) => p.reason)).toContain('compression-ratio');
    // Even with the ratio allowed, the shared data is found.
    const error = await refusal(path, { ...defaultIntakeLimits, maxCompressionRatio: 1e9 });
    expect(error.reason).toBe('overlapping-entries');
    expect(error.problems).toHaveLength(49);
    expect(error.message).toContain('(and 48 other problems)');
  });

  it('an entry whose declared data runs into the next local header', async () => {
    await expectRefused(
      [
        { name: 'a.txt', data: 'aaaa', declaredCompressedSize: 60, declaredUncompressedSize: 60 },
        { name: 'b.txt', data: 'bbbb' },
      ],
      'overlapping-entries',
    );
    const error = await expectRefused(
      [{ name: 'last.txt', data: 'zz', declaredCompressedSize: 40, declaredUncompressedSize: 40 }],
      'overlapping-entries',
    );
    expect(error.message).toContain("runs into the zip's table of contents");
  });

  it('a stored entry whose two sizes disagree, and files that are not zips', async () => {
    await expectRefused([{ name: 'a.txt', data: 'abc', declaredCompressedSize: 2 }], 'unreadable');
    const notZip = join(dir, 'notes.zip');
    await writeFile(notZip, 'this is not a zip');
    const error = await refusal(notZip);
    expect(error.reason).toBe('unreadable');
    expect(error.message).toMatch(/^"notes\.zip" was not imported: it is not a zip file/);
  });
});

describe('openZipSource on arbitrary names (property)', () => {
  it('lists only safe paths or refuses with a ZipRefusedError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(nameArbitrary, { minLength: 1, maxLength: 4 }), async (names) => {
        const path = await writeZip(names.map((name, i) => ({ name, data: `#${i}` })));
        try {
          const source = await openZipSource(path);
          for (const entry of source.entries) expectSafePath(entry.path);
          expect(source.entries.length).toBeLessThanOrEqual(names.length);
          await source.close();
        } catch (error) {
          expect(error).toBeInstanceOf(ZipRefusedError);
        }
      }),
      { numRuns: 80 },
    );
  });
});
