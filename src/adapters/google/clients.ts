/**
 * The Google clients themselves. Kept apart from api.ts so that the client packages
 * load only when a run reads a Google source or uses Drive storage: a consolidation of local
 * files, and a function's cold start, do without them.
 */
import { drive } from '@googleapis/drive';
import { sheets } from '@googleapis/sheets';
import { GoogleAuth } from 'google-auth-library';
import { DEFAULT_RETRY, READ_SCOPES, type GoogleClientOptions, type GoogleClients } from './api.js';
import { tokenBucket } from './pace.js';

/** Creates the clients; credentials come from Application Default Credentials (or GOOGLE_APPLICATION_CREDENTIALS). */
export function createGoogleClients(options: GoogleClientOptions = {}): GoogleClients {
  const auth = options.auth ?? new GoogleAuth({ scopes: [...(options.scopes ?? READ_SCOPES)] });
  let account: Promise<string> | undefined;
  const named = options.serviceAccount ?? process.env.GOOGLE_SERVICE_ACCOUNT;
  const common = {
    auth,
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    // Our own retry loop counts attempts and honours Retry-After; gaxios must not retry too.
    retry: false,
    // Without it a request Google never answers would hold the run until the function's end.
    timeout: options.timeoutMs ?? 60_000,
  };
  return {
    sheets: sheets({ version: 'v4', ...common }),
    drive: drive({ version: 'v3', ...common }),
    account: () =>
      (account ??= named
        ? Promise.resolve(named)
        : auth instanceof GoogleAuth
          ? serviceAccountEmail(auth).then((email) => email ?? '')
          : Promise.resolve('')),
    retry: options.retry ?? DEFAULT_RETRY,
    requests: 0,
    uploadOptions: options.rootUrl ? { rootUrl: options.rootUrl } : {},
    ...(options.sheetsReadsPerMinute
      ? { paceSheets: tokenBucket(options.sheetsReadsPerMinute) }
      : {}),
  };
}

/**
 * The account's email, from the credentials, when it can be known (for "share with …" messages):
 * a service account key's client_email (read, no request), or on Google Cloud the function's
 * account (from the metadata server); null for a person's own credentials or none.
 */
export async function serviceAccountEmail(auth: GoogleAuth): Promise<string | null> {
  try {
    const credentials = await auth.getCredentials();
    return credentials.client_email ?? null;
  } catch {
    return null;
  }
}
