/**
 * A loopback server answering as Microsoft's and Google's mail services do, for the parts
 * ogp-tracker calls (no emulator exists for them). Each behaviour and its source:
 *
 * | behaviour | documentation |
 * |---|---|
 * | `POST /{tenant}/oauth2/v2.0/token`, client credentials: `client_secret`, or a `client_assertion` JWT (RS256, `x5t` header, `aud` = the token URL) checked against the app's certificate; answers `{token_type, expires_in, access_token}` | learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow; …/certificate-credentials |
 * | token errors: HTTP 400/401 with `{error, error_description}`, the description starting with its AADSTS code (`AADSTS7000215: Invalid client secret provided…`, `AADSTS700016: Application … was not found in the directory`) | same pages, « Error response »; learn.microsoft.com/entra/identity-platform/reference-error-codes |
 * | Google `POST /token`, `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`, the assertion signed by the service account's key, `sub` the mailbox acted for; a client without domain-wide delegation gets 401 `unauthorized_client` | developers.google.com/identity/protocols/oauth2/service-account (« Additional claims », « Handling the response »), RFC 7523 |
 * | Graph `POST /v1.0/users/{id}/sendMail` with the whole MIME message base64-encoded, `Content-Type: text/plain`: 202 Accepted, no body | learn.microsoft.com/graph/api/user-sendmail (« Example 4: Send a new message using MIME format ») |
 * | the MIME message goes with the headers it carries (In-Reply-To, References: the thread), where the JSON form takes only `X-` headers in `internetMessageHeaders` | learn.microsoft.com/graph/outlook-send-mime-message (« provide the applicable Internet message headers and the MIME content »); …/graph/api/resources/message (internetMessageHeaders) |
 * | Graph errors `{error: {code, message}}`: 401 `InvalidAuthenticationToken`, 403 `ErrorAccessDenied`, 429 with `Retry-After` (seconds), 503 | learn.microsoft.com/graph/errors; …/graph/throttling |
 * | Gmail `POST /gmail/v1/users/{userId}/messages/send` with `{raw}` (base64url RFC 2822) and an optional `threadId`: 200 and the Message resource `{id, threadId, labelIds}` | developers.google.com/gmail/api/reference/rest/v1/users.messages/send; …/guides/sending |
 * | Gmail files a message sent in the conversation `threadId` names only when In-Reply-To and References are set (RFC 2822) and the Subjects match; else it starts a conversation of its own, whose id is its first message's (a mailbox the fake holds: fake-gmail-mailbox.ts decides) | …/reference/rest/v1/users.messages (Message.threadId); …/guides/threads (« Adding drafts and messages to threads ») |
 * | Gmail's answer to a `threadId` the mailbox does not have: 400 `invalidArgument` « Invalid thread_id value » (as observed: not in the reference; github.com/PipedreamHQ/pipedream/issues/15223) | — |
 * | Gmail errors `{error: {code, message, status, errors: [{reason}]}}`, 429 `rateLimitExceeded`, 5xx `backendError` | developers.google.com/gmail/api/guides/handle-errors |
 *
 * Every access token it issues is checked on the mail calls: unknown or expired → 401.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  verify,
  X509Certificate,
} from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';

/** One message the fake services accepted. */
export interface ApiMessage {
  service: 'graph' | 'gmail';
  mailbox: string;
  raw: string;
  mail: ParsedMail;
  /** Gmail: the `threadId` the request named, and the conversation the message went in. */
  requestedThreadId?: string;
  threadId?: string;
}

/**
 * A Gmail mailbox the fake holds (fake-gmail-mailbox.ts): keeps a message sent from it, in
 * the conversation Gmail would file it in; null for a `threadId` it does not have.
 */
export type GmailSentFiler = (sent: {
  raw: Buffer;
  mail: ParsedMail;
  threadId?: string;
}) => { id: string; threadId: string } | null;

/** An answer to give instead of the normal one, once. */
export interface CannedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeMailApis {
  url: string;
  /** Microsoft app: tenant, client id and the secret accepted (or a certificate, see `certificatePem`). */
  microsoft: { tenant: string; clientId: string; secret: string };
  /** A certificate (and its key, in one PEM) registered on the Microsoft app. */
  certificatePem: string;
  /** A Google service account key file, whose `token_uri` is this server. */
  googleKey: { client_email: string; private_key: string; token_uri: string };
  /** The mailboxes the Google client may act for (its domain-wide delegation). */
  delegated: Set<string>;
  /** Lifetime of the tokens issued, in seconds. */
  tokenLifetime: number;
  /** Tokens issued, valid until (ms). Tests may expire one. */
  tokens: Map<string, number>;
  tokenRequests: { provider: 'microsoft' | 'google'; scope: string; subject?: string }[];
  received: ApiMessage[];
  /** Answers given first, in order, to the mail calls (Graph and Gmail). */
  canned: CannedAnswer[];
  /** Answers given first, in order, to the token calls. */
  cannedTokens: CannedAnswer[];
  /** Every `message-id recipient` pair accepted (recipients from To and Cc). */
  pairs(): string[];
  /** A token valid for the next mail call (for the XOAUTH2 SMTP server). */
  isValid(token: string): boolean;
  /** The Gmail mailboxes held, by user: where a message sent from one is kept and threaded. */
  gmailMailboxes: Map<string, GmailSentFiler>;
  /** More routes (a mailbox's), tried in order before the 404: true when one answered. */
  routes: ((req: IncomingMessage, url: URL, body: string, res: ServerResponse) => boolean)[];
  close(): Promise<void>;
}

export function json(res: ServerResponse, answer: CannedAnswer): void {
  res.writeHead(answer.status, { ...(answer.body === undefined ? {} : { 'content-type': 'application/json' }), ...answer.headers }); // prettier-ignore
  res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Checks an RS256 JWT against a public key; returns its claims and header, or null. */
function readJwt(jwt: string, key: ReturnType<typeof createPublicKey>) {
  const [h, c, sig] = jwt.split('.');
  if (!h || !c || !sig) return null;
  if (!verify('RSA-SHA256', Buffer.from(`${h}.${c}`), key, Buffer.from(sig, 'base64url')))
    return null;
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, string>,
    claims: JSON.parse(Buffer.from(c, 'base64url').toString()) as Record<string, unknown>,
  };
}

/**
 * A self-signed certificate and its key, in one PEM, as an app's certificate credential is
 * kept. Node cannot issue certificates: `openssl` (on every machine CI runs on) signs it.
 */
function selfSigned(): { pem: string; key: ReturnType<typeof createPublicKey> } {
  const pem = execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', '-', '-out', '-', '-subj', '/CN=ogp-tracker-test', '-days', '2'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString(); // prettier-ignore
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0] ?? '';
  return { pem, key: new X509Certificate(cert).publicKey };
}

export async function startFakeMailApis(): Promise<FakeMailApis> {
  const google = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const certificate = selfSigned();
  const fake: FakeMailApis = {
    url: '',
    microsoft: { tenant: 'ministere.onmicrosoft.com', clientId: '11111111-2222-3333-4444-555555555555', secret: 'secret-de-test' },
    certificatePem: certificate.pem,
    googleKey: { client_email: 'ogp-tracker@comite-ogp.iam.gserviceaccount.com', private_key: google.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), token_uri: '' },
    delegated: new Set(['secretariat.ogp@example.org']),
    tokenLifetime: 3599,
    tokens: new Map(),
    tokenRequests: [],
    received: [],
    canned: [],
    cannedTokens: [],
    pairs: () =>
      fake.received.flatMap((m) => [...addressesOf(m.mail.to), ...addressesOf(m.mail.cc)].map((to) => `${m.mail.messageId ?? ''} ${to}`)),
    isValid: (token) => (fake.tokens.get(token) ?? 0) > Date.now(),
    gmailMailboxes: new Map(),
    routes: [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }; // prettier-ignore
  const issue = (res: ServerResponse) => {
    const token = `jeton-${randomUUID()}`;
    fake.tokens.set(token, Date.now() + fake.tokenLifetime * 1000);
    json(res, { status: 200, body: { token_type: 'Bearer', expires_in: fake.tokenLifetime, ext_expires_in: fake.tokenLifetime, access_token: token } }); // prettier-ignore
  };
  const microsoftError = (res: ServerResponse, status: number, error: string, description: string) =>
    json(res, { status, body: { error, error_description: `${description}\r\nTrace ID: ${randomUUID()}\r\nCorrelation ID: ${randomUUID()}\r\nTimestamp: 2026-11-26 09:00:00Z`, error_codes: [Number(/AADSTS(\d+)/.exec(description)?.[1] ?? 0)] } }); // prettier-ignore

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', fake.url);
    const body = await bodyOf(req);
    const mailCall = /\/sendMail$|\/messages\/send$/.test(url.pathname);
    const tokenCall = url.pathname.endsWith('/token');
    const canned = mailCall
      ? fake.canned.shift()
      : tokenCall
        ? fake.cannedTokens.shift()
        : undefined;
    if (canned) return json(res, canned);

    // Microsoft identity platform: the client-credentials grant.
    const ms = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    if (req.method === 'POST' && ms) {
      const form = new URLSearchParams(body);
      fake.tokenRequests.push({ provider: 'microsoft', scope: form.get('scope') ?? '' });
      if (decodeURIComponent(ms[1]!) !== fake.microsoft.tenant) return microsoftError(res, 400, 'invalid_request', `AADSTS90002: Tenant '${ms[1]}' not found.`);
      if (form.get('client_id') !== fake.microsoft.clientId) return microsoftError(res, 400, 'unauthorized_client', `AADSTS700016: Application with identifier '${form.get('client_id')}' was not found in the directory '${fake.microsoft.tenant}'.`);
      if (form.get('grant_type') !== 'client_credentials' || !form.get('scope')?.endsWith('/.default')) return microsoftError(res, 400, 'invalid_scope', 'AADSTS1002012: The provided value for scope is not valid.');
      const assertion = form.get('client_assertion');
      if (assertion) {
        const jwt = readJwt(assertion, certificate.key);
        const tokenUrl = `${fake.url}${url.pathname}`;
        if (!jwt || !jwt.header.x5t || jwt.claims.aud !== tokenUrl || jwt.claims.iss !== fake.microsoft.clientId) return microsoftError(res, 401, 'invalid_client', 'AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application.');
        return issue(res);
      }
      if (form.get('client_secret') !== fake.microsoft.secret) return microsoftError(res, 401, 'invalid_client', `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${fake.microsoft.clientId}'.`);
      return issue(res);
    } // prettier-ignore

    // Google OAuth 2.0 for service accounts: the JWT-bearer grant.
    if (req.method === 'POST' && url.pathname === '/token') {
      const form = new URLSearchParams(body);
      const jwt = form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:jwt-bearer' ? readJwt(form.get('assertion') ?? '', createPublicKey(fake.googleKey.private_key)) : null;
      fake.tokenRequests.push({ provider: 'google', scope: String(jwt?.claims.scope ?? ''), subject: String(jwt?.claims.sub ?? '') });
      if (!jwt || jwt.claims.aud !== fake.googleKey.token_uri || jwt.claims.iss !== fake.googleKey.client_email) return json(res, { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } });
      if (!fake.delegated.has(String(jwt.claims.sub))) return json(res, { status: 401, body: { error: 'unauthorized_client', error_description: 'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.' } });
      return issue(res);
    } // prettier-ignore

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    // Microsoft Graph: sendMail with a MIME message.
    const graph = /^\/v1\.0\/users\/([^/]+)\/sendMail$/.exec(url.pathname);
    if (req.method === 'POST' && graph) {
      if (!fake.isValid(bearer)) return json(res, { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed, the token is expired.' } } }); // prettier-ignore
      if (!req.headers['content-type']?.startsWith('text/plain')) return json(res, { status: 400, body: { error: { code: 'ErrorMimeContentInvalidBase64String', message: 'Invalid base64 string for MIME content.' } } }); // prettier-ignore
      const raw = Buffer.from(body, 'base64').toString('utf8');
      fake.received.push({
        service: 'graph',
        mailbox: decodeURIComponent(graph[1]!),
        raw,
        mail: await simpleParser(raw),
      });
      res.writeHead(202);
      return res.end();
    }
    // Gmail API: users.messages.send with `raw`.
    const gmail = /^\/gmail\/v1\/users\/([^/]+)\/messages\/send$/.exec(url.pathname);
    if (req.method === 'POST' && gmail) {
      if (!fake.isValid(bearer)) return json(res, { status: 401, body: { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED', errors: [{ reason: 'authError', domain: 'global', message: 'Invalid Credentials' }] } } }); // prettier-ignore
      const request = JSON.parse(body) as { raw: string; threadId?: string };
      const bytes = Buffer.from(request.raw, 'base64url');
      const mail = await simpleParser(bytes);
      const mailbox = decodeURIComponent(gmail[1]!);
      const asked = request.threadId ? { threadId: request.threadId } : {};
      const id = randomUUID().replace(/-/g, '').slice(0, 16);
      // A mailbox the fake does not hold has no conversation to file it in.
      const filer = fake.gmailMailboxes.get(mailbox);
      const filed = filer
        ? filer({ raw: bytes, mail, ...asked })
        : request.threadId
          ? null
          : { id, threadId: id };
      if (!filed) return json(res, { status: 400, body: { error: { code: 400, message: 'Invalid thread_id value', status: 'INVALID_ARGUMENT', errors: [{ reason: 'invalidArgument', domain: 'global', message: 'Invalid thread_id value' }] } } }); // prettier-ignore
      fake.received.push({
        service: 'gmail',
        mailbox,
        raw: bytes.toString('utf8'),
        mail,
        ...(request.threadId ? { requestedThreadId: request.threadId } : {}),
        threadId: filed.threadId,
      });
      return json(res, {
        status: 200,
        body: { id: filed.id, threadId: filed.threadId, labelIds: ['SENT'] },
      });
    }
    for (const route of fake.routes) if (route(req, url, body, res)) return;
    json(res, {
      status: 404,
      body: { error: { code: 'NotFound', message: `${req.method} ${url.pathname}` } },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.googleKey.token_uri = `${fake.url}/token`;
  return fake;
}

function addressesOf(field: ParsedMail['to']): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}
