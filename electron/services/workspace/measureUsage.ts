import { opendir, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceUsage } from '../../../shared/ipc/contract';
import type { JobHandle } from '../jobs/JobRegistry';

/** Counts the files and bytes under a folder, reporting progress and stopping when cancelled. Links are not followed. */
export async function measureUsage(root: string, job: JobHandle): Promise<WorkspaceUsage> {
  let files = 0;
  let bytes = 0;
  const pending = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    const dir = await opendir(folder);
    for await (const entry of dir) {
      job.throwIfCancelled();
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        pending.push(path);
      } else if (entry.isFile()) {
        files += 1;
        bytes += (await lstat(path)).size;
        job.report(files, null, `${files} files`);
      }
    }
  }
  return { files, bytes };
}
