import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundaryAtOrAfter,
  boundaryAtOrBefore,
  graphemeAt,
  isGraphemeBoundary,
  snapToGraphemes,
} from './graphemes';

const family = '👩‍👩‍👧';
const flag = '🇨🇦';
const thumb = '👍🏽';
const accented = 'e\u0301';

/** Pieces that stress the certain-boundary windows: emoji, flags, CR LF, accents, CJK, lone surrogates. */
const pieceArb = fc.constantFrom(
  'a',
  'b',
  ' ',
  '\n',
  '\r',
  '\r\n',
  family,
  flag,
  '🇫🇷',
  '\u{1F1E8}',
  thumb,
  accented,
  '\u0301',
  '\u200D',
  'é',
  '中文',
  '😀',
  '\uD83D',
  '\uDC4D',
  'क्षि',
);
const textArb = fc
  .array(fc.oneof(pieceArb, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** The reference: every boundary, from segmenting the whole text. */
function allBoundaries(text: string): Set<number> {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const cuts = new Set([0, text.length]);
  for (const s of segmenter.segment(text)) cuts.add(s.index);
  return cuts;
}

describe('grapheme boundaries', () => {
  it('agree with segmenting the whole text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const cuts = allBoundaries(text);
        for (let i = 0; i <= text.length; i++)
          expect(isGraphemeBoundary(text, i)).toBe(cuts.has(i));
      }),
      { numRuns: 300 },
    );
  });

  it('never split an emoji, flag, skin tone or accent', () => {
    const text = `x${family}${flag}${thumb}${accented}y`;
    expect(graphemeAt(text, 3)).toEqual({ start: 1, end: 9 });
    expect(graphemeAt(text, 11)).toEqual({ start: 9, end: 13 });
    expect(graphemeAt(text, 14)).toEqual({ start: 13, end: 17 });
    expect(graphemeAt(text, 18)).toEqual({ start: 17, end: 19 });
    expect(snapToGraphemes(text, 2, 12)).toEqual({ start: 1, end: 13 });
    expect(snapToGraphemes(text, 18, 2)).toEqual({ start: 1, end: 19 });
    expect(snapToGraphemes(text, -5, 999)).toEqual({ start: 0, end: text.length });
    expect(snapToGraphemes(text, Number.NaN, 1)).toEqual({ start: 0, end: 1 });
  });

  it('pair regional indicators from the start of a long run of flags', () => {
    const flags = '🇨🇦🇫🇷'.repeat(300);
    const text = `a${flags}`;
    expect(graphemeAt(text, 1 + 4 * 401 + 2)).toEqual({ start: 1 + 4 * 401, end: 1 + 4 * 402 });
    expect(isGraphemeBoundary(text, 1 + 4 * 401 + 2)).toBe(false);
    expect(isGraphemeBoundary(`\uD83C${text}`, 1 + 1 + 4 * 401)).toBe(true);
  });

  it('snap outward and stay put on boundaries', () => {
    fc.assert(
      fc.property(textArb, fc.nat(200), (text, raw) => {
        const at = raw % (text.length + 1);
        const cuts = allBoundaries(text);
        const before = boundaryAtOrBefore(text, at);
        const after = boundaryAtOrAfter(text, at);
        expect(cuts.has(before) && cuts.has(after)).toBe(true);
        expect(before <= at && at <= after).toBe(true);
        for (let k = before + 1; k < after; k++) expect(cuts.has(k)).toBe(false);
        if (cuts.has(at)) expect([before, after]).toEqual([at, at]);
      }),
    );
  });

  it('are quick in a 100,000-character text', () => {
    const text =
      `${'Lorem ipsum dolor sit amet. '.repeat(1800)}${family}${flag}${thumb}${accented}`.repeat(2);
    expect(text.length).toBeGreaterThan(100_000);
    const started = performance.now();
    for (let i = 0; i < 2000; i++) boundaryAtOrBefore(text, (i * 7919) % text.length);
    expect(snapToGraphemes(text, 50_403, 50_403)).toEqual({ start: 50_400, end: 50_408 });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
