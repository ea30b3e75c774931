import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { makeInstitutionFramework, makeProgram } from '../testing/factories';
import { openTestDB } from '../testing/testDB';
import { getProgram, getProgramByCode, listPrograms, putProgram } from './programs';
import {
  deleteInstitutionFramework,
  getInstitutionFramework,
  listInstitutionFrameworks,
  putInstitutionFramework,
} from './institutionFrameworks';

describe('programs repository', () => {
  it('puts, gets, and finds by code', async () => {
    const db = await openTestDB();
    const p = makeProgram({ code: 'ADA' });
    await putProgram(db, p);
    expect(await getProgram(db, p.id)).toEqual(p);
    expect(await getProgramByCode(db, 'ADA')).toEqual(p);
    expect(await getProgramByCode(db, 'NOPE')).toBeUndefined();
    db.close();
  });

  it('lists by name, hiding retired programs unless asked', async () => {
    const db = await openTestDB();
    const b = makeProgram({ name: 'Business' });
    const a = makeProgram({ name: 'Analytics' });
    const old = makeProgram({ name: 'Archived', retiredAt: '2024-06-30T00:00:00.000Z' });
    for (const p of [b, a, old]) await putProgram(db, p);
    expect((await listPrograms(db)).map((p) => p.name)).toEqual(['Analytics', 'Business']);
    expect((await listPrograms(db, { includeRetired: true })).map((p) => p.name)).toEqual([
      'Analytics',
      'Archived',
      'Business',
    ]);
    db.close();
  });
});

describe('institution frameworks repository', () => {
  it('puts, gets, lists by kind and deletes', async () => {
    const db = await openTestDB();
    const values = makeInstitutionFramework({ kind: 'values' });
    const plan = makeInstitutionFramework({ kind: 'strategic-plan', name: 'Vision 2030' });
    await putInstitutionFramework(db, values);
    await putInstitutionFramework(db, plan);
    expect(await getInstitutionFramework(db, plan.id)).toEqual(plan);
    expect(await listInstitutionFrameworks(db)).toHaveLength(2);
    expect(await listInstitutionFrameworks(db, 'strategic-plan')).toEqual([plan]);
    await deleteInstitutionFramework(db, values.id);
    expect(await listInstitutionFrameworks(db)).toEqual([plan]);
    db.close();
  });
});
