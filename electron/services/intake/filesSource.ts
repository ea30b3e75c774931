import { lstat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { errorCode } from '../evidence/objectFiles';
import { nameProblem, showableName } from './entryNames';
import type { IntakeRejection } from './entryNames';
import { defaultIntakeLimits } from './IntakeSource';
import type { IntakeLimits, IntakeSourceEntry } from './IntakeSource';
import { checkListingTotals, listedFile, sizeProblem } from './listedFile';
import type { RejectingIntakeSource } from './listedFile';

/**
 * Single files dropped on a learner or chosen in a dialog. Each must be a
 * plain file (links are refused, not followed) with an importable name and
 * size; two files with the same name get " (2)", " (3)" so paths stay unique.
 */
export async function filesSource(
  paths: readonly string[],
  limits: IntakeLimits = defaultIntakeLimits,
): Promise<RejectingIntakeSource> {
  const entries: IntakeSourceEntry[] = [];
  const rejected: IntakeRejection[] = [];
  const used = new Set<string>();
  let totalBytes = 0;
  const name = paths.length === 1 ? basename(paths[0] ?? '') : `${paths.length} files`;
  checkListingTotals(name, paths.length, 0, limits);
  for (const absolute of paths) {
    const fileName = basename(absolute);
    const reject = (reason: string): void => {
      rejected.push({ path: showableName(fileName), reason });
    };
    const problem =
      nameProblem(fileName) ??
      (fileName.length > limits.maxPathLength
        ? `the name is longer than ${limits.maxPathLength} characters`
        : null);
    if (problem !== null) {
      reject(problem);
      continue;
    }
    let info;
    try {
      info = await lstat(absolute);
    } catch (error: unknown) {
      if (errorCode(error) !== 'ENOENT') throw error;
      reject('the file does not exist');
      continue;
    }
    const refused = info.isSymbolicLink()
      ? 'it is a link; Attest does not follow links'
      : !info.isFile()
        ? 'it is not a plain file'
        : sizeProblem(info.size, limits);
    if (refused !== null) {
      reject(refused);
      continue;
    }
    const path = uniqueName(fileName, used);
    entries.push(listedFile(absolute, path, info.size));
    totalBytes += info.size;
    checkListingTotals(name, entries.length, totalBytes, limits);
  }
  return { kind: 'files', name, entries, rejected, close: () => Promise.resolve() };
}

function uniqueName(fileName: string, used: Set<string>): string {
  const extension = extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  let candidate = fileName;
  for (let copy = 2; used.has(candidate); copy += 1) candidate = `${stem} (${copy})${extension}`;
  used.add(candidate);
  return candidate;
}
