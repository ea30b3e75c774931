/**
 * Launch arguments for tests and power users: `--workspace=<dir>` and
 * `--user-data=<dir>`. Only the `--name=value` form; anything else on the
 * command line (Chromium switches, the app path) is ignored. Relative folders
 * are resolved against the working folder; an empty value counts as absent.
 */
import { resolve } from 'node:path';

export interface LaunchArgs {
  readonly workspace?: string;
  readonly userData?: string;
}

const flags = { '--workspace': 'workspace', '--user-data': 'userData' } as const;

function isFlag(name: string): name is keyof typeof flags {
  return Object.hasOwn(flags, name);
}

export function parseArgs(argv: readonly string[], cwd: string = process.cwd()): LaunchArgs {
  const found: { workspace?: string; userData?: string } = {};
  for (const arg of argv) {
    if (arg === '--') break;
    const equals = arg.indexOf('=');
    if (equals < 0) continue;
    const name = arg.slice(0, equals);
    const value = arg.slice(equals + 1);
    if (isFlag(name) && value !== '') found[flags[name]] = resolve(cwd, value);
  }
  return found;
}
