/**
 * The one place a request from the renderer becomes a call: validate the
 * request against its zod schema, check who sent it, run the handler, and turn
 * every outcome into a `Result`. Electron's `ipcMain` (bindIpc.ts) and the
 * Chromium test harness both call `dispatch`, so they behave the same.
 * No `electron` import here.
 */
import type {
  Channel,
  EventName,
  Events,
  RequestOf,
  ResponseOf,
  Result,
} from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/ipc/contract';
import { isChannel, requestSchemas } from '../../../shared/ipc/schemas';
import { ServiceError } from '../../services/ServiceError';

/** Who sent a request: the frame's URL and whether it is the top frame. */
export interface SenderInfo {
  readonly url: string;
  readonly isMainFrame: boolean;
}

export interface DispatchContext {
  readonly sender: SenderInfo;
  /** Sends an event back to the window that made the request. */
  readonly emit: <E extends EventName>(event: E, payload: Events[E]) => void;
}

export type Handler<C extends Channel> = (
  request: RequestOf<C>,
  context: DispatchContext,
) => Promise<ResponseOf<C>> | ResponseOf<C>;

export type Handlers = { readonly [C in Channel]: Handler<C> };

export interface DispatcherOptions {
  readonly handlers: Handlers;
  /** True for URLs of the app's own renderer (its origin decided by the host). */
  readonly isTrustedSender: (sender: SenderInfo) => boolean;
  /** Where unexpected errors are reported (never to the renderer in full). */
  readonly logError?: (channel: string, error: unknown) => void;
}

export type Dispatch = (
  channel: string,
  rawRequest: unknown,
  context: DispatchContext,
) => Promise<Result<unknown>>;

export function createDispatcher(options: DispatcherOptions): Dispatch {
  const { handlers, isTrustedSender, logError } = options;

  async function run<C extends Channel>(
    channel: C,
    rawRequest: unknown,
    context: DispatchContext,
  ): Promise<Result<ResponseOf<C>>> {
    const parsed = requestSchemas[channel].safeParse(rawRequest);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
      const first = issues[0];
      const summary =
        first === undefined ? 'invalid request' : `${first.path || 'request'}: ${first.message}`;
      return fail('invalid-request', `Invalid request for ${channel}: ${summary}`, issues);
    }
    const handler: Handler<C> = handlers[channel];
    return ok(await handler(parsed.data as RequestOf<C>, context));
  }

  return async (channel, rawRequest, context) => {
    if (!isTrustedSender(context.sender)) {
      return fail(
        'forbidden',
        `Refused ${channel}: the request did not come from Attest's own window.`,
      );
    }
    if (!isChannel(channel)) {
      return fail('unknown-channel', `There is no channel called "${channel}".`);
    }
    try {
      return await run(channel, rawRequest, context);
    } catch (error: unknown) {
      if (error instanceof ServiceError) return fail(error.code, error.message);
      logError?.(channel, error);
      const message = error instanceof Error ? error.message : String(error);
      return fail('internal', `${channel} failed: ${message}`);
    }
  };
}
