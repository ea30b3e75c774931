import { describe, expect, it } from 'vitest';
import type { InstitutionFramework } from '../../../../../shared/domain';
import {
  emptyExternalAlignment,
  institutionAlignment,
  institutionOptions,
  isTargetType,
  textOrNull,
} from './alignmentModel';

const values: InstitutionFramework = {
  id: 'fw-1',
  kind: 'values',
  name: 'College values',
  url: 'https://example.edu/values',
  items: [
    { code: 'V1', name: 'Integrity', description: 'We act honestly.' },
    { code: 'V2', name: 'Inclusion', description: '' },
  ],
};

describe('alignment model', () => {
  it('offers every item of every framework, grouped by framework', () => {
    expect(institutionOptions([values])).toEqual([
      {
        group: 'College values',
        items: [
          { value: 'fw-1::V1', label: 'V1 — Integrity' },
          { value: 'fw-1::V2', label: 'V2 — Inclusion' },
        ],
      },
    ]);
  });

  it('turns a chosen item into an institution alignment, and an unknown choice into nothing', () => {
    expect(institutionAlignment([values], 'fw-1::V2', 'a1')).toEqual({
      id: 'a1',
      institutionFrameworkId: 'fw-1',
      targetName: 'Inclusion',
      targetCode: 'V2',
      targetFramework: 'College values',
      targetUrl: 'https://example.edu/values',
      targetDescription: null,
      targetType: 'ext:InstitutionFramework',
    });
    expect(institutionAlignment([values], 'fw-1::V9', 'a2')).toBeNull();
    expect(institutionAlignment([values], 'nope', 'a3')).toBeNull();
  });

  it('has helpers for external alignments', () => {
    expect(emptyExternalAlignment('x')).toMatchObject({
      id: 'x',
      institutionFrameworkId: null,
      targetName: '',
    });
    expect(isTargetType('CFItem')).toBe(true);
    expect(isTargetType('Nope')).toBe(false);
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull('a')).toBe('a');
  });
});
