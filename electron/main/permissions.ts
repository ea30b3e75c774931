/**
 * Permission handlers for the app's session. With no handler Electron grants
 * every permission; a deny-all handler breaks `navigator.storage.persist()`
 * (SECURITY.md). So: deny everything except persistent storage for the app's
 * own origin.
 */
import type { Session } from 'electron';
import { isAppUrl } from './appUrl';

const allowedForApp: ReadonlySet<string> = new Set(['persistent-storage']);

export function permissionDecision(
  permission: string,
  requestingUrl: string,
  appOrigin: string,
): boolean {
  return allowedForApp.has(permission) && isAppUrl(requestingUrl, appOrigin);
}

export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function installPermissionHandlers(session: PermissionSession, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionDecision(permission, details.requestingUrl, appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionDecision(permission, details.requestingUrl ?? requestingOrigin, appOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
