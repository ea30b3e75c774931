import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../entities';
import { blindLabel, evidenceLabel, learnerLabel } from './blind';

const item = (fileName: string): EvidenceItem => ({
  sha256: 'a'.repeat(64),
  fileName,
  mediaType: 'application/pdf',
  size: 10,
  role: 'demonstration',
});

describe('blind marking labels', () => {
  it('labels a submission by its id, never by the learner', () => {
    expect(blindLabel('3f2a9c1e-0000-4000-8000-000000000000')).toBe('Candidate 3F2A9C');
    expect(learnerLabel(true, '3f2a9c1e-0', { name: 'Ana Lima' })).toBe('Candidate 3F2A9C');
    expect(learnerLabel(false, '3f2a9c1e-0', { name: 'Ana Lima' })).toBe('Ana Lima');
    expect(learnerLabel(false, 'x', undefined)).toBe('Unknown learner');
  });

  it('hides evidence file names, keeping role, position and extension', () => {
    const file = item('Ana Lima_123_assignsubmission_file_/report.PDF');
    expect(evidenceLabel(true, file, 1)).toBe('Demonstration file 2.pdf');
    expect(evidenceLabel(true, item('Ana Lima notes'), 0)).toBe('Demonstration file 1');
    expect(evidenceLabel(false, file, 1)).toBe(file.fileName);
  });
});
