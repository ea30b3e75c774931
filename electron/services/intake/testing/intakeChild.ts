/**
 * A whole intake in its own process, for the kill test and the benchmark:
 * `node intakeChild.mjs <workspace> <folder> <intakeId>` (built by
 * buildNodeBundle; no TypeScript loader needed). Prints one JSON line:
 * files, bytes, milliseconds and the process's peak RSS.
 */
import { readFileSync } from 'node:fs';
import { EvidenceStore } from '../../evidence/EvidenceStore';
import type { JobHandle } from '../../jobs/JobRegistry';
import { folderSource } from '../folderSource';
import { IntakeJournal } from '../intakeJournal';
import { runIntake } from '../runIntake';

export interface IntakeChildResult {
  readonly files: number;
  readonly bytes: number;
  readonly created: number;
  readonly ms: number;
  readonly maxRssKiB: number;
}

async function main(): Promise<void> {
  const [workspace, folder, intakeId] = process.argv.slice(2);
  if (workspace === undefined || folder === undefined || intakeId === undefined) {
    throw new Error('usage: intakeChild <workspace> <folder> <intakeId>');
  }
  const store = new EvidenceStore(workspace);
  const journal = new IntakeJournal(store);
  const signal = new AbortController().signal;
  const job: JobHandle = { signal, report: () => undefined, throwIfCancelled: () => undefined };
  const started = performance.now();
  const source = await folderSource(folder);
  try {
    const manifest = await runIntake({ source, store, journal, intakeId, job });
    await journal.commitIntake(intakeId);
    const result: IntakeChildResult = {
      files: manifest.totals.files,
      bytes: manifest.totals.bytes,
      created: manifest.entries.filter((entry) => entry.created).length,
      ms: performance.now() - started,
      maxRssKiB: peakRssKiB(),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await source.close();
  }
}

/**
 * This process's peak RSS. Not `resourceUsage().maxRSS` on Linux: a child
 * made by fork + exec inherits the parent's peak there (a benchmark parent
 * holding 300 MiB made this child "use" 300 MiB). `VmHWM` counts only the
 * memory of this program.
 */
function peakRssKiB(): number {
  try {
    const match = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1] !== undefined) return Number(match[1]);
  } catch {
    // Not Linux: fall through.
  }
  return process.resourceUsage().maxRSS;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
