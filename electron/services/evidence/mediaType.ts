/**
 * Media types of stored evidence: sniffed from the bytes with file-type (the
 * extension a learner gave a file is a claim, the bytes are the fact), with
 * the caller's extension as a fallback for text formats file-type cannot
 * recognise, then `application/octet-stream`.
 */
import { open } from 'node:fs/promises';
import type * as FileType from 'file-type';

type FileTypeModule = typeof FileType;

let fileTypeModule: Promise<FileTypeModule> | null = null;

/** file-type is ESM-only: load it once, lazily, so CommonJS bundles can still use this module. */
function loadFileType(): Promise<FileTypeModule> {
  fileTypeModule ??= import('file-type');
  return fileTypeModule;
}

const byExtension: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  csv: 'text/csv',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  rtf: 'application/rtf',
};

export const FALLBACK_MEDIA_TYPE = 'application/octet-stream';

/** The media type an extension ("md", ".md", "notes.MD") claims, if it is one Attest knows. */
export function mediaTypeFromExtension(nameOrExtension: string | undefined): string | undefined {
  if (nameOrExtension === undefined) return undefined;
  const dot = nameOrExtension.lastIndexOf('.');
  const extension = (dot === -1 ? nameOrExtension : nameOrExtension.slice(dot + 1)).toLowerCase();
  return Object.hasOwn(byExtension, extension) ? byExtension[extension] : undefined;
}

/** How many leading bytes `sniffMediaTypeOfBytes` wants (office formats need more than magic numbers). */
export const SNIFF_BYTES = 64 * 1024;

/** Sniffs a file's media type; `nameOrExtension` is only used when the bytes say nothing. */
export async function sniffMediaType(path: string, nameOrExtension?: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return await sniffMediaTypeOfBytes(head.subarray(0, bytesRead), nameOrExtension);
  } finally {
    await handle.close();
  }
}

/** The same from the first bytes of a stream (no second read of the file). */
export async function sniffMediaTypeOfBytes(
  head: Uint8Array,
  nameOrExtension?: string,
): Promise<string> {
  const { fileTypeFromBuffer } = await loadFileType();
  const sniffed = (await fileTypeFromBuffer(head))?.mime;
  // file-type knows binary formats; an SVG is text whose root element is <svg>.
  if ((sniffed === undefined || sniffed === 'application/xml') && looksLikeSvg(head))
    return 'image/svg+xml';
  return choose(sniffed, nameOrExtension);
}

/** UTF-8 text whose first element (after an XML declaration, comments or a DOCTYPE) is <svg. */
export function looksLikeSvg(head: Uint8Array): boolean {
  let text: string;
  try {
    // `stream: true`: a multi-byte character cut at byte 4096 is not an error.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, 4096), {
      stream: true,
    });
  } catch {
    return false;
  }
  return /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(
    text,
  );
}

function choose(sniffed: string | undefined, nameOrExtension: string | undefined): string {
  const claimed = mediaTypeFromExtension(nameOrExtension);
  // An SVG often starts with `<?xml`: the XML sniff is right but less precise.
  if (sniffed === 'application/xml' && claimed === 'image/svg+xml') return claimed;
  return sniffed ?? claimed ?? FALLBACK_MEDIA_TYPE;
}
