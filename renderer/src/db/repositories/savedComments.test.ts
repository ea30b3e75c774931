import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openTestDB } from '../testing/testDB';
import { addSavedComment, listSavedComments, removeSavedComment } from './savedComments';

const comment = (id: string, criterionId: string, text: string, createdAt: string) => ({
  id,
  criterionId,
  text,
  authorId: 'ana',
  createdAt,
});

describe('saved comments', () => {
  it('saves trimmed comments per criterion, oldest first, without duplicates', async () => {
    const db = await openTestDB();
    expect(await addSavedComment(db, comment('b', 'c1', '  Cite the source. ', '2026-01-02'))).toBe(
      true,
    );
    expect(await addSavedComment(db, comment('a', 'c1', 'Label the axes.', '2026-01-01'))).toBe(
      true,
    );
    expect(await addSavedComment(db, comment('c', 'c1', 'Cite the source.', '2026-01-03'))).toBe(
      false,
    );
    expect(await addSavedComment(db, comment('d', 'c1', '   ', '2026-01-03'))).toBe(false);
    expect(await addSavedComment(db, comment('e', 'c2', 'Cite the source.', '2026-01-04'))).toBe(
      true,
    );
    const c1 = await listSavedComments(db, ['c1']);
    expect(c1.map((c) => c.text)).toEqual(['Label the axes.', 'Cite the source.']);
    expect((await listSavedComments(db, ['c1', 'c2'])).length).toBe(3);
    expect(await listSavedComments(db, [])).toEqual([]);
    await removeSavedComment(db, 'a');
    expect((await listSavedComments(db, ['c1'])).map((c) => c.id)).toEqual(['b']);
    db.close();
  });
});
