import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { WorkspaceInfo } from '../../../shared/ipc/contract';
import { ServiceError } from '../ServiceError';
import { writeFileAtomic } from '../fs/writeFileAtomic';

/** The layout version of a workspace folder this build reads and writes. */
export const WORKSPACE_FORMAT_VERSION = 1;
export const WORKSPACE_FILE = 'workspace.json';

const workspaceFile = z.object({
  id: z.string().min(1),
  createdAt: z.string().min(1),
  formatVersion: z.number().int().positive(),
});

export interface OpenWorkspaceOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/**
 * Opens the workspace folder (main's files: evidence store, exports, state),
 * creating it on first use. Refuses a folder written by a newer Attest rather
 * than risk corrupting it, and a `workspace.json` that is not ours.
 */
export async function openWorkspace(
  path: string,
  options: OpenWorkspaceOptions = {},
): Promise<WorkspaceInfo> {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  await mkdir(path, { recursive: true });
  const file = join(path, WORKSPACE_FILE);
  let text: string | null = null;
  try {
    text = await readFile(file, 'utf8');
  } catch (error: unknown) {
    if (!isMissing(error)) throw error;
  }
  if (text === null) {
    const created = {
      id: newId(),
      createdAt: now().toISOString(),
      formatVersion: WORKSPACE_FORMAT_VERSION,
    };
    await writeFileAtomic(file, `${JSON.stringify(created, null, 2)}\n`);
    return { ...created, path };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ServiceError(
      'io',
      `${file} is not valid JSON; Attest will not use this folder as a workspace.`,
    );
  }
  const parsed = workspaceFile.safeParse(json);
  if (!parsed.success) {
    throw new ServiceError('io', `${file} is not an Attest workspace file.`);
  }
  if (parsed.data.formatVersion > WORKSPACE_FORMAT_VERSION) {
    throw new ServiceError(
      'conflict',
      `This workspace was written by a newer Attest (format ${parsed.data.formatVersion}; this version reads ${WORKSPACE_FORMAT_VERSION}). Update Attest to open it.`,
    );
  }
  return { ...parsed.data, path };
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
