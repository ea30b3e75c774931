import { describe, expect, it } from 'vitest';
import { describeMatch, findMatches, pageText, queryPattern, rangesInItems } from './pdfSearch';

const page1 = pageText(1, [
  { str: 'Welding ', hasEOL: false },
  { str: 'safety', hasEOL: true },
  { str: 'Wear a welding helmet.', hasEOL: false },
]);
const page3 = pageText(3, [{ str: 'WELDING log: weld safety-checked.', hasEOL: false }]);

describe('pdfSearch', () => {
  it('joins items with a line break after line ends', () => {
    expect(page1.text).toBe('Welding safety\nWear a welding helmet.');
    expect(page1.starts).toEqual([0, 8, 15]);
  });

  it('finds every match, case-insensitively, in page order', () => {
    const matches = findMatches([page1, page3], 'welding');
    expect(matches).toEqual([
      { page: 1, start: 0, end: 7 },
      { page: 1, start: 22, end: 29 },
      { page: 3, start: 0, end: 7 },
    ]);
    expect(describeMatch(1, matches, 'welding')).toBe('Match 2 of 3, on page 1.');
  });

  it('matches across items and line breaks', () => {
    const [match] = findMatches([page1], 'safety wear');
    expect(match).toEqual({ page: 1, start: 8, end: 19 });
    if (match === undefined) throw new Error('no match');
    expect(rangesInItems(page1, match)).toEqual([
      { item: 1, start: 0, end: 6 },
      { item: 2, start: 0, end: 4 },
    ]);
  });

  it('treats the query as text, not a pattern', () => {
    expect(findMatches([page3], 'safety-checked.')).toHaveLength(1);
    expect(findMatches([page3], '.*')).toHaveLength(0);
    expect(queryPattern('   ')).toBeNull();
    expect(findMatches([page1], '')).toEqual([]);
  });

  it('announces no matches', () => {
    expect(describeMatch(0, [], ' torch ')).toBe('No matches for “torch”.');
    expect(describeMatch(0, [], '')).toBe('');
  });
});
