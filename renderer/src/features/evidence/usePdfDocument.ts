import type { PDFDocumentProxy, TextLayer } from 'pdfjs-dist';
import { fetchEvidence } from './fetchEvidence';
import type { AsyncState } from './useAsync';
import { useAsync } from './useAsync';

export interface PdfModule {
  readonly TextLayer: typeof TextLayer;
}

export interface OpenPdf {
  readonly doc: PDFDocumentProxy;
  readonly pdfjs: PdfModule;
}

/**
 * Fetches the PDF from `src` and opens it with pdf.js (loaded on first use).
 * The document is destroyed (its worker copy freed) when `src` changes or the
 * viewer unmounts: both abort the run that opened it.
 */
export function usePdfDocument(src: string): AsyncState<OpenPdf> {
  return useAsync(src, async (signal) => {
    const { bytes } = await fetchEvidence(src, { signal });
    const pdfjs = await import('./pdfjs');
    const task = pdfjs.openPdf(bytes);
    // Fire and forget: destroy() settles once the worker has let go.
    signal.addEventListener('abort', () => void task.destroy(), { once: true });
    return { doc: await task.promise, pdfjs };
  });
}
