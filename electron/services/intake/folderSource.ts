import { lstat, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ServiceError } from '../ServiceError';
import { errorCode } from '../evidence/objectFiles';
import { decodeName, nameProblem, showableName } from './entryNames';
import type { IntakeRejection } from './entryNames';
import { defaultIntakeLimits } from './IntakeSource';
import type { IntakeLimits, IntakeSourceEntry } from './IntakeSource';
import { SYSTEM_FILES, checkListingTotals, listedFile, sizeProblem } from './listedFile';
import type { RejectingIntakeSource } from './listedFile';

export interface FolderSourceOptions {
  readonly limits?: IntakeLimits;
  readonly signal?: AbortSignal;
}

/**
 * Lists a folder (one sub-folder per learner, or any tree) for intake. Walks
 * without following links: symbolic links, devices, pipes and sockets are
 * listed in `rejected` with the reason, as are names that are not valid
 * UTF-8 or hold control or text-direction characters, paths over the length
 * limit and files over the size limit. Too many entries or too many bytes
 * refuse the whole folder before anything is stored.
 */
export async function folderSource(
  root: string,
  options: FolderSourceOptions = {},
): Promise<RejectingIntakeSource> {
  const limits = options.limits ?? defaultIntakeLimits;
  const name = basename(root);
  await checkRoot(root, name);
  const entries: IntakeSourceEntry[] = [];
  const rejected: IntakeRejection[] = [];
  const stack = [{ absolute: root, path: '' }];
  let totalBytes = 0;
  let folders = 0;
  for (let folder = stack.pop(); folder !== undefined; folder = stack.pop()) {
    if (options.signal?.aborted === true) throw new ServiceError('cancelled', 'Cancelled.');
    const dirents = await readdir(folder.absolute, { withFileTypes: true, encoding: 'buffer' });
    for (const dirent of dirents) {
      const decoded = decodeName(dirent.name);
      const prefix = folder.path === '' ? '' : `${folder.path}/`;
      const reject = (reason: string): void => {
        rejected.push({ path: `${prefix}${showableName(decoded ?? dirent.name)}`, reason });
      };
      if (decoded === null) {
        reject('the name is not valid UTF-8');
        continue;
      }
      const path = `${prefix}${decoded}`;
      const absolute = join(folder.absolute, decoded);
      const problem =
        nameProblem(decoded) ??
        (path.length > limits.maxPathLength
          ? `the path is longer than ${limits.maxPathLength} characters`
          : null);
      if (problem !== null) reject(problem);
      else if (dirent.isSymbolicLink()) reject('it is a link; Attest does not follow links');
      else if (dirent.isDirectory()) {
        folders += 1;
        checkListingTotals(name, folders, 0, limits);
        stack.push({ absolute, path });
      } else if (!dirent.isFile()) reject('it is not a plain file (a device, pipe or socket)');
      else if (SYSTEM_FILES.has(decoded)) reject('it is a file the operating system made');
      else {
        const info = await lstat(absolute);
        const tooBig = info.isFile() ? sizeProblem(info.size, limits) : 'it changed while listed';
        if (tooBig !== null) reject(tooBig);
        else {
          entries.push(listedFile(absolute, path, info.size));
          totalBytes += info.size;
        }
      }
      checkListingTotals(name, entries.length + rejected.length, totalBytes, limits);
    }
  }
  entries.sort((a, b) => compare(a.path, b.path));
  rejected.sort((a, b) => compare(a.path, b.path));
  return { kind: 'folder', name, entries, rejected, close: () => Promise.resolve() };
}

async function checkRoot(root: string, name: string): Promise<void> {
  try {
    const info = await lstat(root);
    if (info.isSymbolicLink()) {
      throw new ServiceError(
        'invalid-request',
        `${name} is a link; choose the folder it points to.`,
      );
    }
    if (!info.isDirectory()) throw new ServiceError('invalid-request', `${name} is not a folder.`);
  } catch (error: unknown) {
    if (errorCode(error) === 'ENOENT')
      throw new ServiceError('not-found', `${name} does not exist.`);
    throw error;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
