/**
 * The hash-chained audit log (shared/domain/audit.ts). `recordAudit` seals and
 * appends inside the transaction that makes the change it records, so a
 * change and its event are written together or not at all. SHA-256 is
 * @noble/hashes': synchronous, so it runs inside the IndexedDB transaction
 * (SubtleCrypto's promise would let the transaction commit first).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditEvent, Id } from '../../../../shared/domain';
import type { AuditChainCheck, AuditEntry } from '../../../../shared/domain/audit';
import { checkAuditChain, sealAuditEntries } from '../../../../shared/domain/audit';
import type { AppDB } from '../AppDB';

export function sha256Text(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * Seals `entries` after the last stored event and adds them. Call it inside
 * the transaction that makes the change (its table list must include
 * `db.auditEvents`); alone, it runs in its own.
 */
export async function recordAudit(db: AppDB, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.transaction('rw', db.auditEvents, async () => {
    const last = await getLastAuditEvent(db);
    // add, never put: an existing seq is never overwritten.
    await db.auditEvents.bulkAdd(sealAuditEntries(last, entries, sha256Text));
  });
}

/** Reads the whole log and checks its chain (Settings shows the result). */
export async function checkStoredAuditChain(db: AppDB): Promise<AuditChainCheck> {
  const events = await db.auditEvents.orderBy('seq').toArray();
  return checkAuditChain(events, sha256Text);
}

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
 * Appends already sealed events (an extract from elsewhere) in ONE transaction. Each must carry the next seq and the
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
