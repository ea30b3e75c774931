import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeName, nameProblem, pathProblem, showableName } from './entryNames';
import { defaultIntakeLimits } from './IntakeSource';

const controls = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.constantFrom(0x202e, 0x202d, 0x2066, 0x2069, 0x200f, 0x061c),
);
const safeChar = fc.constantFrom(...'abcXYZ019 -_.()éüçñ日本語'.split(''));

describe('entry names', () => {
  it('refuses any name holding a control or text-direction character (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: safeChar, maxLength: 20 }),
        controls,
        fc.string({ unit: safeChar, maxLength: 20 }),
        (before, code, after) => {
          const name = `${before}${String.fromCharCode(code)}${after}x`;
          expect(nameProblem(name)).not.toBeNull();
          expect(showableName(name)).toContain('\ufffd');
          expect(showableName(name)).not.toContain(String.fromCharCode(code));
        },
      ),
    );
  });

  it('accepts ordinary names in any script (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: safeChar, minLength: 1, maxLength: 40 }), (name) => {
        fc.pre(name !== '.' && name !== '..');
        expect(nameProblem(name)).toBeNull();
        expect(pathProblem(`learner/${name}`, defaultIntakeLimits)).toBeNull();
      }),
    );
  });

  it('finds invalid UTF-8 (property: valid text round-trips)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
        expect(decodeName(Buffer.from(name, 'utf8'))).toBe(name);
      }),
    );
    expect(decodeName(Uint8Array.from([0x66, 0xff, 0x6f]))).toBeNull();
    expect(decodeName(Uint8Array.from([0xc3]))).toBeNull();
    expect(showableName(Uint8Array.from([0x66, 0xff]))).toBe('f\ufffd');
  });

  it('refuses dot names, slashes and long paths', () => {
    expect(nameProblem('..')).not.toBeNull();
    expect(nameProblem('a\\b')).not.toBeNull();
    expect(pathProblem('a//b', defaultIntakeLimits)).not.toBeNull();
    expect(pathProblem('a'.repeat(11), { ...defaultIntakeLimits, maxPathLength: 10 })).toMatch(
      /longer than 10/,
    );
  });
});
