/**
 * Whose fault a failure is while one message is handled: the message's own (its bytes, a
 * server that will not give that one message, a defect of ours it meets), counted against it
 * and set aside after a few tries; or the mailbox's or the storage's (a connection down, a
 * token refused, a quota), which stops the run with the cursor where it was, counting against
 * no message.
 */
import { OgpError } from '../core/codes.js';
import { shorten } from '../core/text.js';

/** Network failures: the mailbox is out of reach, not the message at fault. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  // imapflow's own
  'NoConnection',
  'EConnectionClosed',
  'ETIMEOUT',
  'ClosedAfterConnectTLS',
  'ClosedAfterConnectText',
]);

/** An API's answer about this one message (it is not there, or it cannot be given). */
const MESSAGE_STATUSES = new Set([400, 404, 410, 413, 415, 422]);

/**
 * What to record against the message (its failure in a short line: no stack, no path), or
 * null when the failure is the mailbox's or the storage's and the run must stop.
 */
export function messageFault(error: unknown): string | null {
  const e = error as {
    name?: string;
    message?: string;
    code?: unknown;
    status?: unknown;
    cause?: { code?: unknown };
  };
  if (error instanceof OgpError) {
    // The mailbox said it has no such message any more: that message's, not the mailbox's.
    return error.descriptor?.id === 'errors.imapMessageMissing' ? firstLine(error) : null;
  }
  if (typeof e?.code === 'string' && NETWORK_CODES.has(e.code)) return null;
  if (typeof e?.cause?.code === 'string' && NETWORK_CODES.has(e.cause.code)) return null;
  if (typeof e?.status === 'number') {
    return MESSAGE_STATUSES.has(e.status) ? firstLine(error) : null;
  }
  if (
    /fetch failed|socket hang up|connection (is )?(closed|not available)/i.test(e?.message ?? '')
  ) {
    return null;
  }
  return firstLine(error);
}

/** The error's name and the first line of its message, without paths, at most 160 characters. */
function firstLine(error: unknown): string {
  const e = error as { name?: string; message?: string };
  const text = String(e?.message ?? error)
    .split('\n')[0]
    ?.replace(/(?:\/[\w.-]+){2,}/g, '…')
    .trim();
  const named = e?.name && e.name !== 'Error' ? `${e.name}: ${text}` : (text ?? '');
  return named.length > 160 ? shorten(named, 159) : named;
}
