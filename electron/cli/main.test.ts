import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { runCli } from './main';

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, '1.2.3', { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('attest CLI', () => {
  it('prints the version for --version and -v', () => {
    expect(run(['--version'])).toEqual({ code: 0, out: '1.2.3\n', err: '' });
    expect(run(['-v']).out).toBe('1.2.3\n');
  });

  it('prints help for --help, help, and no arguments', () => {
    for (const argv of [['--help'], ['-h'], ['help'], []]) {
      const result = run(argv);
      expect(result.code).toBe(0);
      expect(result.out).toContain('Usage: attest <command>');
      expect(result.out).toContain('--version');
    }
  });

  it('refuses unknown commands and options with exit code 2 and a hint', () => {
    const command = run(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.err).toContain('Unknown command "frobnicate"');
    expect(command.err).toContain('attest --help');
    const option = run(['--nope']);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/nope/);
  });

  const built = resolve(__dirname, '../../out/cli/attest.js');
  it.skipIf(!existsSync(built))('the built bin runs under plain Node', () => {
    expect(execFileSync(process.execPath, [built, '--version'], { encoding: 'utf8' })).toBe(
      `${version}\n`,
    );
    const bad = spawnSync(process.execPath, [built, 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
