/**
 * The real dispatch for handler tests, with the contract's types put back
 * (dispatch itself answers `Result<unknown>`): a harness-like host whose
 * dialogs and system openers are the test's.
 */
import { join } from 'node:path';
import type { Channel, RequestOf, ResponseOf, Result } from '../../../../../shared/ipc/contract';
import type { DialogProvider } from '../../../../services/dialogs/dialogIntents';
import type { AppDispatchOptions } from '../../createAppDispatch';
import { createAppDispatch } from '../../createAppDispatch';
import type { DispatchContext } from '../../dispatch';

/** Dialogs that are never answered (tests that need none). */
export const noDialogs: DialogProvider = {
  showOpen: () => Promise.resolve(null),
  showSave: () => Promise.resolve(null),
  showOpenFolder: () => Promise.resolve(null),
  showOpenMany: () => Promise.resolve([]),
};

/** A request from the app's own top frame; its events go to `emit`. */
export function appContext(emit: DispatchContext['emit'] = () => undefined): DispatchContext {
  return { sender: { url: 'http://app.localhost/index.html', isMainFrame: true }, emit };
}

export async function createTestDispatch(
  root: string,
  options: Partial<Pick<AppDispatchOptions, 'dialogs' | 'openExternal' | 'openPath'>> = {},
) {
  const built = await createAppDispatch({
    appInfo: {
      evidenceBaseUrl: 'http://app.localhost/evidence/',
      name: 'Attest',
      version: '0.0.0',
      host: 'harness',
      platform: 'linux',
      versions: { node: '20' },
    },
    workspacePath: join(root, 'ws'),
    dialogs: options.dialogs ?? noDialogs,
    openExternal: options.openExternal ?? (() => Promise.resolve()),
    openPath: options.openPath ?? (() => Promise.resolve()),
    appOrigin: 'http://app.localhost',
  });
  const dispatch = <C extends Channel>(
    channel: C,
    request: RequestOf<C>,
    context: DispatchContext = appContext(),
  ) => built.dispatch(channel, request, context) as Promise<Result<ResponseOf<C>>>;
  /** Sends a request as a compromised renderer could: any shape at all. */
  const dispatchRaw = (channel: string, request: unknown, context = appContext()) =>
    built.dispatch(channel, request, context);
  return { dispatch, dispatchRaw, services: built.services };
}
