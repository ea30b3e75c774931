import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseArgs } from './args';

const cwd = resolve('/home/ada');
const abs = (path: string): string => resolve(cwd, path);

describe('parseArgs', () => {
  it.each<[string, string[], { workspace?: string; userData?: string }]>([
    ['nothing', ['/usr/bin/attest'], {}],
    [
      'both',
      ['electron', '.', '--workspace=/tmp/ws', '--user-data=/tmp/ud'],
      { workspace: abs('/tmp/ws'), userData: abs('/tmp/ud') },
    ],
    [
      'relative folders',
      ['attest', '--workspace=ws', '--user-data=../ud'],
      { workspace: abs('ws'), userData: abs('../ud') },
    ],
    ['a value with =', ['attest', '--workspace=/tmp/a=b'], { workspace: abs('/tmp/a=b') }],
    ['the last one wins', ['attest', '--workspace=/a', '--workspace=/b'], { workspace: abs('/b') }],
    ['empty values', ['attest', '--workspace=', '--user-data='], {}],
    ['the separate-value form is not read', ['attest', '--workspace', '/tmp/ws'], {}],
    ['Chromium switches', ['attest', '--no-sandbox', '--lang=fr', '--enable-logging'], {}],
    ['look-alike names', ['attest', '--workspaces=/x', '-workspace=/x', '--WORKSPACE=/x'], {}],
    ['after --', ['attest', '--', '--workspace=/x'], {}],
    ['prototype keys', ['attest', '--toString=/x', '--__proto__=/x', '--constructor=/x'], {}],
  ])('%s', (_name, argv, expected) => {
    expect({ ...parseArgs(argv, cwd) }).toEqual(expected);
  });

  it('resolves against the working folder by default', () => {
    expect(parseArgs(['--workspace=ws']).workspace).toBe(resolve(process.cwd(), 'ws'));
  });
});
