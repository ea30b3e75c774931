import { useEffect } from 'react';
import { call } from '../../api/client';
import { useDatabase } from '../../app/DatabaseContext';
import type { AppDB } from '../../db/AppDB';
import { intakesWithRecords, referencedHashes } from '../../db/repositories/submissions';
import { recoveryActions } from './model';

/** Databases already recovered in this window (StrictMode runs effects twice). */
const recovered = new WeakSet<AppDB>();

/**
 * Once the database is open: finishes intakes a crash interrupted. What to do
 * with each is decided by `recoveryActions` (model.ts); this hook only looks
 * up the database and calls main.
 */
export function useIntakeRecovery(): void {
  const { db, readOnly } = useDatabase();
  useEffect(() => {
    if (readOnly || recovered.has(db)) return;
    recovered.add(db);
    // Fire-and-forget on purpose: failures are notified by the api client.
    void recoverIntakes(db);
  }, [db, readOnly]);
}

async function recoverIntakes(db: AppDB): Promise<void> {
  const pending = await call('pendingIntakes', {});
  if (!pending.ok || pending.value.length === 0) return;
  const [withRecords, referenced] = await Promise.all([
    intakesWithRecords(
      db,
      pending.value.map((p) => p.intakeId),
    ),
    referencedHashes(
      db,
      pending.value.flatMap((p) => p.created),
    ),
  ]);
  const actions = recoveryActions(pending.value, {
    intakesWithRecords: withRecords,
    referencedHashes: new Set(referenced),
  });
  for (const action of actions) {
    if (action.kind === 'commit') await call('commitIntake', { intakeId: action.intakeId });
    else await call('discardIntake', { intakeId: action.intakeId, keep: action.keep });
  }
}
