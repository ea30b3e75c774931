import type { AsyncState } from './useAsync';
import { useAsync } from './useAsync';
import { fetchEvidence } from './fetchEvidence';

export interface DocxHtml {
  /** Untrusted: mammoth's HTML, to be sanitized before display. */
  readonly html: string;
  /** mammoth's conversion warnings (unsupported styles, missing images…). */
  readonly messages: readonly string[];
}

/** Fetches a .docx from `src` and converts it to HTML with mammoth (loaded on first use). */
export function useDocxHtml(src: string): AsyncState<DocxHtml> {
  return useAsync(src, async (signal) => {
    const { bytes } = await fetchEvidence(src, { signal });
    const { default: mammoth } = await import('mammoth/mammoth.browser');
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { arrayBuffer: arrayBuffer instanceof ArrayBuffer ? arrayBuffer : new ArrayBuffer(0) },
      // Images become data: URIs; nothing outside the file is read.
      { externalFileAccess: false },
    );
    return { html: result.value, messages: result.messages.map((m) => `${m.type}: ${m.message}`) };
  });
}
