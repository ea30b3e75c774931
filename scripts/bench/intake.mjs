#!/usr/bin/env node
// `npm run bench:intake [-- --quick]`: builds the benchmark (scripts/bench/
// intakeBench.ts) and the intake child (electron/services/intake/testing/
// intakeChild.ts) into plain Node bundles with Vite (no TypeScript loader),
// then runs the benchmark. See intakeBench.ts for what it measures.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Under node_modules so the bundles' external imports (file-type, zod) resolve.
const outDir = join(root, 'node_modules', '.cache', 'attest-bundles', 'bench');

await bundleForNode({
  root,
  outDir,
  input: {
    intakeBench: join(root, 'scripts/bench/intakeBench.ts'),
    intakeChild: join(root, 'electron/services/intake/testing/intakeChild.ts'),
  },
});

const args = [
  join(outDir, 'intakeBench.mjs'),
  '--child',
  join(outDir, 'intakeChild.mjs'),
  ...process.argv.slice(2),
];
const child = spawn(process.execPath, args, { stdio: 'inherit' });
child.on('close', (code, signal) => {
  process.exitCode = code ?? (signal === null ? 1 : 128);
});
