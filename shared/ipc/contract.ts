/**
 * The one IPC contract (STYLE.md habit 1). A channel exists here or nowhere.
 *
 * Every channel takes one request object and answers a `Result`. Types live
 * here; the zod schemas that main uses to validate requests live in
 * `schemas.ts`, so zod stays out of the preload bundle.
 */

import type { BadgeImage } from '../domain/entities';

export type IpcErrorCode =
  | 'invalid-request'
  | 'forbidden'
  | 'unknown-channel'
  | 'not-found'
  | 'cancelled'
  | 'conflict'
  | 'io'
  | 'internal';

export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
  /** Where a request was wrong, one entry per problem (`path` is dotted). */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** An empty request: channels that need no input still take one object. */
export type EmptyRequest = Record<string, never>;

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** Which host serves the renderer: the real Electron app or the Chromium test harness. */
  readonly host: 'electron' | 'harness';
  readonly platform: string;
  readonly versions: {
    readonly node: string;
    readonly chrome?: string;
    readonly electron?: string;
  };
}

export interface WorkspaceInfo {
  readonly id: string;
  readonly path: string;
  readonly createdAt: string;
  readonly formatVersion: number;
}

export interface WorkspaceUsage {
  readonly files: number;
  readonly bytes: number;
}

/** What the user is picking a file for. Main turns an intent into a title and filters. */
export type OpenIntent =
  | 'roster-csv'
  | 'submissions-zip'
  | 'definitions-json'
  | 'evidence-file'
  | 'badge-image'
  | 'package-zip';
export type SaveIntent =
  'definitions-json' | 'validation-report-csv' | 'feedback-docx' | 'registrar-package';

/**
 * A file the user chose. The renderer never sees or sends a path it made up:
 * later channels take `fileId`, which main maps back to the chosen path.
 */
export interface PickedFile {
  readonly fileId: string;
  readonly name: string;
  readonly size: number;
}

export interface SaveTarget {
  readonly fileId: string;
  readonly name: string;
}

/** Long work runs as a job: the renderer chooses the id, listens for progress and may cancel. */
export interface JobRequest {
  readonly jobId: string;
}

export type JobPhase = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  readonly jobId: string;
  readonly phase: JobPhase;
  /** Units done and the total when known (files, bytes, credentials…). */
  readonly done: number;
  readonly total: number | null;
  readonly unit: string;
  readonly message?: string;
}

/** Channel name → request and response. */
export interface Channels {
  'app:info': { request: EmptyRequest; response: AppInfo };
  'workspace:info': { request: EmptyRequest; response: WorkspaceInfo };
  'workspace:usage': { request: JobRequest; response: WorkspaceUsage };
  'dialog:open-file': { request: { intent: OpenIntent }; response: PickedFile | null };
  'dialog:save-file': {
    request: { intent: SaveIntent; suggestedName: string };
    response: SaveTarget | null;
  };
  'shell:open-external': { request: { url: string }; response: { opened: boolean } };
  'job:cancel': { request: { jobId: string }; response: { cancelled: boolean } };
  'file:read-text': { request: { fileId: string }; response: { name: string; text: string } };
  'file:write-text': {
    request: { fileId: string; text: string };
    response: { name: string; bytes: number };
  };
  'badge:import': { request: { fileId: string }; response: BadgeImage };
  'badge:from-template': { request: { code: string; name: string }; response: BadgeImage };
  'badge:data-uri': {
    request: { sha256: string; mediaType: BadgeImage['mediaType'] };
    response: { dataUri: string };
  };
}

export type Channel = keyof Channels;
export type RequestOf<C extends Channel> = Channels[C]['request'];
export type ResponseOf<C extends Channel> = Channels[C]['response'];

/** The method name each channel has on `window.api`; the preload and the harness use it. */
export const methods = {
  appInfo: 'app:info',
  workspaceInfo: 'workspace:info',
  workspaceUsage: 'workspace:usage',
  openFile: 'dialog:open-file',
  saveFile: 'dialog:save-file',
  openExternal: 'shell:open-external',
  cancelJob: 'job:cancel',
  readTextFile: 'file:read-text',
  writeTextFile: 'file:write-text',
  importBadgeImage: 'badge:import',
  badgeFromTemplate: 'badge:from-template',
  badgeDataUri: 'badge:data-uri',
} as const satisfies Record<string, Channel>;

export type Method = keyof typeof methods;

/** Events main sends to the renderer (no request, no answer). */
export interface Events {
  'job:progress': JobProgress;
}
export type EventName = keyof Events;

export const events = { onJobProgress: 'job:progress' } as const satisfies Record<
  string,
  EventName
>;

export type Unsubscribe = () => void;

/** What the preload exposes as `window.api` (and the harness mimics). */
export type Api = {
  readonly [M in Method]: (
    request: RequestOf<(typeof methods)[M]>,
  ) => Promise<Result<ResponseOf<(typeof methods)[M]>>>;
} & {
  readonly [E in keyof typeof events]: (
    listener: (payload: Events[(typeof events)[E]]) => void,
  ) => Unsubscribe;
};

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(
  code: IpcErrorCode,
  message: string,
  issues?: IpcError['issues'],
): Result<never> {
  return issues === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, issues } };
}
