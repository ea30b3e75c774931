import { describe, expect, it } from 'vitest';
import { normaliseExtracted, textKindOf } from './extractText';

describe('textKindOf', () => {
  it('reads text, Markdown, Word and PDF files; nothing else', () => {
    expect(textKindOf('text/plain', 'reflection.txt')).toBe('text');
    expect(textKindOf('text/markdown', 'reflection.md')).toBe('text');
    expect(
      textKindOf(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Reflection.docx',
      ),
    ).toBe('docx');
    expect(textKindOf('application/pdf', 'reflection.pdf')).toBe('pdf');
    expect(textKindOf('text/html', 'onlinetext.html')).toBeNull();
    expect(textKindOf('image/png', 'photo.png')).toBeNull();
    expect(textKindOf('video/webm', 'walk.webm')).toBeNull();
  });
});

describe('normaliseExtracted', () => {
  it('uses \\n line endings and drops trailing whitespace only', () => {
    expect(normaliseExtracted('  One\r\nTwo\rThree \n\n')).toBe('  One\nTwo\nThree');
  });
});
