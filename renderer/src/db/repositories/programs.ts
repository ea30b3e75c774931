/** Programs: the top of the set-up tree. */
import type { Id, Program } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';

export async function getProgram(db: AppDB, id: Id): Promise<Program | undefined> {
  return db.programs.get(id);
}

/** The program with this code (codes are expected unique; the first match wins). */
export async function getProgramByCode(db: AppDB, code: string): Promise<Program | undefined> {
  return db.programs.where('code').equals(code).first();
}

/** Programs by name; retired ones only when asked. */
export async function listPrograms(
  db: AppDB,
  options: { readonly includeRetired?: boolean } = {},
): Promise<Program[]> {
  const all = await db.programs.toArray();
  return all
    .filter((p) => options.includeRetired === true || p.retiredAt === null)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function putProgram(db: AppDB, program: Program): Promise<void> {
  await db.programs.put(program);
}
