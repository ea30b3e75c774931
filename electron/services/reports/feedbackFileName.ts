/** File names for feedback documents (each part made safe by `safeFileNamePart`). Pure: no I/O. */
import { safeFileNamePart } from '../files/safeFileName';
import type { FeedbackInput } from './feedbackContent';

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
