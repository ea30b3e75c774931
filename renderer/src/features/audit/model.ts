/**
 * How the audit log reads to a person: one line per event ("Mary Marker
 * finalised marking: meets, against the pass rules"). Pure.
 */
import type { AuditEvent, Id } from '../../../../shared/domain';
import type { AuditChainCheck } from '../../../../shared/domain/audit';
import { statusLabels, workflowActions } from '../../../../shared/domain';
import type { SubmissionStatus, WorkflowAction } from '../../../../shared/domain';
import { plural } from '../../../../shared/format';

const actionPhrases: Record<WorkflowAction, string> = {
  allocate: 'allocated it',
  reallocate: 'reallocated it',
  unallocate: 'took back the allocation',
  start_marking: 'started marking',
  finalise_marking: 'finalised marking',
  reopen_marking: 'reopened marking',
  request_second_marking: 'asked for a second marking',
  complete_second_marking: 'finalised the second marking',
  approve: 'approved it',
  return: 'returned it',
  resume_marking: 'resumed marking',
  issue: 'issued the credential',
  revoke: 'revoked the credential',
};

const isAction = (action: string): action is WorkflowAction =>
  (workflowActions as readonly string[]).includes(action);

const isStatus = (value: unknown): value is SubmissionStatus =>
  typeof value === 'string' && Object.hasOwn(statusLabels, value);

export interface AuditLine {
  readonly seq: number;
  readonly at: string;
  readonly who: string;
  readonly what: string;
}

/** `names` maps identity ids to names; an unknown id is shown as it is. */
export function auditLine(event: AuditEvent, names: ReadonlyMap<Id, string>): AuditLine {
  const who = names.get(event.actorId) ?? event.actorId;
  const { detail } = event;
  const parts: string[] = [isAction(event.action) ? actionPhrases[event.action] : event.action];
  const assessorId = detail.assessorId;
  if (
    typeof assessorId === 'string' &&
    (event.action === 'allocate' || event.action === 'reallocate')
  ) {
    parts[0] = `${parts[0] ?? ''} to ${assessorId === event.actorId ? 'themselves' : (names.get(assessorId) ?? assessorId)}`;
  }
  if (detail.decision === 'meets' || detail.decision === 'not_yet') {
    const decision = detail.decision === 'meets' ? 'meets' : 'not yet';
    parts.push(detail.override === true ? `${decision}, against the pass rules` : decision);
  }
  const status =
    isStatus(detail.to) && isStatus(detail.from) && detail.to !== detail.from
      ? ` (${statusLabels[detail.from]} → ${statusLabels[detail.to]})`
      : '';
  return { seq: event.seq, at: event.at, who, what: `${parts.join(': ')}${status}` };
}

/** The result of checking the stored chain, in words. */
export function chainCheckText(check: AuditChainCheck): string {
  if (check.ok) {
    return check.count === 0
      ? 'The audit log is empty.'
      : `All ${plural(check.count, 'event')} are intact and in order.`;
  }
  return `The audit log is broken at event ${check.seq.toLocaleString('en-CA')} of ${check.count.toLocaleString('en-CA')}: ${check.problem}.`;
}
