/**
 * Why an inbound message could not be read, as data: the intake records it against that one
 * message, sets the message aside and goes on with the next; the secretariat reads it in its
 * report, a known focal point in the answer, each in their language.
 */

/** The MIME limits an inbound message is read within: past one, it is set aside, not parsed. */
export interface MimeLimits {
  /** Parts of every level together (postal-mime bounds depth and headers, not this). */
  maxParts: number;
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
  maxDepth: 12,
  maxHeaderBytes: 256 * 1024,
};

/** Why a message was set aside unread. */
export type MessageDefect =
  /** More MIME parts than a reply can have. */
  | { kind: 'too-many-parts'; found: number; limit: number }
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
