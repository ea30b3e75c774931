import { getFileNameLowLevel } from 'yauzl';

/**
 * Entry names, decoded and judged by Attest itself (SECURITY.md: parsers
 * return `../`, absolute and backslash names verbatim or rewrite them).
 * Pure: no I/O, so property tests can throw anything at it.
 */

/** General-purpose bit 11: the name (and comment) are UTF-8. */
export const UTF8_FLAG = 0x800;

export type EntryNameRefusal =
  | 'invalid-utf8'
  | 'control-characters'
  | 'backslash'
  | 'absolute-path'
  | 'outside-zip'
  | 'empty-name';

export type CheckedEntryName =
  | {
      readonly ok: true;
      readonly path: string;
      readonly isDirectory: boolean;
      readonly length: number;
    }
  | { readonly ok: false; readonly reason: EntryNameRefusal };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * C0, DEL and C1 controls, line/paragraph separators, and the bidi embeddings,
 * overrides and isolates used to disguise names (`cod.exe` shown as `exe.doc`).
 * Joiners (ZWJ/ZWNJ) stay allowed: real names in Persian and emoji use them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbiddenCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Decodes a raw central-directory name: UTF-8 (strict) when bit 11 is set, else CP437. */
export function decodeEntryName(raw: Uint8Array, flags: number): string | null {
  if ((flags & UTF8_FLAG) !== 0) {
    try {
      return strictUtf8.decode(raw);
    } catch {
      return null;
    }
  }
  // yauzl's own CP437 table; strict mode keeps backslashes as they are so we can refuse them.
  return getFileNameLowLevel(0, Buffer.from(raw), [], true);
}

/**
 * Judges a decoded name. Accepted paths are NFC, '/'-separated, relative,
 * with no empty, `.` or `..` segments; a trailing '/' marks a directory.
 */
export function checkEntryName(name: string): CheckedEntryName {
  if (forbiddenCharacters.test(name)) return { ok: false, reason: 'control-characters' };
  // `/abs`, `\\server\share`, `C:x`, `C:\x`: absolute (or drive-relative) on some system.
  if (/^[/\\]|^[a-zA-Z]:/.test(name)) return { ok: false, reason: 'absolute-path' };
  if (name.includes('\\')) return { ok: false, reason: 'backslash' };
  const segments = name.split('/');
  if (segments.includes('..')) return { ok: false, reason: 'outside-zip' };
  const isDirectory = name.endsWith('/');
  const kept = segments.filter((segment) => segment !== '' && segment !== '.');
  if (kept.length === 0) {
    return isDirectory && name.length > 0
      ? { ok: true, path: '', isDirectory: true, length: name.length }
      : { ok: false, reason: 'empty-name' };
  }
  const path = kept.join('/').normalize('NFC');
  // `./C:x` or `.//C:` is `C:x` once the empty and `.` segments go: drive-relative on Windows.
  if (/^[a-zA-Z]:/.test(path)) return { ok: false, reason: 'absolute-path' };
  return { ok: true, path, isDirectory, length: name.length };
}

/** Decode then judge, in one step. */
export function readEntryName(raw: Uint8Array, flags: number): CheckedEntryName {
  const decoded = decodeEntryName(raw, flags);
  return decoded === null ? { ok: false, reason: 'invalid-utf8' } : checkEntryName(decoded);
}

/** A name safe to put in a message: lossy decoding, controls escaped, long names shortened. */
export function displayEntryName(raw: Uint8Array, flags: number): string {
  const text =
    (flags & UTF8_FLAG) !== 0 ? lenientUtf8.decode(raw) : (decodeEntryName(raw, flags) ?? '');
  const escaped = Array.from(text, (char) =>
    forbiddenCharacters.test(char) || char === '"'
      ? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`
      : char,
  ).join('');
  return escaped.length > 160 ? `${escaped.slice(0, 150)}…${escaped.slice(-9)}` : escaped;
}

/** Key for "the same name": NFC and case-insensitive (Windows and macOS would collide). */
export function duplicateKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}
