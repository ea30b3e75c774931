/**
 * The last marks not yet in IndexedDB, kept synchronously in localStorage.
 *
 * Autosave waits up to 250 ms after the last change before it writes, and an
 * IndexedDB write still running when a window closes or the renderer crashes
 * may never commit. localStorage writes are synchronous: every change is put
 * here at once, the entry goes when the write that contains it commits, and
 * a window that opens the submission again finishes the write.
 *
 * Decisions:
 * - An entry names the stored record it was made on (`base`: id and update
 *   time, '' for none). It is replayed only over that same record; if the
 *   marks were written since (another window, a later session), replaying it
 *   would silently overwrite them, so it is dropped and the marker told.
 * - One entry per submission and marker; a bad or unreadable entry is ignored.
 */
import type { Assessment, Id } from '../../../../shared/domain';
import type { MarkingDraft } from '../../../../shared/domain/marking';

export interface PendingEntry {
  readonly base: string;
  readonly draft: MarkingDraft;
}

/** The part of `Storage` the journal uses (localStorage in the app, a Map in tests). */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function journalKey(submissionId: Id, markerId: Id): string {
  return `attest:pending-marks:${submissionId}:${markerId}`;
}

/** What identifies a stored record's version: its id and last update. */
export function baseOf(stored: Assessment | undefined): string {
  return stored === undefined ? '' : `${stored.id}@${stored.updatedAt}`;
}

function isDraft(value: unknown): value is MarkingDraft {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    Array.isArray(d.demonstration) &&
    Array.isArray(d.reflection) &&
    Array.isArray(d.reflectionTags) &&
    typeof d.feedback === 'string' &&
    Array.isArray(d.resubmitCriterionIds)
  );
}

export function readPending(storage: JournalStorage, key: string): PendingEntry | null {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as { base?: unknown; draft?: unknown };
    if (typeof parsed.base !== 'string' || !isDraft(parsed.draft)) return null;
    return {
      base: parsed.base,
      // Entries written before a field existed read as the field's empty value.
      draft: { ...parsed.draft, reflectionSource: parsed.draft.reflectionSource ?? null },
    };
  } catch {
    return null;
  }
}

/** Keeps the entry; false when storage refused it (full, disabled), which autosave survives. */
export function writePending(storage: JournalStorage, key: string, entry: PendingEntry): boolean {
  try {
    storage.setItem(key, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

export function clearPending(storage: JournalStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a stale entry is dropped when it no longer matches.
  }
}

/** What to do with an entry found when the submission opens. */
export function replayDecision(
  entry: PendingEntry | null,
  stored: Assessment | undefined,
): 'none' | 'replay' | 'drop' {
  if (entry === null) return 'none';
  if (stored?.finalisedAt != null) return 'drop';
  return entry.base === baseOf(stored) ? 'replay' : 'drop';
}
