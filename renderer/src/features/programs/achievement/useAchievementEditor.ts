import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AchievementVersion, Id } from '../../../../../shared/domain';
import {
  canPublish,
  newDraftFrom,
  publish,
  publishCheck,
} from '../../../../../shared/domain/definitions';
import { useDatabase } from '../../../app/DatabaseContext';
import {
  getAchievement,
  listAchievementVersions,
  putAchievement,
  putAchievementVersion,
} from '../../../db/repositories/achievements';
import { listInstitutionFrameworks } from '../../../db/repositories/institutionFrameworks';
import { getProgram } from '../../../db/repositories/programs';
import { browserClock } from '../model';

/** Milliseconds an edit waits before it is written (DESIGN.md §6: written well within 500 ms). */
export const AUTOSAVE_DELAY_MS = 300;

/**
 * One achievement's versions and the version being edited. Edits apply at once
 * on screen and are written to Dexie after a short pause, and immediately when
 * the editor closes. A published version is frozen: edits to it are refused.
 */
export function useAchievementEditor(achievementId: Id, requestedVersion: number | null) {
  const { db, readOnly } = useDatabase();
  const stored = useLiveQuery(async () => {
    const achievement = await getAchievement(db, achievementId);
    if (achievement === undefined) return null;
    const [versions, program] = await Promise.all([
      listAchievementVersions(db, achievementId),
      getProgram(db, achievement.programId),
    ]);
    versions.sort((a, b) => a.version - b.version);
    return { achievement, program, versions };
  }, [db, achievementId]);
  const frameworks = useLiveQuery(() => listInstitutionFrameworks(db), [db]);

  const selected = useMemo(() => {
    if (stored == null) return undefined;
    return stored.versions.find((v) => v.version === requestedVersion) ?? stored.versions.at(-1);
  }, [stored, requestedVersion]);

  // The edited copy of the selected version; the stored one until the first edit.
  const [edited, setDraft] = useState<AchievementVersion | null>(null);
  const draft = edited !== null && edited.id === selected?.id ? edited : (selected ?? null);
  const pending = useRef<AchievementVersion | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next !== null) await putAchievementVersion(db, next);
  }, [db]);

  // Write what is pending when the editor closes or the window hides.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  const editable = draft !== null && draft.state === 'draft' && !readOnly;

  const change = useCallback(
    (next: AchievementVersion) => {
      if (next.state !== 'draft') return;
      const stamped = { ...next, updatedAt: browserClock.now() };
      setDraft(stamped);
      pending.current = stamped;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const frameworkIds = useMemo(() => new Set((frameworks ?? []).map((f) => f.id)), [frameworks]);
  const checks = useMemo(
    () => (draft === null ? [] : publishCheck(draft, { institutionFrameworkIds: frameworkIds })),
    [draft, frameworkIds],
  );

  const publishDraft = useCallback(async () => {
    if (draft === null || !canPublish(checks)) return;
    await flush();
    const published = publish(draft, browserClock.now(), { institutionFrameworkIds: frameworkIds });
    await putAchievementVersion(db, published);
    setDraft(published);
    notifications.show({
      color: 'teal',
      title: 'Published',
      message: `${published.name} version ${published.version} is published and can no longer be changed.`,
    });
  }, [db, draft, checks, flush, frameworkIds]);

  /** Starts the next draft from the latest published version; answers its version number. */
  const startNewDraft = useCallback(async (): Promise<number | null> => {
    const latest = stored?.versions.at(-1);
    if (latest === undefined) return null;
    if (latest.state === 'draft') return latest.version;
    const next = newDraftFrom(latest, { newId: browserClock.newId, now: browserClock.now() });
    await putAchievementVersion(db, next);
    return next.version;
  }, [db, stored]);

  const achievement = stored?.achievement ?? null;
  const setBlindMarking = useCallback(
    async (blindMarking: boolean) => {
      if (achievement === null || readOnly) return;
      await putAchievement(db, { ...achievement, blindMarking });
      notifications.show({
        color: 'teal',
        title: blindMarking ? 'Blind marking on' : 'Blind marking off',
        message: blindMarking
          ? 'Assessors will not see learners’ names or student numbers.'
          : 'Assessors will see learners’ names again.',
      });
    },
    [db, achievement, readOnly],
  );

  return {
    setBlindMarking,
    loading: stored === undefined || frameworks === undefined,
    missing: stored === null,
    achievement: stored?.achievement ?? null,
    program: stored?.program ?? null,
    versions: stored?.versions ?? [],
    frameworks: frameworks ?? [],
    draft,
    editable,
    readOnly,
    change,
    checks,
    canPublish: editable && canPublish(checks),
    publishDraft,
    startNewDraft,
  };
}

export type AchievementEditor = ReturnType<typeof useAchievementEditor>;
