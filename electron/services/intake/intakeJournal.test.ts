import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceStore } from '../evidence/EvidenceStore';
import { IntakeJournal } from './intakeJournal';

let workspace: string;
let store: EvidenceStore;
let journal: IntakeJournal;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'attest-journal-'));
  store = new EvidenceStore(workspace);
  journal = new IntakeJournal(store);
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const put = (body: string): Promise<string> =>
  store.put(Readable.from([Buffer.from(body)])).then((result) => result.sha256);
const journalFiles = (): Promise<string[]> =>
  readdir(join(workspace, 'evidence', 'journal')).catch(() => []);

describe('IntakeJournal', () => {
  it('lists an intake as pending once it finished, with what it created', async () => {
    const at = new Date('2026-03-01T10:00:00Z');
    await journal.beginIntake('intake-1', at);
    const sha = await put('created by intake 1');
    await journal.recordCreated('intake-1', [sha]);
    expect(await journal.pendingIntakes()).toEqual([]);
    journal.finishIntake('intake-1');
    expect(await journal.pendingIntakes()).toEqual([
      { intakeId: 'intake-1', startedAt: at.toISOString(), created: [sha] },
    ]);
  });

  it('commit forgets the journal and keeps the objects', async () => {
    await journal.beginIntake('a');
    const sha = await put('kept');
    await journal.recordCreated('a', sha);
    journal.finishIntake('a');
    await expect(journal.beginIntake('a')).rejects.toMatchObject({ code: 'conflict' });
    await journal.commitIntake('a');
    expect(await journalFiles()).toEqual([]);
    expect(await store.has(sha)).toBe(true);
  });

  it('discard deletes created objects nothing references, keeps the rest', async () => {
    const before = await put('existed before');
    await journal.beginIntake('b');
    const unreferenced = await put('created, unreferenced');
    const referenced = await put('created, referenced elsewhere');
    await journal.recordCreated('b', [unreferenced, referenced]);
    await expect(journal.discardIntake('b', () => false)).rejects.toMatchObject({
      code: 'conflict',
    });
    journal.finishIntake('b');
    const result = await journal.discardIntake('b', (sha) => Promise.resolve(sha === referenced));
    expect(result).toEqual({ removed: 1, kept: 1 });
    expect(await store.list()).toEqual([before, referenced].sort());
    expect(await journalFiles()).toEqual([]);
  });

  it('recovers journals of a crashed process, skipping a torn last line', async () => {
    await journal.beginIntake('crashed');
    const sha = await put('half-imported');
    await journal.recordCreated('crashed', [sha]);
    await appendFile(join(workspace, 'evidence', 'journal', 'crashed.jsonl'), '{"created":["ab');
    const afterRestart = new IntakeJournal(new EvidenceStore(workspace));
    const [pending] = await afterRestart.pendingIntakes();
    expect(pending?.created).toEqual([sha]);
    expect(await afterRestart.discardIntake('crashed', () => false)).toEqual({
      removed: 1,
      kept: 0,
    });
    expect(await store.list()).toEqual([]);
  });

  it('keeps objects another running intake uses', async () => {
    await journal.beginIntake('first');
    await journal.beginIntake('second');
    const shared = await put('both intakes use this');
    await journal.recordCreated('first', shared);
    journal.hold('second', shared);
    journal.finishIntake('first');
    expect(await journal.discardIntake('first', () => false)).toEqual({ removed: 0, kept: 1 });
    expect(await store.has(shared)).toBe(true);
  });

  it('refuses a new intake until the journals of an earlier run are recovered', async () => {
    await journal.beginIntake('interrupted');
    const sha = await put('found again by the next intake');
    await journal.recordCreated('interrupted', [sha]);
    // The process dies here; the next run opens the same workspace.
    const afterRestart = new IntakeJournal(new EvidenceStore(workspace));
    await expect(afterRestart.beginIntake('next')).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('not been recovered') as unknown,
    });
    expect(await journalFiles()).toEqual(['interrupted.jsonl']);
    await afterRestart.discardIntake('interrupted', () => false);
    await afterRestart.beginIntake('next');
    // Intakes of this process may still overlap (finished, not yet committed).
    afterRestart.finishIntake('next');
    await afterRestart.beginIntake('another');
    expect((await journalFiles()).sort()).toEqual(['another.jsonl', 'next.jsonl']);
  });

  it('refuses unsafe intake ids and bad hashes', async () => {
    await expect(journal.beginIntake('../escape')).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await journal.beginIntake('c');
    await expect(journal.recordCreated('c', 'not-a-hash')).rejects.toMatchObject({
      code: 'invalid-request',
    });
    await expect(journal.recordCreated('unknown', [])).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
