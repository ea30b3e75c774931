/**
 * Feedback saved where the user chooses: one learner's .docx, or a cohort's
 * zip of them (feedbackBundle.ts). The caller passes the save dialog as
 * `choosePath`, so this needs no `electron`. A single document is built before
 * the dialog opens, so input the builder refuses never gets that far; a
 * cancelled dialog writes nothing.
 */
import { basename } from 'node:path';
import type { FeedbackInput, SaveOutcome } from '../../../shared/ipc/contract';
import type { DialogSpec } from '../dialogs/dialogIntents';
import { writeFileAtomic } from '../fs/writeFileAtomic';
import type { CohortFeedbackOptions } from './feedbackBundle';
import { writeCohortFeedbackZip } from './feedbackBundle';
import { buildFeedbackDocx } from './feedbackDocument';
import { safeFileNamePart } from '../files/safeFileName';
import { feedbackFileName } from './feedbackFileName';

/** Asks where to save, suggesting a name; null when the person cancels. */
export type ChoosePath = (suggestedName: string) => Promise<string | null>;

/** The save dialog for a cohort's zip (one learner's .docx uses the `feedback-docx` intent). */
export const cohortFeedbackDialog: DialogSpec = {
  title: 'Save feedback for every finalised submission',
  filters: [{ name: 'Zip of Word documents', extensions: ['zip'] }],
};

/** `Feedback - <achievement code>.zip`, safe on every platform. */
export function cohortFeedbackZipName(items: readonly FeedbackInput[]): string {
  const code = safeFileNamePart(items[0]?.achievement.humanCode ?? '', 'cohort');
  return `Feedback - ${code}.zip`;
}

/** Builds one learner's document, asks where to save it, then writes it atomically. */
export async function saveFeedbackDocx(
  input: FeedbackInput,
  choosePath: ChoosePath,
): Promise<SaveOutcome> {
  const bytes = await buildFeedbackDocx(input);
  const path = await choosePath(feedbackFileName(input));
  if (path === null) return { saved: false };
  await writeFileAtomic(path, bytes);
  return { saved: true, fileName: basename(path) };
}

/**
 * Writes a cohort's zip to a path already chosen. Cancelling (`signal`)
 * leaves no file: the zip is built beside the target and renamed at the end.
 */
export async function saveCohortFeedbackZip(
  items: readonly FeedbackInput[],
  path: string,
  options: CohortFeedbackOptions,
): Promise<SaveOutcome> {
  await writeCohortFeedbackZip(items, path, options);
  return { saved: true, fileName: basename(path) };
}
