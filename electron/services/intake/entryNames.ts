import type { IntakeLimits } from './IntakeSource';

/** Why an entry was left out of an intake: shown to the person importing. */
export interface IntakeRejection {
  /** The entry's path as best it can be shown (unprintable characters replaced by U+FFFD). */
  readonly path: string;
  readonly reason: string;
}

/** C0, DEL and C1 controls. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Bidirectional marks, overrides and isolates ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf"). */
function isBidi(code: number): boolean {
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** UTF-16 code units: every character checked here is a single unit, and surrogates pass. */
function codes(text: string): number[] {
  const units: number[] = [];
  for (let index = 0; index < text.length; index += 1) units.push(text.charCodeAt(index));
  return units;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes a file name's bytes; null if they are not valid UTF-8. */
export function decodeName(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** A name that is safe to put in a message or a list, whatever it contains. */
export function showableName(name: string | Uint8Array): string {
  const text = typeof name === 'string' ? name : lossyUtf8.decode(name);
  return codes(text)
    .map((code, index) => (isControl(code) || isBidi(code) ? '\ufffd' : text.charAt(index)))
    .join('');
}

/** Why one path segment (a file or folder name) cannot be imported, or null if it can. */
export function nameProblem(name: string): string | null {
  if (name.length === 0 || name === '.' || name === '..') return 'the name is empty or a dot name';
  if (codes(name).some(isControl)) return 'the name contains control characters';
  if (codes(name).some(isBidi)) return 'the name contains invisible text-direction characters';
  if (name.includes('/') || name.includes('\\')) return 'the name contains a slash or backslash';
  return null;
}

/** Why a whole relative path cannot be imported (length; every segment checked), or null. */
export function pathProblem(path: string, limits: IntakeLimits): string | null {
  if (path.length > limits.maxPathLength) {
    return `the path is longer than ${limits.maxPathLength} characters`;
  }
  for (const segment of path.split('/')) {
    const problem = nameProblem(segment);
    if (problem !== null) return problem;
  }
  return null;
}
