import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { Id } from '../../../../shared/domain';
import type { AuditChainCheck } from '../../../../shared/domain/audit';
import { useDatabase } from '../../app/DatabaseContext';
import { checkStoredAuditChain, listAuditEvents } from '../../db/repositories/audit';
import { listIdentities } from '../../db/repositories/identities';
import type { AuditLine } from './model';
import { auditLine } from './model';

/** One submission's history from the audit log, oldest first; undefined while loading. */
export function useSubmissionHistory(submissionId: Id): readonly AuditLine[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [events, identities] = await Promise.all([
      listAuditEvents(db, { subjectId: submissionId }),
      listIdentities(db),
    ]);
    const names = new Map(identities.map((i) => [i.id, i.name]));
    return events.map((event) => auditLine(event, names));
  }, [db, submissionId]);
}

export interface AuditLog {
  /** How many events are stored; undefined while loading. */
  readonly count: number | undefined;
  readonly checking: boolean;
  /** The last check's result, or null before the first. */
  readonly check: AuditChainCheck | null;
  readonly runCheck: () => Promise<void>;
}

/** The whole log: its size, and a check of its chain on request. */
export function useAuditLog(): AuditLog {
  const { db } = useDatabase();
  const count = useLiveQuery(() => db.auditEvents.count(), [db]);
  const [checking, setChecking] = useState(false);
  const [check, setCheck] = useState<AuditChainCheck | null>(null);
  const runCheck = useCallback(async () => {
    setChecking(true);
    try {
      setCheck(await checkStoredAuditChain(db));
    } finally {
      setChecking(false);
    }
  }, [db]);
  return { count, checking, check, runCheck };
}
