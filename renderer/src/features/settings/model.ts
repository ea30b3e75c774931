import type { Role } from '../../../../shared/domain';

export interface IdentityDraft {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly Role[];
}

export type IdentityErrors = Partial<Record<keyof IdentityDraft, string>>;

export const roleLabels: Record<Role, string> = {
  assessor: 'Assessor',
  lead: 'Program lead',
  registrar: 'Registrar',
};

// Deliberately simple: one @, something each side, a dot in the domain, no spaces.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with an identity draft, field by field; empty when it can be saved. */
export function validateIdentity(draft: IdentityDraft): IdentityErrors {
  const errors: { -readonly [K in keyof IdentityDraft]?: string } = {};
  if (draft.name.trim() === '') errors.name = 'Enter your name as it should appear on signed work.';
  else if (draft.name.trim().length > 120) errors.name = 'Use at most 120 characters.';
  if (!emailPattern.test(draft.email.trim()))
    errors.email = 'Enter an email address like name@college.ca.';
  if (draft.roles.length === 0) errors.roles = 'Choose at least one role.';
  return errors;
}
