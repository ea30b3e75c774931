import { describe, it, expect } from 'vitest';
import { contentSecurityPolicy } from './csp';

function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') directives.set(name, sources);
  }
  return directives;
}

describe('contentSecurityPolicy', () => {
  const directives = parse(contentSecurityPolicy);

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", 'attest-evidence:']],
    ['media-src', ["'self'", 'blob:', 'attest-evidence:']],
    ['worker-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is %j', (name, sources) => {
    expect(directives.get(name)).toEqual(sources);
  });

  it('allows images from the app, data:, blob: and the evidence protocol only', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'attest-evidence:']);
  });

  it('lets the evidence viewer fetch, play and show evidence but never frame or run it', () => {
    for (const name of ['img-src', 'media-src', 'connect-src']) {
      expect(directives.get(name)).toContain('attest-evidence:');
    }
    for (const name of ['script-src', 'worker-src', 'frame-src', 'object-src', 'style-src']) {
      expect(directives.get(name)).not.toContain('attest-evidence:');
    }
  });

  it('allows workers (pdf.js) from the app origin only, never blob: or data:', () => {
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/(script|worker|child)-src[^;]*(blob:|data:)/);
  });

  it('never allows eval, inline scripts, wildcards or remote hosts', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*|https?:/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('is a single header line', () => {
    expect(contentSecurityPolicy).not.toMatch(/[\r\n]/);
  });
});
