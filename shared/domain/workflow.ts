/**
 * The submission workflow (DESIGN.md §2): one transition table and the pure
 * functions that read it. A refused transition returns a reason a person can
 * act on; nothing here throws or silently ignores an action.
 *
 * | action                  | from                     | to             | who                              | guards                                                  |
 * | ----------------------- | ------------------------ | -------------- | -------------------------------- | ------------------------------------------------------- |
 * | allocate                | received                 | allocated      | lead                             | an assessor is chosen                                   |
 * | reallocate              | allocated                | allocated      | lead                             | an assessor is chosen; not the one already allocated    |
 * | unallocate              | allocated                | received       | lead                             | —                                                       |
 * | start_marking           | allocated                | in_marking     | the allocated assessor           | —                                                       |
 * | finalise_marking        | in_marking               | marked         | the allocated assessor           | the assessment has a decision                           |
 * | reopen_marking          | marked                   | in_marking     | the allocated assessor           | not second-marked yet (only before moderation)          |
 * | request_second_marking  | marked                   | second_marking | lead                             | a second assessor is chosen, other than the first marker|
 * | complete_second_marking | second_marking           | marked         | the second assessor              | the second assessment has a decision                    |
 * | approve                 | marked                   | approved       | a lead who marked neither round  | the final decision is recorded                          |
 * | return                  | marked, second_marking   | returned       | lead                             | a reason                                                |
 * | resume_marking          | returned                 | in_marking     | the allocated assessor           | —                                                       |
 * | issue                   | approved                 | issued         | lead or registrar                | decision meets; both pass rules hold or override accepted|
 * | revoke                  | issued                   | revoked        | lead or registrar                | a reason                                                |
 *
 * `revoked` is terminal. An approved *not yet* has no way forward either: the
 * learner resubmits as a new attempt (a new Submission).
 */
import { assertNever } from './assertNever';
import type { Decision, Role } from './entities';
import type { Id } from './ids';
import { actionLabels, guardFailure, joinOr, statusLabels, whoMay, youAre } from './workflowText';

export { actionLabels, guardDescriptions, statusLabels } from './workflowText';

export const submissionStatuses = [
  'received',
  'allocated',
  'in_marking',
  'marked',
  'second_marking',
  'approved',
  'returned',
  'issued',
  'revoked',
] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

export const workflowActions = [
  'allocate',
  'reallocate',
  'unallocate',
  'start_marking',
  'finalise_marking',
  'reopen_marking',
  'request_second_marking',
  'complete_second_marking',
  'approve',
  'return',
  'resume_marking',
  'issue',
  'revoke',
] as const;
export type WorkflowAction = (typeof workflowActions)[number];

/** Conditions on the facts (not on who acts) that a transition needs. */
export const workflowGuards = [
  'assessor_chosen',
  'assessor_changes',
  'decision_recorded',
  'not_second_marked',
  'second_assessor_chosen',
  'second_assessor_independent',
  'reason_given',
  'decision_meets',
  'pass_rules_or_override',
] as const;
export type WorkflowGuard = (typeof workflowGuards)[number];

/**
 * Who, besides holding one of the transition's roles, may act:
 * anyone with the role, the allocated (first) assessor, the second assessor,
 * or someone who marked neither round ("nobody approves their own marking").
 */
export type ActorRequirement = 'role' | 'allocated_assessor' | 'second_assessor' | 'not_a_marker';

export interface Actor {
  readonly id: Id;
  readonly roles: readonly Role[];
}

/** What the guards need to know about a submission; the caller gathers it. */
export interface WorkflowFacts {
  /** The assessor allocated to first-mark the submission. */
  readonly assessorId: Id | null;
  /** The second assessor: already assigned, or the one proposed by request_second_marking. */
  readonly secondAssessorId: Id | null;
  /** Who finalised each marking round so far. */
  readonly markerIds: { readonly first: Id | null; readonly second: Id | null };
  /**
   * The decision of the assessment the action concerns: the marker's own for
   * finalise/complete_second_marking, the moderated (final) one for approve and issue.
   */
  readonly decision: Decision | null;
  readonly demonstrationMeets: boolean;
  readonly reflectionMeets: boolean;
  /** A lead accepted the marker's documented override of the pass rules. */
  readonly overrideAccepted: boolean;
  /** Required by return and revoke. */
  readonly reason?: string;
  /** The assessor that allocate or reallocate assigns. */
  readonly nextAssessorId?: Id;
}

export interface WorkflowTransition {
  readonly action: WorkflowAction;
  readonly from: readonly SubmissionStatus[];
  readonly to: SubmissionStatus;
  readonly roles: readonly Role[];
  readonly actor: ActorRequirement;
  /** Checked in order; the first that fails is the reason given. */
  readonly guards: readonly WorkflowGuard[];
}

/** The one transition table, keyed by action. Read-only. */
export const workflowTable = {
  allocate: {
    action: 'allocate',
    from: ['received'],
    to: 'allocated',
    roles: ['lead'],
    actor: 'role',
    guards: ['assessor_chosen'],
  },
  reallocate: {
    action: 'reallocate',
    from: ['allocated'],
    to: 'allocated',
    roles: ['lead'],
    actor: 'role',
    guards: ['assessor_chosen', 'assessor_changes'],
  },
  unallocate: {
    action: 'unallocate',
    from: ['allocated'],
    to: 'received',
    roles: ['lead'],
    actor: 'role',
    guards: [],
  },
  start_marking: {
    action: 'start_marking',
    from: ['allocated'],
    to: 'in_marking',
    roles: ['assessor'],
    actor: 'allocated_assessor',
    guards: [],
  },
  finalise_marking: {
    action: 'finalise_marking',
    from: ['in_marking'],
    to: 'marked',
    roles: ['assessor'],
    actor: 'allocated_assessor',
    guards: ['decision_recorded'],
  },
  reopen_marking: {
    action: 'reopen_marking',
    from: ['marked'],
    to: 'in_marking',
    roles: ['assessor'],
    actor: 'allocated_assessor',
    guards: ['not_second_marked'],
  },
  request_second_marking: {
    action: 'request_second_marking',
    from: ['marked'],
    to: 'second_marking',
    roles: ['lead'],
    actor: 'role',
    guards: ['second_assessor_chosen', 'second_assessor_independent'],
  },
  complete_second_marking: {
    action: 'complete_second_marking',
    from: ['second_marking'],
    to: 'marked',
    roles: ['assessor'],
    actor: 'second_assessor',
    guards: ['decision_recorded'],
  },
  approve: {
    action: 'approve',
    from: ['marked'],
    to: 'approved',
    roles: ['lead'],
    actor: 'not_a_marker',
    guards: ['decision_recorded'],
  },
  return: {
    action: 'return',
    from: ['marked', 'second_marking'],
    to: 'returned',
    roles: ['lead'],
    actor: 'role',
    guards: ['reason_given'],
  },
  resume_marking: {
    action: 'resume_marking',
    from: ['returned'],
    to: 'in_marking',
    roles: ['assessor'],
    actor: 'allocated_assessor',
    guards: [],
  },
  issue: {
    action: 'issue',
    from: ['approved'],
    to: 'issued',
    roles: ['lead', 'registrar'],
    actor: 'role',
    guards: ['decision_meets', 'pass_rules_or_override'],
  },
  revoke: {
    action: 'revoke',
    from: ['issued'],
    to: 'revoked',
    roles: ['lead', 'registrar'],
    actor: 'role',
    guards: ['reason_given'],
  },
} as const satisfies {
  readonly [A in WorkflowAction]: WorkflowTransition & { readonly action: A };
};

export type RefusalKind = 'state' | 'role' | 'guard';

export type TransitionResult =
  | { readonly ok: true; readonly to: SubmissionStatus }
  | { readonly ok: false; readonly kind: 'state' | 'role'; readonly reason: string }
  | {
      readonly ok: false;
      readonly kind: 'guard';
      readonly guard: WorkflowGuard;
      readonly reason: string;
    };

export function isSubmissionStatus(value: unknown): value is SubmissionStatus {
  return submissionStatuses.some((status) => status === value);
}

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return workflowActions.some((action) => action === value);
}

/** The transitions that leave `status`, in table order (for the UI to explain). */
export function transitionsFrom(status: SubmissionStatus): readonly WorkflowTransition[] {
  return workflowActions
    .map((action): WorkflowTransition => workflowTable[action])
    .filter((rule) => rule.from.includes(status));
}

/** Applies `action` to a submission in `from`, or says why it may not. */
export function transition(
  from: SubmissionStatus,
  action: WorkflowAction,
  actor: Actor,
  facts: WorkflowFacts,
): TransitionResult {
  if (!isWorkflowAction(action)) {
    return { ok: false, kind: 'state', reason: `"${String(action)}" is not a workflow action.` };
  }
  if (!isSubmissionStatus(from)) {
    return { ok: false, kind: 'state', reason: `"${String(from)}" is not a submission status.` };
  }
  const rule: WorkflowTransition = workflowTable[action];
  const label = actionLabels[action];
  if (!rule.from.includes(from)) {
    return { ok: false, kind: 'state', reason: stateRefusal(from, label) };
  }
  if (!rule.roles.some((role) => actor.roles.includes(role))) {
    const reason = `Only ${whoMay(rule.actor, rule.roles)} may ${label}; ${youAre(actor.roles)}.`;
    return { ok: false, kind: 'role', reason };
  }
  const notYou = actorRefusal(rule.actor, label, actor, facts);
  if (notYou !== null) {
    return { ok: false, kind: 'role', reason: notYou };
  }
  for (const guard of rule.guards) {
    const missing = checkGuard(guard, facts);
    if (missing !== null) {
      return { ok: false, kind: 'guard', guard, reason: `Cannot ${label}: ${missing}` };
    }
  }
  return { ok: true, to: rule.to };
}

/** The actions `actor` could take now: exactly those for which `transition` succeeds. */
export function availableActions(
  from: SubmissionStatus,
  actor: Actor,
  facts: WorkflowFacts,
): WorkflowAction[] {
  return workflowActions.filter((action) => transition(from, action, actor, facts).ok);
}

function stateRefusal(from: SubmissionStatus, label: string): string {
  const possible = transitionsFrom(from).map((rule) => actionLabels[rule.action]);
  const where = `the submission is ${statusLabels[from]}`;
  return possible.length === 0
    ? `Cannot ${label}: ${where}, which is final.`
    : `Cannot ${label}: ${where}, where the possible actions are: ${joinOr(possible)}.`;
}

function actorRefusal(
  requirement: ActorRequirement,
  label: string,
  actor: Actor,
  facts: WorkflowFacts,
): string | null {
  switch (requirement) {
    case 'role':
      return null;
    case 'allocated_assessor':
      if (facts.assessorId === null) {
        return `Only the allocated assessor may ${label}, and no assessor is allocated to this submission.`;
      }
      return actor.id === facts.assessorId
        ? null
        : `Only the allocated assessor may ${label}: this submission is allocated to another assessor.`;
    case 'second_assessor':
      if (facts.secondAssessorId === null) {
        return `Only the second assessor may ${label}, and no second assessor is assigned.`;
      }
      return actor.id === facts.secondAssessorId
        ? null
        : `Only the second assessor may ${label}: another assessor is second-marking this submission.`;
    case 'not_a_marker':
      if (actor.id === facts.assessorId || actor.id === facts.markerIds.first) {
        return `A lead other than the marker must ${label}: you marked this submission.`;
      }
      return actor.id === facts.markerIds.second
        ? `A lead other than the marker must ${label}: you second-marked this submission.`
        : null;
    default:
      return assertNever(requirement);
  }
}

/** Null when the guard holds; otherwise what is missing. */
function checkGuard(guard: WorkflowGuard, facts: WorkflowFacts): string | null {
  switch (guard) {
    case 'assessor_chosen':
      return present(facts.nextAssessorId) ? null : guardFailure.assessor_chosen;
    case 'assessor_changes':
      return facts.nextAssessorId !== facts.assessorId ? null : guardFailure.assessor_changes;
    case 'decision_recorded':
      return facts.decision !== null ? null : guardFailure.decision_recorded;
    case 'not_second_marked':
      return facts.markerIds.second === null ? null : guardFailure.not_second_marked;
    case 'second_assessor_chosen':
      return present(facts.secondAssessorId) ? null : guardFailure.second_assessor_chosen;
    case 'second_assessor_independent':
      return facts.secondAssessorId !== facts.assessorId &&
        facts.secondAssessorId !== facts.markerIds.first
        ? null
        : guardFailure.second_assessor_independent;
    case 'reason_given':
      return present(facts.reason) ? null : guardFailure.reason_given;
    case 'decision_meets':
      return facts.decision === 'meets' ? null : decisionNotMeets(facts.decision);
    case 'pass_rules_or_override':
      return passRulesRefusal(facts);
    default:
      return assertNever(guard);
  }
}

function present(text: string | null | undefined): boolean {
  return text !== undefined && text !== null && text.trim() !== '';
}

function decisionNotMeets(decision: Exclude<Decision, 'meets'> | null): string {
  switch (decision) {
    case null:
      return 'no decision is recorded.';
    case 'not_yet':
      return 'the approved decision is not yet, which is final; the learner resubmits as a new attempt.';
    default:
      return assertNever(decision);
  }
}

function passRulesRefusal(facts: WorkflowFacts): string | null {
  if ((facts.demonstrationMeets && facts.reflectionMeets) || facts.overrideAccepted) return null;
  const failing = [
    ...(facts.demonstrationMeets ? [] : ['the demonstration']),
    ...(facts.reflectionMeets ? [] : ['the reflection']),
  ];
  const verb = failing.length > 1 ? 'do not meet their pass rules' : 'does not meet its pass rule';
  return `${failing.join(' and ')} ${verb}, and no documented override was accepted.`;
}
