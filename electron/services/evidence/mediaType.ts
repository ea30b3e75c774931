/**
 * Media types of stored evidence: sniffed from the bytes with file-type (the
 * extension a learner gave a file is a claim, the bytes are the fact), with
 * the caller's extension as a fallback for text formats file-type cannot
 * recognise, then `application/octet-stream`.
 */
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
  const { fileTypeFromFile } = await loadFileType();
  return choose((await fileTypeFromFile(path))?.mime, nameOrExtension);
}

/** The same from the first bytes of a stream (no second read of the file). */
export async function sniffMediaTypeOfBytes(
  head: Uint8Array,
  nameOrExtension?: string,
): Promise<string> {
  const { fileTypeFromBuffer } = await loadFileType();
  return choose((await fileTypeFromBuffer(head))?.mime, nameOrExtension);
}

function choose(sniffed: string | undefined, nameOrExtension: string | undefined): string {
  const claimed = mediaTypeFromExtension(nameOrExtension);
  // An SVG often starts with `<?xml`: the XML sniff is right but less precise.
  if (sniffed === 'application/xml' && claimed === 'image/svg+xml') return claimed;
  return sniffed ?? claimed ?? FALLBACK_MEDIA_TYPE;
}
