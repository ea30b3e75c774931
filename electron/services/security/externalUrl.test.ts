import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './externalUrl';

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.1edtech.org/standards/open-badges', true],
    ['https://example.edu/path?q=1#x', true],
    ['http://example.edu/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['attest://app/index.html', false],
    ['https://user:pw@example.edu/', false],
    ['https://bank.example@evil.example/', false],
    ['https://localhost/', false],
    ['https://intranet/', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});
