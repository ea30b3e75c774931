import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it, expect, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { contentSecurityPolicy } from './csp';
import { APP_ORIGIN, appProtocolResponse, handleAppProtocol, registerAppScheme } from './protocol';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'attest-protocol-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'a.js'), 'export {}');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('registerAppScheme', () => {
  it('registers attest as standard, secure and fetchable, and the evidence scheme for fetch and media streams', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'attest', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      {
        scheme: 'attest-evidence',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: true,
          stream: true,
        },
      },
    ]);
    expect(APP_ORIGIN).toBe('attest://app');
  });
});

describe('handleAppProtocol', () => {
  it('handles the attest scheme with renderer files', async () => {
    const handle =
      vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>();
    handleAppProtocol({ handle }, root);
    expect(handle).toHaveBeenCalledWith('attest', expect.any(Function));
    const handler = handle.mock.calls[0]?.[1];
    const response = await handler?.(new Request(`${APP_ORIGIN}/assets/a.js`));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response?.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    expect(response?.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response?.text()).toBe('export {}');
  });
});

describe('appProtocolResponse', () => {
  it('serves index.html for the bare origin', async () => {
    const response = await appProtocolResponse(new Request(`${APP_ORIGIN}/`), root);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await appProtocolResponse(
      new Request(`${APP_ORIGIN}/index.html`, { method: 'HEAD' }),
      root,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it.each(['attest://other/index.html', 'attest://app.evil/index.html'])(
    'refuses other hosts: %s',
    async (url) => {
      expect((await appProtocolResponse(new Request(url), root)).status).toBe(404);
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    const response = await appProtocolResponse(
      new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }),
      root,
    );
    expect(response.status).toBe(405);
  });

  it('keeps traversal out', async () => {
    const response = await appProtocolResponse(
      new Request(`${APP_ORIGIN}/..%2f..%2fetc%2fpasswd`),
      root,
    );
    expect([403, 404]).toContain(response.status);
  });
});
