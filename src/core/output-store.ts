/**
 * The output port: where the files people read go (the master workbook and its history, the
 * status page, the open data, the outbox), a folder on one machine or a shared-drive folder.
 */
import type { Writable } from 'node:stream';

/** Where the files people read go: the master workbook, its history, the outbox. */
export interface OutputStore {
  /** A human-readable description of where files go (a folder path, a Drive folder). */
  readonly location: string;
  /** Where `.eml` files go when no mail server is configured, for people. */
  readonly outboxLocation: string;
  /** Writes one `.eml` file to the outbox (replacing one of the same name). */
  writeOutbox(name: string, content: Buffer): Promise<void>;
  /**
   * Publishes a file people read beside the master (`donnees-ouvertes/actions.csv`,
   * `suivi.html`), from a local file, replacing the previous one; returns where it is. When
   * `name` is absent but the folder holds the file under one of `formerNames` (its name in
   * another language, `open-data/actions.csv`), that file is renamed to `name` first, never
   * left behind.
   */
  publishFile(
    name: string,
    source: { path: string },
    mimeType: string,
    formerNames?: readonly string[],
  ): Promise<string>;
  /**
   * Replaces the master workbook `name` atomically; returns where it is. With `keepPrevious`,
   * the one it replaces goes to history (a run's second, updated copy does not). A master
   * found under one of `formerNames` (another language's name) is renamed to `name` first,
   * so it is the one replaced (and kept in history), and a shared link to it still works.
   */
  publishMaster(
    write: (out: Writable) => Promise<void>,
    options: { name: string; formerNames?: readonly string[]; keepPrevious?: boolean },
  ): Promise<string>;
}
