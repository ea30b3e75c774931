/**
 * The Chromium host: Debian's Chromium shows the built renderer on
 * http://app.localhost/ (served by the same code as Electron's protocol, so
 * the CSP header is the real one), and `window.api` reaches the real
 * main-process dispatch in this Node process — real handlers, real files.
 */
import type { Readable } from 'node:stream';
import type { EvidenceStore } from '../../electron/services/evidence/EvidenceStore';
import { evidenceShaOf, serveEvidence } from '../../electron/services/evidence/serveEvidence';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Route } from '@playwright/test';
import type { AppInfo, EventName, Events } from '../../shared/ipc/contract';
import { createAppDispatch } from '../../electron/main/ipc/createAppDispatch';
import { readRendererAsset } from '../../electron/main/rendererFiles';
import {
  bridgeConfig,
  deliverEvent,
  droppedPathsBinding,
  installApi,
  invokeBinding,
} from './apiBridge';
import type { ConsoleErrors } from './ConsoleErrors';
import { watchConsole } from './ConsoleErrors';
import type { JobGate } from './JobGate';
import type { NetworkLog } from './NetworkLog';
import { packageVersion, rendererDir } from './repo';
import type { ScriptedDialogs } from './ScriptedDialogs';
import type { AttestSession } from './session';

export const appOrigin = 'http://app.localhost';
export const appUrl = `${appOrigin}/`;

export interface ChromiumSessionOptions {
  readonly browser: Browser;
  readonly workspace: string;
  readonly dialogs: ScriptedDialogs;
  readonly network: NetworkLog;
  readonly consoleErrors: ConsoleErrors;
  readonly jobGate: JobGate;
}

export async function openChromiumSession(options: ChromiumSessionOptions): Promise<AttestSession> {
  const { browser, workspace, dialogs, network, consoleErrors, jobGate } = options;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run \`npx electron-vite build\` first.`);
  }
  const mainErrors: string[] = [];
  const openedExternal: string[] = [];
  const openedPaths: string[] = [];
  const appInfo: AppInfo = {
    evidenceBaseUrl: `${appOrigin}/evidence/`,
    name: 'Attest',
    version: packageVersion(),
    host: 'harness',
    platform: process.platform,
    versions: { node: process.versions.node, chrome: browser.version() },
  };
  const { dispatch, services } = await createAppDispatch({
    appInfo,
    workspacePath: workspace,
    dialogs,
    openExternal: (url) => {
      openedExternal.push(url);
      return Promise.resolve();
    },
    openPath: (path) => {
      openedPaths.push(path);
      return Promise.resolve();
    },
    appOrigin,
    logError: (channel, error) => {
      mainErrors.push(
        `${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    },
  });

  jobGate.attach(services.jobs);

  // Reduced motion: what is on the screen is what a settled user sees (no half-faded toast).
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  await context.route('**/*', (route) => serve(route, network, services.evidence));
  // Every window of the app (every page of the context) has its console watched…
  context.on('page', (opened) => {
    watchConsole(opened, consoleErrors);
  });

  // …and gets window.api, as Electron gives every window the preload. The
  // bindings live on the context so a second window reaches the same main.
  await context.exposeBinding(
    invokeBinding,
    async ({ frame }, channel: unknown, request: unknown) => {
      // Events are delivered in order and before the answer, as over Electron IPC.
      let delivered = Promise.resolve();
      const emit = <E extends EventName>(event: E, payload: Events[E]): void => {
        delivered = delivered
          .then(() => deliverEvent(frame, event, payload))
          .catch(() => undefined /* the frame navigated away: the event is lost, as in Electron */);
      };
      const sender = { url: frame.url(), isMainFrame: frame === frame.page().mainFrame() };
      const result = await dispatch(String(channel), request, { sender, emit });
      await delivered;
      return result;
    },
  );
  await context.exposeBinding(droppedPathsBinding, (_source, names: unknown) => {
    if (!Array.isArray(names)) throw new TypeError('dropped file names must be a list');
    return dialogs.droppedPaths(names.map(String));
  });
  await context.addInitScript(installApi, bridgeConfig);
  const page = await context.newPage();

  return {
    page,
    mainErrors,
    openedExternal,
    openedPaths,
    openWindow: async (url = appUrl) => {
      if (new URL(url).origin !== appOrigin) throw new Error(`${url} is not a URL of the app.`);
      const opened = await context.newPage();
      await opened.goto(url);
      return opened;
    },
    close: () => context.close(),
  };
}

async function serve(route: Route, network: NetworkLog, evidence: EvidenceStore): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  if (url.origin === appOrigin && url.pathname.startsWith('/evidence/')) {
    // The same service as Electron's attest-evidence: protocol, on the app's own origin.
    const sha256 = evidenceShaOf(url.href);
    const range = (await request.headerValue('range')) ?? null;
    const answer = await serveEvidence(evidence, sha256, { method: request.method(), range });
    network.evidence.push({ sha256, range, status: answer.status });
    const body =
      answer.body === null
        ? ''
        : typeof answer.body === 'string'
          ? answer.body
          : await buffer(answer.body);
    await route.fulfill({ status: answer.status, headers: answer.headers, body });
    return;
  }
  if (url.origin === appOrigin) {
    const asset = await readRendererAsset(rendererDir, request.url());
    await route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    return;
  }
  const foreign = network.foreignHandler(url);
  if (foreign !== undefined) {
    await route.fulfill(foreign(url));
    return;
  }
  network.record({
    url: request.url(),
    method: request.method(),
    resourceType: request.resourceType(),
  });
  await route.abort('blockedbyclient');
}

async function buffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
