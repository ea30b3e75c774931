import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReflectionTag } from '../entities';
import {
  addTagRange,
  diffTexts,
  highlightSegments,
  normaliseRange,
  remapTagsAfterEdit,
  removeTagRange,
} from './tagRanges';

const family = '👩‍👩‍👧';
const flag = '🇨🇦';
const thumb = '👍🏽';
const accented = 'e\u0301';
const pieces = [
  'a',
  'b',
  ' ',
  '\n',
  '\r\n',
  family,
  flag,
  '🇫🇷',
  thumb,
  accented,
  '\u0301',
  '中',
  '\uD83D',
];
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 2 })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

function boundaries(text: string): Set<number> {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return new Set([0, text.length, ...[...segmenter.segment(text)].map((s) => s.index)]);
}

function tag(id: string, start: number, end: number, stage = 'Describe', note = ''): ReflectionTag {
  return { id, start, end, stage, note };
}

const tagsArb: fc.Arbitrary<readonly ReflectionTag[]> = fc
  .array(
    fc.tuple(fc.nat(80), fc.nat(80), fc.constantFrom('Describe', 'Examine', 'Articulate Learning')),
    { maxLength: 8 },
  )
  .map((list) =>
    list.map(([a, b, stage], i) => tag(`t${i}`, Math.min(a, b), Math.max(a, b), stage)),
  );

describe('normaliseRange', () => {
  const text = `I felt ${family} and ${flag}${thumb} caf${accented}.`;
  it('widens a selection to whole emoji and accents, and trims spaces', () => {
    const familyAt = text.indexOf(family);
    expect(normaliseRange(text, familyAt + 3, familyAt + 5)).toEqual({
      start: familyAt,
      end: familyAt + family.length,
    });
    const flagAt = text.indexOf(flag);
    expect(normaliseRange(text, flagAt + 2, flagAt + 5)).toEqual({
      start: flagAt,
      end: flagAt + 8,
    });
    const accentAt = text.indexOf(accented);
    expect(normaliseRange(text, accentAt - 3, accentAt + 1)).toEqual({
      start: accentAt - 3,
      end: accentAt + 2,
    });
    expect(normaliseRange(text, 1, 7)).toEqual({ start: 2, end: 6 });
    expect(normaliseRange(text, 7, 1)).toEqual({ start: 2, end: 6 });
    expect(normaliseRange(' \r\n\t', 0, 4)).toEqual({ start: 4, end: 4 });
  });

  it('keeps a space that carries a combining mark: it is one visible character', () => {
    expect(normaliseRange(' \u0301', 0, 1)).toEqual({ start: 0, end: 2 });
  });

  it('always returns a range between grapheme boundaries without edge whitespace', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.integer({ min: -5, max: 90 }),
        fc.integer({ min: -5, max: 90 }),
        (text, a, b) => {
          const { start, end } = normaliseRange(text, a, b);
          const cuts = boundaries(text);
          expect(cuts.has(start) && cuts.has(end) && start <= end).toBe(true);
          if (end > start) {
            // Whitespace is trimmed a whole grapheme at a time: a space carrying a combining
            // mark (" ́") is a visible character and stays.
            const graphemes = [
              ...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(
                text.slice(start, end),
              ),
            ].map((part) => part.segment);
            expect(/^\s+$/u.test(graphemes[0] ?? '')).toBe(false);
            expect(/^\s+$/u.test(graphemes.at(-1) ?? '')).toBe(false);
          }
        },
      ),
    );
  });
});

describe('addTagRange', () => {
  it('merges overlaps of one stage and lets stages overlap each other', () => {
    let tags = addTagRange([], tag('a', 10, 20, 'Describe', 'first'));
    tags = addTagRange(tags, tag('b', 30, 40));
    tags = addTagRange(tags, tag('c', 15, 35, 'Describe', 'bridge'));
    expect(tags).toEqual([tag('a', 10, 40, 'Describe', 'first\nbridge')]);
    tags = addTagRange(tags, tag('d', 0, 12, 'Examine'));
    tags = addTagRange(tags, tag('e', 40, 50));
    expect(tags.map((t) => [t.id, t.start, t.end])).toEqual([
      ['d', 0, 12],
      ['a', 10, 40],
      ['e', 40, 50],
    ]);
    expect(addTagRange(tags, tag('z', 5, 5))).toBe(tags);
    expect(removeTagRange(tags, 'a').map((t) => t.id)).toEqual(['d', 'e']);
    expect(removeTagRange(tags, 'nope')).toBe(tags);
  });

  it('never leaves two tags of one stage overlapping, and covers what was tagged', () => {
    fc.assert(
      fc.property(tagsArb, (added) => {
        const tags = added.reduce<readonly ReflectionTag[]>(addTagRange, []);
        for (const x of tags)
          for (const y of tags)
            if (x !== y && x.stage === y.stage)
              expect(x.end <= y.start || y.end <= x.start).toBe(true);
        for (const t of added.filter((a) => a.end > a.start)) {
          expect(
            tags.some((m) => m.stage === t.stage && m.start <= t.start && m.end >= t.end),
          ).toBe(true);
        }
      }),
    );
  });
});

describe('highlightSegments', () => {
  it('cuts the text at tag edges with the stages that cover each piece', () => {
    const text = `ab${family}cd${flag}ef`;
    const segments = highlightSegments(text, [tag('x', 2, 14), tag('y', 13, 16, 'Examine')]);
    expect(segments.map((s) => [s.text, s.stages])).toEqual([
      ['ab', []],
      [`${family}cd`, ['Describe']],
      [flag, ['Describe', 'Examine']],
      ['ef', []],
    ]);
    expect(segments[2]?.tagIds).toEqual(['x', 'y']);
    expect(highlightSegments('', [tag('x', 0, 3)])).toEqual([]);
    expect(highlightSegments('abc', [])).toEqual([
      { text: 'abc', start: 0, end: 3, stages: [], tagIds: [] },
    ]);
  });

  it('covers the text exactly once, in order, never splitting a grapheme', () => {
    fc.assert(
      fc.property(textArb, tagsArb, (text, tags) => {
        const segments = highlightSegments(text, tags);
        const cuts = boundaries(text);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let at = 0;
        for (const s of segments) {
          expect(s.start).toBe(at);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(cuts.has(s.start) && cuts.has(s.end)).toBe(true);
          at = s.end;
        }
        expect(at).toBe(text.length);
      }),
    );
  });

  it('handles a 100,000-character reflection with 200 tags quickly', () => {
    const text =
      `${'I described the site visit and what we did. '.repeat(1200)}${family}${flag}${thumb}${accented}\n`.repeat(
        2,
      );
    expect(text.length).toBeGreaterThan(100_000);
    const tags = Array.from({ length: 200 }, (_, i) =>
      tag(
        `t${i}`,
        (i * 997) % text.length,
        ((i * 997) % text.length) + 300,
        i % 2 ? 'Examine' : 'Describe',
      ),
    );
    const started = performance.now();
    const segments = highlightSegments(text, tags);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const familyAt = text.indexOf(family);
    const cut = highlightSegments(text, [tag('f', familyAt + 2, familyAt + 11)]);
    expect(cut[1]?.text).toBe(`${family}${flag}`);
  });
});

describe('remapTagsAfterEdit', () => {
  const text = 'We met the client. I felt nervous. Then I saw why the plan failed.';
  const felt = tag('felt', 19, 34, 'Describe');
  const why = tag('why', 40, 66, 'Examine');

  it('moves tags with their passages and drops deleted ones', () => {
    const inserted = `Monday: ${text}`;
    expect(remapTagsAfterEdit(text, inserted, [felt, why])).toEqual([
      { ...felt, start: 27, end: 42 },
      { ...why, start: 48, end: 74 },
    ]);
    const deleted = text.replace('I felt nervous. ', '');
    expect(remapTagsAfterEdit(text, deleted, [felt, why])).toEqual([
      { ...why, start: 24, end: 50 },
    ]);
    const inside = text.replace('felt nervous', 'felt very nervous');
    expect(remapTagsAfterEdit(text, inside, [felt])).toEqual([{ ...felt, end: 39 }]);
    expect(remapTagsAfterEdit(text, text, [felt])).toEqual([felt]);
  });

  it('keeps emoji whole when an edit touches them', () => {
    const old = `ok ${thumb} done`;
    const tags = [tag('t', 3, 7)];
    expect(remapTagsAfterEdit(old, old.replace(thumb, '👍🏿'), tags)).toEqual([tag('t', 3, 7)]);
    expect(remapTagsAfterEdit('cafe', `caf${accented}`, [tag('e', 3, 4)])).toEqual([
      tag('e', 3, 5),
    ]);
    expect(diffTexts(`a${flag}`, 'a🇨🇳')).toEqual({ start: 1, oldEnd: 5, newEnd: 5 });
  });

  it('moves tags in a 100,000-character text after an edit near the start', () => {
    const long = `${family} ${'Examined the data again. '.repeat(4200)}`;
    const tags = [tag('a', 9, 30), tag('b', 99_000, 99_050, 'Examine')];
    const edited = `${flag} ${long}`;
    expect(remapTagsAfterEdit(long, edited, tags)).toEqual([
      tag('a', 14, 35),
      tag('b', 99_005, 99_055, 'Examine'),
    ]);
  });

  it('keeps the passage under a tag the edit did not reach', () => {
    fc.assert(
      fc.property(textArb, textArb, textArb, tagsArb, (prefix, middle, suffix, rawTags) => {
        const old = `${prefix}${middle}${suffix}`;
        const edited = `${prefix}${suffix}`;
        const tags = rawTags
          .map((t) => normaliseRange(old, t.start, t.end))
          .map((r, i) => tag(`t${i}`, r.start, r.end));
        const merged = tags.reduce<readonly ReflectionTag[]>(addTagRange, []);
        const moved = remapTagsAfterEdit(old, edited, merged);
        const cuts = boundaries(edited);
        for (const t of moved) {
          expect(cuts.has(t.start) && cuts.has(t.end) && t.start < t.end).toBe(true);
        }
        const { start, oldEnd } = diffTexts(old, edited);
        for (const t of merged.filter((m) => m.end <= start || m.start >= oldEnd)) {
          const after = moved.find((m) => m.id === t.id);
          expect(after && edited.slice(after.start, after.end)).toBe(old.slice(t.start, t.end));
        }
      }),
    );
  });
});
