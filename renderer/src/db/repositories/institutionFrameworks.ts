/** The institution's values, strategic plan and digital learning strategy (Settings). */
import type { Id, InstitutionFramework } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';

export async function getInstitutionFramework(
  db: AppDB,
  id: Id,
): Promise<InstitutionFramework | undefined> {
  return db.institutionFrameworks.get(id);
}

/** Every framework, or those of one kind. */
export async function listInstitutionFrameworks(
  db: AppDB,
  kind?: InstitutionFramework['kind'],
): Promise<InstitutionFramework[]> {
  return kind === undefined
    ? db.institutionFrameworks.toArray()
    : db.institutionFrameworks.where('kind').equals(kind).toArray();
}

export async function putInstitutionFramework(
  db: AppDB,
  framework: InstitutionFramework,
): Promise<void> {
  await db.institutionFrameworks.put(framework);
}

export async function deleteInstitutionFramework(db: AppDB, id: Id): Promise<void> {
  await db.institutionFrameworks.delete(id);
}
