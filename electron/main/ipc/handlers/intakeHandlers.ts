/**
 * Intake and evidence channels: choose sources, run an intake as a job,
 * commit or discard it once the renderer has (or has not) written its records.
 */
import { stat } from 'node:fs/promises';
import type {
  IntakeItem,
  IntakeResult,
  IntakeSourceRequest,
} from '../../../../shared/ipc/contract';
import {
  evidenceFilesDialog,
  submissionsFolderDialog,
} from '../../../services/dialogs/dialogIntents';
import { filesSource } from '../../../services/intake/filesSource';
import { folderSource } from '../../../services/intake/folderSource';
import type { IntakeSource } from '../../../services/intake/IntakeSource';
import { classifySubmissionPaths } from '../../../services/intake/lmsShapes';
import type { IntakeManifest } from '../../../services/intake/runIntake';
import { runIntake } from '../../../services/intake/runIntake';
import { writeOpenedCopy } from '../../../services/evidence/openedCopy';
import { ServiceError } from '../../../services/ServiceError';
import { openZipSource } from '../../../services/zip/openZipSource';
import type { Handlers } from '../dispatch';
import type { AppServices } from './createHandlers';

type IntakeHandlers = Pick<
  Handlers,
  | 'dialog:open-files'
  | 'dialog:open-folder'
  | 'intake:run'
  | 'intake:commit'
  | 'intake:discard'
  | 'intake:pending'
  | 'evidence:verify'
  | 'evidence:open-externally'
>;

async function openSource(
  services: AppServices,
  request: IntakeSourceRequest,
  signal: AbortSignal,
): Promise<IntakeSource> {
  switch (request.kind) {
    case 'zip':
      return openZipSource(services.files.resolve(request.fileId, 'read'));
    case 'folder':
      return folderSource(services.files.resolve(request.fileId, 'folder'), { signal });
    case 'files':
      return filesSource(request.fileIds.map((id) => services.files.resolve(id, 'read')));
  }
}

/** Adds what each path says about its learner (LMS download shapes) to the stored files. */
export function describeIntake(
  manifest: IntakeManifest,
  sourceKind: IntakeSourceRequest['kind'],
): IntakeResult {
  const classified =
    sourceKind === 'files'
      ? null
      : classifySubmissionPaths(manifest.entries.map((entry) => entry.path));
  const byPath = new Map(classified?.items.map((item) => [item.path, item]));
  const items: IntakeItem[] = manifest.entries.map((entry) => {
    const item = byPath.get(entry.path);
    return {
      path: entry.path,
      fileName: item?.fileName ?? entry.fileName,
      size: entry.size,
      sha256: entry.sha256,
      mediaType: entry.mediaType,
      learner: item?.learner ?? { studentNumber: null, name: null, lmsId: null },
      kind: item?.kind ?? 'file',
      roleHint: item?.roleHint ?? 'demonstration',
    };
  });
  return {
    intakeId: manifest.intakeId,
    sourceName: manifest.sourceName,
    shape: classified?.shape ?? 'unknown',
    items,
    rejected: [
      ...manifest.rejected,
      ...(classified?.ignored ?? []).map((ignored) => ({
        path: ignored.path,
        reason: ignored.reason,
      })),
    ],
    totals: manifest.totals,
  };
}

export function createIntakeHandlers(services: AppServices): IntakeHandlers {
  const { dialogs, files, jobs, evidence, journal } = services;
  return {
    'dialog:open-files': async () => {
      const paths = await dialogs.showOpenMany(evidenceFilesDialog);
      return Promise.all(
        paths.map(async (path) => {
          const info = await stat(path);
          if (!info.isFile()) throw new ServiceError('invalid-request', `${path} is not a file.`);
          return { ...files.register(path, 'read'), size: info.size };
        }),
      );
    },
    'dialog:open-folder': async () => {
      const path = await dialogs.showOpenFolder(submissionsFolderDialog);
      if (path === null) return null;
      if (!(await stat(path)).isDirectory())
        throw new ServiceError('invalid-request', `${path} is not a folder.`);
      return files.register(path, 'folder');
    },
    'intake:run': ({ jobId, intakeId, source }, { emit }) =>
      jobs.run(
        {
          jobId,
          unit: 'bytes',
          emit: (progress) => {
            emit('job:progress', progress);
          },
        },
        async (job) => {
          const opened = await openSource(services, source, job.signal);
          try {
            const manifest = await runIntake({
              source: opened,
              store: evidence,
              journal,
              intakeId,
              job,
            });
            return describeIntake(manifest, source.kind);
          } finally {
            await opened.close();
          }
        },
      ),
    'intake:commit': async ({ intakeId }) => {
      await journal.commitIntake(intakeId);
      return { committed: true };
    },
    'intake:discard': async ({ intakeId, keep }) => {
      const kept = new Set(keep);
      return journal.discardIntake(intakeId, (sha) => kept.has(sha));
    },
    'intake:pending': () => journal.pendingIntakes(),
    'evidence:verify': async ({ sha256 }) => ({ status: await evidence.verify(sha256) }),
    'evidence:open-externally': async ({ sha256, fileName }) => {
      const copy = await writeOpenedCopy(evidence, services.workspace.path, sha256, fileName);
      await services.openPath(copy);
      return { opened: true };
    },
  };
}
