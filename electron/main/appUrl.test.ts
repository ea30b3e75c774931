import { describe, it, expect } from 'vitest';
import { isAppUrl } from './appUrl';

describe('isAppUrl', () => {
  it.each([
    ['attest://app/index.html', 'attest://app', true],
    ['attest://app', 'attest://app', true],
    ['attest://app/#/assess?x=1', 'attest://app', true],
    ['http://app.localhost/index.html', 'http://app.localhost', true],
    ['attest://evil/index.html', 'attest://app', false],
    ['attest://app.evil/index.html', 'attest://app', false],
    ['https://app/index.html', 'attest://app', false],
    ['http://app.localhost:8080/', 'http://app.localhost', false],
    ['https://app.localhost/', 'http://app.localhost', false],
    ['attest-evidence://app/x', 'attest://app', false],
    ['about:blank', 'attest://app', false],
    ['data:text/html,hi', 'attest://app', false],
    ['', 'attest://app', false],
    ['not a url', 'attest://app', false],
    ['attest:///index.html', 'attest:///', false],
  ])('%s on %s → %s', (url, origin, expected) => {
    expect(isAppUrl(url, origin)).toBe(expected);
  });
});
