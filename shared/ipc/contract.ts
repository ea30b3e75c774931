/**
 * The one IPC contract (STYLE.md habit 1). A channel exists here or nowhere.
 *
 * Every channel takes one request object and answers a `Result`. Types live
 * here; the zod schemas that main uses to validate requests live in
 * `schemas.ts`, so zod stays out of the preload bundle.
 */

import type { AchievementVersion, Assessment, BadgeImage, EvidenceRole } from '../domain/entities';

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
  /** Where evidence bytes are served: `<evidenceBaseUrl><sha256>` (the host decides the scheme). */
  readonly evidenceBaseUrl: string;
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

export interface PickedFolder {
  readonly fileId: string;
  readonly name: string;
}

/** Where an intake reads from: files and folders the user chose in a dialog, by id. */
export type IntakeSourceRequest =
  | { readonly kind: 'zip'; readonly fileId: string }
  | { readonly kind: 'folder'; readonly fileId: string }
  | { readonly kind: 'files'; readonly fileIds: readonly string[] };

export type LmsShape = 'moodle' | 'brightspace' | 'canvas' | 'folder' | 'unknown';

/** One stored file of an intake, with what its path says about whose it is. */
export interface IntakeItem {
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
  readonly sha256: string;
  readonly mediaType: string;
  /** All null when the path says nothing: the lead assigns the file by hand. */
  readonly learner: {
    readonly studentNumber: string | null;
    readonly name: string | null;
    readonly lmsId: string | null;
  };
  /** `lms-index` files (an LMS's own index.html) are stored but are not evidence. */
  readonly kind: 'file' | 'online-text' | 'lms-index';
  readonly roleHint: EvidenceRole;
}

export interface IntakeResult {
  readonly intakeId: string;
  readonly sourceName: string;
  readonly shape: LmsShape;
  readonly items: readonly IntakeItem[];
  /** Entries left out, each with the reason (a folder's links, junk files…). */
  readonly rejected: readonly { readonly path: string; readonly reason: string }[];
  readonly totals: { readonly files: number; readonly bytes: number };
}

export interface PendingIntake {
  readonly intakeId: string;
  readonly startedAt: string;
  readonly created: readonly string[];
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
  /** Milliseconds since the job started, by main's clock (for a rate: bytes per second). */
  readonly elapsedMs?: number;
}

export interface FeedbackLearner {
  readonly name: string;
  readonly studentNumber: string;
}

/**
 * What one learner's feedback document is built from: only the fields the
 * document shows, so a payload carries no more of the records than it needs.
 */
export interface FeedbackInput {
  /** `null` under blind marking: the document then names the learner by `anonymousCode`. */
  readonly learner: FeedbackLearner | null;
  /** Required when `learner` is null; ignored otherwise. */
  readonly anonymousCode: string | null;
  readonly achievement: Pick<
    AchievementVersion,
    'name' | 'humanCode' | 'demonstrationRubric' | 'reflectionRubric'
  >;
  readonly assessment: Pick<
    Assessment,
    'demonstration' | 'reflection' | 'feedback' | 'decision' | 'resubmitCriterionIds'
  >;
  readonly markerName: string;
  /** The date shown as the feedback date, as the caller wants it read (e.g. 2025-03-14). */
  readonly issuedOn: string;
  readonly institutionName: string;
}

/** Whether a file was written: the save dialog may have been cancelled. */
export type SaveOutcome =
  { readonly saved: false } | { readonly saved: true; readonly fileName: string };

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
  'dialog:open-files': { request: { intent: 'evidence-file' }; response: readonly PickedFile[] };
  'dialog:open-folder': {
    request: { intent: 'submissions-folder' };
    response: PickedFolder | null;
  };
  /**
   * Stores every file of a source in the evidence store (a job: progress in
   * bytes, cancellable). Nothing is final until `intake:commit`: the renderer
   * writes its records carrying `intakeId`, then commits; or discards.
   */
  'intake:run': {
    request: JobRequest & { intakeId: string; source: IntakeSourceRequest };
    response: IntakeResult;
  };
  'intake:commit': { request: { intakeId: string }; response: { committed: true } };
  'intake:discard': {
    request: { intakeId: string; keep: readonly string[] };
    response: { removed: number; kept: number };
  };
  'intake:pending': { request: EmptyRequest; response: readonly PendingIntake[] };
  'evidence:verify': {
    request: { sha256: string };
    response: { status: 'ok' | 'mismatch' | 'missing' };
  };
  /**
   * Opens a verified, read-only copy of an evidence file (named `fileName`) in
   * the program the system uses for its type. Asked for only after a warning.
   */
  'evidence:open-externally': {
    request: { sha256: string; fileName: string };
    response: { opened: boolean };
  };
  'badge:import': { request: { fileId: string }; response: BadgeImage };
  /** A badge image carried in a definitions file: checked like a chosen file, and its hash must match. */
  'badge:import-data': {
    request: { sha256: string; mediaType: BadgeImage['mediaType']; dataBase64: string };
    response: BadgeImage;
  };
  'badge:from-template': { request: { code: string; name: string }; response: BadgeImage };
  'badge:data-uri': {
    request: { sha256: string; mediaType: BadgeImage['mediaType'] };
    response: { dataUri: string };
  };
  /** One learner's feedback: a save dialog, then the .docx written atomically. */
  'feedback:save': { request: { input: FeedbackInput }; response: SaveOutcome };
  /**
   * A cohort's feedback, one .docx per learner in a zip: a save dialog, then a
   * job (progress in documents, cancellable; a cancelled job leaves no file).
   */
  'feedback:save-cohort': {
    request: JobRequest & { items: readonly FeedbackInput[] };
    response: SaveOutcome;
  };
  /**
   * Files dropped from the OS. Only the preload calls this channel, with the
   * paths Electron gives it for dropped `File`s (see `DropBridge`); main
   * accepts regular files only and answers tokens, like the open dialog.
   */
  'files:register-dropped': {
    request: { paths: readonly string[] };
    response: readonly PickedFile[];
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
  openFiles: 'dialog:open-files',
  openFolder: 'dialog:open-folder',
  runIntake: 'intake:run',
  commitIntake: 'intake:commit',
  discardIntake: 'intake:discard',
  pendingIntakes: 'intake:pending',
  verifyEvidence: 'evidence:verify',
  openEvidenceExternally: 'evidence:open-externally',
  readTextFile: 'file:read-text',
  writeTextFile: 'file:write-text',
  importBadgeImage: 'badge:import',
  importBadgeData: 'badge:import-data',
  badgeFromTemplate: 'badge:from-template',
  badgeDataUri: 'badge:data-uri',
  saveFeedback: 'feedback:save',
  saveCohortFeedback: 'feedback:save-cohort',
} as const satisfies Record<string, Channel>;

/**
 * Channels the preload calls itself, behind a `window.api` function that does
 * more than pass a request on (see `DropBridge`). Main binds them like any
 * other channel; the renderer cannot send them a request of its own making.
 */
export const preloadChannels = {
  registerDroppedFiles: 'files:register-dropped',
} as const satisfies Record<keyof DropBridge, Channel>;

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

/**
 * A file the OS dropped on the window, as the renderer holds it (a DOM `File`;
 * shared/ has no DOM types, so only what is read of it is named here).
 */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/**
 * Dropped files become `PickedFile` tokens without the renderer ever naming a
 * path: the preload asks Electron for each `File`'s path
 * (`webUtils.getPathForFile`) and sends the paths to `files:register-dropped`.
 */
export interface DropBridge {
  // Method syntax on purpose: the preload implements it with Electron's DOM `File`.
  registerDroppedFiles(request: {
    readonly files: readonly DroppedFile[];
  }): Promise<Result<ResponseOf<'files:register-dropped'>>>;
}

/** What the preload exposes as `window.api` (and the harness mimics). */
export type Api = DropBridge & {
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
