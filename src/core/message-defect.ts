/**
 * Why an inbound message could not be read, as data: the intake records it against that one
 * message, sets the message aside and goes on with the next; the secretariat reads it in its
 * report, a known focal point in the answer, each in their language.
 */

/** The MIME limits an inbound message is read within: past one, it is set aside, not parsed. */
export interface MimeLimits {
  /** Parts of every level together (postal-mime bounds depth and headers, not this). */
  maxParts: number;
  /**
   * Lines beginning with « -- », however the boundaries are written (RFC 2231 sections,
   * escapes): what the parser may split on at the most; signatures and rules count too.
   */
  maxDelimiterLines: number;
  /**
   * Bytes of text bodies and unencoded parts, each line weighted: the parser turns text into
   * strings (plain and HTML, both ways), at some thirty times its size in memory, where an
   * attachment in base64 costs a few times its size. 2 MiB keeps a run within a 256 MiB
   * function (a 4 MB text body peaked at 221 MB, 14 MB at 482 MB).
   */
  maxTextBytes: number;
  /** Levels of nested multiparts. */
  maxDepth: number;
  /** Bytes of headers, the message's and its parts' together. */
  maxHeaderBytes: number;
}

/**
 * Far above any real reply (a signature's logos, a few attachments, forwarded history: tens
 * of parts, 3 to 6 levels, a few KiB of headers), far below what costs a run its memory.
 */
export const DEFAULT_MIME_LIMITS: MimeLimits = {
  maxParts: 200,
  maxDelimiterLines: 2000,
  maxTextBytes: 2 * 1024 * 1024,
  maxDepth: 12,
  maxHeaderBytes: 256 * 1024,
};

/** Why a message was set aside unread. */
export type MessageDefect =
  /** More MIME parts than a reply can have. */
  | { kind: 'too-many-parts'; found: number; limit: number }
  /** More text (bodies, unencoded parts) than a reply's: the parser would need too much memory. */
  | { kind: 'text-too-large'; limit: number }
  /** Multiparts nested deeper than a reply's. */
  | { kind: 'too-deep'; limit: number }
  /** More header bytes than a reply's. */
  | { kind: 'headers-too-large'; limit: number }
  /** Its structure could not be parsed at all. */
  | { kind: 'malformed' }
  /** Reading it failed on every try (the mailbox refused it, or the run stopped on it). */
  | { kind: 'failed'; tries: number; detail: string };

export type MessageDefectKind = MessageDefect['kind'];

/** How often a message is tried before it is set aside: a run that stops on it counts too. */
export const MAX_MESSAGE_TRIES = 3;
