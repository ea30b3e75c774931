import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReflectionTag } from '../../../../../shared/domain';
import { addTagRange } from '../../../../../shared/domain/marking';
import type { KeyPress } from './model';
import {
  depthFlag,
  excerpt,
  focusAfterRemoval,
  highlightBackground,
  paintedSegments,
  planMessage,
  planTag,
  slotOf,
  stageFromKey,
  stageIndex,
  stageShortcut,
  stagesOf,
  tagListItems,
} from './model';

const deal = stagesOf('DEAL');
const family = '👩‍👩‍👧';
const flag = '🇨🇦';

function tag(id: string, start: number, end: number, stage = 'Describe', note = ''): ReflectionTag {
  return { id, start, end, stage, note };
}

function press(code: string, mods: Partial<KeyPress> = {}): KeyPress {
  const key = /^Digit(\d)$/.exec(code)?.[1] ?? code;
  return { key, code, altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, ...mods };
}

let counter = 0;
const newId = () => `id${String(++counter)}`;

describe('stages', () => {
  it('reads the model’s stages, none for custom or no model', () => {
    expect(deal).toEqual(['Describe', 'Examine', 'Articulate Learning']);
    expect(stagesOf('Gibbs')).toHaveLength(6);
    expect(stagesOf('custom')).toEqual([]);
    expect(stagesOf(null)).toEqual([]);
  });

  it('finds a stage by name, trimmed and ignoring case', () => {
    expect(stageIndex(deal, 'Examine')).toBe(1);
    expect(stageIndex(deal, ' articulate learning ')).toBe(2);
    expect(stageIndex(deal, 'Feelings')).toBeNull();
    expect(slotOf(1)).toBe(1);
    expect(slotOf(7)).toBe(1);
    expect(slotOf(null)).toBe('other');
  });
});

describe('stage shortcuts', () => {
  it('names Alt+1 … Alt+9', () => {
    expect(stageShortcut(0)).toBe('Alt+1');
    expect(stageShortcut(8)).toBe('Alt+9');
    expect(stageShortcut(9)).toBeNull();
    expect(stageShortcut(-1)).toBeNull();
  });

  it.each([
    [press('Digit1'), 3, 0],
    [press('Digit3'), 3, 2],
    [press('Numpad2'), 3, 1],
    [press('Digit4'), 3, null],
    [press('Digit6'), 6, 5],
    [press('Digit0'), 6, null],
    [press('Digit1', { altKey: false }), 3, null],
    [press('Digit1', { ctrlKey: true }), 3, null],
    [press('Digit1', { metaKey: true }), 3, null],
    [press('Digit1', { shiftKey: true }), 3, null],
    [press('KeyA'), 3, null],
    [press('Digit1'), 0, null],
    // macOS: Option+1 types "¡", the code still says Digit1.
    [{ ...press('Digit1'), key: '¡' }, 3, 0],
    // No code (synthetic events): the key decides.
    [{ ...press(''), key: '2' }, 3, 1],
  ])('%j with %i stages → %s', (key, count, expected) => {
    expect(stageFromKey(key, count)).toBe(expected);
  });
});

describe('planTag', () => {
  const text = `  I went to the ward. ${family} Then I asked why.\n`;

  it('tags the trimmed selection, either way round', () => {
    const at = text.indexOf('I went');
    const plan = planTag(text, at - 2, at + 20, 'Describe', [], () => 'x');
    expect(plan).toEqual({ kind: 'add', tag: tag('x', at, at + 19) });
    expect(planTag(text, at + 20, at - 2, 'Describe', [], () => 'x')).toEqual(plan);
  });

  it('widens a selection inside an emoji to the whole emoji (UTF-16 offsets)', () => {
    const at = text.indexOf(family);
    const plan = planTag(text, at + 1, at + 3, 'Examine', [], () => 'x');
    expect(plan).toEqual({ kind: 'add', tag: tag('x', at, at + family.length, 'Examine') });
    if (plan.kind === 'add') expect(text.slice(plan.tag.start, plan.tag.end)).toBe(family);
  });

  it('says empty for no selection or only whitespace', () => {
    expect(planTag(text, 5, 5, 'Describe', [], newId)).toEqual({ kind: 'empty' });
    expect(planTag(text, 0, 2, 'Describe', [], newId)).toEqual({ kind: 'empty' });
    expect(planTag('', 0, 0, 'Describe', [], newId)).toEqual({ kind: 'empty' });
    expect(planMessage({ kind: 'empty' }, text)).toBe('Select a passage first');
  });

  it('says already when a tag of the same stage covers the selection', () => {
    const existing = tag('t1', 2, 22);
    expect(planTag(text, 4, 10, ' describe', [existing], newId)).toEqual({
      kind: 'already',
      tag: existing,
    });
    expect(planTag(text, 4, 10, 'Examine', [existing], () => 'x').kind).toBe('add');
    expect(planTag(text, 4, 30, 'Describe', [existing], () => 'x').kind).toBe('add');
  });

  it('announces what it tagged', () => {
    const plan = planTag(text, 2, 22, 'Describe', [], () => 'x');
    expect(planMessage(plan, text)).toBe('Tagged Describe: I went to the ward.');
    expect(planMessage({ kind: 'already', tag: tag('t', 2, 22) }, text)).toBe(
      'Already tagged Describe: I went to the ward.',
    );
  });

  it('always gives a range on grapheme boundaries inside the text', () => {
    const pieces = ['a', ' ', '\n', '\r\n', family, flag, 'e\u0301', '中'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join('')),
        fc.nat(60),
        fc.nat(60),
        (t, a, b) => {
          const plan = planTag(t, a, b, 'Describe', [], () => 'x');
          if (plan.kind !== 'add') return;
          const bounds = new Set([
            t.length,
            ...[...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(t)].map(
              (s) => s.index,
            ),
          ]);
          expect(bounds.has(plan.tag.start) && bounds.has(plan.tag.end)).toBe(true);
          expect(plan.tag.end).toBeGreaterThan(plan.tag.start);
          expect(t.slice(plan.tag.start, plan.tag.end).trim()).not.toBe('');
        },
      ),
    );
  });
});

describe('excerpt', () => {
  it('collapses whitespace and keeps short passages whole', () => {
    expect(excerpt('a\n\n  b\tc', 0, 8, 40)).toBe('a b c');
  });

  it('cuts long passages with an ellipsis, never inside an emoji', () => {
    const text = `${'x'.repeat(9)}${family}${'y'.repeat(20)}`;
    expect(excerpt(text, 0, text.length, 10)).toBe(`${'x'.repeat(9)}…`);
    expect(excerpt(text, 0, text.length, 9 + family.length)).toBe(`${'x'.repeat(9)}${family}…`);
  });

  it('reads only the start of a very long passage', () => {
    const text = 'word '.repeat(10_000);
    const short = excerpt(text, 0, text.length, 40);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(41);
  });
});

describe('paintedSegments', () => {
  it('gives one plain run for an untagged text and none for an empty one', () => {
    expect(paintedSegments('hello', [], deal)).toEqual([
      { start: 0, end: 5, text: 'hello', slots: [] },
    ]);
    expect(paintedSegments('', [tag('t', 0, 3)], deal)).toEqual([]);
  });

  it('splits overlapping tags of different stages into runs with both styles', () => {
    const text = 'abcdefghij';
    const tags = [tag('d', 1, 6, 'Describe'), tag('e', 4, 9, 'Examine')];
    expect(paintedSegments(text, tags, deal).map((s) => [s.text, s.slots])).toEqual([
      ['a', []],
      ['bcd', [0]],
      ['ef', [0, 1]],
      ['ghi', [1]],
      ['j', []],
    ]);
  });

  it('covers the text exactly once, with emoji whole', () => {
    const text = `I felt ${family}${flag} fine`;
    const at = text.indexOf(family);
    const tags = [tag('d', at + 2, at + 4), tag('e', at, text.length, 'Examine')];
    const segments = paintedSegments(text, tags, deal);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.find((s) => s.text.includes(family))?.slots).toEqual([0, 1]);
    expect(segments.map((s) => s.text)).toContain(family);
  });

  it('paints a stage the model does not have in the "other" style', () => {
    expect(paintedSegments('abc', [tag('f', 0, 3, 'Feelings')], deal)[0]?.slots).toEqual(['other']);
  });

  it('handles a 50,000-character reflection quickly', () => {
    const text = `${'I did this and that. '.repeat(2400)}${family}`.slice(0, 50_000);
    let tags: readonly ReflectionTag[] = [];
    for (let i = 0; i < 200; i++) {
      tags = addTagRange(tags, tag(`t${String(i)}`, i * 240, i * 240 + 100, deal[i % 3] ?? ''));
    }
    const started = performance.now();
    const segments = paintedSegments(text, tags, deal);
    const items = tagListItems(text, tags, deal);
    expect(performance.now() - started).toBeLessThan(500);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(items).toHaveLength(200);
  });
});

describe('highlightBackground', () => {
  it('uses the stage colour, bands for overlaps, nothing for plain text', () => {
    expect(highlightBackground([])).toBe('transparent');
    expect(highlightBackground([2])).toBe('var(--reflection-stage-2-bg)');
    expect(highlightBackground(['other'])).toBe('var(--reflection-stage-other-bg)');
    expect(highlightBackground([0, 1])).toBe(
      'linear-gradient(to bottom, var(--reflection-stage-0-bg) 0% 50%, var(--reflection-stage-1-bg) 50% 100%)',
    );
  });
});

describe('tagListItems', () => {
  const text = `Describing ${family} the ward. Examining why it went wrong.`;
  const tags = [
    tag('e', text.indexOf('Examining'), text.length, 'Examine'),
    tag('d', 0, text.indexOf(' Examining')),
    tag('f', 0, 10, 'Feelings'),
  ];

  it('lists tags in text order with stage numbers and button names', () => {
    const items = tagListItems(text, tags, deal);
    expect(items.map((i) => [i.tag.id, i.stageNumber, i.slot])).toEqual([
      ['f', null, 'other'],
      ['d', 1, 0],
      ['e', 2, 1],
    ]);
    expect(items[1]?.passage).toBe(`Describing ${family} the ward.`);
    expect(items[1]?.removeLabel).toBe(`Remove Describe tag: Describing ${family} the ward.`);
    expect(items[2]?.showLabel).toBe('Show Examine passage: Examining why it went wrong.');
  });

  it('moves focus to the next tag, else the previous, after a removal', () => {
    const items = tagListItems(text, tags, deal);
    expect(focusAfterRemoval(items, 'f')).toBe('d');
    expect(focusAfterRemoval(items, 'e')).toBe('d');
    expect(focusAfterRemoval(items.slice(0, 1), 'f')).toBeNull();
    expect(focusAfterRemoval(items, 'missing')).toBeNull();
  });
});

describe('depthFlag', () => {
  it('flags description without analysis, with an explanation', () => {
    const flagged = depthFlag([tag('d', 0, 3)], 'DEAL');
    expect(flagged?.title).toBe('Description without analysis');
    expect(flagged?.explanation).toMatch(/^Passages are tagged Describe, but none Examine/);
  });

  it('does not flag once a passage is analytic, nor without tags or stages', () => {
    expect(depthFlag([tag('d', 0, 3), tag('e', 4, 6, 'Examine')], 'DEAL')).toBeNull();
    expect(depthFlag([], 'DEAL')).toBeNull();
    expect(depthFlag([tag('d', 0, 3)], 'custom')).toBeNull();
    expect(depthFlag([tag('d', 0, 3)], null)).toBeNull();
  });
});
