/**
 * One call to an HTTP mail API (Microsoft Graph, the Gmail API) as the mailboxes make it: a
 * token renewed once when refused (401), 429 and 5xx waited out after their Retry-After (up
 * to a minute, three times), any other answer an {@link ApiError} with the API's own code.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { TokenSource } from './tokens.js';

/** An HTTP API's answer that is not a success. */
export class ApiError extends Error {
  constructor(
    readonly service: 'graph' | 'gmail-api',
    readonly status: number,
    /** The API's own code (Graph's `error.code`, Gmail's `errors[].reason` or `status`). */
    readonly code: string,
    detail: string,
  ) {
    super(`${status} ${code}${detail ? ` : ${detail}` : ''}`);
    this.name = 'ApiError';
  }
}

/** Retries within one call: 429 and 5xx with their Retry-After, up to this long. */
const RETRY_MAX_MS = 60_000;

/** How an API tells its errors: its own code, and its message. */
export type ErrorReader = (status: number, body: unknown) => { code: string; detail: string };

/** The API's code and message in an error body (Graph: `error.code`; Gmail: `errors[].reason`). */
function defaultErrorOf(
  service: 'graph' | 'gmail-api',
  body: unknown,
): { code: string; detail: string } {
  const error = (
    body as {
      error?: { code?: unknown; message?: string; status?: string; errors?: { reason?: string }[] };
    } | null
  )?.error;
  if (service === 'gmail-api') {
    return {
      code: error?.errors?.[0]?.reason ?? error?.status ?? 'error',
      detail: error?.message ?? '',
    };
  }
  return { code: String(error?.code ?? 'error'), detail: error?.message ?? '' };
}

/** Makes the call; resolves with a successful answer, its body unread. */
export async function callMailApi(
  tokens: TokenSource,
  service: 'graph' | 'gmail-api',
  request: (token: string) => { url: string; init: RequestInit },
  errorOf: ErrorReader = (_status, body) => defaultErrorOf(service, body),
): Promise<Response> {
  let renew = false;
  for (let attempt = 0; ; attempt++) {
    const { accessToken } = await tokens.token(renew);
    const { url, init } = request(accessToken);
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) });
    if (response.ok) return response;
    const body: unknown = await response.json().catch(() => null);
    if (response.status === 401 && !renew) {
      renew = true;
      continue;
    }
    const wait = Number(response.headers.get('retry-after') ?? 2) * 1000;
    if (
      (response.status === 429 || response.status >= 500) &&
      attempt < 3 &&
      wait <= RETRY_MAX_MS
    ) {
      await sleep(wait);
      continue;
    }
    const { code, detail } = errorOf(response.status, body);
    throw new ApiError(service, response.status, code, detail);
  }
}
