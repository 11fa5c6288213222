/**
 * The ledger of deliveries: one entry per email key and recipient. A run claims a delivery
 * before it sends, then records what the transport answered; that is what makes every email
 * go exactly once, even when two runs overlap or one dies in the middle.
 */

/** Where a delivery stands. */
export const DELIVERY_STATES = [
  /** A run holds it and is sending (until `leaseUntil`). */
  'claimed',
  /** The transport accepted it. */
  'sent',
  /** Refused for a passing reason (4xx, a dropped connection): a later run tries again. */
  'failed-temporary',
  /** Refused for good (an unknown mailbox): never tried again, reported. */
  'failed-permanent',
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** One delivery: an email (by key) to one recipient, and where it stands. */
export interface LedgerEntry {
  key: string;
  recipient: string;
  messageId: string;
  kind: string;
  subject: string;
  /** The instant of its last change, as the run evaluated it (ISO 8601). */
  at: string;
  transport: string;
  /** Absent in ledgers written before claims existed: those entries were deliveries. */
  state?: DeliveryState;
  /** The run holding the claim, and until when (wall clock, ISO 8601). */
  claimedBy?: string;
  leaseUntil?: string;
  /** The transport's answer, or why it refused. */
  answer?: string;
}

/** What a run asks for before sending one email to one recipient. */
export type DeliveryClaim = Omit<LedgerEntry, 'state' | 'claimedBy' | 'leaseUntil' | 'answer'>;

/** What became of a claim. */
export type ClaimOutcome =
  | {
      granted: true;
      /**
       * Why the delivery was free again: `expired`, a claim left by a run that died (it may
       * have gone out: « possiblement envoyé deux fois »), or `failed`, a passing failure.
       */
      retaken: 'expired' | 'failed' | null;
    }
  | { granted: false; because: 'sent' | 'failed-permanent' | 'held' };

/** How a delivery ended, as the transport said. */
export interface DeliverySettlement {
  state: Exclude<DeliveryState, 'claimed'>;
  answer: string;
  at: string;
}

/** The identity of a delivery: its key and the recipient, whatever the address's case. */
export function deliveryId(key: string, recipient: string): string {
  return `${key}\n${recipient.toLowerCase()}`;
}

/** True when an entry is an accepted delivery. */
export function isSent(entry: LedgerEntry): boolean {
  return entry.state === undefined || entry.state === 'sent';
}

/** The latest entry of each delivery (a ledger may be a log of its changes, oldest first). */
export function latestDeliveries(entries: readonly LedgerEntry[]): Map<string, LedgerEntry> {
  const latest = new Map<string, LedgerEntry>();
  for (const entry of entries) latest.set(deliveryId(entry.key, entry.recipient), entry);
  return latest;
}

/** An address a mail server refused for good, with its answer and the email it was for. */
export interface RefusedAddress {
  address: string;
  answer: string;
  subject: string;
  at: string;
}

/**
 * The addresses refused for good (an unknown mailbox), one entry each, among `addresses`
 * (those the configuration still has: a corrected one is no longer listed).
 */
export function refusedAddresses(
  entries: readonly LedgerEntry[],
  addresses: ReadonlySet<string>,
): RefusedAddress[] {
  const refused = new Map<string, RefusedAddress>();
  for (const entry of latestDeliveries(entries).values()) {
    if (entry.state !== 'failed-permanent' || !addresses.has(entry.recipient)) continue;
    refused.set(entry.recipient, {
      address: entry.recipient,
      answer: entry.answer ?? '',
      subject: entry.subject,
      at: entry.at,
    });
  }
  return [...refused.values()].sort((a, b) => a.address.localeCompare(b.address));
}

/**
 * Whether a run may claim a delivery that stands as `current`, at wall-clock `nowMs`.
 * `holderGone`: the run holding the claim is known to have died (its process is gone), so
 * its claim need not wait for its lease.
 */
export function decideClaim(
  current: LedgerEntry | undefined,
  nowMs: number,
  holderGone = false,
): ClaimOutcome {
  if (!current) return { granted: true, retaken: null };
  switch (current.state) {
    case undefined:
    case 'sent':
      return { granted: false, because: 'sent' };
    case 'failed-permanent':
      return { granted: false, because: 'failed-permanent' };
    case 'failed-temporary':
      return { granted: true, retaken: 'failed' };
    case 'claimed': {
      const until = Date.parse(current.leaseUntil ?? '');
      return Number.isFinite(until) && until > nowMs && !holderGone
        ? { granted: false, because: 'held' }
        : { granted: true, retaken: 'expired' };
    }
  }
}

/** A claimed delivery as it ends: the claim's holder and lease dropped, the settlement kept. */
export function settle(claimed: LedgerEntry, settlement: DeliverySettlement): LedgerEntry {
  const entry: LedgerEntry = { ...claimed, ...settlement };
  delete entry.claimedBy;
  delete entry.leaseUntil;
  return entry;
}

/**
 * A lookup of settled deliveries: has `key` reached `recipient`, or been refused for good
 * (an unknown mailbox is not tried again)?
 */
export function settledLookup(
  entries: readonly LedgerEntry[],
): (key: string, recipient: string) => boolean {
  const settled = new Set<string>();
  for (const [id, entry] of latestDeliveries(entries)) {
    if (isSent(entry) || entry.state === 'failed-permanent') settled.add(id);
  }
  return (key, recipient) => settled.has(deliveryId(key, recipient));
}

/**
 * How long a claimed delivery is held before another run may take it over: longer than any
 * one send with its retries, far shorter than the next scheduled run.
 */
export const CLAIM_LEASE_MS = 10 * 60 * 1000;
