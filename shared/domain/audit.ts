/**
 * The audit log (DESIGN.md §2): who moved a submission through the workflow,
 * when, and from where to where, as a hash chain. Each event's `hash` is
 * SHA-256 over the JCS (RFC 8785) form of the event without its hash, and its
 * `prevHash` is the previous event's hash (64 zeros before the first), so an
 * extract can be re-checked by anyone with a JCS library and SHA-256.
 *
 * The hash function is passed in: shared/ runs in every process (a synchronous
 * one in the renderer, so sealing fits inside the IndexedDB transaction that
 * makes the change; node:crypto in main and the CLI).
 *
 * Removing the newest events leaves a shorter chain that still checks: an
 * exported extract is to be signed with its last hash, which pins the end.
 *
 * Imported as shared/domain/audit, not through the shared/domain barrel:
 * canonicalize is ESM-only, and what main and the CLI load from the barrel
 * must not need it.
 */
import canonicalize from 'canonicalize';
import type { AuditEvent, Decision } from './entities';
import type { Id, IsoInstant, Sha256Hex } from './ids';
import type { SubmissionStatus, WorkflowAction } from './workflow';

export const auditGenesisHash: Sha256Hex = '0'.repeat(64);

/** SHA-256 of a string's UTF-8 bytes, as lowercase hex. */
export type Sha256OfText = (text: string) => Sha256Hex;

/** An event before it is sealed into the chain (seq and hashes are the log's). */
export type AuditEntry = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash'>;

/** The text an event's hash covers: JCS of every field but the hash. */
export function auditPreimage(event: Omit<AuditEvent, 'hash'>): string {
  const { seq, at, actorId, action, subjectId, detail, prevHash } = event;
  const text = canonicalize({ seq, at, actorId, action, subjectId, detail, prevHash });
  if (text === undefined) throw new Error(`Audit event ${seq} cannot be canonicalized`);
  return text;
}

/** Gives `entries` the next seqs and hashes after `previous` (the stored last event). */
export function sealAuditEntries(
  previous: AuditEvent | undefined,
  entries: readonly AuditEntry[],
  sha256: Sha256OfText,
): AuditEvent[] {
  let seq = previous?.seq ?? 0;
  let prevHash = previous?.hash ?? auditGenesisHash;
  return entries.map((entry) => {
    seq += 1;
    const unsealed = { ...entry, seq, prevHash };
    const event: AuditEvent = { ...unsealed, hash: sha256(auditPreimage(unsealed)) };
    prevHash = event.hash;
    return event;
  });
}

export type AuditChainCheck =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly count: number; readonly seq: number; readonly problem: string };

/**
 * Checks a whole log, in seq order from the first event: consecutive seqs from
 * 1, each event chained to the one before, each hash matching its content.
 * The first break is reported (a change, a removal or an insertion).
 */
export function checkAuditChain(
  events: readonly AuditEvent[],
  sha256: Sha256OfText,
): AuditChainCheck {
  let expectedSeq = 1;
  let prevHash = auditGenesisHash;
  for (const event of events) {
    const broken = (problem: string): AuditChainCheck => ({
      ok: false,
      count: events.length,
      seq: event.seq,
      problem,
    });
    if (event.seq !== expectedSeq) {
      return broken(`event ${event.seq} is where event ${expectedSeq} should be`);
    }
    if (event.prevHash !== prevHash) {
      return broken(`event ${event.seq} does not follow event ${event.seq - 1}`);
    }
    const { hash, ...unsealed } = event;
    if (sha256(auditPreimage(unsealed)) !== hash) {
      return broken(`event ${event.seq} was changed after it was written`);
    }
    prevHash = hash;
    expectedSeq += 1;
  }
  return { ok: true, count: events.length };
}

/** What a workflow transition of one submission records. */
export interface TransitionAudit {
  readonly action: WorkflowAction;
  readonly submissionId: Id;
  readonly actorId: Id;
  readonly at: IsoInstant;
  readonly from: SubmissionStatus;
  readonly to: SubmissionStatus;
  /** The assessor allocated after the transition, when it changes who marks. */
  readonly assessorId?: Id | null;
  /** The decision finalised, and whether it meets against the pass rules. */
  readonly decision?: Decision | null;
  readonly override?: boolean;
}

export function transitionAuditEntry(t: TransitionAudit): AuditEntry {
  const detail: Record<string, string | boolean | null> = { from: t.from, to: t.to };
  if (t.assessorId !== undefined) detail.assessorId = t.assessorId;
  if (t.decision !== undefined) detail.decision = t.decision;
  if (t.override !== undefined) detail.override = t.override;
  return { at: t.at, actorId: t.actorId, action: t.action, subjectId: t.submissionId, detail };
}
