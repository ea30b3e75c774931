import fc from 'fast-check';
import { expect } from 'vitest';

/** Pieces that make the interesting cases likely: traversal, drives, controls, bidi, NFD. */
export const namePiece = fc.constantFrom(
  '..',
  '.',
  '/',
  '//',
  '\\',
  'C:',
  'c:\\',
  'a',
  'Report.pdf',
  'José',
  'Jose\u0301',
  '\u0000',
  '\n',
  '\u007f',
  '\u0085',
  '\u202e',
  '\u2028',
  ' ',
  '__MACOSX',
  '日本',
  '😀',
);

export const nameArbitrary = fc.oneof(
  fc.array(namePiece, { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

// eslint-disable-next-line no-control-regex -- asserting their absence
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** What every accepted path must be. */
export function expectSafePath(path: string): void {
  expect(path.startsWith('/')).toBe(false);
  expect(/^[a-zA-Z]:/.test(path)).toBe(false);
  expect(path.includes('\\')).toBe(false);
  expect(controls.test(path)).toBe(false);
  expect(path.normalize('NFC')).toBe(path);
  for (const segment of path.split('/')) {
    expect(['', '.', '..']).not.toContain(segment);
  }
}
