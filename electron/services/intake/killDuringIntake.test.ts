/**
 * The acceptance test of crash consistency: an intake runs in a child Node
 * process (the services built into one bundle by Vite, no TypeScript loader)
 * and is killed with SIGKILL mid-way; recovery as at the next start must
 * leave a consistent store with nothing of the killed intake in it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvidenceStore } from '../evidence/EvidenceStore';
import { IntakeJournal } from './intakeJournal';
import { buildNodeBundle } from './testing/buildNodeBundle';

let root: string;
let bundle: string;
let folder: string;
const preExisting = randomBytes(256 * 1024);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-kill-'));
  bundle = await buildNodeBundle(join(__dirname, 'testing', 'intakeChild.ts'), 'kill-test');
  folder = join(root, 'submissions');
  for (let learner = 0; learner < 10; learner += 1) {
    await mkdir(join(folder, `learner-${learner}`), { recursive: true });
    for (let file = 0; file < 20; file += 1) {
      const body = learner === 3 && file === 7 ? preExisting : randomBytes(256 * 1024);
      await writeFile(join(folder, `learner-${learner}`, `evidence-${file}.bin`), body);
    }
  }
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs the child until `shouldKill` sees the journal it wants, then SIGKILLs it. */
async function killMidIntake(
  workspace: string,
  shouldKill: (journalLines: number, tmpFiles: number) => boolean,
): Promise<{ signal: NodeJS.Signals | null; createdAtKill: number }> {
  const journalFile = join(workspace, 'evidence', 'journal', 'killed.jsonl');
  const child = spawn(process.execPath, [bundle, workspace, folder, 'killed'], {
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => {
    child.on('exit', (_code, signal) => resolve(signal));
  });
  let createdAtKill = -1;
  const state = { exited: false };
  void exited.then(() => (state.exited = true));
  while (!state.exited && createdAtKill < 0) {
    const text = await readFile(journalFile, 'utf8').catch(() => '');
    const lines = text.split('\n').filter((line) => line.startsWith('{'));
    const tmp = await readdir(join(workspace, 'evidence', 'tmp')).catch(() => []);
    if (shouldKill(lines.length, tmp.length)) {
      child.kill('SIGKILL');
      createdAtKill = lines.slice(1).reduce((sum, line) => sum + line.split(',').length, 0);
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return { signal: await exited, createdAtKill };
}

describe('killing the process mid-intake', () => {
  it.each([
    [
      'while the first files stream into tmp',
      (lines: number, tmp: number) => lines === 1 && tmp > 0,
    ],
    ['right after the first journal batch', (lines: number) => lines >= 2],
    ['after two journal batches', (lines: number) => lines >= 3],
  ])(
    'leaves a consistent store after recovery (%s)',
    async (_when, shouldKill) => {
      const workspace = join(root, `workspace-${randomBytes(4).toString('hex')}`);
      const before = new EvidenceStore(workspace);
      const kept = await before.put(Readable.from([preExisting]));
      expect(kept.created).toBe(true);

      const { signal, createdAtKill } = await killMidIntake(workspace, shouldKill);
      expect(signal).toBe('SIGKILL');
      expect(createdAtKill).toBeGreaterThanOrEqual(0);

      // At the kill: every object is whole (linked only after fsync) and accounted for.
      const store = new EvidenceStore(workspace);
      const journal = new IntakeJournal(store);
      const pending = await journal.pendingIntakes();
      expect(pending.map((intake) => intake.intakeId)).toEqual(['killed']);
      const listed = new Set([kept.sha256, ...(pending[0]?.created ?? [])]);
      for (const sha of await store.list()) {
        expect(await store.verify(sha)).toBe('ok');
        expect(listed.has(sha)).toBe(true);
      }
      expect(pending[0]?.created).not.toContain(kept.sha256);

      // Recovery as the next start runs it: the renderer found no records of the intake.
      await store.sweepTemp();
      for (const intake of pending) await journal.discardIntake(intake.intakeId, () => false);

      expect(await readdir(join(workspace, 'evidence', 'tmp')).catch(() => [])).toEqual([]);
      expect(await readdir(join(workspace, 'evidence', 'journal'))).toEqual([]);
      expect(await store.list()).toEqual([kept.sha256]);
      expect(await store.verify(kept.sha256)).toBe('ok');
    },
    60_000,
  );
});
