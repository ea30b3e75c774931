/**
 * Handlers adapt requests to services (STYLE.md habit 4). They hold no logic
 * of their own beyond choosing the service and shaping its answer.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { renderBadgeTemplate } from '../../../../shared/badges/badgeTemplate';
import type { AppInfo, WorkspaceInfo } from '../../../../shared/ipc/contract';
import type { DialogProvider } from '../../../services/dialogs/dialogIntents';
import { openIntents, saveIntents } from '../../../services/dialogs/dialogIntents';
import type { FileRegistry } from '../../../services/files/FileRegistry';
import { readTextFile, writeTextFile } from '../../../services/files/textFiles';
import {
  badgeImageLimits,
  readBadgeImageDataUri,
  storeBadgeImage,
} from '../../../services/images/badgeImages';
import type { EvidenceStore } from '../../../services/evidence/EvidenceStore';
import type { IntakeJournal } from '../../../services/intake/intakeJournal';
import type { JobRegistry } from '../../../services/jobs/JobRegistry';
import { createDropHandlers } from './dropHandlers';
import { createFeedbackHandlers } from './feedbackHandlers';
import { createIntakeHandlers } from './intakeHandlers';
import { isSafeExternalUrl } from '../../../services/security/externalUrl';
import { ServiceError } from '../../../services/ServiceError';
import { measureUsage } from '../../../services/workspace/measureUsage';
import type { Handlers } from '../dispatch';

/** Everything the handlers need, built once per host (Electron app or test harness). */
export interface AppServices {
  readonly appInfo: AppInfo;
  readonly workspace: WorkspaceInfo;
  readonly jobs: JobRegistry;
  readonly evidence: EvidenceStore;
  readonly journal: IntakeJournal;
  readonly files: FileRegistry;
  readonly dialogs: DialogProvider;
  /** Opens a URL that already passed `isSafeExternalUrl` in the system browser. */
  readonly openExternal: (url: string) => Promise<void>;
  /** Opens a file main wrote (a verified copy of evidence) with the system's program for it. */
  readonly openPath: (path: string) => Promise<void>;
}

export function createHandlers(services: AppServices): Handlers {
  const { jobs, files, dialogs, workspace } = services;
  return {
    ...createIntakeHandlers(services),
    ...createFeedbackHandlers(services),
    ...createDropHandlers(services),
    'app:info': () => services.appInfo,
    'workspace:info': () => workspace,
    'workspace:usage': ({ jobId }, { emit }) =>
      jobs.run(
        {
          jobId,
          unit: 'files',
          emit: (progress) => {
            emit('job:progress', progress);
          },
        },
        (job) => measureUsage(workspace.path, job),
      ),
    'dialog:open-file': async ({ intent }) => {
      const path = await dialogs.showOpen(openIntents[intent]);
      if (path === null) return null;
      const info = await stat(path);
      if (!info.isFile()) throw new ServiceError('invalid-request', `${path} is not a file.`);
      return { ...files.register(path, 'read'), size: info.size };
    },
    'dialog:save-file': async ({ intent, suggestedName }) => {
      const path = await dialogs.showSave({ ...saveIntents[intent], suggestedName });
      return path === null ? null : files.register(path, 'write');
    },
    'shell:open-external': async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        throw new ServiceError(
          'forbidden',
          `Attest only opens https links in your browser; refused ${url}.`,
        );
      }
      await services.openExternal(url);
      return { opened: true };
    },
    'job:cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'file:read-text': ({ fileId }) => readTextFile(files.resolve(fileId, 'read')),
    'file:write-text': ({ fileId, text }) => writeTextFile(files.resolve(fileId, 'write'), text),
    'badge:import': async ({ fileId }) => {
      const path = files.resolve(fileId, 'read');
      const info = await stat(path);
      if (info.size > badgeImageLimits.maxBytes) {
        throw new ServiceError(
          'invalid-request',
          `${basename(path)} is too large for a badge image (at most 2 MiB).`,
        );
      }
      return storeBadgeImage(workspace.path, await readFile(path), basename(path));
    },
    'badge:import-data': async ({ sha256, mediaType, dataBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      // The claimed hash is checked before anything is written: a wrong claim stores nothing.
      const matches = createHash('sha256').update(bytes).digest('hex') === sha256;
      const stored = matches
        ? await storeBadgeImage(workspace.path, bytes, `image ${sha256.slice(0, 12)}`)
        : null;
      if (stored === null || stored.mediaType !== mediaType) {
        throw new ServiceError(
          'invalid-request',
          `The badge image ${sha256.slice(0, 12)}… does not match its checksum or type.`,
        );
      }
      return stored;
    },
    'badge:from-template': ({ code, name }) =>
      storeBadgeImage(
        workspace.path,
        Buffer.from(renderBadgeTemplate({ code, name })),
        `${code}.svg`,
      ),
    'badge:data-uri': async (image) => ({
      dataUri: await readBadgeImageDataUri(workspace.path, image),
    }),
  };
}
