import { liveQuery } from 'dexie';
import type { Subscription } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type {
  Achievement,
  AchievementVersion,
  Id,
  Identity,
  Submission,
} from '../../../../shared/domain';
import { transitionAuditEntry } from '../../../../shared/domain/audit';
import { useDatabase } from '../../app/DatabaseContext';
import type { AppDB } from '../../db/AppDB';
import { getAchievement, getAchievementVersion } from '../../db/repositories/achievements';
import { listOverriddenSubmissionIds } from '../../db/repositories/assessments';
import { getSelfIdentity, listIdentities } from '../../db/repositories/identities';
import { listLearners } from '../../db/repositories/learners';
import {
  bulkPatchSubmissions,
  listSubmissions,
  SubmissionPreconditionError,
} from '../../db/repositories/submissions';
import { visibleTo, workflowFacts } from './model';
import type { QueueRow } from './queue';
import { buildQueueRows, nextUnmarked, planBatch } from './queue';

export interface MarkingQueue {
  /** Every row this person may mark, oldest first. */
  readonly rows: readonly QueueRow[];
  /** The achievement versions of those rows, by name then version. */
  readonly versions: readonly AchievementVersion[];
  readonly self: Identity | null;
  /** Batch actions are offered: a single-user machine, or a lead. */
  readonly canAllocate: boolean;
  /** The submissions behind `rows`, by id (for batch actions). */
  readonly submissions: ReadonlyMap<Id, Submission>;
}

/** How long a shared read stays live after its last user left (queue ⇄ marking view). */
const KEEP_ALIVE_MS = 10_000;

interface SharedRead {
  value: unknown;
  error: unknown;
  readonly listeners: Set<() => void>;
  subscription: Subscription | null;
  release: number | null;
}

const sharedReads = new WeakMap<AppDB, Map<string, SharedRead>>();

function sharedRead(db: AppDB, key: string): SharedRead {
  let reads = sharedReads.get(db);
  if (reads === undefined) {
    reads = new Map();
    sharedReads.set(db, reads);
  }
  let read = reads.get(key);
  if (read === undefined) {
    read = {
      value: undefined,
      error: undefined,
      listeners: new Set(),
      subscription: null,
      release: null,
    };
    reads.set(key, read);
  }
  return read;
}

/** Listens to `read`, starting its live query if none runs; returns the unsubscribe. */
function listen<T>(read: SharedRead, querier: () => Promise<T>, onChange: () => void): () => void {
  read.listeners.add(onChange);
  if (read.release !== null) window.clearTimeout(read.release);
  read.release = null;
  read.subscription ??= liveQuery(querier).subscribe({
    next: (value) => {
      read.value = value;
      read.error = undefined;
      for (const listener of read.listeners) listener();
    },
    error: (error: unknown) => {
      read.error = error;
      for (const listener of read.listeners) listener();
    },
  });
  return () => {
    read.listeners.delete(onChange);
    if (read.listeners.size > 0) return;
    read.release = window.setTimeout(() => {
      read.subscription?.unsubscribe();
      read.subscription = null;
      read.value = undefined;
      read.release = null;
    }, KEEP_ALIVE_MS);
  };
}

/**
 * A live query shared by every component that asks for `key`, kept live a
 * while after the last one unmounts. The queue and the marking view both
 * show the queue's rows: going from one to the other re-reads nothing, so
 * opening a submission does not queue its first write behind a 10,000-row
 * read. undefined while loading.
 */
function useSharedLiveQuery<T>(db: AppDB, key: string, querier: () => Promise<T>): T | undefined {
  const read = sharedRead(db, key);
  // The querier reads only `db`, which `read` belongs to.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const subscribe = useCallback((onChange: () => void) => listen(read, querier, onChange), [read]);
  const value = useSyncExternalStore(subscribe, () => read.value);
  const { error } = read;
  if (error !== undefined)
    throw error instanceof Error ? error : new Error('The marking queue could not be read.');
  return value as T | undefined;
}

interface Catalogue {
  readonly versions: readonly AchievementVersion[];
  readonly achievements: readonly Achievement[];
}

/**
 * The submissions this person may mark, live. undefined while loading.
 *
 * One bulk read per table, each its own live query, so a write re-reads only
 * what it touched: an autosaved assessment re-reads the flags, not 10,000
 * submissions; the rows are rebuilt (a pure pass) only when an input changed.
 */
export function useMarkingQueue(): MarkingQueue | undefined {
  const { db } = useDatabase();
  const people = useSharedLiveQuery(db, 'people', async () => {
    const [self, identities] = await Promise.all([getSelfIdentity(db), listIdentities(db)]);
    return { self: self ?? null, singleUser: identities.length <= 1 };
  });
  const submissions = useSharedLiveQuery(db, 'submissions', () => listSubmissions(db));
  const learners = useSharedLiveQuery(db, 'learners', () => listLearners(db));
  // Joined so that an autosave that changes no flag changes nothing downstream.
  const flaggedKey = useSharedLiveQuery(db, 'flagged', async () =>
    (await listOverriddenSubmissionIds(db, 'first')).join('\n'),
  );
  // A few versions, however many submissions: one read per distinct version.
  const versionIdsKey = useMemo(
    () =>
      submissions === undefined
        ? undefined
        : [...new Set(submissions.map((s) => s.achievementVersionId))].sort().join('\n'),
    [submissions],
  );
  const catalogue = useLiveQuery(async (): Promise<Catalogue | undefined> => {
    if (versionIdsKey === undefined) return undefined;
    const ids = versionIdsKey === '' ? [] : versionIdsKey.split('\n');
    const versions = (await Promise.all(ids.map((id) => getAchievementVersion(db, id)))).filter(
      (v): v is AchievementVersion => v !== undefined,
    );
    const achievementIds = [...new Set(versions.map((v) => v.achievementId))];
    const achievements = (
      await Promise.all(achievementIds.map((id) => getAchievement(db, id)))
    ).filter((a): a is Achievement => a !== undefined);
    versions.sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
    return { versions, achievements };
  }, [db, versionIdsKey]);

  return useMemo((): MarkingQueue | undefined => {
    if (
      people === undefined ||
      submissions === undefined ||
      learners === undefined ||
      flaggedKey === undefined ||
      catalogue === undefined
    ) {
      return undefined;
    }
    const { self, singleUser } = people;
    const visible = visibleTo(submissions, self, singleUser);
    const rows = buildQueueRows({
      submissions: visible,
      learners,
      achievements: catalogue.achievements,
      versions: catalogue.versions,
      flaggedIds: new Set(flaggedKey === '' ? [] : flaggedKey.split('\n')),
    });
    return {
      rows,
      versions: catalogue.versions,
      self,
      canAllocate: singleUser || (self?.roles.includes('lead') ?? false),
      submissions: new Map(visible.map((s) => [s.id, s])),
    };
  }, [people, submissions, learners, flaggedKey, catalogue]);
}

export type BatchOutcome =
  { readonly ok: true; readonly count: number } | { readonly ok: false; readonly reason: string };

/**
 * "Allocate to me": the workflow's allocate on every selected submission,
 * written in ONE transaction that refuses the whole batch if any of them left
 * `received` since the queue was read (another window, an import).
 */
export function useAllocateToMe(): (
  queue: MarkingQueue,
  ids: readonly Id[],
) => Promise<BatchOutcome> {
  const { db } = useDatabase();
  return useCallback(
    async (queue, ids) => {
      const { self } = queue;
      if (self === null) return { ok: false, reason: 'Set your identity in Settings first.' };
      const selected = ids
        .map((id) => queue.submissions.get(id))
        .filter((s): s is Submission => s !== undefined);
      const plan = planBatch(selected, 'allocate', { id: self.id, roles: self.roles }, (s) =>
        workflowFacts(s, null, null, self.id),
      );
      if (!plan.ok) return plan;
      const at = new Date().toISOString();
      try {
        const count = await bulkPatchSubmissions(
          db,
          plan.ids,
          { status: plan.to, assessorId: self.id },
          {
            from: ['received'],
            at,
            audit: (before) =>
              transitionAuditEntry({
                action: 'allocate',
                submissionId: before.id,
                actorId: self.id,
                at,
                from: before.status,
                to: plan.to,
                assessorId: self.id,
              }),
          },
        );
        return { ok: true, count };
      } catch (error: unknown) {
        if (error instanceof SubmissionPreconditionError) {
          return {
            ok: false,
            reason: `Nothing was allocated: ${error.submissionIds.length} of the ${plan.ids.length} selected submissions changed meanwhile and are no longer received. The queue now shows them as they are; select again.`,
          };
        }
        throw error;
      }
    },
    [db],
  );
}

/** Opens the next unmarked submission (other than `exceptId`); false when there is none. */
export function useGoToNextUnmarked(): (
  rows: readonly QueueRow[],
  exceptId?: Id,
  options?: { readonly replace?: boolean },
) => boolean {
  const navigate = useNavigate();
  return useCallback(
    (rows, exceptId, options) => {
      const id = nextUnmarked(rows, exceptId ?? null);
      if (id === null) return false;
      void navigate(`/marking/${id}`, { replace: options?.replace ?? false });
      return true;
    },
    [navigate],
  );
}
