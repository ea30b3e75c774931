/**
 * The evidence intake benchmark (DESIGN.md §7: hashing + copying at >= 80 %
 * of `sha256sum` + `cp` on the same files, memory flat). Started by
 * `scripts/bench/intake.mjs`, which builds this file and the intake child
 * with Vite. Generates a set (many small files + a few large; >= 1 GiB, or
 * ~100 MiB with --quick) in a temp folder, times `sha256sum` then `cp -r` on
 * it, then Attest's intake (folderSource + runIntake + EvidenceStore) in a
 * child process that reports its peak RSS. Same disk, same run, page cache
 * warmed for both. Attest fsyncs every object and folder; `cp` does not.
 * The last line is machine-readable.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { IntakeChildResult } from '../../electron/services/intake/testing/intakeChild';

const MiB = 1024 * 1024;

interface Plan {
  readonly smallFiles: number;
  readonly largeFiles: number;
  readonly largeBytes: number;
  readonly minTotal: number;
}

const quickPlan: Plan = {
  smallFiles: 400,
  largeFiles: 2,
  largeBytes: 24 * MiB,
  minTotal: 96 * MiB,
};
const fullPlan: Plan = {
  smallFiles: 3000,
  largeFiles: 3,
  largeBytes: 224 * MiB,
  minTotal: 1024 * MiB,
};

function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${command} exited with ${String(code)}`));
    });
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Unique files cut from one random pool: quick to make, nothing deduplicates. */
async function generate(folder: string, plan: Plan): Promise<{ files: string[]; total: number }> {
  const pool = randomBytes(32 * MiB);
  const files: string[] = [];
  let total = 0;
  const write = async (path: string, size: number): Promise<void> => {
    await mkdir(dirname(path), { recursive: true });
    const file = await open(path, 'wx');
    try {
      await file.write(randomBytes(32));
      for (let written = 32; written < size;) {
        const length = Math.min(size - written, 4 * MiB);
        const offset = Math.floor(Math.random() * (pool.length - length));
        await file.write(pool.subarray(offset, offset + length));
        written += length;
      }
    } finally {
      await file.close();
    }
    files.push(path);
    total += size;
  };
  for (let index = 0; index < plan.smallFiles; index += 1) {
    const size = 4096 + Math.floor(Math.random() * 252 * 1024);
    await write(join(folder, `learner-${Math.floor(index / 30)}`, `evidence-${index}.bin`), size);
  }
  for (let index = 0; index < plan.largeFiles || total < plan.minTotal; index += 1) {
    await write(join(folder, 'videos', `recording-${index}.mp4`), plan.largeBytes);
  }
  return { files, total };
}

async function warmPageCache(files: readonly string[]): Promise<void> {
  const buffer = Buffer.allocUnsafe(4 * MiB);
  for (const path of files) {
    const file = await open(path, 'r');
    try {
      let bytesRead = 1;
      while (bytesRead > 0) ({ bytesRead } = await file.read(buffer, 0, buffer.length, null));
    } finally {
      await file.close();
    }
  }
}

const childResult = z.object({
  files: z.number(),
  bytes: z.number(),
  created: z.number(),
  ms: z.number(),
  maxRssKiB: z.number(),
}) satisfies z.ZodType<IntakeChildResult>;

function parseChild(output: string): IntakeChildResult {
  return childResult.parse(JSON.parse(output.trim().split('\n').at(-1) ?? 'null'));
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const childAt = process.argv.indexOf('--child');
  const child = process.argv[childAt + 1];
  if (childAt === -1 || child === undefined) throw new Error('usage: intakeBench --child <bundle>');
  const work = await mkdtemp(join(tmpdir(), 'attest-bench-intake-'));
  try {
    const source = join(work, 'source');
    console.log(`generating ${quick ? '~100 MiB' : '>= 1 GiB'} in ${source} ...`);
    const { files, total } = await generate(source, quick ? quickPlan : fullPlan);
    // Warm the page cache for both runs, one reused buffer at a time: reading whole files
    // here left the parent at ~260 MiB, and a forked child inherits its parent's peak RSS
    // on Linux (the child now reports VmHWM as well).
    await warmPageCache(files);
    await run('sync', []);

    const hash = await timed(async () => {
      for (let index = 0; index < files.length; index += 500) {
        await run('sha256sum', files.slice(index, index + 500));
      }
    });
    const copy = await timed(() => run('cp', ['-r', source, join(work, 'copy')]));
    await run('sync', []);
    const referenceMs = hash.ms + copy.ms;

    const attestRun = await timed(() =>
      run(process.execPath, [child, join(work, 'workspace'), source, 'bench']),
    );
    const result = parseChild(attestRun.value);
    if (result.bytes !== total) throw new Error(`Attest stored ${result.bytes} of ${total} bytes`);

    const mibPerS = (ms: number): number => total / MiB / (ms / 1000);
    const attest = mibPerS(result.ms);
    const reference = mibPerS(referenceMs);
    console.log(`files: ${files.length}, bytes: ${total} (${(total / MiB).toFixed(0)} MiB)`);
    console.log(`reference: sha256sum ${hash.ms.toFixed(0)} ms + cp ${copy.ms.toFixed(0)} ms`);
    console.log(
      `attest: ${result.ms.toFixed(0)} ms in the child (${attestRun.ms.toFixed(0)} ms with Node start), ${result.created} objects created`,
    );
    console.log(
      `bench intake: ratio=${(attest / reference).toFixed(2)} attest_mib_s=${attest.toFixed(1)} reference_mib_s=${reference.toFixed(1)} peak_rss_mib=${(result.maxRssKiB / 1024).toFixed(1)} bytes=${total}`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
