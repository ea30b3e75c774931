import { describe, expect, it } from 'vitest';
import type { Submission } from '../../../../shared/domain';
import type { PendingIntake } from '../../../../shared/ipc/contract';
import {
  addEvidence,
  attestationForm,
  canResubmit,
  recoveryActions,
  reflectionTextOf,
  resubmissionOf,
  settingOf,
} from './model';

const at = '2026-01-01T00:00:00.000Z';
const pending = (intakeId: string, created: string[]): PendingIntake => ({
  intakeId,
  startedAt: at,
  created,
});

describe('recoveryActions', () => {
  it('commits an intake whose records were written', () => {
    expect(
      recoveryActions([pending('i1', ['h1'])], {
        intakesWithRecords: new Set(['i1']),
        referencedHashes: new Set(),
      }),
    ).toEqual([{ kind: 'commit', intakeId: 'i1' }]);
  });

  it('discards an intake without records, keeping only referenced files', () => {
    expect(
      recoveryActions([pending('i2', ['h1', 'h2', 'h3', 'h1'])], {
        intakesWithRecords: new Set(['other']),
        referencedHashes: new Set(['h3', 'h1', 'unrelated']),
      }),
    ).toEqual([{ kind: 'discard', intakeId: 'i2', keep: ['h1', 'h3'] }]);
  });

  it('decides each intake on its own, in order', () => {
    expect(
      recoveryActions([pending('a', ['h1']), pending('b', []), pending('c', ['h2'])], {
        intakesWithRecords: new Set(['c']),
        referencedHashes: new Set(['h2']),
      }),
    ).toEqual([
      { kind: 'discard', intakeId: 'a', keep: [] },
      { kind: 'discard', intakeId: 'b', keep: [] },
      { kind: 'commit', intakeId: 'c' },
    ]);
  });

  it('does nothing when nothing is pending', () => {
    expect(
      recoveryActions([], { intakesWithRecords: new Set(), referencedHashes: new Set() }),
    ).toEqual([]);
  });
});

const file = (sha256: string, fileName = `${sha256}.pdf`) => ({
  sha256,
  fileName,
  mediaType: 'application/pdf',
  size: 10,
  role: 'demonstration' as const,
});

const submission: Submission = {
  id: 's1',
  learnerId: 'l1',
  achievementVersionId: 'v1',
  attempt: 1,
  previousSubmissionId: null,
  status: 'returned',
  evidence: [file('a'), file('b')],
  reflectionText: 'I learned',
  setting: {
    organisation: 'Works',
    description: 'Shop floor',
    supervisor: { name: 'Sam', role: 'Foreman', organisation: 'Works', attestedOn: '2026-01-02' },
  },
  source: 'moodle',
  intakeIds: ['i1'],
  assessorId: 'x',
  secondAssessorId: null,
  receivedAt: at,
  updatedAt: at,
};

describe('addEvidence', () => {
  it('appends new files, skips same hashes, records the intake once', () => {
    const later = '2026-02-01T00:00:00.000Z';
    const next = addEvidence(submission, [file('b', 'again.pdf'), file('c')], 'i2', later);
    expect(next.evidence.map((e) => e.sha256)).toEqual(['a', 'b', 'c']);
    expect(next.intakeIds).toEqual(['i1', 'i2']);
    expect(next.updatedAt).toBe(later);
    expect(addEvidence(next, [file('c')], 'i2', later).intakeIds).toEqual(['i1', 'i2']);
  });
});

describe('settingOf / attestationForm', () => {
  it('round-trips a setting', () => {
    expect(settingOf(attestationForm(submission.setting))).toEqual(submission.setting);
  });
  it('is null when empty; no supervisor without a name', () => {
    expect(settingOf(attestationForm(null))).toBeNull();
    expect(settingOf({ ...attestationForm(null), organisation: ' Works ' })).toEqual({
      organisation: 'Works',
      description: '',
      supervisor: null,
    });
  });
  it('blank reflection text is null', () => {
    expect(reflectionTextOf('  \n')).toBeNull();
    expect(reflectionTextOf(' x ')).toBe(' x ');
  });
});

describe('resubmission', () => {
  it('is allowed when returned, or approved with a not-yet decision', () => {
    expect(canResubmit(submission, null)).toBe(true);
    const approved = { ...submission, status: 'approved' as const };
    expect(canResubmit(approved, 'not_yet')).toBe(true);
    expect(canResubmit(approved, 'meets')).toBe(false);
    expect(canResubmit(approved, null)).toBe(false);
    expect(canResubmit({ ...submission, status: 'received' }, 'not_yet')).toBe(false);
  });

  it('links to the previous attempt and carries only what is kept', () => {
    const next = resubmissionOf(
      submission,
      { keep: new Set(['b']), keepReflection: false, keepSetting: true },
      's2',
      at,
    );
    expect(next).toMatchObject({
      id: 's2',
      attempt: 2,
      previousSubmissionId: 's1',
      status: 'received',
      reflectionText: null,
      setting: submission.setting,
      assessorId: null,
      intakeIds: [],
    });
    expect(next.evidence.map((e) => e.sha256)).toEqual(['b']);
  });
});
