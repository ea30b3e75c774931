import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceStore } from '../evidence/EvidenceStore';
import { makePng } from '../images/testing/makePng';
import { JobRegistry } from '../jobs/JobRegistry';
import type { JobHandle } from '../jobs/JobRegistry';
import { folderSource } from './folderSource';
import { IntakeJournal } from './intakeJournal';
import type { IntakeSource, IntakeSourceEntry } from './IntakeSource';
import { defaultIntakeLimits } from './IntakeSource';
import { runIntake } from './runIntake';

let root: string;
let store: EvidenceStore;
let journal: IntakeJournal;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-run-'));
  store = new EvidenceStore(join(root, 'workspace'));
  journal = new IntakeJournal(store);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function jobFor(controller = new AbortController(), reports: string[] = []): JobHandle {
  return {
    signal: controller.signal,
    report: (done, total, message) => reports.push(`${done}/${total ?? '?'} ${message ?? ''}`),
    throwIfCancelled: () => controller.signal.throwIfAborted(),
  };
}

function memorySource(
  files: Record<string, Buffer>,
  declared?: Record<string, number>,
): IntakeSource {
  const entries: IntakeSourceEntry[] = Object.entries(files).map(([path, body]) => ({
    path,
    size: declared?.[path] ?? body.length,
    open: () => Promise.resolve(Readable.from([body])),
  }));
  return { kind: 'zip', name: 'memory.zip', entries, close: () => Promise.resolve() };
}

async function leftovers(): Promise<string[]> {
  const evidence = join(root, 'workspace', 'evidence');
  const tmp = await readdir(join(evidence, 'tmp')).catch(() => []);
  const journals = await readdir(join(evidence, 'journal')).catch(() => []);
  return [...tmp, ...journals];
}

describe('runIntake', () => {
  it('stores every file and returns a manifest with progress in bytes and files', async () => {
    const existing = await store.put(Readable.from([Buffer.from('already here')]));
    const folder = join(root, 'in');
    await mkdir(join(folder, 'learner'), { recursive: true });
    await writeFile(join(folder, 'learner', 'photo.png'), makePng(3, 3));
    await writeFile(join(folder, 'learner', 'again.txt'), 'already here');
    await writeFile(join(folder, 'bad\u0001.txt'), 'x');
    const source = await folderSource(folder);
    const reports: string[] = [];
    const manifest = await runIntake({
      source,
      store,
      journal,
      intakeId: 'i1',
      job: jobFor(undefined, reports),
    });
    expect(manifest).toMatchObject({
      intakeId: 'i1',
      sourceName: 'in',
      totals: { files: 2, bytes: 12 + makePng(3, 3).length },
      rejected: [{ path: 'bad\ufffd.txt', reason: 'the name contains control characters' }],
    });
    expect(
      manifest.entries.map(({ path, fileName, mediaType, created }) => ({
        path,
        fileName,
        mediaType,
        created,
      })),
    ).toEqual([
      { path: 'learner/again.txt', fileName: 'again.txt', mediaType: 'text/plain', created: false },
      { path: 'learner/photo.png', fileName: 'photo.png', mediaType: 'image/png', created: true },
    ]);
    expect(manifest.entries[0]?.sha256).toBe(existing.sha256);
    expect(reports.at(-1)).toBe(`${manifest.totals.bytes}/${manifest.totals.bytes} 2 of 2 files`);
    expect(await journal.pendingIntakes()).toEqual([
      expect.objectContaining({ intakeId: 'i1', created: [manifest.entries[1]?.sha256] }),
    ]);
  });

  it('deletes what it created and leaves no journal when cancelled mid-stream', async () => {
    const existing = await store.put(Readable.from([Buffer.alloc(1000, 1)]));
    const controller = new AbortController();
    const files: Record<string, Buffer> = {};
    for (let index = 0; index < 10; index += 1) files[`f${index}.bin`] = Buffer.alloc(1000, index);
    const source = memorySource(files);
    const job = jobFor(controller);
    let seen = 0;
    const reporting: JobHandle = {
      ...job,
      report: () => {
        seen += 1;
        if (seen === 7) controller.abort();
      },
    };
    await expect(
      runIntake({
        source,
        store,
        journal,
        intakeId: 'c1',
        job: reporting,
        batch: { files: 2, bytes: 1e9 },
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(await store.list()).toEqual([existing.sha256]);
    expect(await leftovers()).toEqual([]);
  });

  it('cleans up when an entry fails or is not the size it declared', async () => {
    const broken: IntakeSource = {
      ...memorySource({ 'a.txt': Buffer.from('fine') }),
      entries: [
        ...memorySource({ 'a.txt': Buffer.from('fine') }).entries,
        { path: 'b.txt', size: 3, open: () => Promise.reject(new Error('disk gone')) },
      ],
    };
    await expect(
      runIntake({
        source: broken,
        store,
        journal,
        intakeId: 'e1',
        job: jobFor(),
        batch: { files: 1, bytes: 1e9 },
      }),
    ).rejects.toThrow('disk gone');
    const liar = memorySource({ 'short.txt': Buffer.from('abc') }, { 'short.txt': 10 });
    await expect(
      runIntake({ source: liar, store, journal, intakeId: 'e2', job: jobFor() }),
    ).rejects.toThrow(/ended after 3 of 10 bytes/);
    const liar2 = memorySource({ 'long.txt': Buffer.from('abcdef') }, { 'long.txt': 2 });
    await expect(
      runIntake({ source: liar2, store, journal, intakeId: 'e3', job: jobFor() }),
    ).rejects.toThrow(/long.txt is larger than 2 bytes/);
    expect(await store.list()).toEqual([]);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a source over the limits before storing anything', async () => {
    const source = memorySource({
      'a.bin': Buffer.alloc(60),
      'b.bin': Buffer.alloc(60),
      'c.bin': Buffer.alloc(500),
    });
    const limits = { ...defaultIntakeLimits, maxTotalBytes: 100, maxFileBytes: 100 };
    await expect(
      runIntake({ source, store, journal, intakeId: 'l1', limits, job: jobFor() }),
    ).rejects.toThrow(/more than the 100 bytes one import may hold/);
    expect(await leftovers()).toEqual([]);
    const oneTooBig = memorySource({ 'a.bin': Buffer.alloc(60), 'c.bin': Buffer.alloc(500) });
    const manifest = await runIntake({
      source: oneTooBig,
      store,
      journal,
      intakeId: 'l2',
      limits,
      job: jobFor(),
    });
    expect(manifest.rejected).toEqual([
      { path: 'c.bin', reason: 'the file is 500 bytes, larger than the 100 bytes limit' },
    ]);
  });

  it('replaces a stored copy of the right size whose bytes rotted when it is imported again', async () => {
    const folder = join(root, 'again');
    await mkdir(folder);
    await writeFile(join(folder, 'essay.txt'), 'the essay text');
    const run = (intakeId: string) =>
      folderSource(folder).then((source) =>
        runIntake({ source, store, journal, intakeId, job: jobFor() }),
      );
    const [first] = (await run('r1')).entries;
    if (first === undefined) throw new Error('nothing stored');
    await journal.commitIntake('r1');
    await writeFile(store.objectPath(first.sha256), 'the essay TEXT');
    const second = await run('r2');
    expect(second.entries.map(({ sha256, created }) => ({ sha256, created }))).toEqual([
      { sha256: first.sha256, created: false },
    ]);
    expect(await store.verify(first.sha256)).toBe('ok');
  });

  it('keeps the source order in the manifest whatever order files are copied in', async () => {
    const sizes = [10, 5000, 1, 70_000, 300, 20_000, 2];
    const files: Record<string, Buffer> = {};
    sizes.forEach((size, index) => (files[`f${index}.bin`] = Buffer.alloc(size, index + 1)));
    const manifest = await runIntake({
      source: memorySource(files),
      store,
      journal,
      intakeId: 'o1',
      job: jobFor(),
      batch: { files: 2, bytes: 1e9 },
      concurrency: 3,
    });
    expect(manifest.entries.map((entry) => [entry.path, entry.size])).toEqual(
      sizes.map((size, index) => [`f${index}.bin`, size]),
    );
    expect(await store.list()).toHaveLength(sizes.length);
  });

  it('runs as a cancellable job of the JobRegistry', async () => {
    const registry = new JobRegistry({ throttleMs: 0 });
    const phases: string[] = [];
    const source = memorySource({ 'a.txt': Buffer.from('one'), 'b.txt': Buffer.from('two') });
    const manifest = await registry.run(
      { jobId: 'j', unit: 'bytes', emit: (p) => phases.push(p.phase) },
      (job) => runIntake({ source, store, journal, intakeId: 'j1', job }),
    );
    expect(manifest.totals).toEqual({ files: 2, bytes: 6 });
    expect(phases.at(-1)).toBe('done');
  });
});
