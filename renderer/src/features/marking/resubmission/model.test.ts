import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Assessment,
  CriterionMark,
  EvidenceItem,
  EvidenceRole,
  Rubric,
} from '../../../../../shared/domain';
import type { MarkingRubrics } from '../../../../../shared/domain/marking';
import { latestFinalised } from '../../../../../shared/domain/marking';
import type { EvidenceComparisonRow } from './model';
import {
  attemptSummaryOf,
  compareEvidence,
  countByEvidenceStatus,
  evidenceRowLabels,
  openableSha,
  previousMarkOf,
  returnedCriterionTitles,
  unknownCriterionTitle,
  unknownLevelTitle,
  unmarkedLevelTitle,
} from './model';

const file = (
  sha: string,
  fileName: string,
  role: EvidenceRole = 'demonstration',
  size = 100,
): EvidenceItem => ({
  sha256: sha.padEnd(64, '0'),
  fileName,
  mediaType: 'application/pdf',
  size,
  role,
});

/** A row as "status previousName→currentName" (— for a missing side). */
const show = (row: EvidenceComparisonRow): string =>
  `${row.status} ${row.previous?.item.fileName ?? '—'}→${row.current?.item.fileName ?? '—'}`;

describe('compareEvidence', () => {
  it('keeps a file whose bytes are in both attempts', () => {
    const a = file('a', 'report.pdf');
    const rows = compareEvidence([a], [a]);
    expect(rows).toEqual([
      { status: 'kept', previous: { item: a, index: 0 }, current: { item: a, index: 0 } },
    ]);
  });

  it('keeps the same bytes under another name or role', () => {
    const before = file('a', 'draft.pdf');
    const after = file('a', 'final.pdf', 'reflection');
    expect(compareEvidence([before], [after]).map(show)).toEqual(['kept draft.pdf→final.pdf']);
  });

  it('marks a file only in attempt 2 as new and one only in attempt 1 as removed', () => {
    const rows = compareEvidence([file('a', 'old.pdf')], [file('b', 'other.pdf')]);
    expect(rows.map(show)).toEqual(['removed old.pdf→—', 'new —→other.pdf']);
  });

  it('pairs same role and same name with different bytes as replaced, case-insensitively', () => {
    const rows = compareEvidence(
      [file('a', 'Report.PDF'), file('c', 'notes.txt')],
      [file('b', 'report.pdf'), file('c', 'notes.txt')],
    );
    expect(rows.map(show)).toEqual(['kept notes.txt→notes.txt', 'replaced Report.PDF→report.pdf']);
  });

  it('pairs names that differ only in Unicode normalisation', () => {
    const nfd = 're\u0301sume\u0301.pdf';
    const nfc = 'r\u00e9sum\u00e9.pdf';
    expect(compareEvidence([file('a', nfd)], [file('b', nfc)]).map((r) => r.status)).toEqual([
      'replaced',
    ]);
  });

  it('does not pair the same name under another role', () => {
    const rows = compareEvidence(
      [file('a', 'evidence.pdf', 'demonstration')],
      [file('b', 'evidence.pdf', 'attestation')],
    );
    expect(rows.map((r) => r.status)).toEqual(['removed', 'new']);
  });

  it('does not treat a kept file as replaced when a namesake was added', () => {
    // Attempt 2 keeps report.pdf and adds a second "report.pdf" as a reflection file.
    const rows = compareEvidence(
      [file('a', 'report.pdf')],
      [file('a', 'report.pdf'), file('b', 'report.pdf', 'reflection')],
    );
    expect(rows.map(show)).toEqual(['kept report.pdf→report.pdf', 'new —→report.pdf']);
  });

  it('pairs several namesakes in the order of each attempt', () => {
    const rows = compareEvidence(
      [file('a1', 'photo.jpg'), file('a2', 'photo.jpg')],
      [file('b1', 'PHOTO.jpg'), file('b2', 'photo.JPG'), file('b3', 'photo.jpg')],
    );
    expect(
      rows.map((r) => [r.status, r.previous?.item.sha256[1], r.current?.item.sha256[1]]),
    ).toEqual([
      ['replaced', '1', '1'],
      ['replaced', '2', '2'],
      ['new', undefined, '3'],
    ]);
  });

  it('counts the same bytes twice in one attempt once, at their first position', () => {
    const dup = file('a', 'copy 1.pdf');
    const dup2 = file('a', 'copy 2.pdf');
    const rows = compareEvidence([file('x', 'x.pdf'), dup], [dup, file('b', 'b.pdf'), dup2]);
    expect(rows.map(show)).toEqual([
      'new —→b.pdf',
      'kept copy 1.pdf→copy 1.pdf',
      'removed x.pdf→—',
    ]);
    const kept = rows.find((r) => r.status === 'kept');
    expect(kept?.previous?.index).toBe(1);
    expect(kept?.current?.index).toBe(0);
  });

  it('does not offer a duplicate of new bytes twice', () => {
    const rows = compareEvidence([], [file('b', 'a.pdf'), file('b', 'z.pdf')]);
    expect(rows.map(show)).toEqual(['new —→a.pdf']);
  });

  it('orders by role, then name (numbers in order), ties by status', () => {
    const rows = compareEvidence(
      [
        file('r', 'reflection.docx', 'reflection'),
        file('s', 'sign.pdf', 'attestation'),
        file('d10', 'part 10.pdf'),
        file('same', 'same.pdf'),
      ],
      [
        file('s2', 'sign.pdf', 'attestation'),
        file('n', 'part 2.pdf'),
        file('same', 'same.pdf'),
        file('r', 'reflection.docx', 'reflection'),
        file('z', 'Part 1.pdf'),
      ],
    );
    expect(rows.map(show)).toEqual([
      'new —→Part 1.pdf',
      'new —→part 2.pdf',
      'removed part 10.pdf→—',
      'kept same.pdf→same.pdf',
      'kept reflection.docx→reflection.docx',
      'replaced sign.pdf→sign.pdf',
    ]);
  });

  it('handles empty attempts', () => {
    expect(compareEvidence([], [])).toEqual([]);
    expect(compareEvidence([file('a', 'a.pdf')], []).map((r) => r.status)).toEqual(['removed']);
    expect(compareEvidence([], [file('a', 'a.pdf')]).map((r) => r.status)).toEqual(['new']);
  });

  it('accounts for every distinct file of each attempt exactly once (property)', () => {
    const item = fc.record({
      sha256: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      fileName: fc.constantFrom('x.pdf', 'X.PDF', 'y.pdf', 'z.txt'),
      mediaType: fc.constant('application/pdf'),
      size: fc.nat(),
      role: fc.constantFrom<EvidenceRole>('demonstration', 'reflection', 'attestation'),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.array(item, { maxLength: 8 }), (p, c) => {
        const rows = compareEvidence(p, c);
        const prevShas = rows.flatMap((r) => (r.previous === null ? [] : [r.previous.item.sha256]));
        const currShas = rows.flatMap((r) => (r.current === null ? [] : [r.current.item.sha256]));
        expect([...prevShas].sort()).toEqual([...new Set(p.map((i) => i.sha256))].sort());
        expect([...currShas].sort()).toEqual([...new Set(c.map((i) => i.sha256))].sort());
        for (const r of rows) {
          if (r.previous !== null) expect(p[r.previous.index]).toBe(r.previous.item);
          if (r.current !== null) expect(c[r.current.index]).toBe(r.current.item);
          if (r.status === 'kept') expect(r.previous.item.sha256).toBe(r.current.item.sha256);
          if (r.status === 'replaced') {
            expect(r.previous.item.sha256).not.toBe(r.current.item.sha256);
            expect(r.previous.item.role).toBe(r.current.item.role);
            expect(r.previous.item.fileName.toLowerCase()).toBe(
              r.current.item.fileName.toLowerCase(),
            );
          }
        }
        // Same input, same order.
        expect(compareEvidence(p, c)).toEqual(rows);
      }),
    );
  });
});

describe('evidenceRowLabels', () => {
  const previous = [file('a', 'Ana Lima_1_/plan.pdf'), file('b', 'Ana Lima_1_/log.docx')];
  const current = [
    file('c', 'Ana Lima_2_/notes.md', 'reflection'),
    file('a', 'Ana Lima_2_/plan.pdf'),
    file('d', 'Ana Lima_1_/LOG.docx'),
  ];
  const rows = compareEvidence(previous, current);

  it('shows file names when not blind', () => {
    expect(rows.map((r) => evidenceRowLabels(r, false))).toEqual([
      { previous: 'Ana Lima_1_/log.docx', current: 'Ana Lima_1_/LOG.docx' },
      { previous: 'Ana Lima_1_/plan.pdf', current: 'Ana Lima_2_/plan.pdf' },
      { previous: null, current: 'Ana Lima_2_/notes.md' },
    ]);
  });

  it('under blind marking names files by role and position in their own attempt', () => {
    const labels = rows.map((r) => evidenceRowLabels(r, true));
    expect(labels).toEqual([
      { previous: 'Demonstration file 2.docx', current: 'Demonstration file 3.docx' },
      { previous: 'Demonstration file 1.pdf', current: 'Demonstration file 2.pdf' },
      { previous: null, current: 'Reflection file 1.md' },
    ]);
    expect(JSON.stringify(labels)).not.toMatch(/Ana|Lima|plan|log|notes/i);
  });
});

describe('openableSha and countByEvidenceStatus', () => {
  it('offers the new file of replaced and new rows only', () => {
    const rows = compareEvidence(
      [file('a', 'kept.pdf'), file('b', 'swap.pdf'), file('c', 'gone.pdf')],
      [file('a', 'kept.pdf'), file('d', 'swap.pdf'), file('e', 'added.pdf')],
    );
    expect(rows.map((r) => [r.status, openableSha(r)?.[0] ?? null])).toEqual([
      ['new', 'e'],
      ['removed', null],
      ['kept', null],
      ['replaced', 'd'],
    ]);
    expect(countByEvidenceStatus(rows)).toEqual({ kept: 1, replaced: 1, new: 1, removed: 1 });
  });
});

// ---------------------------------------------------------------- marks

const level = (id: string, title: string, points: number) => ({
  id,
  title,
  descriptor: '',
  points,
  commentBank: [],
});

const demonstration: Rubric = {
  id: 'rd',
  title: 'Demonstration',
  kind: 'demonstration',
  model: null,
  passRule: { minLevelIndex: 1, minTotal: null },
  criteria: [
    {
      id: 'd1',
      title: 'Plans the work',
      description: '',
      required: true,
      weight: 1,
      levels: [level('d1-0', 'Not yet', 0), level('d1-1', 'Proficient', 2.5)],
    },
    {
      id: 'd2',
      title: 'Applies theory',
      description: '',
      required: true,
      weight: 2,
      levels: [level('d2-0', 'Not yet', 0), level('d2-1', 'Proficient', 3)],
    },
  ],
};

const reflection: Rubric = {
  id: 'rr',
  title: 'Reflection',
  kind: 'reflection',
  model: 'DEAL',
  passRule: { minLevelIndex: 1, minTotal: null },
  criteria: [
    {
      id: 'r1',
      title: 'Describe',
      description: '',
      required: true,
      weight: 1,
      levels: [level('r1-0', 'Surface', 0), level('r1-1', 'Deep', 2)],
    },
  ],
};

const rubrics: MarkingRubrics = { demonstration, reflection };

const mark = (criterionId: string, levelId: string | null, comment = ''): CriterionMark => ({
  criterionId,
  levelId,
  comment,
});

function assessment(patch: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    submissionId: 's1',
    round: 'first',
    markerId: 'm1',
    demonstration: [mark('d1', 'd1-1', 'Clear plan.'), mark('d2', 'd2-0', 'Link it to the model.')],
    reflection: [mark('r1', 'r1-1', 'Honest.')],
    reflectionTags: [],
    reflectionSource: null,
    feedback: 'Apply the theory to your own setting.',
    decision: 'not_yet',
    resubmitCriterionIds: ['d2'],
    override: null,
    carriedOverCriterionIds: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
    finalisedAt: '2025-01-02T00:00:00.000Z',
    ...patch,
  };
}

describe('previousMarkOf', () => {
  it('names the level, its points and the comment', () => {
    expect(previousMarkOf(assessment(), demonstration, 'd1')).toEqual({
      levelTitle: 'Proficient',
      points: 2.5,
      comment: 'Clear plan.',
    });
  });

  it('reads the marks of the rubric’s own kind', () => {
    expect(previousMarkOf(assessment(), reflection, 'r1')).toEqual({
      levelTitle: 'Deep',
      points: 2,
      comment: 'Honest.',
    });
    expect(previousMarkOf(assessment(), reflection, 'd1')).toBeNull();
  });

  it('names a level the rubric no longer has, without points', () => {
    const a = assessment({ demonstration: [mark('d1', 'gone', 'Was fine.')] });
    expect(previousMarkOf(a, demonstration, 'd1')).toEqual({
      levelTitle: unknownLevelTitle,
      points: null,
      comment: 'Was fine.',
    });
    expect(unknownLevelTitle).toBe('A level no longer in the rubric');
  });

  it('treats a criterion no longer in the rubric as an unknown level', () => {
    const a = assessment({ demonstration: [mark('old', 'd1-1')] });
    expect(previousMarkOf(a, demonstration, 'old')?.levelTitle).toBe(unknownLevelTitle);
  });

  it('says when attempt 1 left the criterion unmarked', () => {
    const a = assessment({ demonstration: [mark('d1', null, 'Missing.')] });
    expect(previousMarkOf(a, demonstration, 'd1')).toEqual({
      levelTitle: unmarkedLevelTitle,
      points: null,
      comment: 'Missing.',
    });
  });

  it('is null without an assessment or a mark for the criterion', () => {
    expect(previousMarkOf(null, demonstration, 'd1')).toBeNull();
    expect(previousMarkOf(assessment({ demonstration: [] }), demonstration, 'd1')).toBeNull();
  });
});

describe('latestFinalised', () => {
  it('takes a finalised second marking (the moderated outcome) over the first; never a draft', () => {
    const draft = assessment({ id: 'draft', finalisedAt: null });
    const second = assessment({
      id: 'second',
      round: 'second',
      finalisedAt: '2025-03-01T00:00:00.000Z',
    });
    const secondDraft = assessment({ id: 'second-draft', round: 'second', finalisedAt: null });
    expect(latestFinalised([draft])).toBeNull();
    expect(latestFinalised([])).toBeNull();
    const done = assessment({ id: 'done' });
    expect(latestFinalised([draft, done, secondDraft])).toBe(done);
    expect(latestFinalised([draft, done, second])).toBe(second);
    expect(latestFinalised([second, done])).toBe(second);
  });

  it('takes the latest finalised of several markers, whatever the order', () => {
    const early = assessment({ id: 'x', markerId: 'm1', finalisedAt: '2025-01-02T10:00:00Z' });
    const late = assessment({ id: 'y', markerId: 'm2', finalisedAt: '2025-01-02T11:00:00.000Z' });
    expect(latestFinalised([early, late])).toBe(late);
    expect(latestFinalised([late, early])).toBe(late);
  });

  it('breaks a tie by update time, then id', () => {
    const at = '2025-01-02T10:00:00.000Z';
    const a = assessment({ id: 'a', finalisedAt: at, updatedAt: at });
    const b = assessment({ id: 'b', finalisedAt: at, updatedAt: at });
    const c = assessment({ id: 'c', finalisedAt: at, updatedAt: '2025-01-01T00:00:00.000Z' });
    expect(latestFinalised([b, a, c])).toBe(b);
    expect(latestFinalised([a, b, c])).toBe(b);
  });
});

describe('returnedCriterionTitles and attemptSummaryOf', () => {
  it('lists the returned criteria by title in rubric order', () => {
    const a = assessment({ resubmitCriterionIds: ['r1', 'gone', 'd2'] });
    expect(returnedCriterionTitles(a, rubrics)).toEqual([
      'Applies theory',
      'Describe',
      unknownCriterionTitle,
    ]);
    expect(returnedCriterionTitles(null, rubrics)).toEqual([]);
  });

  it('summarises attempt 1’s marking', () => {
    expect(attemptSummaryOf(assessment(), rubrics)).toEqual({
      decision: 'not_yet',
      feedback: 'Apply the theory to your own setting.',
      returnedCriteria: ['Applies theory'],
      overridden: false,
      finalisedAt: '2025-01-02T00:00:00.000Z',
    });
    expect(
      attemptSummaryOf(
        assessment({ decision: 'meets', resubmitCriterionIds: [], override: { reason: 'r' } }),
        rubrics,
      ),
    ).toMatchObject({ decision: 'meets', returnedCriteria: [], overridden: true });
  });

  it('says nothing was finalised without an assessment', () => {
    expect(attemptSummaryOf(null, rubrics)).toEqual({
      decision: null,
      feedback: '',
      returnedCriteria: [],
      overridden: false,
      finalisedAt: null,
    });
  });
});
