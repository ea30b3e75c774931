import { describe, expect, it } from 'vitest';
import { validateIdentity } from './model';

const valid = { name: 'Ada Lovelace', email: 'ada@college.ca', roles: ['assessor'] as const };

describe('validateIdentity', () => {
  it('accepts a complete identity', () => {
    expect(validateIdentity(valid)).toEqual({});
  });

  it.each([
    ['name', { ...valid, name: '   ' }, /your name/],
    ['name', { ...valid, name: 'x'.repeat(121) }, /120/],
    ['email', { ...valid, email: 'ada' }, /email address/],
    ['email', { ...valid, email: 'ada@college' }, /email address/],
    ['email', { ...valid, email: 'a da@college.ca' }, /email address/],
    ['roles', { ...valid, roles: [] }, /at least one role/],
  ] as const)('refuses a bad %s', (field, draft, message) => {
    const errors = validateIdentity(draft);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toMatch(message);
  });
});
