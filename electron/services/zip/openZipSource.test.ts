import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifySubmissionPaths } from '../intake/lmsShapes';
import { openZipSource } from './openZipSource';
import type { RawZipEntry } from './testing/rawZip';
import { buildRawZip } from './testing/rawZip';
import { writeYazlZip } from './testing/yazlZip';
import { ZipRefusedError } from './zipRefusal';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attest-zip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** 3 MiB of incompressible, reproducible bytes (xorshift32), like a real video. */
const video = Buffer.alloc(3 * 1024 * 1024 + 17);
let seed = 2463534242;
for (let i = 0; i < video.length; i += 1) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  video[i] = seed & 0xff;
}
const pdf = Buffer.from('%PDF-1.7\n…evidence…\n%%EOF\n');
const online = '<!DOCTYPE html><html><body><p>Ce que j’ai appris…</p></body></html>';

describe('openZipSource on a Moodle download made with yazl', () => {
  it('lists files (no folders, no macOS junk) and streams the right bytes', async () => {
    const path = join(dir, 'Welding 101-Assessment 2-12345.zip');
    await writeYazlZip(path, [
      { name: 'José Núñez_1234567_assignsubmission_file_/' },
      { name: 'José Núñez_1234567_assignsubmission_file_/Weld bead.pdf', data: pdf },
      { name: 'José Núñez_1234567_assignsubmission_file_/video/bend test.mp4', data: video },
      {
        name: "Seán O'Brien-Smith_7654321_assignsubmission_onlinetext_/onlinetext.html",
        data: online,
      },
      {
        name: "Seán O'Brien-Smith_7654321_assignsubmission_file_/Supervisor sign-off.pdf",
        data: pdf,
        compress: false,
      },
      { name: '__MACOSX/José Núñez_1234567_assignsubmission_file_/._Weld bead.pdf', data: 'rsrc' },
      { name: "Seán O'Brien-Smith_7654321_assignsubmission_file_/.DS_Store", data: 'ds' },
    ]);
    const source = await openZipSource(path);
    try {
      expect(source.kind).toBe('zip');
      expect(source.name).toBe('Welding 101-Assessment 2-12345.zip');
      expect(source.entries.map((e) => [e.path, e.size])).toEqual([
        ['José Núñez_1234567_assignsubmission_file_/Weld bead.pdf', pdf.length],
        ['José Núñez_1234567_assignsubmission_file_/video/bend test.mp4', video.length],
        [
          "Seán O'Brien-Smith_7654321_assignsubmission_onlinetext_/onlinetext.html",
          Buffer.byteLength(online),
        ],
        ["Seán O'Brien-Smith_7654321_assignsubmission_file_/Supervisor sign-off.pdf", pdf.length],
      ]);
      expect(source.skipped.map((s) => s.reason)).toEqual([
        'macOS resource data (__MACOSX)',
        'macOS folder settings (.DS_Store)',
      ]);
      const bytes = await Promise.all(
        source.entries.map(async (entry) => readAll(await entry.open())),
      );
      expect(bytes.map((b) => b.length)).toEqual(source.entries.map((e) => e.size));
      expect(bytes[0]?.equals(pdf)).toBe(true);
      expect(bytes[1]?.equals(video)).toBe(true);
      expect(bytes[2]?.toString('utf8')).toBe(online);
      expect(bytes[3]?.equals(pdf)).toBe(true);

      const classified = classifySubmissionPaths(source.entries.map((e) => e.path));
      expect(classified.shape).toBe('moodle');
      expect(
        classified.items.map((i) => [i.learner.name, i.learner.lmsId, i.kind, i.roleHint]),
      ).toEqual([
        ['José Núñez', '1234567', 'file', 'demonstration'],
        ['José Núñez', '1234567', 'file', 'demonstration'],
        ["Seán O'Brien-Smith", '7654321', 'online-text', 'reflection'],
        ["Seán O'Brien-Smith", '7654321', 'file', 'attestation'],
      ]);
    } finally {
      await source.close();
    }
    await expect(source.entries[0]?.open()).rejects.toThrow(/already closed/);
  });

  it('decodes CP437 names when the UTF-8 flag is not set', async () => {
    const path = join(dir, 'legacy.zip');
    const name = Buffer.from([0x63, 0x61, 0x66, 0x82, 0x2f, 0x6e, 0x6f, 0x74, 0x65, 0x73, 0xff]);
    await writeFile(path, buildRawZip([{ name, utf8: false, data: 'x' }]));
    const source = await openZipSource(path);
    expect(source.entries.map((e) => e.path)).toEqual(['café/notes\u00a0']);
    await source.close();
  });
});

describe('open() checks the bytes against what the entry declares', () => {
  async function openOnly(entry: RawZipEntry): Promise<Readable> {
    const path = join(dir, `lying-${String(Math.random()).slice(2)}.zip`);
    await writeFile(path, buildRawZip([entry]));
    const source = await openZipSource(path);
    const first = source.entries[0];
    if (!first) throw new Error('nothing listed');
    return first.open();
  }

  async function reasonOf(stream: Readable): Promise<string> {
    try {
      await readAll(stream);
    } catch (error) {
      expect(error).toBeInstanceOf(ZipRefusedError);
      return error instanceof ZipRefusedError ? error.reason : 'other';
    }
    return 'none';
  }

  it('refuses an entry that inflates past its declared size (small declared, 512 KiB real)', async () => {
    const stream = await openOnly({
      name: 'liar.bin',
      data: Buffer.alloc(512 * 1024),
      method: 8,
      declaredUncompressedSize: 100,
    });
    expect(await reasonOf(stream)).toBe('size-mismatch');
  });

  it('refuses an entry that delivers fewer bytes than it declares', async () => {
    const stream = await openOnly({
      name: 'short.txt',
      data: 'tiny',
      method: 8,
      declaredUncompressedSize: 5000,
    });
    expect(await reasonOf(stream)).toBe('size-mismatch');
  });

  it('refuses an entry whose checksum does not match', async () => {
    const stream = await openOnly({ name: 'bad.txt', data: 'hello', declaredCrc32: 12345 });
    expect(await reasonOf(stream)).toBe('crc-mismatch');
  });
});

describe('Brightspace and Canvas downloads, as zips made with yazl', () => {
  it('a Brightspace zip (flat, with index.html) opens and maps to its learners', async () => {
    const path = join(dir, 'Assessment 2 Download Oct 2, 2024.zip');
    await writeYazlZip(path, [
      { name: 'index.html', data: '<html><body>Assessment 2</body></html>' },
      {
        name: '158233-402766 - Mary-Ann Smith - Sep 24, 2024 926 PM - Weld - final.pdf',
        data: pdf,
      },
      {
        name: "158234-402767 - Chloé D'Amours - Oct 1, 2024 1105 AM - Sign-off form.pdf",
        data: pdf,
      },
    ]);
    const source = await openZipSource(path);
    try {
      const result = classifySubmissionPaths(source.entries.map((e) => e.path));
      expect(result.shape).toBe('brightspace');
      expect(result.items.map((i) => [i.learner.name, i.fileName, i.kind])).toEqual([
        [null, 'index.html', 'lms-index'],
        ['Mary-Ann Smith', 'Weld - final.pdf', 'file'],
        ["Chloé D'Amours", 'Sign-off form.pdf', 'file'],
      ]);
      const second = source.entries[1];
      expect(second === undefined ? null : (await readAll(await second.open())).equals(pdf)).toBe(
        true,
      );
    } finally {
      await source.close();
    }
  });

  it('a Canvas zip (lastfirst_<user>_<file>_name) opens and maps to its learners', async () => {
    const path = join(dir, 'submissions.zip');
    await writeYazlZip(path, [
      { name: 'smithjane_40123_7788990_Weld_bead_photo.jpg', data: video },
      { name: 'obrienseán_late_40124_7788992_Reflection journal.docx', data: pdf },
      { name: 'leclercjeanluc_40126_text.html', data: online },
    ]);
    const source = await openZipSource(path);
    try {
      const result = classifySubmissionPaths(source.entries.map((e) => e.path));
      expect(result.shape).toBe('canvas');
      expect(result.items.map((i) => [i.learner.name, i.fileName, i.roleHint])).toEqual([
        ['smithjane', 'Weld_bead_photo.jpg', 'demonstration'],
        ['obrienseán', 'Reflection journal.docx', 'reflection'],
        ['leclercjeanluc', 'leclercjeanluc_40126_text.html', 'reflection'],
      ]);
      const first = source.entries[0];
      expect(first === undefined ? null : (await readAll(await first.open())).equals(video)).toBe(
        true,
      );
    } finally {
      await source.close();
    }
  });
});
