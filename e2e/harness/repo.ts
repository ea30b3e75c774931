/** Where the e2e harness finds the repository and its build output. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
export const rendererDir = join(repoRoot, 'out', 'renderer');
export const mainEntry = join(repoRoot, 'out', 'main', 'index.js');
export const screenshotsDir = join(repoRoot, 'test-results', 'screenshots');

/** The version in package.json: what app:info reports in both hosts. */
export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  if (
    typeof pkg === 'object' &&
    pkg !== null &&
    'version' in pkg &&
    typeof pkg.version === 'string'
  ) {
    return pkg.version;
  }
  throw new Error('package.json has no version');
}
