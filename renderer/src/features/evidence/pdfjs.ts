/**
 * pdf.js set up for untrusted PDFs under the app's CSP: the worker is a
 * same-origin module bundled by Vite (`worker-src 'self'`), no eval
 * (`isEvalSupported: false`), no WebAssembly (`useWasm: false`: JBIG2 and
 * CCITT images use pdf.js's JS decoders; JPEG 2000 images and ICC colour
 * profiles are skipped rather than open 'wasm-unsafe-eval'), no scripting,
 * no XFA, and nothing fetched: the bytes are passed in, embedded fonts load
 * from memory (FontFace from an ArrayBuffer) and missing standard fonts use
 * the system's fonts (`useSystemFonts`, no `standardFontDataUrl`).
 */
import { getDocument, GlobalWorkerOptions, TextLayer, VerbosityLevel } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export { TextLayer };

export function openPdf(data: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({
    data,
    isEvalSupported: false,
    useWasm: false,
    disableFontFace: false,
    useSystemFonts: true,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    verbosity: VerbosityLevel.ERRORS,
  });
}
