/**
 * Which viewer shows a piece of evidence. The media type main sniffed from
 * the bytes decides; the file name (a learner's claim) only refines a
 * text-like type (`text/plain` named `.md` is Markdown). Anything the app
 * cannot show safely and natively is 'other'.
 */
export type ViewerKind =
  'pdf' | 'image' | 'svg' | 'audio' | 'video' | 'text' | 'markdown' | 'docx' | 'html' | 'other';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Raster formats Chromium decodes in an <img>. TIFF, HEIC and the like are 'other'. */
const images = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/x-icon',
  'image/vnd.microsoft.icon',
]);

/** Containers Chromium plays natively (codecs permitting: a failed decode shows an error). */
const videos = new Set(['video/mp4', 'video/webm', 'video/ogg']);

const audios = new Set([
  'audio/mpeg',
  'audio/mp4',
  'audio/aac',
  'audio/ogg',
  'audio/opus',
  'audio/webm',
  'audio/wav',
  'audio/wave',
  'audio/x-wav',
  'audio/vnd.wave',
  'audio/flac',
  'audio/x-flac',
]);

const plainText = new Set([
  'text/plain',
  'text/csv',
  'application/json',
  'application/xml',
  'text/xml',
]);

const markdownExtensions = new Set(['md', 'markdown']);

/** "Text/Plain; charset=utf-8" → "text/plain". */
export function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** "Notes.MD" → "md"; "" when the name has no extension. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export function viewerKind(mediaType: string, fileName: string): ViewerKind {
  const type = essence(mediaType);
  if (type === 'application/pdf') return 'pdf';
  if (type === 'image/svg+xml') return 'svg';
  if (images.has(type)) return 'image';
  if (videos.has(type)) return 'video';
  if (audios.has(type)) return 'audio';
  if (type === DOCX) return 'docx';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain' && markdownExtensions.has(extensionOf(fileName))) return 'markdown';
  if (plainText.has(type)) return 'text';
  return 'other';
}
