#!/usr/bin/env node
// `npm test` (and `npm run check`): every gate in order — format, lint,
// typecheck, build, unit tests, end-to-end — going on after a failure so all
// the counts are known (e2e is skipped when the build failed). Each non-test
// gate counts as one check; unit and e2e count their tests. The last line is
// always `N passed, N failed`; the exit code is non-zero if anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const vitestReport = join(results, 'vitest.json');
const playwrightReport = join(results, 'playwright.json');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

mkdirSync(results, { recursive: true });

/** Runs one command with the output streamed; resolves to its exit code (never rejects). */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(npm, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      console.error(`could not start ${npm} ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const count = (value) => (Number.isInteger(value) && value >= 0 ? value : 0);

/** A gate that is one check: passed when its command exits 0. */
async function gate(name, args) {
  const started = Date.now();
  const code = await run(args);
  return {
    name,
    passed: code === 0 ? 1 : 0,
    failed: code === 0 ? 0 : 1,
    skipped: 0,
    started,
    code,
  };
}

async function unitTests() {
  const started = Date.now();
  rmSync(vitestReport, { force: true });
  const code = await run([
    'run',
    'test:unit',
    '--',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${vitestReport}`,
  ]);
  const report = readJson(vitestReport);
  const passed = count(report?.numPassedTests);
  let failed = count(report?.numFailedTests);
  const skipped = count(report?.numPendingTests) + count(report?.numTodoTests);
  let note = '';
  // A run that failed without a failing test (no report, a broken suite, an
  // unhandled error) still counts as one failure.
  if (code !== 0 && failed === 0) {
    failed = 1;
    note = report === null ? 'no report' : 'run failed outside tests';
  }
  return { name: 'unit', passed, failed, skipped, started, code, note };
}

async function e2eTests(buildOk) {
  const started = Date.now();
  if (!buildOk) {
    return {
      name: 'e2e',
      passed: 0,
      failed: 0,
      skipped: 0,
      started,
      code: 0,
      note: 'skipped: build failed',
    };
  }
  rmSync(playwrightReport, { force: true });
  const code = await run(['run', 'test:e2e']);
  const stats = readJson(playwrightReport)?.stats;
  const flaky = count(stats?.flaky);
  const passed = count(stats?.expected) + flaky;
  let failed = count(stats?.unexpected);
  const skipped = count(stats?.skipped);
  const notes = [];
  if (flaky > 0) notes.push(`${flaky} flaky`);
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(stats === undefined ? 'no report' : 'run failed outside tests');
  }
  return { name: 'e2e', passed, failed, skipped, started, code, note: notes.join(', ') };
}

const rows = [];
rows.push(await gate('format', ['run', '--silent', 'format:check']));
rows.push(await gate('lint', ['run', '--silent', 'lint']));
rows.push(await gate('typecheck', ['run', '--silent', 'typecheck']));
// The build comes before the unit tests so those that check built output (the CLI bin) run.
const build = await gate('build', ['run', '--silent', 'build']);
rows.push(build);
rows.push(await unitTests());
rows.push(
  await e2eTests(build.failed === 0 && existsSync(join(root, 'out', 'renderer', 'index.html'))),
);

const finished = Date.now();
const seconds = (row, index) => ((rows[index + 1]?.started ?? finished) - row.started) / 1000;
const table = [['check', 'result', 'passed', 'failed', 'skipped', 'time', 'note']];
rows.forEach((row, index) => {
  const result = row.failed > 0 ? 'FAIL' : row.note?.startsWith('skipped') ? 'skip' : 'ok';
  table.push([
    row.name,
    result,
    String(row.passed),
    String(row.failed),
    String(row.skipped),
    `${seconds(row, index).toFixed(1)}s`,
    row.note ?? '',
  ]);
});
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
console.log('\nSummary');
for (const line of table) {
  console.log(
    line
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
}
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
