import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonErrorOffset';

describe('jsonErrorOffset', () => {
  it.each([
    ['{}', null],
    ['[]', null],
    [' 1.5e3 ', null],
    ['[1,[2,{"x":[]}],"\\u00e9\\n"]', null],
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ['{\n  "a": 1\n  "b": 2\n}', 13],
    ['', 0],
    ['{"a": tru}', 6],
    ['{"a": "x', 8],
    ['hello', 0],
    ['[1, 2] x', 7],
    ['[,]', 1],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a":[}', 6],
    ['01', 1],
    ['"a\tb"', 2],
    ['"\\x"', 1],
  ] as const)('%j → %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    if (offset === null) expect(() => JSON.parse(text) as unknown).not.toThrow();
    else expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it('survives nesting deep enough to overflow a recursive parser', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});
