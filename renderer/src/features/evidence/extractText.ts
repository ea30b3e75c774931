/**
 * The plain text of an evidence file, for tagging a reflection submitted as a
 * file: text and Markdown as written, Word documents through mammoth's raw
 * text, PDFs page by page through pdf.js (pages separated by a blank line).
 * Other kinds (HTML, images, media) have no text to tag.
 */
import { decodeText } from './decodeText';
import { fetchEvidence } from './fetchEvidence';
import { viewerKind } from './viewerKind';

export type TextKind = 'text' | 'docx' | 'pdf';

/** Reflection texts are prose: more than this many bytes is not a reflection to tag. */
export const MAX_TEXT_SOURCE_BYTES = 20 * 1024 * 1024;

/** How the text of a file is read, or null when it has none to tag. */
export function textKindOf(mediaType: string, fileName: string): TextKind | null {
  switch (viewerKind(mediaType, fileName)) {
    case 'text':
    case 'markdown':
      return 'text';
    case 'docx':
      return 'docx';
    case 'pdf':
      return 'pdf';
    case 'html': // untrusted markup: read in the viewer, not tagged
    case 'svg':
    case 'image':
    case 'audio':
    case 'video':
    case 'other':
      return null;
  }
}

/** Line endings as \n and no trailing whitespace at the end: the text tags count in. */
export function normaliseExtracted(text: string): string {
  return text.replace(/\r\n?/g, '\n').trimEnd();
}

export async function extractEvidenceText(
  src: string,
  kind: TextKind,
  signal?: AbortSignal,
): Promise<string> {
  const { bytes } = await fetchEvidence(src, {
    ...(signal === undefined ? {} : { signal }),
    maxBytes: MAX_TEXT_SOURCE_BYTES,
  });
  switch (kind) {
    case 'text':
      return normaliseExtracted(decodeText(bytes));
    case 'docx': {
      const { default: mammoth } = await import('mammoth/mammoth.browser');
      const copy = bytes.slice().buffer;
      const result = await mammoth.extractRawText({ arrayBuffer: copy });
      return normaliseExtracted(result.value);
    }
    case 'pdf': {
      const { openPdf } = await import('./pdfjs');
      const doc = await openPdf(bytes.slice()).promise;
      try {
        const pages: string[] = [];
        for (let number = 1; number <= doc.numPages; number += 1) {
          if (signal?.aborted === true) throw new DOMException('Aborted', 'AbortError');
          const content = await (await doc.getPage(number)).getTextContent();
          pages.push(
            content.items
              .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
              .join(''),
          );
        }
        return normaliseExtracted(pages.map((p) => p.trimEnd()).join('\n\n'));
      } finally {
        await doc.destroy();
      }
    }
  }
}
