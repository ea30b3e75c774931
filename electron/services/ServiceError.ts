import type { IpcErrorCode } from '../../shared/ipc/contract';

/**
 * An expected failure a service reports on purpose (a missing file, a
 * cancelled job, a newer workspace). `dispatch` turns it into
 * `{ ok: false, error: { code, message } }` with the message as written, so
 * write it for the person reading it; anything else becomes `internal`.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}
