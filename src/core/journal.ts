/** The run journal: one record per run, kept in the storage folder and shown in the master. */

/** What one consolidation run did. */
export interface RunRecord {
  /** The instant the run evaluated as (`--now`, or the clock), ISO 8601. */
  at: string;
  command: string;
  /** A trial (`--dry-run`): sent nothing, said so beside the command in the master's journal. */
  trial?: boolean;
  /** Sources configured, and how many of them were read this run. */
  sources: number;
  read: number;
  actions: number;
  milestones: number;
  errors: number;
  warnings: number;
  /** Requests made to Google's APIs (retries included). */
  apiRequests?: number;
  /** Emails delivered by the run (to at least one recipient). */
  emailsSent?: number;
  /** Emails the run wrote to the outbox, no mail server being set: none of them left. */
  emailsWritten?: number;
  durationMs: number;
  /** What the secretariat should know of the run (a delivery possibly sent twice…). */
  notes?: string[];
}

/** Runs kept in the journal: enough for years of daily runs, bounded all the same. */
export const JOURNAL_LIMIT = 2000;

/** Appends a run, dropping the oldest beyond the limit. */
export function appendRun(journal: readonly RunRecord[], run: RunRecord): RunRecord[] {
  return [...journal, run].slice(-JOURNAL_LIMIT);
}
