/**
 * Finds the Electron binary that `install-electron` put in
 * node_modules/electron/dist. It never `require('electron')`: that module
 * downloads the binary when it is missing, and these machines are offline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo';

export const electronSkipNotice =
  'Electron host skipped: no Electron binary in node_modules/electron/dist (run `npm start` once with internet to fetch it)';

/** The absolute path of the installed Electron executable, or null when none matches the package version. */
export function findElectronBinary(root: string = repoRoot): string | null {
  const packageDir = join(root, 'node_modules', 'electron');
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const wanted =
      typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
        ? pkg.version
        : null;
    const installed = readFileSync(join(packageDir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
    const executable = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    if (wanted === null || installed !== wanted || executable === '') return null;
    const binary = join(packageDir, 'dist', executable);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
