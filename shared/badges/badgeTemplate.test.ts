import { describe, expect, it } from 'vitest';
import { renderBadgeTemplate, wrapBadgeName } from './badgeTemplate';

describe('wrapBadgeName', () => {
  it('wraps on spaces and keeps at most three lines', () => {
    expect(wrapBadgeName('Statistical Analysis Software')).toEqual([
      'Statistical',
      'Analysis Software',
    ]);
    const long = wrapBadgeName(
      'One two three four five six seven eight nine ten eleven twelve thirteen',
    );
    expect(long).toHaveLength(3);
    expect(long[2]?.endsWith('…')).toBe(true);
  });
});

describe('renderBadgeTemplate', () => {
  it('escapes the code and name so they cannot become markup', () => {
    const svg = renderBadgeTemplate({ code: 'MC<1>', name: 'A & B "<script>"' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('MC&lt;1&gt;');
    expect(svg).toContain('A &amp; B');
  });
});
