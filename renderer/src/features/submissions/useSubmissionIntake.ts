import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import type { EvidenceRole, Id } from '../../../../shared/domain';
import { plural } from '../../../../shared/format';
import { call } from '../../api/client';
import { useJob } from '../../api/useJob';
import { useDatabase } from '../../app/DatabaseContext';
import { listLearners } from '../../db/repositories/learners';
import { referencedHashes, writeIntakeSubmissions } from '../../db/repositories/submissions';
import type { PlanItem } from './model';
import {
  applyIntake,
  evidenceOf,
  groupByLearner,
  latestAttempt,
  learnerMatcher,
  planItems,
  sourceOf,
} from './model';

export type IntakeSourceKind = 'zip' | 'folder';

/**
 * A submission intake, step by step: pick a zip or folder, store its files in
 * main (a cancellable job), match them to the roster, then write every
 * submission in one transaction and commit the intake, or discard it. Files
 * another submission already uses are never discarded.
 */
export function useSubmissionIntake(achievementVersionId: Id | null) {
  const { db, readOnly } = useDatabase();
  const job = useJob('runIntake');
  const { start: startJob } = job;
  const learners = useLiveQuery(() => listLearners(db), [db]);
  /** The intake whose matching step was closed (created or discarded). */
  const [closedIntakeId, setClosedIntakeId] = useState<string | null>(null);
  const [assigned, setAssigned] = useState<ReadonlyMap<string, Id | null>>(new Map());
  const [roles, setRoles] = useState<ReadonlyMap<string, EvidenceRole>>(new Map());
  const [busy, setBusy] = useState(false);

  const result =
    job.state.status === 'done' && job.state.value.intakeId !== closedIntakeId
      ? job.state.value
      : null;

  const plan = useMemo((): PlanItem[] | null => {
    if (result === null || learners === undefined) return null;
    return planItems(result.items, learnerMatcher(learners)).map((entry) => ({
      ...entry,
      learnerId: entry.matched?.learnerId ?? assigned.get(entry.item.path) ?? null,
      role: roles.get(entry.item.path) ?? entry.role,
    }));
  }, [result, learners, assigned, roles]);

  const start = useCallback(
    async (kind: IntakeSourceKind) => {
      if (readOnly) return;
      const picked =
        kind === 'zip'
          ? await call('openFile', { intent: 'submissions-zip' })
          : await call('openFolder', { intent: 'submissions-folder' });
      if (!picked.ok || picked.value === null) return;
      setAssigned(new Map());
      setRoles(new Map());
      await startJob({
        intakeId: crypto.randomUUID(),
        source: { kind, fileId: picked.value.fileId },
      });
    },
    [startJob, readOnly],
  );

  const assign = useCallback((path: string, learnerId: Id | null) => {
    setAssigned((current) => new Map(current).set(path, learnerId));
  }, []);

  const setRole = useCallback((path: string, role: EvidenceRole) => {
    setRoles((current) => new Map(current).set(path, role));
  }, []);

  const create = useCallback(async () => {
    if (result === null || plan === null || achievementVersionId === null || readOnly) return;
    const groups = groupByLearner(plan);
    setBusy(true);
    try {
      const at = new Date().toISOString();
      const stamp = {
        intakeId: result.intakeId,
        achievementVersionId,
        source: sourceOf(result.shape),
        at,
        newId: () => crypto.randomUUID(),
      };
      const evidence = new Map(groups.map((g) => [g.learnerId, g.items.map(evidenceOf)]));
      let written: number;
      try {
        const records = await writeIntakeSubmissions(
          db,
          achievementVersionId,
          groups.map((g) => g.learnerId),
          (learnerId, attempts) =>
            applyIntake(latestAttempt(attempts), learnerId, evidence.get(learnerId) ?? [], stamp),
        );
        written = records.length;
      } catch (error: unknown) {
        notifications.show({
          color: 'red',
          title: 'No submission was created',
          message: error instanceof Error ? error.message : String(error),
        });
        return;
      }
      // The records are written: the intake's files are final. If this fails, the
      // next start commits it (the records carry its id).
      await call('commitIntake', { intakeId: result.intakeId });
      setClosedIntakeId(result.intakeId);
      notifications.show({
        color: 'teal',
        title: `Imported ${result.sourceName}`,
        message: `${plural(written, 'submission')} created or updated.`,
      });
    } finally {
      setBusy(false);
    }
  }, [achievementVersionId, db, plan, readOnly, result]);

  const discard = useCallback(async () => {
    if (result === null) return;
    setBusy(true);
    try {
      const keep = await referencedHashes(
        db,
        result.items.map((i) => i.sha256),
      );
      await call('discardIntake', { intakeId: result.intakeId, keep });
      setClosedIntakeId(result.intakeId);
    } finally {
      setBusy(false);
    }
  }, [db, result]);

  return {
    job: job.state,
    cancelJob: job.cancel,
    result,
    plan,
    learners: learners ?? [],
    busy,
    readOnly,
    start,
    assign,
    setRole,
    create,
    discard,
  };
}

export type SubmissionIntake = ReturnType<typeof useSubmissionIntake>;
