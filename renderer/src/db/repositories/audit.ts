/**
 * The hash-chained audit log. Hashes are computed by the caller (SubtleCrypto
 * is asynchronous and must not run inside an IndexedDB transaction); this
 * module only appends, and refuses an event that does not extend the chain.
 */
import type { AuditEvent, Id } from '../../../../shared/domain';
import type { AppDB } from '../AppDB';

/** An event that does not continue the stored chain. Nothing was written. */
export class AuditChainError extends Error {
  override readonly name = 'AuditChainError';
}

export async function getLastAuditEvent(db: AppDB): Promise<AuditEvent | undefined> {
  return db.auditEvents.orderBy('seq').last();
}

export interface AuditQuery {
  readonly subjectId?: Id;
  readonly actorId?: Id;
  /** Only events with a greater seq (for an extract since the last export). */
  readonly afterSeq?: number;
}

/** Events in seq order. */
export async function listAuditEvents(db: AppDB, query: AuditQuery = {}): Promise<AuditEvent[]> {
  const { subjectId, actorId, afterSeq } = query;
  const narrowed =
    subjectId !== undefined
      ? db.auditEvents.where('subjectId').equals(subjectId)
      : actorId !== undefined
        ? db.auditEvents.where('actorId').equals(actorId)
        : afterSeq !== undefined
          ? db.auditEvents.where('seq').above(afterSeq)
          : db.auditEvents.toCollection();
  const events = await narrowed
    .and(
      (e) =>
        (subjectId === undefined || e.subjectId === subjectId) &&
        (actorId === undefined || e.actorId === actorId) &&
        (afterSeq === undefined || e.seq > afterSeq),
    )
    .toArray();
  return events.sort((a, b) => a.seq - b.seq);
}

/**
 * Appends events in ONE transaction. Each must carry the next seq and the
 * previous event's hash as `prevHash`; the first event of an empty log is
 * taken as the genesis the audit module made. Otherwise nothing is written.
 */
export async function appendAuditEvents(db: AppDB, events: readonly AuditEvent[]): Promise<void> {
  await db.transaction('rw', db.auditEvents, async () => {
    let previous = await getLastAuditEvent(db);
    for (const event of events) {
      if (previous !== undefined && event.seq !== previous.seq + 1) {
        throw new AuditChainError(`Audit event ${event.seq} does not follow ${previous.seq}`);
      }
      if (previous !== undefined && event.prevHash !== previous.hash) {
        throw new AuditChainError(`Audit event ${event.seq} does not chain to ${previous.seq}`);
      }
      previous = event;
    }
    // add, never put: an existing seq is never overwritten.
    await db.auditEvents.bulkAdd(events);
  });
}
