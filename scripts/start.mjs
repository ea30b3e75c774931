#!/usr/bin/env node
// `npm start`: fetch the Electron binary on first run (electron's own
// `install-electron`; needs the internet once), build, and open the app.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

function electronInstalled() {
  const versionFile = join(electronDir, 'dist', 'version');
  return (
    existsSync(join(electronDir, 'path.txt')) &&
    existsSync(versionFile) &&
    readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') === version
  );
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!electronInstalled()) {
  console.log(`Fetching Electron ${version} (first run only)…`);
  run(process.execPath, [join(electronDir, 'install.js')]);
  if (!electronInstalled()) {
    console.error('The Electron binary could not be installed: is the internet reachable?');
    process.exit(1);
  }
}
run('npx', ['electron-vite', 'build']);
run('npx', ['electron-vite', 'preview', '--skipBuild']);
