import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Decision, EvidenceRole, Id, Submission } from '../../../../shared/domain';
import { changeHandedIn, handedInFrozenReason } from '../../../../shared/domain';
import { plural } from '../../../../shared/format';
import type { PickedFile } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { useJob } from '../../api/useJob';
import { useDatabase } from '../../app/DatabaseContext';
import { listAssessmentsForSubmission } from '../../db/repositories/assessments';
import {
  createResubmission,
  listAttempts,
  referencedHashes,
  updateSubmission,
} from '../../db/repositories/submissions';
import type { AttestationForm, ResubmissionChoice } from './model';
import {
  addEvidence,
  attestationForm,
  canResubmit,
  reflectionTextOf,
  resubmissionOf,
  settingOf,
} from './model';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The database and whether this submission's handed-in content can be edited:
 * not in a read-only database, not once marking is finalised (`frozen` says why).
 */
function useHandedInEditing(submission: Submission) {
  const { db, readOnly: dbReadOnly } = useDatabase();
  const frozen = handedInFrozenReason(submission.status);
  return { db, dbReadOnly, frozen, readOnly: dbReadOnly || frozen !== null };
}

/**
 * "Add files…" on one submission: pick files, store them in main (a job with
 * progress), choose each file's role, then merge them into THIS submission in
 * one transaction and commit the intake; on failure or cancel, discard it
 * (keeping files some submission already references).
 */
export function useAddFiles(submission: Submission) {
  // Checked again inside the write: the status may change while files are stored.
  const { db, dbReadOnly, frozen, readOnly } = useHandedInEditing(submission);
  const submissionId = submission.id;
  const job = useJob('runIntake');
  const { start: startJob } = job;
  const [closedIntakeId, setClosedIntakeId] = useState<string | null>(null);
  const [roles, setRoles] = useState<ReadonlyMap<string, EvidenceRole>>(new Map());
  const [busy, setBusy] = useState(false);

  const result =
    job.state.status === 'done' && job.state.value.intakeId !== closedIntakeId
      ? job.state.value
      : null;
  const files = useMemo(
    () =>
      result?.items
        .filter((item) => item.kind !== 'lms-index')
        .map((item) => ({ item, role: roles.get(item.path) ?? ('demonstration' as const) })) ?? [],
    [result, roles],
  );

  /** Stores `dropped` files, or (without them) the files picked in the "Add files…" dialog. */
  const start = useCallback(
    async (dropped?: readonly PickedFile[]) => {
      if (readOnly) return;
      const picked =
        dropped === undefined
          ? await call('openFiles', { intent: 'evidence-file' })
          : { ok: true as const, value: dropped };
      if (!picked.ok || picked.value.length === 0) return;
      setRoles(new Map());
      await startJob({
        intakeId: crypto.randomUUID(),
        source: { kind: 'files', fileIds: picked.value.map((f) => f.fileId) },
      });
    },
    [readOnly, startJob],
  );

  const setRole = useCallback((path: string, role: EvidenceRole) => {
    setRoles((current) => new Map(current).set(path, role));
  }, []);

  const discardIntake = useCallback(
    async (intakeId: string, hashes: readonly string[]) => {
      const keep = await referencedHashes(db, hashes);
      await call('discardIntake', { intakeId, keep });
      setClosedIntakeId(intakeId);
    },
    [db],
  );

  const add = useCallback(async () => {
    if (result === null || dbReadOnly) return;
    setBusy(true);
    const hashes = result.items.map((i) => i.sha256);
    try {
      const evidence = files.map(({ item, role }) => ({
        sha256: item.sha256,
        fileName: item.fileName,
        mediaType: item.mediaType,
        size: item.size,
        role,
      }));
      try {
        await updateSubmission(db, submissionId, (current) =>
          changeHandedIn(current, (s) =>
            addEvidence(s, evidence, result.intakeId, new Date().toISOString()),
          ),
        );
      } catch (error: unknown) {
        notifications.show({
          color: 'red',
          title: 'The files were not added',
          message: errorText(error),
        });
        await discardIntake(result.intakeId, hashes);
        return;
      }
      // The record carries the intake id: if this fails, the next start commits it.
      await call('commitIntake', { intakeId: result.intakeId });
      setClosedIntakeId(result.intakeId);
      notifications.show({
        color: 'teal',
        title: 'Files added',
        message: `${plural(evidence.length, 'file')} added to the submission.`,
      });
    } finally {
      setBusy(false);
    }
  }, [db, dbReadOnly, discardIntake, files, result, submissionId]);

  const cancel = useCallback(async () => {
    if (result === null) return;
    setBusy(true);
    try {
      await discardIntake(
        result.intakeId,
        result.items.map((i) => i.sha256),
      );
    } finally {
      setBusy(false);
    }
  }, [discardIntake, result]);

  return {
    job: job.state,
    cancelJob: job.cancel,
    files: result === null ? null : files,
    busy,
    readOnly,
    frozen,
    start,
    setRole,
    add,
    cancel,
  };
}

export type AddFiles = ReturnType<typeof useAddFiles>;

const REFLECTION_DELAY_MS = 400;

/**
 * The reflection text of one submission, edited locally and saved after a
 * short pause in typing, and at once on blur. Mount it keyed by submission.
 */
export function useReflectionText(submission: Submission) {
  const { db, readOnly } = useHandedInEditing(submission);
  const [value, setValue] = useState(submission.reflectionText ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(value);
  const saved = useRef(submission.reflectionText ?? '');
  const id = submission.id;

  const save = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const text = latest.current;
    if (readOnly || text === saved.current) return;
    saved.current = text;
    try {
      await updateSubmission(db, id, (current) =>
        changeHandedIn(current, (s) => ({
          ...s,
          reflectionText: reflectionTextOf(text),
          updatedAt: new Date().toISOString(),
        })),
      );
    } catch (error: unknown) {
      notifications.show({
        color: 'red',
        title: 'The reflection was not saved',
        message: errorText(error),
      });
    }
  }, [db, id, readOnly]);

  // Unmounting (another submission opened) saves what was typed.
  useEffect(
    () => () => {
      if (timer.current !== null) void save();
    },
    [save],
  );

  const onChange = useCallback(
    (text: string) => {
      setValue(text);
      latest.current = text;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), REFLECTION_DELAY_MS);
    },
    [save],
  );

  return { value, onChange, onBlur: save, readOnly };
}

/** The supervisor attestation form of one submission. Mount it keyed by submission. */
export function useAttestation(submission: Submission) {
  const { db, readOnly } = useHandedInEditing(submission);
  const [form, setForm] = useState<AttestationForm>(() => attestationForm(submission.setting));
  const [saving, setSaving] = useState(false);
  const id = submission.id;

  const setField = useCallback((field: keyof AttestationForm, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
  }, []);

  const save = useCallback(async () => {
    if (readOnly) return;
    setSaving(true);
    try {
      await updateSubmission(db, id, (current) =>
        changeHandedIn(current, (s) => ({
          ...s,
          setting: settingOf(form),
          updatedAt: new Date().toISOString(),
        })),
      );
      notifications.show({ color: 'teal', title: 'Attestation saved', message: '' });
    } catch (error: unknown) {
      notifications.show({
        color: 'red',
        title: 'The attestation was not saved',
        message: errorText(error),
      });
    } finally {
      setSaving(false);
    }
  }, [db, form, id, readOnly]);

  return { form, setField, save, saving, readOnly };
}

/** The final decision of a submission: the second round's when finalised, else the first's. */
function finalDecision(
  assessments: readonly { round: string; decision: Decision | null; finalisedAt: string | null }[],
): Decision | null {
  const finalised = assessments.filter((a) => a.finalisedAt !== null);
  const second = finalised.find((a) => a.round === 'second');
  return (second ?? finalised.find((a) => a.round === 'first'))?.decision ?? null;
}

/**
 * "Create resubmission": offered when the submission was returned (or
 * approved with a not-yet decision) and no later attempt follows it yet.
 */
export function useResubmission(submission: Submission, onCreated: (id: Id) => void) {
  const { db, readOnly } = useDatabase();
  const [busy, setBusy] = useState(false);
  const { id, learnerId, achievementVersionId } = submission;
  const facts = useLiveQuery(async () => {
    const [assessments, attempts] = await Promise.all([
      listAssessmentsForSubmission(db, id),
      listAttempts(db, learnerId, achievementVersionId),
    ]);
    return {
      decision: finalDecision(assessments),
      followed: attempts.some((s) => s.previousSubmissionId === id),
    };
  }, [db, id, learnerId, achievementVersionId]);

  const available =
    !readOnly && facts !== undefined && !facts.followed && canResubmit(submission, facts.decision);

  const create = useCallback(
    async (choice: ResubmissionChoice) => {
      if (readOnly) return;
      setBusy(true);
      try {
        const next = await createResubmission(db, id, (previous) =>
          resubmissionOf(previous, choice, crypto.randomUUID(), new Date().toISOString()),
        );
        notifications.show({
          color: 'teal',
          title: `Attempt ${next.attempt} created`,
          message: 'Add the new or replaced files with “Add files…”.',
        });
        onCreated(next.id);
      } catch (error: unknown) {
        notifications.show({
          color: 'red',
          title: 'No resubmission was created',
          message: errorText(error),
        });
      } finally {
        setBusy(false);
      }
    },
    [db, id, onCreated, readOnly],
  );

  return { available, busy, create };
}
