import { notifications } from '@mantine/notifications';
import type { IpcError } from '../../../shared/ipc/contract';
import type { ApiFunction } from './client';

/** Human titles for error codes: what the person can do about it comes in the message. */
const titles: Record<IpcError['code'], string> = {
  'invalid-request': 'That request was not valid',
  forbidden: 'Not allowed',
  'unknown-channel': 'Attest could not do that',
  'not-found': 'Not found',
  cancelled: 'Cancelled',
  conflict: 'Conflict',
  io: 'Could not read or write a file',
  internal: 'Something went wrong',
};

/** The one error path for failed IPC results: a notification that stays until dismissed. */
export function notifyIpcFailure(method: ApiFunction, error: IpcError): void {
  notifications.show({
    id: `ipc-${method}-${error.code}`,
    color: 'red',
    title: titles[error.code],
    message: error.message,
    autoClose: false,
  });
}
