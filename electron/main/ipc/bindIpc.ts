/**
 * The only file that touches `ipcMain` (lint-enforced). Every channel of the
 * contract (the `window.api` methods' and the preload's own) gets one
 * `handle`, and each request goes to `dispatch` with who sent it; dispatch
 * decides whether that sender may ask (unknown frames are passed through, not
 * filtered here).
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import { methods, preloadChannels } from '../../../shared/ipc/contract';
import type { Dispatch, DispatchContext, SenderInfo } from './dispatch';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** The frame behind a request. A frame disposed mid-request has no URL, so no trust. */
export function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  try {
    const frame = event.senderFrame;
    return {
      url: frame?.url ?? '',
      isMainFrame: frame !== null && frame === event.sender.mainFrame,
    };
  } catch {
    return { url: '', isMainFrame: false };
  }
}

export function contextOf(event: IpcMainInvokeEvent): DispatchContext {
  return {
    sender: senderOf(event),
    emit: (name, payload) => {
      // A job may outlive its window: events for a closed window are dropped.
      if (!event.sender.isDestroyed()) event.sender.send(name, payload);
    },
  };
}

/** Registers every contract channel; the answer removes them again. */
export function bindIpc(target: IpcMainLike, dispatch: Dispatch): () => void {
  const channels = [...new Set([...Object.values(methods), ...Object.values(preloadChannels)])];
  for (const channel of channels) {
    target.handle(channel, (event, request: unknown) =>
      dispatch(channel, request, contextOf(event)),
    );
  }
  return () => {
    for (const channel of channels) target.removeHandler(channel);
  };
}

/** Binds Electron's own `ipcMain`, so no other file needs to import it. */
export function bindAppIpc(dispatch: Dispatch): () => void {
  return bindIpc(ipcMain, dispatch);
}
