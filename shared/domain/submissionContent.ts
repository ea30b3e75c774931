/**
 * What a learner handed in (evidence, reflection text, the supervisor's
 * attestation) may change until marking is finalised: the marks, the
 * moderation and any credential refer to it as it was marked. After that, new
 * evidence comes in a resubmission (a new attempt), never by editing this one.
 */
import { assertNever } from './assertNever';
import type { SubmissionStatus } from './workflow';
import { statusLabels } from './workflowText';

/** Why what was handed in can no longer change, or null while it can. */
export function handedInFrozenReason(status: SubmissionStatus): string | null {
  switch (status) {
    case 'received':
    case 'allocated':
    case 'in_marking':
      return null;
    case 'returned':
      return 'This attempt was returned: what was handed in stays as it was marked. New or replaced evidence goes into a resubmission.';
    case 'marked':
    case 'second_marking':
    case 'approved':
    case 'issued':
    case 'revoked':
      return `This submission is ${statusLabels[status]}: what was handed in stays as it was marked.`;
    default:
      return assertNever(status);
  }
}

/** Thrown inside the write that would change a frozen submission: nothing is written. */
export class HandedInFrozenError extends Error {
  override readonly name = 'HandedInFrozenError';
}

/** `change` applied to a submission whose content may still change; throws otherwise. */
export function changeHandedIn<S extends { readonly status: SubmissionStatus }>(
  submission: S,
  change: (submission: S) => S,
): S {
  const reason = handedInFrozenReason(submission.status);
  if (reason !== null) throw new HandedInFrozenError(reason);
  return change(submission);
}
