import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { ServiceError } from '../ServiceError';

export type FileAccess = 'read' | 'write' | 'folder';

interface Entry {
  readonly path: string;
  readonly access: FileAccess;
}

/**
 * Paths the user chose in a dialog, behind opaque ids. The renderer only ever
 * holds a `fileId`, so a compromised renderer cannot name a path of its own.
 */
export class FileRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly newId: () => string = randomUUID) {}

  register(path: string, access: FileAccess): { fileId: string; name: string } {
    const fileId = this.newId();
    this.entries.set(fileId, { path, access });
    return { fileId, name: basename(path) };
  }

  /** The path behind an id, if it was chosen for this kind of access. */
  resolve(fileId: string, access: FileAccess): string {
    const entry = this.entries.get(fileId);
    if (entry?.access !== access) {
      throw new ServiceError('not-found', 'That file is no longer available: choose it again.');
    }
    return entry.path;
  }

  forget(fileId: string): void {
    this.entries.delete(fileId);
  }
}
