/**
 * The harness's stand-in for the preload: an init script that builds
 * `window.api` from the contract's `methods` and `events` maps, so it has the
 * same shape as the preload's `Api`. Methods call the `__attestInvoke`
 * binding (the real main-process dispatch in the test's Node process); events
 * arrive as a CustomEvent that `deliverEvent` dispatches in the frame.
 */
import type { Frame } from '@playwright/test';
import { events, methods, preloadChannels } from '../../shared/ipc/contract';

export const invokeBinding = '__attestInvoke';
/** Answers the paths of dropped files by name (the harness's `webUtils.getPathForFile`). */
export const droppedPathsBinding = '__attestDroppedPaths';
export const eventType = '__attest:event';

export interface BridgeConfig {
  readonly methods: Readonly<Record<string, string>>;
  readonly events: Readonly<Record<string, string>>;
  readonly binding: string;
  readonly eventType: string;
  /** The preload's drop function: its name on `window.api`, its channel and the paths binding. */
  readonly drop: { readonly method: string; readonly channel: string; readonly binding: string };
}

export const bridgeConfig: BridgeConfig = {
  methods,
  events,
  binding: invokeBinding,
  eventType,
  drop: {
    method: 'registerDroppedFiles',
    channel: preloadChannels.registerDroppedFiles,
    binding: droppedPathsBinding,
  },
};

/**
 * Runs in every frame before the page's scripts (Playwright serializes it).
 * It must stand alone: no imports, no closures over this module.
 */
export function installApi(config: BridgeConfig): void {
  if (Object.hasOwn(window, 'api')) return;
  const scope = window as unknown as Record<string, unknown>;
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();

  window.addEventListener(config.eventType, (event) => {
    if (!(event instanceof CustomEvent)) return;
    const detail: unknown = event.detail;
    if (typeof detail !== 'object' || detail === null || !('name' in detail)) return;
    const subscribed = listeners.get(String(detail.name));
    if (subscribed === undefined) return;
    const payload = 'payload' in detail ? detail.payload : undefined;
    for (const listener of [...subscribed]) {
      try {
        listener(payload);
      } catch (error: unknown) {
        // Like Electron: a throwing listener is an uncaught error, the others still run.
        reportError(error);
      }
    }
  });

  // The binding is looked up on every call, and waited for briefly, so the
  // bridge works even in a frame where it is installed after this script.
  const findBinding = async (
    name = config.binding,
  ): Promise<(...args: unknown[]) => Promise<unknown>> => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const binding = scope[name];
      if (typeof binding === 'function') {
        return binding as (...args: unknown[]) => Promise<unknown>;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`Attest harness: window.${name} is missing, so window.api cannot reach main.`);
  };

  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(config.methods)) {
    api[method] = async (request: unknown): Promise<unknown> =>
      (await findBinding())(channel, request);
  }
  // Like the preload: dropped `File`s in, their paths looked up outside the page, then the real
  // channel. A drop synthesized in a test has no paths, so the test announced them by name.
  api[config.drop.method] = async (request: unknown): Promise<unknown> => {
    const files: unknown =
      typeof request === 'object' && request !== null && 'files' in request
        ? request.files
        : undefined;
    if (!Array.isArray(files) || !files.every((file) => file instanceof File)) {
      throw new TypeError(`api.${config.drop.method} needs { files: File[] }`);
    }
    const paths = await (await findBinding(config.drop.binding))(files.map((file) => file.name));
    return (await findBinding())(config.drop.channel, { paths });
  };
  for (const [method, name] of Object.entries(config.events)) {
    api[method] = (listener: unknown): (() => void) => {
      if (typeof listener !== 'function')
        throw new TypeError(`api.${method} needs a listener function`);
      const own = (payload: unknown): void => {
        (listener as Listener)(payload);
      };
      const subscribed = listeners.get(name) ?? new Set<Listener>();
      listeners.set(name, subscribed);
      subscribed.add(own);
      return () => {
        subscribed.delete(own);
      };
    };
  }
  Object.defineProperty(window, 'api', {
    value: Object.freeze(api),
    enumerable: true,
    configurable: false,
    writable: false,
  });
}

/** Sends a main-process event into one frame, where `installApi`'s listener hands it on. */
export async function deliverEvent(frame: Frame, name: string, payload: unknown): Promise<void> {
  await frame.evaluate(
    ({ type, detail }) => {
      window.dispatchEvent(new CustomEvent(type, { detail }));
    },
    { type: eventType, detail: { name, payload } },
  );
}
