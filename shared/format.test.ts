import { describe, expect, it } from 'vitest';
import { formatBytes, formatRate, plural } from './format';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [5 * 1024 ** 2, '5.0 MiB'],
    [3 * 1024 ** 3, '3.0 GiB'],
    [2 * 1024 ** 5, '2048.0 TiB'],
    [-1, '—'],
    [Number.NaN, '—'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('plural', () => {
  it('chooses the form by count', () => {
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(1200, 'entry', 'entries')).toBe('1,200 entries');
  });
});

describe('formatRate', () => {
  it('gives bytes per second once a second has passed', () => {
    expect(formatRate(0, 5000)).toBeNull();
    expect(formatRate(10 * 1024 * 1024, 999)).toBeNull();
    expect(formatRate(10 * 1024 * 1024, 2000)).toBe('5.0 MiB/s');
    expect(formatRate(1500, 1000)).toBe('1.5 KiB/s');
  });
});
