/**
 * The ledger of delivered emails: one entry per email key and recipient, written as each
 * delivery is accepted. It is what makes every email go exactly once.
 */

/** One accepted delivery. */
export interface LedgerEntry {
  key: string;
  recipient: string;
  messageId: string;
  kind: string;
  subject: string;
  /** The instant it was accepted (ISO 8601). */
  at: string;
  transport: 'smtp' | 'outbox';
}

/** A lookup of deliveries: has `key` reached `recipient`? */
export function deliveredLookup(
  entries: readonly LedgerEntry[],
): (key: string, recipient: string) => boolean {
  const seen = new Set(entries.map((e) => `${e.key}\n${e.recipient.toLowerCase()}`));
  return (key, recipient) => seen.has(`${key}\n${recipient.toLowerCase()}`);
}
