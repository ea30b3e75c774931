import { useEffect } from 'react';
import { call } from '../../api/client';
import { useDatabase } from '../../app/DatabaseContext';
import type { AppDB } from '../../db/AppDB';
import { countSubmissionsOfIntake, referencedHashes } from '../../db/repositories/submissions';

/** Databases already recovered in this window (StrictMode runs effects twice). */
const recovered = new WeakSet<AppDB>();

/**
 * Once the database is open: finishes intakes a crash interrupted. An intake
 * whose records were written is committed; one without records is discarded,
 * keeping files that some submission references.
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
  if (!pending.ok) return;
  for (const intake of pending.value) {
    if ((await countSubmissionsOfIntake(db, intake.intakeId)) > 0) {
      await call('commitIntake', { intakeId: intake.intakeId });
    } else {
      const keep = await referencedHashes(db, intake.created);
      await call('discardIntake', { intakeId: intake.intakeId, keep });
    }
  }
}
