import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../shared/domain/marking';
import { testRubrics } from '../../../../shared/domain/marking/testRubrics';
import { makeAssessment } from '../../db/testing/factories';
import type { JournalStorage } from './pendingJournal';
import {
  baseOf,
  clearPending,
  journalKey,
  readPending,
  replayDecision,
  writePending,
} from './pendingJournal';

function memory(): JournalStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const draft = { ...emptyDraft(testRubrics()), feedback: 'Typed just before the crash.' };
const key = journalKey('s1', 'ana');

describe('pending marks journal', () => {
  it('keeps and reads back the last unsaved draft, one per submission and marker', () => {
    const storage = memory();
    expect(writePending(storage, key, { base: '', draft })).toBe(true);
    expect(readPending(storage, key)).toEqual({ base: '', draft });
    expect(readPending(storage, journalKey('s1', 'ben'))).toBeNull();
    clearPending(storage, key);
    expect(readPending(storage, key)).toBeNull();
  });

  it('ignores entries it cannot read, and survives a storage that refuses writes', () => {
    const storage = memory();
    storage.map.set(key, '{not json');
    expect(readPending(storage, key)).toBeNull();
    storage.map.set(key, JSON.stringify({ base: 1, draft }));
    expect(readPending(storage, key)).toBeNull();
    storage.map.set(key, JSON.stringify({ base: '', draft: { feedback: 'x' } }));
    expect(readPending(storage, key)).toBeNull();
    const full: JournalStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writePending(full, key, { base: '', draft })).toBe(false);
  });

  it('replays only over the record it was made on, never over a finalised one', () => {
    const stored = makeAssessment({ finalisedAt: null });
    expect(replayDecision(null, stored)).toBe('none');
    expect(replayDecision({ base: baseOf(stored), draft }, stored)).toBe('replay');
    expect(replayDecision({ base: '', draft }, undefined)).toBe('replay');
    expect(replayDecision({ base: '', draft }, stored)).toBe('drop');
    const later = { ...stored, updatedAt: '2031-01-01T00:00:00.000Z' };
    expect(replayDecision({ base: baseOf(stored), draft }, later)).toBe('drop');
    const final = { ...stored, finalisedAt: '2031-01-01T00:00:00.000Z' };
    expect(replayDecision({ base: baseOf(final), draft }, final)).toBe('drop');
  });
});
