/**
 * Comments assessors add to a criterion's comment bank while marking (the
 * published rubric's own bank is frozen). Saving a text the criterion already
 * has is a no-op, so pressing "Add to bank" twice never duplicates it.
 */
import type { Id, IsoInstant, SavedComment } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';

/** The saved comments of the given criteria, oldest first. */
export async function listSavedComments(
  db: AppDB,
  criterionIds: readonly Id[],
): Promise<SavedComment[]> {
  if (criterionIds.length === 0) return [];
  const rows = await db.savedComments.where('criterionId').anyOf(criterionIds).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export interface NewSavedComment {
  readonly id: Id;
  readonly criterionId: Id;
  readonly text: string;
  readonly authorId: Id;
  readonly createdAt: IsoInstant;
}

/**
 * Saves a comment for a criterion; answers false (and writes nothing) when the
 * text is blank or the criterion already has it (compared after trimming).
 */
export async function addSavedComment(db: AppDB, comment: NewSavedComment): Promise<boolean> {
  const text = comment.text.trim();
  if (text === '') return false;
  return db.transaction('rw', db.savedComments, async () => {
    const existing = await db.savedComments
      .where('criterionId')
      .equals(comment.criterionId)
      .filter((c) => c.text === text)
      .count();
    if (existing > 0) return false;
    await db.savedComments.add({ ...comment, text });
    return true;
  });
}

export async function removeSavedComment(db: AppDB, id: Id): Promise<void> {
  await db.savedComments.delete(id);
}
