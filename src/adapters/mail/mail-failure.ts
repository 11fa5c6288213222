/**
 * A mail service's failure as it was received — a token refused by Entra ID or Google, an
 * answer of Microsoft Graph or the Gmail API, a network error — and the intake's mailbox
 * failing said as `mail-check` says it: the server's answer, its cause and the fix, in the
 * reader's language (core/mail-advice.ts), never a stack.
 */
import { message } from '../../core/catalogue/render.js';
import { OgpError } from '../../core/codes.js';
import { adviseMailFailure, type MailFailure } from '../../core/mail-advice.js';
import type { InboundMailbox } from '../../core/mailbox.js';
import { ApiError } from './mail-api.js';
import { TokenError } from './tokens.js';

/** Secrets missing from the environment: its configuration, not the service, is to fix. */
const MISSING_SECRETS: ReadonlySet<string> = new Set([
  'missing_credentials',
  'missing_key',
  'invalid_key',
]);

/**
 * A call to an HTTP service that did not get an answer: `fetch` failing (its cause holds the
 * network's code, `ECONNREFUSED`…) or its time-out.
 */
function unanswered(error: unknown): boolean {
  const e = error as { name?: string; message?: string } | null;
  if (error instanceof TypeError && e?.message === 'fetch failed') return true;
  return e?.name === 'TimeoutError' || e?.name === 'AbortError';
}

/** A thrown failure as it was received, whatever it is (an SMTP reply, a token, an API, a network). */
export function mailFailureOf(error: unknown, port?: number): MailFailure {
  const where = port ? { port } : {};
  if (error instanceof TokenError) {
    return {
      text: `${error.status ?? ''} ${error.message}`.trim(),
      code: error.error,
      ...(error.status ? { status: error.status } : {}),
      ...where,
    };
  }
  if (error instanceof ApiError) {
    return { text: error.message, code: error.code, status: error.status, ...where };
  }
  const e = error as {
    response?: string;
    code?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  const code = e.code ?? e.cause?.code;
  return {
    text:
      e.response ?? `${code ? `${code} ` : ''}${e.cause?.message ?? e.message ?? String(error)}`,
    ...(code ? { code } : {}),
    ...where,
  };
}

/**
 * A failure of the mailbox at `location` as an {@link OgpError} that explains it; null when it
 * is none of a mail service's (a bug stays one). An error that already wraps a service's
 * answer (a mailbox's own « Boîte Graph … ») is explained from that answer.
 */
export function mailboxFailure(error: unknown, location: string): OgpError | null {
  const inner = error instanceof OgpError ? error.cause : error;
  const service = inner instanceof TokenError || inner instanceof ApiError || unanswered(inner);
  if (!service) return null;
  const failure = { ...mailFailureOf(inner), reading: true };
  const code = inner instanceof TokenError && MISSING_SECRETS.has(inner.error);
  // Its cause and fix are messages: they nest here, rendered in the reader's language.
  const advice = adviseMailFailure(failure);
  return new OgpError(
    code ? 'config-invalid' : 'mailbox-failed',
    message('errors.mailServiceFailed', {
      mailbox: location,
      answer: failure.text,
      advised: advice !== null,
      cause: advice?.cause ?? '',
      fix: advice?.fix ?? '',
    }),
    { cause: inner },
  );
}

/**
 * Methods handling one message, and the answers that are that message's own (it is not
 * there, or cannot be given): passed through as they came, for the run to count against that
 * message and set it aside (jobs/intake-faults.ts), not against the mailbox.
 */
const PER_MESSAGE: ReadonlySet<PropertyKey> = new Set(['read', 'markHandled', 'setAside']);
const MESSAGE_STATUSES: ReadonlySet<number> = new Set([400, 404, 410, 413, 415, 422]);

/** Each answer passed through as it came, and what it means if it stops the run. */
const explanations = new WeakMap<object, OgpError>();

/**
 * What a failure thrown by a mailbox means, if it stops a command: itself when already said,
 * else the explanation of an answer that was passed through as it came; null otherwise.
 */
export function explainedFailure(error: unknown): OgpError | null {
  if (error instanceof OgpError) return error;
  return error !== null && typeof error === 'object' ? (explanations.get(error) ?? null) : null;
}

/**
 * The same mailbox, each of its failures explained ({@link mailboxFailure}), but for the
 * answers about one message ({@link PER_MESSAGE}). Every method it has is passed through,
 * whatever the port holds: a method added to it is covered too.
 */
export function explainingFailures<T extends InboundMailbox>(mailbox: T): T {
  return new Proxy(mailbox, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || name === 'close') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (error) {
          const explained = mailboxFailure(error, target.location);
          if (!explained) throw error;
          const theMessages =
            PER_MESSAGE.has(name) &&
            error instanceof ApiError &&
            MESSAGE_STATUSES.has(error.status);
          if (!theMessages) throw explained;
          explanations.set(error, explained);
          throw error;
        }
      };
    },
  });
}
