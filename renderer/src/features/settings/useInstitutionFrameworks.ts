import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Id, InstitutionFramework } from '../../../../shared/domain';
import { useDatabase } from '../../app/DatabaseContext';
import {
  deleteInstitutionFramework,
  listInstitutionFrameworks,
  putInstitutionFramework,
} from '../../db/repositories/institutionFrameworks';

/** The institution's frameworks (values, strategic plan, digital learning strategy), live, with their edits. */
export function useInstitutionFrameworks() {
  const { db, readOnly } = useDatabase();
  const frameworks = useLiveQuery(async () => {
    const all = await listInstitutionFrameworks(db);
    return all.sort((a, b) => a.name.localeCompare(b.name));
  }, [db]);
  const actions = useMemo(
    () => ({
      save: (framework: InstitutionFramework) => putInstitutionFramework(db, framework),
      remove: (id: Id) => deleteInstitutionFramework(db, id),
      create: async (): Promise<Id> => {
        const id = crypto.randomUUID();
        await putInstitutionFramework(db, {
          id,
          kind: 'values',
          name: 'New framework',
          url: '',
          items: [],
        });
        return id;
      },
    }),
    [db],
  );
  return { frameworks, readOnly, ...actions };
}
