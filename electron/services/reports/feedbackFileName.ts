/**
 * File names for feedback documents, safe on Windows, macOS and Linux and as
 * zip entry names: no path separators, no characters Windows refuses, no
 * control or bidi characters (a name shown as `cod.exe` read backwards), no
 * reserved device names, no trailing dots or spaces, and a bounded length.
 * Pure: no I/O.
 */
import type { FeedbackInput } from './feedbackContent';

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

/** `<student number or anonymous code> - <name>.docx` (the name is "Learner" under blind marking). */
export function feedbackFileName(input: FeedbackInput): string {
  const learner = input.learner;
  const id =
    learner === null
      ? safeFileNamePart(input.anonymousCode ?? '', 'anonymous')
      : safeFileNamePart(learner.studentNumber, 'no-number');
  const name = learner === null ? 'Learner' : safeFileNamePart(learner.name, 'Learner');
  return `${id} - ${name}.docx`;
}

/**
 * One name per item, in order; a name already taken (compared without case,
 * as Windows and macOS do) gets " (2)", " (3)"… before the extension.
 */
export function uniqueFeedbackFileNames(items: readonly FeedbackInput[]): readonly string[] {
  const taken = new Set<string>();
  return items.map((item) => {
    const base = feedbackFileName(item).replace(/\.docx$/u, '');
    let name = `${base}.docx`;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n}).docx`;
    taken.add(name.toLowerCase());
    return name;
  });
}
