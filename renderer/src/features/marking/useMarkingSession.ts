import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type {
  AchievementVersion,
  Actor,
  Assessment,
  Id,
  Identity,
  Submission,
  WorkflowAction,
} from '../../../../shared/domain';
import { transition } from '../../../../shared/domain';
import { transitionAuditEntry } from '../../../../shared/domain/audit';
import type {
  History,
  HistoryControl,
  MarkingAction,
  MarkingDraft,
  MarkingRubrics,
} from '../../../../shared/domain/marking';
import {
  canDecide,
  createHistory,
  draftFromAssessment,
  latestFinalised,
  learnerLabel,
  markingHistory,
} from '../../../../shared/domain/marking';
import { useDatabase } from '../../app/DatabaseContext';
import { getAchievement, getAchievementVersion } from '../../db/repositories/achievements';
import { getAssessmentFor, listAssessmentsForSubmission } from '../../db/repositories/assessments';
import {
  finaliseDraftIfUnchanged,
  writeDraftIfUnchanged,
} from '../../db/repositories/assessmentDrafts';
import { getSelfIdentity, listIdentities } from '../../db/repositories/identities';
import { getLearner } from '../../db/repositories/learners';
import { getSubmission, updateSubmission } from '../../db/repositories/submissions';
import type { AssessmentMeta } from './model';
import { assessmentOf, workflowFacts } from './model';
import {
  baseOf,
  clearPending,
  journalKey,
  readPending,
  replayDecision,
  writePending,
} from './pendingJournal';
import {
  canEdit,
  isForeignWrite,
  openingDraft,
  startMarkingAudit,
  startMarkingUpdate,
} from './session';

/** Autosave delay after the last change (issue 5 §6: at most 300 ms). */
export const autosaveDelayMs = 250;

export interface MarkingContext {
  readonly submission: Submission;
  readonly version: AchievementVersion | null;
  /** The learner's name, or under blind marking the candidate label. */
  readonly learnerName: string;
  /** Blind marking: no name, student number or evidence file name may be shown. */
  readonly blind: boolean;
  readonly self: Identity | null;
  readonly singleUser: boolean;
  /** For a resubmission: the attempt before and its finalised assessment. */
  readonly previous: {
    readonly submission: Submission;
    readonly assessment: Assessment | null;
  } | null;
}

/** Another window changed this draft: `theirs` is what is stored now. */
export interface DraftConflict {
  readonly theirs: Assessment | undefined;
}

type SessionAction =
  | MarkingAction
  | HistoryControl
  | { readonly type: 'session/load'; readonly key: Id; readonly draft: MarkingDraft };

interface SessionState {
  readonly key: Id;
  readonly loaded: MarkingDraft;
  readonly history: History<MarkingDraft>;
}

function sessionReducer(state: SessionState | null, action: SessionAction): SessionState | null {
  if (action.type === 'session/load') {
    return { key: action.key, loaded: action.draft, history: createHistory(action.draft) };
  }
  if (state === null) return null;
  const history = markingHistory(state.history, action);
  return history === state.history ? state : { ...state, history };
}

function actorOf(self: Identity): Actor {
  return { id: self.id, roles: self.roles };
}

/** The transitions that take a submission into marking for `self`, or why not. */
function startPlan(context: MarkingContext, self: Identity): WorkflowAction[] | string {
  const { submission, singleUser } = context;
  const actor = actorOf(self);
  const steps: WorkflowAction[] = [];
  let current = submission;
  if (current.status === 'received') {
    if (!singleUser) return 'A lead allocates this submission before it can be marked.';
    const allocated = transition(
      'received',
      'allocate',
      actor,
      workflowFacts(current, null, null, self.id),
    );
    if (!allocated.ok) return allocated.reason;
    steps.push('allocate');
    current = { ...current, status: allocated.to, assessorId: self.id };
  }
  const action: WorkflowAction | null =
    current.status === 'allocated'
      ? 'start_marking'
      : current.status === 'returned'
        ? 'resume_marking'
        : null;
  if (action === null) return steps;
  const started = transition(current.status, action, actor, workflowFacts(current, null, null));
  if (!started.ok) return started.reason;
  return [...steps, action];
}

export interface MarkingSession {
  readonly context: MarkingContext | null | undefined;
  readonly rubrics: MarkingRubrics | null;
  readonly draft: MarkingDraft | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Why marking cannot start (no identity aside, which the view explains). */
  readonly startProblem: string | null;
  readonly editable: boolean;
  readonly dispatch: (action: MarkingAction | HistoryControl) => void;
  /** Writes the draft now (blur, navigation). */
  readonly flush: () => void;
  /** Finalises marking; resolves true when the submission is marked. */
  readonly finalise: () => Promise<boolean>;
  /** Set when another window wrote this draft; editing waits until it is settled. */
  readonly conflict: DraftConflict | null;
  /** Settles a conflict: take the other window's marks, or keep (and write) these. */
  readonly resolveConflict: (keep: 'theirs' | 'mine') => void;
}

/** One submission being marked: its draft with undo/redo, autosaved to Dexie. */
export function useMarkingSession(submissionId: Id): MarkingSession {
  const { db, readOnly } = useDatabase();
  const context = useLiveQuery(async (): Promise<MarkingContext | null> => {
    // As few round trips as the dependencies allow: opening the next submission
    // until its rubric takes keys has a 100 ms budget (bench:marking).
    const [submission, self, identities] = await Promise.all([
      getSubmission(db, submissionId),
      getSelfIdentity(db),
      listIdentities(db),
    ]);
    if (submission === undefined) return null;
    const previousId = submission.previousSubmissionId;
    const [version, learner, previousSubmission, previousAssessments] = await Promise.all([
      getAchievementVersion(db, submission.achievementVersionId),
      getLearner(db, submission.learnerId),
      previousId === null ? undefined : getSubmission(db, previousId),
      previousId === null ? [] : listAssessmentsForSubmission(db, previousId),
    ]);
    const achievement =
      version === undefined ? undefined : await getAchievement(db, version.achievementId);
    // Fails closed: without the achievement, the learner is not named.
    const blind = achievement?.blindMarking ?? true;
    const previous =
      previousSubmission === undefined
        ? null
        : { submission: previousSubmission, assessment: latestFinalised(previousAssessments) };
    return {
      submission,
      version: version ?? null,
      learnerName: learnerLabel(blind, submission.id, learner),
      blind,
      self: self ?? null,
      singleUser: identities.length <= 1,
      previous,
    };
  }, [db, submissionId]);
  const [state, dispatchSession] = useReducer(sessionReducer, null);
  const [startError, setStartError] = useState<string | null>(null);
  const meta = useRef<AssessmentMeta | null>(null);
  const pending = useRef<MarkingDraft | null>(null);
  const timer = useRef<number | null>(null);
  // The stored record as this window last loaded or wrote it, and its recent writes
  // (queued or done: a live read may still answer one of them). Writes run one
  // after another, so each compares against the one before it.
  const known = useRef<Assessment | undefined>(undefined);
  const writing = useRef<Assessment[]>([]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  const conflicted = useRef(false);
  // From Ctrl+Enter until finalising settles, nothing else is written.
  const finalisingRef = useRef(false);
  const [finalising, setFinalising] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** After a write: the stored record is this window's now (its id may be the stored one). */
  const adopt = useCallback((written: Assessment) => {
    known.current = written;
    if (meta.current?.submissionId === written.submissionId) {
      meta.current = { ...meta.current, id: written.id, createdAt: written.createdAt };
    }
  }, []);
  /** A write was refused: another window's marks, or marking finalised meanwhile. */
  const refused = useCallback(
    (result: { current: Assessment | undefined; finalised: boolean }) => {
      if (result.finalised) {
        pending.current = null;
        if (result.current !== undefined) adopt(result.current);
        notifications.show({
          color: 'orange',
          title: 'Not saved: marking was finalised',
          message: 'The last changes came after this submission was finalised and were not kept.',
        });
        return;
      }
      conflicted.current = true;
      if (mounted.current) setConflict({ theirs: result.current });
      else {
        notifications.show({
          color: 'orange',
          title: 'Marks not saved',
          message:
            'Another window changed these marks before the last changes here were saved. Open the submission again to see the marks that were kept.',
          autoClose: false,
        });
      }
    },
    [adopt],
  );

  const selfId = context?.self?.id ?? null;
  const version = context?.version ?? null;
  const rubrics = useMemo(
    (): MarkingRubrics | null =>
      version === null
        ? null
        : { demonstration: version.demonstrationRubric, reflection: version.reflectionRubric },
    [version],
  );

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const draft = pending.current;
    const target = meta.current;
    // While another window's write is unsettled, or finalising, nothing is written.
    if (draft === null || target === null || conflicted.current || finalisingRef.current) return;
    pending.current = null;
    // Built now, written in the background: a page being hidden gives no time to wait.
    const record = assessmentOf(target, draft, new Date().toISOString());
    writing.current = [...writing.current.slice(-19), record];
    queue.current = queue.current
      .then(async () => {
        if (conflicted.current) {
          pending.current ??= draft;
          return;
        }
        const result = await writeDraftIfUnchanged(db, record, known.current);
        if (result.ok) {
          adopt(result.written);
          const key = journalKey(record.submissionId, record.markerId);
          if (pending.current === null) clearPending(localStorage, key);
          // Still pending: its journal entry was made on the record before this one.
          else
            writePending(localStorage, key, {
              base: baseOf(result.written),
              draft: pending.current,
            });
        } else {
          pending.current ??= draft;
          refused(result);
        }
      })
      .catch((error: unknown) => {
        pending.current ??= draft; // written again with the next change or flush
        notifications.show({
          color: 'red',
          title: 'Marks not saved',
          message: error instanceof Error ? error.message : String(error),
        });
      });
  }, [db, adopt, refused]);

  // Load the stored draft (or a blank one) once per submission and marker.
  const versionId = version?.id ?? null;
  useEffect(() => {
    if (selfId === null || version === null || context == null) return;
    const opening = { previous: context.previous, submission: context.submission };
    const load = { cancelled: false };
    void (async () => {
      const stored = await getAssessmentFor(db, submissionId, 'first', selfId);
      if (load.cancelled) return;
      known.current = stored;
      writing.current = [];
      conflicted.current = false;
      setConflict(null);
      meta.current = {
        id: stored?.id ?? crypto.randomUUID(),
        submissionId,
        markerId: selfId,
        createdAt: stored?.createdAt ?? new Date().toISOString(),
      };
      const opened = openingDraft({
        rubrics: {
          demonstration: version.demonstrationRubric,
          reflection: version.reflectionRubric,
        },
        stored,
        ...opening,
      });
      // Marks typed just before a crash or close that never reached IndexedDB.
      const key = journalKey(submissionId, selfId);
      const entry = readPending(localStorage, key);
      const replay = replayDecision(entry, stored);
      const draft = replay === 'replay' && entry !== null ? entry.draft : opened;
      dispatchSession({ type: 'session/load', key: submissionId, draft });
      if (replay === 'replay') {
        pending.current = draft;
        timer.current = window.setTimeout(flush, 0);
      } else if (replay === 'drop') {
        clearPending(localStorage, key);
        notifications.show({
          color: 'orange',
          title: 'Unsaved marks from earlier were not restored',
          message:
            'The last changes made before the app closed came after marks saved elsewhere (or after finalising), so the saved marks were kept.',
          autoClose: false,
        });
      }
    })();
    return () => {
      load.cancelled = true;
      flush();
      meta.current = null;
    };
    // The version's content is frozen once published: its id stands for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, submissionId, selfId, versionId, flush]);

  // Autosave: debounced after each change, flushed on blur and when the page is hidden.
  const present = state?.key === submissionId ? state.history.present : null;
  const loaded = state?.key === submissionId ? state.loaded : null;
  const seen = useRef<{ loaded: MarkingDraft | null; present: MarkingDraft | null }>({
    loaded: null,
    present: null,
  });
  useEffect(() => {
    if (present === null || loaded === null) return;
    // A fresh load is not a change; going back to it by undo is.
    if (seen.current.loaded !== loaded) seen.current = { loaded, present: loaded };
    if (present === seen.current.present) return;
    seen.current = { loaded, present };
    pending.current = present;
    const target = meta.current;
    if (target !== null) {
      writePending(localStorage, journalKey(target.submissionId, target.markerId), {
        base: baseOf(known.current),
        draft: present,
      });
    }
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, autosaveDelayMs);
  }, [present, loaded, flush]);
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [flush]);

  // Opening a submission that is not in marking yet starts marking (allocating on a single-user machine).
  const plan =
    context === undefined || context === null || context.self === null || readOnly
      ? null
      : startPlan(context, context.self);
  const startProblem = typeof plan === 'string' ? plan : startError;
  const started = useRef<Id | null>(null);
  useEffect(() => {
    if (context === undefined || context === null || context.self === null) return;
    if (plan === null || typeof plan === 'string' || plan.length === 0) return;
    if (started.current === submissionId) return;
    started.current = submissionId;
    const self = context.self;
    const seen = context.submission;
    const at = new Date().toISOString();
    updateSubmission(
      db,
      submissionId,
      (current) => startMarkingUpdate(current, seen, self.id, at),
      (before, after) => startMarkingAudit(before, after, self.id, at),
    ).catch((error: unknown) => {
      setStartError(error instanceof Error ? error.message : String(error));
    });
  }, [context, plan, db, submissionId]);

  // Another window's write, seen as it happens (not only at this window's next write).
  // Tagged with what it was read for: useLiveQuery keeps answering the previous
  // query's result until the new one has run.
  const stored = useLiveQuery(
    async () => ({
      for: `${submissionId}:${selfId ?? ''}`,
      record:
        selfId === null ? undefined : await getAssessmentFor(db, submissionId, 'first', selfId),
    }),
    [db, submissionId, selfId],
  );
  const loadedHere = present !== null;
  useEffect(() => {
    if (stored === undefined || stored.for !== `${submissionId}:${selfId ?? ''}`) return;
    if (!loadedHere || meta.current?.submissionId !== submissionId || conflicted.current) return;
    if (isForeignWrite(stored.record, known.current, writing.current)) {
      conflicted.current = true;
      setConflict({ theirs: stored.record });
    }
  }, [stored, loadedHere, submissionId, selfId]);

  const resolveConflict = useCallback(
    (keep: 'theirs' | 'mine') => {
      if (conflict === null || version === null || context == null) return;
      // The latest of the other window's writes, not only the one that raised the alert.
      const latest = stored?.for === `${submissionId}:${selfId ?? ''}` ? stored.record : undefined;
      const theirs = latest ?? conflict.theirs;
      known.current = theirs;
      if (theirs !== undefined) adopt(theirs);
      conflicted.current = false;
      setConflict(null);
      // A finalised record is never written over: "mine" cannot win against it.
      if (keep === 'mine' && theirs?.finalisedAt == null) {
        pending.current = present;
        flush();
        return;
      }
      pending.current = null;
      const draft =
        theirs === undefined
          ? openingDraft({
              rubrics: {
                demonstration: version.demonstrationRubric,
                reflection: version.reflectionRubric,
              },
              stored: undefined,
              previous: context.previous,
              submission: context.submission,
            })
          : draftFromAssessment(theirs);
      dispatchSession({ type: 'session/load', key: submissionId, draft });
    },
    [conflict, version, present, flush, context, submissionId, stored, selfId, adopt],
  );

  // Marking may start while the write that moves the submission into marking is
  // still on its way (the workflow allows it, so it is only a matter of time):
  // keys work as soon as the rubric is on screen. Should that write fail, the
  // problem is shown and editing stops; what was typed is saved as a draft.
  const starting = Array.isArray(plan) && plan.length > 0 && startError === null;
  const editable = canEdit({
    readOnly,
    loaded: present !== null,
    conflict: conflict !== null,
    finalising,
    starting,
    status: context?.submission.status ?? null,
    assessorId: context?.submission.assessorId ?? null,
    selfId: context?.self?.id ?? null,
  });
  const dispatch = useCallback(
    (action: MarkingAction | HistoryControl) => {
      if (editable) dispatchSession(action);
    },
    [editable],
  );

  const finalise = useCallback(async (): Promise<boolean> => {
    if (!editable || present === null || rubrics === null || context == null) return false;
    if (context.self === null) return false;
    // Finalising waits for marking to have started (a moment after opening).
    if (context.submission.status !== 'in_marking') {
      notifications.show({
        title: 'Not finalised yet',
        message: 'Marking of this submission is still starting: try again in a moment.',
      });
      return false;
    }
    const target = meta.current;
    const check = canDecide(present, rubrics);
    if (!check.allowed || check.resolved === null || target === null) return false;
    const { submission } = context;
    const result = transition(
      submission.status,
      'finalise_marking',
      actorOf(context.self),
      workflowFacts(submission, present, rubrics),
    );
    if (!result.ok) {
      notifications.show({ color: 'red', title: 'Cannot finalise', message: result.reason });
      return false;
    }
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    const at = new Date().toISOString();
    const record = { ...assessmentOf(target, present, at, at), ...check.resolved };
    finalisingRef.current = true;
    setFinalising(true);
    try {
      // After any autosave still queued, and only over the draft this window knows.
      await queue.current;
      if (conflicted.current) return false;
      writing.current = [...writing.current.slice(-19), record];
      const written = await finaliseDraftIfUnchanged(
        db,
        record,
        known.current,
        submission.status,
        result.to,
        [
          transitionAuditEntry({
            action: 'finalise_marking',
            submissionId: submission.id,
            actorId: record.markerId,
            at,
            from: submission.status,
            to: result.to,
            decision: record.decision,
            override: record.override !== null,
          }),
        ],
      );
      if (!written.ok) {
        refused(written);
        return false;
      }
      adopt(written.written);
      clearPending(localStorage, journalKey(record.submissionId, record.markerId));
      return true;
    } catch (error: unknown) {
      notifications.show({
        color: 'red',
        title: 'Not finalised',
        message: error instanceof Error ? error.message : String(error),
      });
      return false;
    } finally {
      finalisingRef.current = false;
      if (mounted.current) setFinalising(false);
    }
  }, [editable, present, rubrics, context, db, adopt, refused]);

  return {
    context,
    rubrics,
    draft: present,
    canUndo: state !== null && state.history.past.length > 0,
    canRedo: state !== null && state.history.future.length > 0,
    startProblem,
    editable,
    dispatch,
    flush,
    finalise,
    conflict,
    resolveConflict,
  };
}
