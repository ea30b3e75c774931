import { describe, expect, it } from 'vitest';
import { changeHandedIn, handedInFrozenReason, HandedInFrozenError } from './submissionContent';
import { submissionStatuses } from './workflow';

describe('what was handed in', () => {
  it('may change until marking is finalised, and not after', () => {
    const open = submissionStatuses.filter((s) => handedInFrozenReason(s) === null);
    expect(open).toEqual(['received', 'allocated', 'in_marking']);
    expect(handedInFrozenReason('marked')).toBe(
      'This submission is marked: what was handed in stays as it was marked.',
    );
    expect(handedInFrozenReason('returned')).toMatch(/goes into a resubmission/);
  });

  it('a change to a frozen submission throws before it is made', () => {
    const edit = (s: { status: 'in_marking' | 'approved'; text: string }) => ({
      ...s,
      text: 'new',
    });
    expect(changeHandedIn({ status: 'in_marking' as const, text: 'old' }, edit).text).toBe('new');
    expect(() => changeHandedIn({ status: 'approved' as const, text: 'old' }, edit)).toThrow(
      HandedInFrozenError,
    );
  });
});
