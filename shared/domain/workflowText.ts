/**
 * The words of the workflow: labels for statuses and actions, and the pieces
 * of the reasons `transition` gives. Kept apart from the table in workflow.ts
 * so the rules stay readable; type-only imports, so no import cycle at run time.
 */
import { assertNever } from './assertNever';
import type { Role } from './entities';
import type { ActorRequirement, SubmissionStatus, WorkflowAction, WorkflowGuard } from './workflow';

/** Reads after "the submission is …". */
export const statusLabels = {
  received: 'received',
  allocated: 'allocated',
  in_marking: 'in marking',
  marked: 'marked',
  second_marking: 'in second marking',
  approved: 'approved',
  returned: 'returned',
  issued: 'issued',
  revoked: 'revoked',
} as const satisfies Record<SubmissionStatus, string>;

/** Reads after "Cannot …" and "may …". */
export const actionLabels = {
  allocate: 'allocate',
  reallocate: 'reallocate',
  unallocate: 'unallocate',
  start_marking: 'start marking',
  finalise_marking: 'finalise marking',
  reopen_marking: 'reopen marking',
  request_second_marking: 'request second marking',
  complete_second_marking: 'complete second marking',
  approve: 'approve',
  return: 'return',
  resume_marking: 'resume marking',
  issue: 'issue',
  revoke: 'revoke',
} as const satisfies Record<WorkflowAction, string>;

/** What each guard requires, for the UI to list before the action is tried. */
export const guardDescriptions = {
  assessor_chosen: 'an assessor is chosen',
  assessor_changes: 'the assessor chosen is not the one already allocated',
  decision_recorded: 'the assessment has a decision',
  not_second_marked: 'no second marker has marked it yet',
  second_assessor_chosen: 'a second assessor is chosen',
  second_assessor_independent: 'the second assessor is not the first marker',
  reason_given: 'a reason is given',
  decision_meets: 'the decision is meets',
  pass_rules_or_override:
    'the demonstration and the reflection meet their pass rules, or a documented override was accepted',
} as const satisfies Record<WorkflowGuard, string>;

/** What is missing, after "Cannot <action>: ", for guards whose message does not depend on the facts. */
export const guardFailure = {
  assessor_chosen: 'choose the assessor to allocate it to.',
  assessor_changes: 'it is already allocated to that assessor; choose a different one.',
  decision_recorded: 'the assessment has no decision yet; record meets or not yet.',
  not_second_marked:
    'a second marker has already marked it; marking can be reopened only before moderation.',
  second_assessor_chosen: 'choose a second assessor.',
  second_assessor_independent: 'the second assessor must be someone other than the first marker.',
  reason_given: 'give a reason.',
} as const satisfies Partial<Record<WorkflowGuard, string>>;

const roleNames = {
  assessor: 'an assessor',
  lead: 'a lead',
  registrar: 'the registrar',
} as const satisfies Record<Role, string>;

/** "a, b or c" */
export function joinOr(items: readonly string[]): string {
  return joinWith(items, 'or');
}

function joinWith(items: readonly string[], word: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.slice(-1).join('')}`;
}

/** Who may make a transition: "a lead or the registrar", "the allocated assessor". */
export function whoMay(requirement: ActorRequirement, roles: readonly Role[]): string {
  switch (requirement) {
    case 'role':
      return joinOr(roles.map((role) => roleNames[role]));
    case 'allocated_assessor':
      return 'the allocated assessor';
    case 'second_assessor':
      return 'the second assessor';
    case 'not_a_marker':
      return 'a lead other than the marker';
    default:
      return assertNever(requirement);
  }
}

/** "you are an assessor and the registrar", "you have no role". */
export function youAre(roles: readonly Role[]): string {
  return roles.length === 0
    ? 'you have no role'
    : `you are ${joinWith(
        roles.map((role) => roleNames[role]),
        'and',
      )}`;
}
