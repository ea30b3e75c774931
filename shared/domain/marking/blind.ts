/**
 * Blind marking (issue 5 §5): while an achievement is marked blind, the
 * assessor sees a candidate label instead of the learner's name and student
 * number, and evidence files by their position and type instead of their name
 * (LMS exports put learners' names in file names).
 *
 * Decisions:
 * - The label comes from the submission id (random UUIDs), so it is stable for
 *   one submission, says nothing about the learner, and differs between a
 *   learner's attempts (an attempt 2 does not reveal who attempt 1 was).
 * - Six characters: collisions within one queue are possible but harmless (the
 *   label only names a row; nothing is looked up by it).
 */
import type { EvidenceItem } from '../entities';
import type { Id } from '../ids';

export function blindLabel(submissionId: Id): string {
  const code = submissionId
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 6)
    .toUpperCase();
  return `Candidate ${code === '' ? '——' : code}`;
}

/** What a learner is called on a marking screen. */
export function learnerLabel(
  blind: boolean,
  submissionId: Id,
  learner: { readonly name: string } | undefined,
): string {
  if (blind) return blindLabel(submissionId);
  return learner?.name ?? 'Unknown learner';
}

/** The extension of a file name, lower case, without the dot ('' when none). */
function extensionOf(fileName: string): string {
  const match = /\.([0-9a-z]{1,8})$/i.exec(fileName);
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * The name an evidence file is shown by: its own, or under blind marking its
 * role, position and extension ("Demonstration file 2.pdf").
 */
export function evidenceLabel(blind: boolean, item: EvidenceItem, index: number): string {
  if (!blind) return item.fileName;
  const role = {
    demonstration: 'Demonstration',
    reflection: 'Reflection',
    attestation: 'Attestation',
  }[item.role];
  const ext = extensionOf(item.fileName);
  // "file 2.pdf": the extension stays a real extension, so viewers still recognise it.
  return `${role} file ${String(index + 1)}${ext === '' ? '' : `.${ext}`}`;
}
