/**
 * File names safe on Windows, macOS and Linux and as zip entry names: no path
 * separators, no characters Windows refuses, no control or bidi characters (a
 * name shown as `cod.exe` read backwards), no reserved device names, no
 * trailing dots or spaces, and a bounded length. Pure: no I/O.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const windowsRefused = /[<>:"/\\|?*]/g;
/** CON, PRN, AUX, NUL, COM0–9 and LPT0–9 (with the superscript digits Windows also reserves), any extension. */
const reservedDevice = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;
const maxPartLength = 80;

function truncate(value: string, max: number): string {
  const codePoints = Array.from(value);
  return codePoints.length <= max ? value : codePoints.slice(0, max).join('');
}

/** One part of a file name (a student number, a name), made safe; `fallback` when nothing is left. */
export function safeFileNamePart(value: string, fallback: string): string {
  const cleaned = truncate(
    value
      .normalize('NFC')
      .replace(/\s+/gu, ' ')
      .replace(unsafe, '')
      .replace(windowsRefused, '_')
      .trim(),
    maxPartLength,
  )
    .replace(/^[.\s]+|[.\s]+$/gu, '')
    .trim();
  if (cleaned === '') return fallback;
  return reservedDevice.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** A whole file name made safe, its extension (up to 10 characters) kept whatever the length. */
export function safeFileName(name: string, fallback: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 11 ? name.slice(dot + 1) : '';
  const stem = extension === '' ? name : name.slice(0, dot);
  const safeExtension = extension === '' ? '' : safeFileNamePart(extension, '');
  const safeStem = safeFileNamePart(stem, fallback);
  return safeExtension === '' ? safeStem : `${safeStem}.${safeExtension}`;
}
