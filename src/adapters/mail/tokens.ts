/**
 * OAuth 2.0 access tokens for sending mail, app-only: Microsoft Entra ID's client-credentials
 * flow (a client secret, or a certificate's signed assertion) and a Google service account
 * acting for a Workspace mailbox (domain-wide delegation, the JWT-bearer grant). Tokens are
 * cached until a minute before they expire and fetched again when a server refuses one.
 *
 * Why our own thin glue: both flows are one form POST; @azure/msal-node would bring a token
 * cache and a dozen flows we do not use, and google-auth-library's JWT client posts to a fixed
 * token address, while a service account key names its own (`token_uri`).
 */
import { createHash, createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** A refused token request, as the identity provider answered it. */
export class TokenError extends Error {
  constructor(
    readonly provider: 'microsoft' | 'google',
    /** The HTTP status (null when the endpoint could not be reached). */
    readonly status: number | null,
    /** OAuth's `error` (`invalid_client`, `unauthorized_client`, `invalid_grant`…). */
    readonly error: string,
    /** The provider's own description (Entra ID's starts with its AADSTS code). */
    readonly description: string,
  ) {
    // Entra ID's description goes on with its trace and correlation ids, one per line: the
    // message keeps its first line, the answer itself.
    const answer = description.split(/\r?\n/)[0]?.trim() ?? '';
    super(`${error}${answer ? ` : ${answer}` : ''}`);
    this.name = 'TokenError';
  }
}

/** Where tokens come from: the current one (fetched when needed), or a new one. */
export interface TokenSource {
  /** `renew`: the last one was refused, fetch another. */
  token(renew?: boolean): Promise<{ accessToken: string; expiresAt: number }>;
}

/** Client credentials of an app registered in Entra ID: a secret, or a certificate and its key. */
export interface MicrosoftCredentials {
  secret?: string;
  /** PEM text holding the certificate and its private key. */
  certificate?: string;
}

/** What a service account key file holds that the JWT-bearer grant needs. */
export interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  token_uri?: string;
}

/** The mail secrets of the environment (Secret Manager puts them there when deployed). */
export interface MailSecrets {
  microsoft: MicrosoftCredentials;
  /** The service account key, read from MAIL_GOOGLE_KEY (its JSON) or GOOGLE_APPLICATION_CREDENTIALS (its path). */
  googleKey: () => Promise<ServiceAccountKey>;
}

/** Reads the mail secrets from the environment; nothing is read before it is needed. */
export function mailSecretsFrom(env: NodeJS.ProcessEnv): MailSecrets {
  return {
    microsoft: {
      ...(env.MAIL_CLIENT_SECRET ? { secret: env.MAIL_CLIENT_SECRET } : {}),
      ...(env.MAIL_CLIENT_CERTIFICATE ? { certificate: env.MAIL_CLIENT_CERTIFICATE } : {}),
    },
    googleKey: async () => {
      const path = env.GOOGLE_APPLICATION_CREDENTIALS;
      const text =
        env.MAIL_GOOGLE_KEY ??
        (path
          ? await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
              throw new TokenError('google', null, 'missing_key', `${path} (${error.code})`);
            })
          : null);
      if (!text) {
        throw new TokenError(
          'google',
          null,
          'missing_key',
          // The code says it; mail-check's advice explains it in the reader's language.
          'MAIL_GOOGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS',
        );
      }
      let key: Partial<ServiceAccountKey> | null;
      try {
        key = JSON.parse(text) as Partial<ServiceAccountKey> | null;
      } catch {
        throw new TokenError('google', null, 'invalid_key', 'JSON');
      }
      if (!key?.client_email || !key.private_key) {
        throw new TokenError('google', null, 'invalid_key', 'client_email, private_key');
      }
      return key as ServiceAccountKey;
    },
  };
}

const EARLY_MS = 60_000;

/**
 * The token sources already made, by the credentials they were made from (the secrets of one
 * run), then by app or account and scope: what one run builds (the mailbox it reads, the
 * transport of its answers) asks one token per scope, not one each.
 */
const sources = new WeakMap<object, Map<string, TokenSource>>();

/** The source made from `credentials` for `key`, made once. */
function sharedSource(credentials: object, key: string, make: () => TokenSource): TokenSource {
  let made = sources.get(credentials);
  if (!made) sources.set(credentials, (made = new Map()));
  let source = made.get(key);
  if (!source) made.set(key, (source = make()));
  return source;
}

/**
 * A run's options with its secrets of its own: the tokens it fetches are shared by what the
 * run builds (its mailbox, the transport of its answers), and by no other run — a caller that
 * keeps its secrets across runs, as tests do, gets fresh tokens for each.
 */
export function withOwnTokens<T extends { mailSecrets?: MailSecrets }>(options: T): T {
  const secrets = options.mailSecrets;
  if (!secrets) return options;
  const own = { microsoft: { ...secrets.microsoft }, googleKey: () => secrets.googleKey() };
  return { ...options, mailSecrets: own };
}

/** Caches a token until a minute before it expires; one request at a time. */
function cached(
  fetchToken: () => Promise<{ accessToken: string; expiresAt: number }>,
): TokenSource {
  let current: { accessToken: string; expiresAt: number } | null = null;
  let pending: Promise<{ accessToken: string; expiresAt: number }> | null = null;
  return {
    async token(renew = false) {
      if (!renew && current && current.expiresAt - EARLY_MS > Date.now()) return current;
      pending ??= fetchToken().finally(() => {
        pending = null;
      });
      current = await pending;
      return current;
    },
  };
}

/** Posts a token request and reads its answer (RFC 6749 §5: JSON, `error` on failure). */
async function postForToken(
  provider: 'microsoft' | 'google',
  url: string,
  form: Record<string, string>,
): Promise<{ accessToken: string; expiresAt: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    expires_in?: number | string;
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    throw new TokenError(
      provider,
      response.status,
      body.error ?? `http_${response.status}`,
      body.error_description ?? '',
    );
  }
  return {
    accessToken: body.access_token,
    expiresAt: Date.now() + Number(body.expires_in ?? 3600) * 1000,
  };
}

/** base64url of bytes or text. */
function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** A JWT signed with RS256. */
function signJwt(
  header: Record<string, string>,
  claims: Record<string, unknown>,
  keyPem: string,
): string {
  const input = `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', ...header }))}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${base64url(sign('RSA-SHA256', Buffer.from(input), createPrivateKey(keyPem)))}`;
}

/**
 * App-only tokens from Entra ID for `scope` (`https://outlook.office365.com/.default` for
 * SMTP, `https://graph.microsoft.com/.default` for Graph); one source per credentials object,
 * tenant, app and scope.
 */
export function microsoftTokens(
  app: { tenant: string; clientId: string; authority: string },
  scope: string,
  credentials: MicrosoftCredentials,
): TokenSource {
  const url = `${app.authority.replace(/\/+$/, '')}/${encodeURIComponent(app.tenant)}/oauth2/v2.0/token`;
  const key = `${url}|${app.clientId}|${scope}`;
  return sharedSource(credentials, key, () => microsoftSource(app, url, scope, credentials));
}

function microsoftSource(
  app: { clientId: string },
  url: string,
  scope: string,
  credentials: MicrosoftCredentials,
): TokenSource {
  return cached(async () => {
    const form: Record<string, string> = {
      client_id: app.clientId,
      scope,
      grant_type: 'client_credentials',
    };
    if (credentials.certificate) {
      // A certificate: a signed assertion, its thumbprint in the header (Entra ID's rules).
      const certificate = new X509Certificate(credentials.certificate);
      const now = Math.floor(Date.now() / 1000);
      form.client_assertion_type = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
      form.client_assertion = signJwt(
        {
          x5t: base64url(createHash('sha1').update(certificate.raw).digest()),
          'x5t#S256': base64url(createHash('sha256').update(certificate.raw).digest()),
        },
        {
          aud: url,
          iss: app.clientId,
          sub: app.clientId,
          jti: randomUUID(),
          nbf: now,
          iat: now,
          exp: now + 600,
        },
        credentials.certificate,
      );
    } else if (credentials.secret) {
      form.client_secret = credentials.secret;
    } else {
      throw new TokenError(
        'microsoft',
        null,
        'missing_credentials',
        'ni MAIL_CLIENT_SECRET ni MAIL_CLIENT_CERTIFICATE dans l’environnement',
      );
    }
    return postForToken('microsoft', url, form);
  });
}

/**
 * Tokens of a service account acting as `subject` (domain-wide delegation), for `scopes`; one
 * source per key reader, subject and scopes.
 */
export function googleTokens(
  key: () => Promise<ServiceAccountKey>,
  subject: string,
  scopes: readonly string[],
): TokenSource {
  return sharedSource(key, `${subject}|${scopes.join(' ')}`, () =>
    googleSource(key, subject, scopes),
  );
}

function googleSource(
  key: () => Promise<ServiceAccountKey>,
  subject: string,
  scopes: readonly string[],
): TokenSource {
  return cached(async () => {
    const k = await key();
    const url = k.token_uri ?? 'https://oauth2.googleapis.com/token';
    const now = Math.floor(Date.now() / 1000);
    const assertion = signJwt(
      {},
      {
        iss: k.client_email,
        sub: subject,
        scope: scopes.join(' '),
        aud: url,
        iat: now,
        exp: now + 3600,
      },
      k.private_key,
    );
    return postForToken('google', url, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion,
    });
  });
}
