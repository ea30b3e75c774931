import type { Session, WebContents } from 'electron';
import { describe, it, expect, vi } from 'vitest';
import type { PermissionSession } from './permissions';
import { installPermissionHandlers, permissionDecision } from './permissions';

vi.mock('electron', () => ({}));

const app = 'attest://app';

describe('permissionDecision', () => {
  it.each([
    ['persistent-storage', 'attest://app/index.html', true],
    ['persistent-storage', 'attest://app', true],
    ['persistent-storage', 'attest://evil/index.html', false],
    ['persistent-storage', 'https://evil.example/', false],
    ['persistent-storage', '', false],
    ['notifications', 'attest://app/index.html', false],
    ['media', 'attest://app/index.html', false],
    ['geolocation', 'attest://app/index.html', false],
    ['clipboard-read', 'attest://app/index.html', false],
    ['openExternal', 'attest://app/index.html', false],
    ['fileSystem', 'attest://app/index.html', false],
    ['hid', 'attest://app/index.html', false],
    ['unknown', 'attest://app/index.html', false],
  ])('%s for %s → %s', (permission, url, expected) => {
    expect(permissionDecision(permission, url, app)).toBe(expected);
  });

  it('works for the harness origin too', () => {
    expect(
      permissionDecision('persistent-storage', 'http://app.localhost/', 'http://app.localhost'),
    ).toBe(true);
    expect(
      permissionDecision('persistent-storage', 'http://evil.localhost/', 'http://app.localhost'),
    ).toBe(false);
  });
});

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<Session['setDevicePermissionHandler']>[0];

function install() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: DeviceHandler } = {};
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler) => (handlers.device = handler),
  };
  installPermissionHandlers(session, app);
  return handlers;
}

describe('installPermissionHandlers', () => {
  it.each([
    ['persistent-storage', 'attest://app/index.html', true],
    ['persistent-storage', 'https://evil.example/', false],
    ['media', 'attest://app/index.html', false],
  ] as const)('requests: %s from %s → %s', (permission, requestingUrl, expected) => {
    const callback = vi.fn();
    const details = { requestingUrl, isMainFrame: true } as Parameters<
      NonNullable<RequestHandler>
    >[3];
    install().request?.(undefined as unknown as WebContents, permission, callback, details);
    expect(callback).toHaveBeenCalledWith(expected);
  });

  it.each([
    ['persistent-storage', 'attest://app/index.html', 'attest://app', true],
    ['persistent-storage', undefined, 'attest://app', true],
    ['persistent-storage', undefined, 'https://evil.example', false],
    ['notifications', undefined, 'attest://app', false],
  ] as const)('checks: %s from %s / %s → %s', (permission, requestingUrl, origin, expected) => {
    const details = { requestingUrl, isMainFrame: true } as Parameters<
      NonNullable<CheckHandler>
    >[3];
    expect(install().check?.(null, permission, origin, details)).toBe(expected);
  });

  it('refuses every device', () => {
    const details = { deviceType: 'usb', origin: app } as Parameters<NonNullable<DeviceHandler>>[0];
    expect(install().device?.(details)).toBe(false);
  });
});
