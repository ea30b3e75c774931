/**
 * The Content-Security-Policy sent with every renderer response (see
 * rendererFiles.ts). No `electron` import: the Chromium test harness serves
 * the same header on `http://app.localhost`.
 *
 * `'self'` is the origin the page was loaded from, so the one policy works on
 * `attest://app` (a standard, secure scheme) and on `http://app.localhost`.
 */

/**
 * Evidence previews come from the `attest-evidence:` protocol in Electron
 * (DESIGN.md §3); in the harness evidence is served under `'self'`
 * (`/evidence/…`). The viewer (renderer/src/features/evidence) loads it as
 * images, as audio/video and with `fetch` (PDF, text, DOCX, HTML bytes).
 */
export const evidenceSource = 'attest-evidence:';

export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // 'unsafe-inline' for styles only: Mantine injects <style> tags at run time
  // (MantineProvider's CSS variables) and writes style attributes for style
  // props. Scripts stay 'self' only; inline styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', evidenceSource],
  'font-src': ["'self'"],
  'connect-src': ["'self'", evidenceSource],
  'media-src': ["'self'", 'blob:', evidenceSource],
  // pdf.js renders in a module worker bundled by Vite (same origin). No blob:
  // workers, and no 'wasm-unsafe-eval': the viewer runs pdf.js with
  // `useWasm: false` (JS fallbacks for JBIG2/CCITT; JPEG 2000 images and ICC
  // colour profiles are not decoded) and `isEvalSupported: false`.
  'worker-src': ["'self'"],
  // Opened for sandboxed evidence viewers later; nothing is framed yet.
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export const contentSecurityPolicy = Object.entries(cspDirectives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
