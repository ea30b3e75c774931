import { describe, expect, it } from 'vitest';
import { escapeHtml, markdownToHtml } from './markdownToHtml';

describe('markdownToHtml', () => {
  it('renders Markdown', () => {
    const html = markdownToHtml('# Reflection\n\nI *learned* to weld.\n\n- one\n- two');
    expect(html).toContain('<h1>Reflection</h1>');
    expect(html).toContain('<em>learned</em>');
    expect(html).toContain('<li>two</li>');
  });

  it('escapes raw HTML blocks and inline tags instead of passing them through', () => {
    const html = markdownToHtml(
      '<script>alert(1)</script>\n\nText <img src=x onerror="alert(2)"> and <b>bold</b>',
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
