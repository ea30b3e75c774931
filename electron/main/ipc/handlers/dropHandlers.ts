/**
 * Files dropped from the OS onto the window. The preload sends the paths
 * Electron gives it for the dropped `File`s; main takes regular files only
 * (checked with lstat, so a link is not followed) and answers the same
 * tokens as the open dialog. One refused item refuses the whole drop.
 */
import type { Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { PickedFile } from '../../../../shared/ipc/contract';
import { errorCode } from '../../../services/evidence/objectFiles';
import { ServiceError } from '../../../services/ServiceError';
import type { Handlers } from '../dispatch';
import type { AppServices } from './createHandlers';

type DropHandlers = Pick<Handlers, 'files:register-dropped'>;

/** Why a dropped item cannot be added, in words for the person who dropped it; null when it can. */
export function dropRefusal(
  name: string,
  info: Pick<Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink'>,
): string | null {
  if (info.isSymbolicLink()) {
    return `${name} is a link (shortcut); Attest does not follow links. Drop the file it points to instead.`;
  }
  if (info.isDirectory()) {
    return `${name} is a folder. Drop the files inside it, or use “Import folder…” for a folder of submissions.`;
  }
  if (!info.isFile()) return `${name} is not a regular file (it is a device, pipe or socket).`;
  return null;
}

type Checked =
  | { readonly ok: true; readonly path: string; readonly size: number }
  | { readonly ok: false; readonly problem: string };

async function check(path: string): Promise<Checked> {
  if (path === '' || !isAbsolute(path)) {
    return {
      ok: false,
      problem:
        'One of the dropped items is not a file on this computer (a link or text dragged from another app?). Save it as a file first, then drop that.',
    };
  }
  const name = basename(path);
  let info: Stats;
  try {
    info = await lstat(path);
  } catch (error: unknown) {
    if (errorCode(error) === 'ENOENT') return { ok: false, problem: `${name} no longer exists.` };
    throw error;
  }
  const problem = dropRefusal(name, info);
  return problem === null ? { ok: true, path, size: info.size } : { ok: false, problem };
}

export function createDropHandlers(services: AppServices): DropHandlers {
  const { files } = services;
  return {
    'files:register-dropped': async ({ paths }) => {
      const checked = await Promise.all(paths.map(check));
      const problems = checked.flatMap((c) => (c.ok ? [] : [c.problem]));
      if (problems.length > 0) {
        const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
        throw new ServiceError('invalid-request', `${problems.slice(0, 3).join(' ')}${more}`);
      }
      return checked.flatMap((c): PickedFile[] =>
        c.ok ? [{ ...files.register(c.path, 'read'), size: c.size }] : [],
      );
    },
  };
}
