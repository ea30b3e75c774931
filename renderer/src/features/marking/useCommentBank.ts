import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { Id, SavedComment } from '../../../../shared/domain';
import { useDatabase } from '../../app/DatabaseContext';
import { addSavedComment, listSavedComments } from '../../db/repositories/savedComments';

export interface CommentBank {
  /** Saved comments per criterion id, oldest first. */
  readonly saved: ReadonlyMap<Id, readonly SavedComment[]>;
  /** Adds a comment to a criterion's bank (a no-op for a blank or known text). */
  readonly save: (criterionId: Id, text: string) => void;
}

const none: readonly SavedComment[] = [];

/** The comments assessors added to the banks of these criteria, live. */
export function useCommentBank(criterionIds: readonly Id[], authorId: Id | null): CommentBank {
  const { db, readOnly } = useDatabase();
  const key = criterionIds.join(' ');
  const rows = useLiveQuery(
    () => listSavedComments(db, key === '' ? [] : key.split(' ')),
    [db, key],
  );
  const saved = useMemo(() => {
    const byCriterion = new Map<Id, SavedComment[]>();
    for (const row of rows ?? none) {
      byCriterion.set(row.criterionId, [...(byCriterion.get(row.criterionId) ?? []), row]);
    }
    return byCriterion;
  }, [rows]);
  const save = useCallback(
    (criterionId: Id, text: string) => {
      if (readOnly || authorId === null) return;
      if (text.trim() === '') {
        notifications.show({ title: 'Nothing to add', message: 'Write a comment first.' });
        return;
      }
      addSavedComment(db, {
        id: crypto.randomUUID(),
        criterionId,
        text,
        authorId,
        createdAt: new Date().toISOString(),
      })
        .then((added) => {
          notifications.show({
            color: added ? 'teal' : 'gray',
            title: added ? 'Added to the comment bank' : 'Already in the comment bank',
            message: text.trim().slice(0, 80),
          });
        })
        .catch((error: unknown) => {
          notifications.show({
            color: 'red',
            title: 'Not added to the comment bank',
            message: error instanceof Error ? error.message : String(error),
          });
        });
    },
    [db, readOnly, authorId],
  );
  return { saved, save };
}
