#!/usr/bin/env node
// `npm run bench:marking [-- --quick]`: the marking queue benchmark (issue 5
// §9). Needs the built renderer (out/renderer): builds it with `npm run build`
// when it is missing. Bundles the Chromium e2e harness (e2e/harness, the same
// code the e2e fixtures use) and the example program factory into a plain
// Node module with Vite, then runs scripts/bench/markingBench.mjs with it.
// Not part of `npm test`. The last line printed is machine-readable.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle.mjs';
import { runMarkingBench } from './markingBench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Under node_modules so the bundle's external imports (@playwright/test, zod…) resolve.
const outDir = join(root, 'node_modules', '.cache', 'attest-bundles', 'bench-marking');
const harnessEntry = 'virtual:marking-bench-harness';

if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  console.log('No built renderer in out/renderer: running `npm run build` first ...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const built = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('`npm run build` failed: the benchmark needs the built renderer.');
    process.exit(1);
  }
}

// A frozen copy of the build: a rebuild by someone else during the run (new
// asset hashes) would otherwise break the page. e2e/harness/repo.ts finds the
// build and package.json from its own folder, so it is pointed at the copy.
const snapshot = join(root, 'node_modules', '.cache', 'attest-bundles', 'bench-marking-build');
rmSync(snapshot, { recursive: true, force: true });
mkdirSync(join(snapshot, 'e2e', 'harness'), { recursive: true });
cpSync(join(root, 'out', 'renderer'), join(snapshot, 'out', 'renderer'), { recursive: true });
cpSync(join(root, 'package.json'), join(snapshot, 'package.json'));

/** The harness modules are CommonJS-minded (`__dirname`): give each its folder (repo.ts: the copy's). */
const dirnamePlugin = {
  name: 'marking-bench-dirname',
  resolveId: (id) => (id === harnessEntry ? `\0${harnessEntry}` : null),
  load: (id) =>
    id === `\0${harnessEntry}`
      ? [
          `export { appUrl, openChromiumSession } from ${JSON.stringify(join(root, 'e2e/harness/chromiumHost.ts'))};`,
          `export { chromiumLaunchOptions } from ${JSON.stringify(join(root, 'e2e/harness/chromiumLaunch.ts'))};`,
          `export { ConsoleErrors } from ${JSON.stringify(join(root, 'e2e/harness/ConsoleErrors.ts'))};`,
          `export { JobGate } from ${JSON.stringify(join(root, 'e2e/harness/JobGate.ts'))};`,
          `export { NetworkLog } from ${JSON.stringify(join(root, 'e2e/harness/NetworkLog.ts'))};`,
          `export { ScriptedDialogs } from ${JSON.stringify(join(root, 'e2e/harness/ScriptedDialogs.ts'))};`,
          `export { seedProgram } from ${JSON.stringify(join(root, 'shared/domain/definitions/seedProgram.ts'))};`,
          `export { blindLabel } from ${JSON.stringify(join(root, 'shared/domain/marking/blind.ts'))};`,
        ].join('\n')
      : null,
  transform: (code, id) =>
    id.startsWith(join(root, 'e2e')) && code.includes('__dirname')
      ? code.replaceAll(
          '__dirname',
          JSON.stringify(
            id === join(root, 'e2e/harness/repo.ts')
              ? join(snapshot, 'e2e', 'harness')
              : dirname(id),
          ),
        )
      : null,
};

await bundleForNode({ root, outDir, input: { harness: harnessEntry }, plugins: [dirnamePlugin] });

const harness = await import(pathToFileURL(join(outDir, 'harness.mjs')).href);
try {
  const shotAt = process.argv.indexOf('--screenshot');
  const profileAt = process.argv.indexOf('--profile');
  const profileNextAt = process.argv.indexOf('--profile-next');
  await runMarkingBench(harness, {
    quick: process.argv.includes('--quick'),
    // `--screenshot <file.png>`: the seeded queue, as an assessor sees it.
    screenshot: shotAt === -1 ? null : (process.argv[shotAt + 1] ?? 'marking-queue.png'),
    // `--profile <file.cpuprofile>`: a CPU profile of the first batch (open in Chrome DevTools).
    profile: profileAt === -1 ? null : (process.argv[profileAt + 1] ?? 'marking-batch.cpuprofile'),
    // `--profile-next <file.cpuprofile>`: the same for one "next unmarked".
    profileNext:
      profileNextAt === -1 ? null : (process.argv[profileNextAt + 1] ?? 'marking-next.cpuprofile'),
  });
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
