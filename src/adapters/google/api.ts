/**
 * Access to Google Sheets and Drive through the per-API packages of the googleapis family:
 * clients with least-privilege scopes, a request counter for the journal, retries with
 * exponential backoff and jitter on 429, 5xx and dropped connections (honouring
 * Retry-After), and Google's errors translated into messages a secretariat can act on.
 */
import type { GoogleFailure } from '../../core/read-failure.js';
import { setTimeout as sleep } from 'node:timers/promises';
// Types only: the client packages load (≈ 20 MiB, 100 ms) in clients.ts, on first use.
import type { drive_v3 } from '@googleapis/drive';
import type { sheets_v4 } from '@googleapis/sheets';
import type { GoogleAuth, OAuth2Client } from 'google-auth-library';

/** Read-only scopes for focal points' sheets and files. */
export const READ_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.readonly',
  'https://www.googleapis.com/auth/drive.readonly',
] as const;

/** The scope the storage folder needs (writing the master and the state). */
export const STORAGE_SCOPES = ['https://www.googleapis.com/auth/drive'] as const;

/** How hard to try before giving a source up for this run. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff; doubled at each retry, with up to 50 % random jitter. */
  baseDelayMs: number;
  /** Longest single wait, Retry-After included. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Google clients and what a run needs to know about them. */
export interface GoogleClients {
  sheets: sheets_v4.Sheets;
  drive: drive_v3.Drive;
  /**
   * The account the sheets must be shared with, for messages: its address when it can be known
   * (committee.yaml's, GOOGLE_SERVICE_ACCOUNT, or the credentials' own), else ''. Asked for
   * only when a message needs it; the same answer every time.
   */
  account: () => Promise<string>;
  retry: RetryPolicy;
  /** API requests made (attempts, retries included). */
  requests: number;
  /** Per-request options for uploads: the client's global rootUrl does not apply to them. */
  uploadOptions: { rootUrl?: string };
  /** Waits for the Sheets read quota before each Sheets request (a token bucket). */
  paceSheets?: () => Promise<void>;
}

/** Where the clients connect, and as whom. Tests pass a local `rootUrl` and a fixed token. */
export interface GoogleClientOptions {
  auth?: GoogleAuth | OAuth2Client;
  rootUrl?: string;
  scopes?: readonly string[];
  retry?: RetryPolicy;
  serviceAccount?: string;
  /** Longest wait for one answer; a request that takes longer is retried. Default 60 s. */
  timeoutMs?: number;
  /** Sheets requests a minute at most (the quota is 60 reads a minute per user); unpaced when absent. */
  sheetsReadsPerMinute?: number;
}

/**
 * A Google failure after retries, with its HTTP status (0 for a network failure) and its
 * reason: what tells Google's errors apart, not the status (403 is a rate limit as often as
 * a refusal).
 */
export class GoogleApiError extends Error {
  readonly status: number;
  readonly attempts: number;
  /** `errors[].reason` (Drive), the ErrorInfo `reason` or the `status` (Sheets); '' if none. */
  readonly reason: string;
  constructor(status: number, message: string, attempts: number, cause: unknown, reason = '') {
    super(message, { cause });
    this.name = 'GoogleApiError';
    this.status = status;
    this.attempts = attempts;
    this.reason = reason;
  }
}

/**
 * The reason of a Google error body, API by API. Drive v3 answers
 * `{"error": {"code", "message", "errors": [{"reason", "domain", "message"}]}}`; Sheets v4
 * a `google.rpc.Status`, `{"error": {"code", "message", "status", "details": [{"@type":
 * "type.googleapis.com/google.rpc.ErrorInfo", "reason", …}]}}`, often without `errors`.
 */
export function reasonOf(data: unknown): string {
  let body = data;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return '';
    }
  }
  const error = (body as { error?: unknown } | null)?.error as
    | {
        errors?: { reason?: string }[];
        details?: { '@type'?: string; reason?: string }[];
        status?: string;
      }
    | undefined;
  if (!error || typeof error !== 'object') return '';
  const drive = error.errors?.find((e) => e.reason)?.reason;
  const info = error.details?.find(
    (d) => d['@type']?.endsWith('google.rpc.ErrorInfo') && d.reason,
  )?.reason;
  return drive ?? info ?? error.status ?? '';
}

/** Reasons that pass with time: Drive's rate limits are 403s, Sheets' quota is RESOURCE_EXHAUSTED. */
const RETRYABLE_REASONS = new Set([
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'RATE_LIMIT_EXCEEDED',
  'RESOURCE_EXHAUSTED',
  'backendError',
]);

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'ABORT_ERR',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);

interface GaxiosLike {
  status?: number;
  code?: string | number;
  message?: string;
  response?: {
    status?: number;
    headers?: Record<string, string> | { get(name: string): string | null };
    data?: unknown;
  };
}

function statusOf(error: GaxiosLike): number {
  const status =
    error.response?.status ?? error.status ?? (typeof error.code === 'number' ? error.code : 0);
  return typeof status === 'number' ? status : 0;
}

function isNetworkFailure(error: GaxiosLike): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  return (
    NETWORK_CODES.has(code) ||
    /socket hang up|network|ECONNRESET|terminated|other side closed|timed? ?out|aborted/i.test(
      error.message ?? '',
    )
  );
}

function retryAfterMs(error: GaxiosLike): number | null {
  const headers = error.response?.headers;
  // gaxios gives a fetch Headers (not always the global class), older versions a plain object.
  const value =
    headers && 'get' in headers && typeof headers.get === 'function'
      ? headers.get('retry-after')
      : ((headers as Record<string, string> | undefined)?.['retry-after'] ?? null);
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/**
 * Calls Google, retrying what can succeed later. Every attempt is counted. Throws a
 * {@link GoogleApiError} once the error is final or the retries are spent.
 */
export async function callGoogle<T>(
  clients: GoogleClients,
  call: () => Promise<T>,
  /** Waits before each attempt (a quota's pace), retries included: each is a request. */
  pace?: () => Promise<void>,
): Promise<T> {
  const policy = clients.retry;
  for (let attempt = 0; ; attempt++) {
    await pace?.();
    clients.requests++;
    try {
      return await call();
    } catch (raw) {
      const error = raw as GaxiosLike;
      const status = statusOf(error);
      // A streamed request (`responseType: 'stream'`, a budgeted read) gets no error data:
      // gaxios reads the error body into the message instead, where its reason still is.
      const reason = reasonOf(error.response?.data) || reasonOf(error.message);
      const retryable =
        RETRYABLE_STATUS.has(status) ||
        RETRYABLE_REASONS.has(reason) ||
        (status === 0 && isNetworkFailure(error));
      if (!retryable || attempt >= policy.maxRetries) {
        throw new GoogleApiError(status, error.message ?? String(raw), attempt + 1, raw, reason);
      }
      const backoff = policy.baseDelayMs * 2 ** attempt * (1 + Math.random() * 0.5);
      await sleep(Math.min(policy.maxDelayMs, retryAfterMs(error) ?? backoff));
    }
  }
}

/**
 * Every file of a Drive folder that is not in the trash (every page, shared drives
 * included), with the `fields` asked of each; `nameContains` narrows the listing.
 */
export async function listFolder(
  clients: GoogleClients,
  folderId: string,
  fields: string,
  options: { nameContains?: string; pageSize?: number } = {},
): Promise<drive_v3.Schema$File[]> {
  const quote = (text: string) => `'${text.replace(/'/g, "\\'")}'`;
  const q = [
    `${quote(folderId)} in parents and trashed = false`,
    ...(options.nameContains ? [`name contains ${quote(options.nameContains)}`] : []),
  ].join(' and ');
  const files: drive_v3.Schema$File[] = [];
  let pageToken: string | undefined;
  do {
    const page = await callGoogle(clients, () =>
      clients.drive.files.list({
        q,
        fields: `nextPageToken, files(${fields})`,
        pageSize: options.pageSize ?? 1000,
        supportsAllDrives: true,
        includeItemsFromAllDrives: true,
        ...(pageToken ? { pageToken } : {}),
      }),
    );
    files.push(...(page.data.files ?? []));
    pageToken = page.data.nextPageToken ?? undefined;
  } while (pageToken);
  return files;
}

/**
 * What a Google failure means, told apart by reason first (Drive's `errors[].reason`, Sheets'
 * `google.rpc.Status`), then by status: a Drive file not shared with the account is 404, a
 * spreadsheet 403. The words (`cells.google`, the `cells` part of messages/<language>.json) name what failed
 * and the account to share it with, in the reader's language.
 */
export function googleFailureOf(
  error: unknown,
  object: GoogleFailure['object'],
  id: string,
  account: string,
  operation?: string,
): GoogleFailure {
  const base = { object, id, account, ...(operation ? { operation } : {}) };
  if (!(error instanceof GoogleApiError)) {
    const detail = String((error as Error)?.message ?? error);
    return { ...base, problem: 'failed', tries: 1, status: 0, detail };
  }
  const known = { ...base, tries: error.attempts, status: error.status, detail: error.message };
  switch (error.reason) {
    case 'fileNotDownloadable':
      return { ...known, problem: 'not-a-file' };
    case 'insufficientFilePermissions':
    case 'PERMISSION_DENIED':
      return { ...known, problem: 'not-shared' };
    case 'notFound':
    case 'NOT_FOUND':
      return { ...known, problem: 'not-found' };
    case 'rateLimitExceeded':
    case 'userRateLimitExceeded':
    case 'RATE_LIMIT_EXCEEDED':
    case 'RESOURCE_EXHAUSTED':
      return { ...known, problem: 'quota' };
  }
  switch (error.status) {
    case 403:
      return { ...known, problem: 'denied' };
    case 404:
      return { ...known, problem: 'gone' };
    case 401:
      return { ...known, problem: 'auth' };
    case 0:
      return { ...known, problem: 'unreachable' };
    default:
      return { ...known, problem: RETRYABLE_STATUS.has(error.status) ? 'unavailable' : 'refused' };
  }
}
