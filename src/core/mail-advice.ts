/**
 * What a mail failure means and what to do, for an administrator, in their language: the server's
 * answer (an SMTP reply, an API error, an identity provider's error, a network error) read
 * against the failures Microsoft 365, Google Workspace and Google Cloud are known to give;
 * and the SMTP port mail leaves by (port 25 is blocked on Google Cloud).
 */
import type { MailTransportConfig } from './config-schema.js';
import { message, type Message } from './catalogue/render.js';

/** The known failures, most specific first (the order the rules test them). */
export const MAIL_ADVICE_IDS = [
  'smtp-auth-disabled',
  'basic-auth-off',
  'auth-required',
  'app-password',
  'exchange-oauth',
  'login-refused',
  'too-large',
  'entra-secret',
  'entra-unknown',
  'invalid-scope',
  'no-client-secret',
  'no-google-key',
  'no-delegation',
  'invalid-grant',
  'graph-denied',
  'no-mailbox',
  'gmail-denied',
  'token-refused',
  'port-25',
  'dns',
  'tls',
  'refused',
  'timeout',
  // The same refusals when the intake reads its mailbox: other permissions, another key.
  'graph-read-denied',
  'no-mailbox-read',
  'gmail-read-denied',
  'no-delegation-read',
] as const;
export type MailAdviceId = (typeof MAIL_ADVICE_IDS)[number];

/** What a known failure means and what to do: messages, rendered in the reader's language. */
export interface MailAdvice {
  cause: Message;
  fix: Message;
}

/** The settings a fix names, as committee.yaml writes them in every language. */
const SETTINGS = {
  graph: 'mail.transport { kind: graph }',
  graphKind: '{ kind: graph }',
  oauth: 'mail.transport { kind: smtp-oauth2, provider: { kind: microsoft, tenant, clientId } }',
  gmailApi: 'mail.transport { kind: gmail-api }',
} as const;

/** Each known failure's cause and fix. */
const ADVICE: Record<MailAdviceId, MailAdvice> = {
  'smtp-auth-disabled': {
    cause: message('mail-advice.smtpAuthDisabledCause'),
    fix: message('mail-advice.smtpAuthDisabledFix', { graph: SETTINGS.graph }),
  },
  'basic-auth-off': {
    cause: message('mail-advice.basicAuthOffCause'),
    fix: message('mail-advice.basicAuthOffFix', {
      oauth: SETTINGS.oauth,
      graphKind: SETTINGS.graphKind,
    }),
  },
  'auth-required': {
    cause: message('mail-advice.authRequiredCause'),
    fix: message('mail-advice.authRequiredFix'),
  },
  'app-password': {
    cause: message('mail-advice.appPasswordCause'),
    fix: message('mail-advice.appPasswordFix', { gmailApi: SETTINGS.gmailApi }),
  },
  'exchange-oauth': {
    cause: message('mail-advice.exchangeOauthCause'),
    fix: message('mail-advice.exchangeOauthFix'),
  },
  'login-refused': {
    cause: message('mail-advice.loginRefusedCause'),
    fix: message('mail-advice.loginRefusedFix'),
  },
  'too-large': {
    cause: message('mail-advice.tooLargeCause'),
    fix: message('mail-advice.tooLargeFix'),
  },
  'entra-secret': {
    cause: message('mail-advice.entraSecretCause'),
    fix: message('mail-advice.entraSecretFix'),
  },
  'entra-unknown': {
    cause: message('mail-advice.entraUnknownCause'),
    fix: message('mail-advice.entraUnknownFix'),
  },
  'invalid-scope': {
    cause: message('mail-advice.invalidScopeCause'),
    fix: message('mail-advice.invalidScopeFix'),
  },
  'no-client-secret': {
    cause: message('mail-advice.noClientSecretCause'),
    fix: message('mail-advice.noClientSecretFix'),
  },
  'no-google-key': {
    cause: message('mail-advice.noGoogleKeyCause'),
    fix: message('mail-advice.noGoogleKeyFix'),
  },
  'no-delegation': {
    cause: message('mail-advice.noDelegationCause'),
    fix: message('mail-advice.noDelegationFix'),
  },
  'invalid-grant': {
    cause: message('mail-advice.invalidGrantCause'),
    fix: message('mail-advice.invalidGrantFix'),
  },
  'graph-denied': {
    cause: message('mail-advice.graphDeniedCause'),
    fix: message('mail-advice.graphDeniedFix'),
  },
  'no-mailbox': {
    cause: message('mail-advice.noMailboxCause'),
    fix: message('mail-advice.noMailboxFix'),
  },
  'gmail-denied': {
    cause: message('mail-advice.gmailDeniedCause'),
    fix: message('mail-advice.gmailDeniedFix'),
  },
  'token-refused': {
    cause: message('mail-advice.tokenRefusedCause'),
    fix: message('mail-advice.tokenRefusedFix'),
  },
  'port-25': {
    cause: message('mail-advice.port25Cause'),
    fix: message('mail-advice.port25Fix'),
  },
  dns: {
    cause: message('mail-advice.dnsCause'),
    fix: message('mail-advice.dnsFix'),
  },
  tls: {
    cause: message('mail-advice.tlsCause'),
    fix: message('mail-advice.tlsFix'),
  },
  refused: {
    cause: message('mail-advice.refusedCause'),
    fix: message('mail-advice.refusedFix'),
  },
  timeout: {
    cause: message('mail-advice.timeoutCause'),
    fix: message('mail-advice.timeoutFix'),
  },
  'graph-read-denied': {
    cause: message('mail-advice.graphReadDeniedCause'),
    fix: message('mail-advice.graphReadDeniedFix'),
  },
  'no-mailbox-read': {
    cause: message('mail-advice.noMailboxReadCause'),
    fix: message('mail-advice.noMailboxReadFix'),
  },
  'gmail-read-denied': {
    cause: message('mail-advice.gmailReadDeniedCause'),
    fix: message('mail-advice.gmailReadDeniedFix'),
  },
  'no-delegation-read': {
    cause: message('mail-advice.noDelegationReadCause'),
    fix: message('mail-advice.noDelegationReadFix'),
  },
};

/** The port of an SMTP URL: its own, else 465 for `smtps:` and 587 for `smtp:`; null when it is none. */
export function smtpUrlPort(url: string): number | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') return null;
    return Number(parsed.port || (parsed.protocol === 'smtps:' ? 465 : 587));
  } catch {
    return null;
  }
}

/**
 * The SMTP port a configuration's mail leaves by: the OAuth SMTP transport's, or that of
 * `SMTP_URL` (for `smtp`, or no transport chosen); null when mail does not go by SMTP.
 */
export function outgoingSmtpPort(
  transport: MailTransportConfig | undefined,
  smtpUrl: string | undefined,
): number | null {
  if (transport?.kind === 'smtp-oauth2') return transport.port;
  return (!transport || transport.kind === 'smtp') && smtpUrl ? smtpUrlPort(smtpUrl) : null;
}

/** A failure as it was received. */
export interface MailFailure {
  /** The answer as received: an SMTP reply (`535 5.7.139 …`), an API or token error text. */
  text: string;
  /** A network error code (`ETIMEDOUT`, `ENOTFOUND`…) or an OAuth / API code. */
  code?: string;
  /** An HTTP status, for an API or a token endpoint. */
  status?: number;
  /** The SMTP port, when SMTP was tried. */
  port?: number;
  /** The intake was reading its mailbox (not sending): the permissions to check are others. */
  reading?: boolean;
}

interface Rule {
  test: (f: MailFailure) => boolean;
  id: MailAdviceId;
}

const has = (f: MailFailure, pattern: RegExp) => pattern.test(`${f.code ?? ''} ${f.text}`);

/** Most specific first. */
const RULES: readonly Rule[] = [
  {
    test: (f) => has(f, /5\.7\.139/) && /SmtpClientAuthentication is disabled/i.test(f.text),
    id: 'smtp-auth-disabled',
  },
  {
    test: (f) =>
      has(f, /5\.7\.139|5\.7\.30/) ||
      /basic authentication is (disabled|not supported)/i.test(f.text),
    id: 'basic-auth-off',
  },
  {
    test: (f) => has(f, /5\.7\.57/),
    id: 'auth-required',
  },
  {
    test: (f) => has(f, /534[- ]5\.7\.9/) || /application-specific password/i.test(f.text),
    id: 'app-password',
  },
  {
    test: (f) => has(f, /^535\b.*5\.7\.3\b|^535 5\.7\.3/) && /XOAUTH2|OAuth/i.test(f.text),
    id: 'exchange-oauth',
  },
  {
    test: (f) =>
      has(
        f,
        /^53[45]\b|5\.7\.8|Username and Password not accepted|authentication (unsuccessful|failed)|Identifiants refusés/i,
      ),
    id: 'login-refused',
  },
  {
    test: (f) => f.status === 413 || has(f, /ErrorMessageSizeExceeded|RequestEntityTooLarge/),
    id: 'too-large',
  },
  {
    test: (f) => has(f, /AADSTS7000215|AADSTS7000222|invalid_client.*secret/i),
    id: 'entra-secret',
  },
  {
    test: (f) => has(f, /AADSTS700016|AADSTS700027|AADSTS90002/),
    id: 'entra-unknown',
  },
  {
    // Entra ID: AADSTS1002012 (an app-only scope not ending in /.default), AADSTS70011.
    test: (f) => has(f, /invalid_scope|AADSTS1002012|AADSTS70011/),
    id: 'invalid-scope',
  },
  {
    test: (f) => has(f, /missing_credentials/),
    id: 'no-client-secret',
  },
  {
    test: (f) => has(f, /missing_key|invalid_key/),
    id: 'no-google-key',
  },
  {
    test: (f) => has(f, /unauthorized_client/),
    id: 'no-delegation',
  },
  {
    test: (f) => has(f, /invalid_grant/),
    id: 'invalid-grant',
  },
  {
    test: (f) =>
      f.status === 403 && has(f, /ErrorAccessDenied|Access is denied|Authorization_RequestDenied/i),
    id: 'graph-denied',
  },
  {
    test: (f) => has(f, /ErrorInvalidUser|MailboxNotEnabledForRESTAPI|ResourceNotFound/),
    id: 'no-mailbox',
  },
  {
    test: (f) => f.status === 403 && has(f, /insufficientPermissions|PERMISSION_DENIED|forbidden/i),
    id: 'gmail-denied',
  },
  {
    test: (f) => f.status === 401,
    id: 'token-refused',
  },
  {
    // Google Cloud drops outbound packets to port 25: a time-out, not a refusal.
    test: (f) => f.port === 25 && has(f, /ETIMEDOUT|timeout|timed out/i),
    id: 'port-25',
  },
  {
    test: (f) => has(f, /ENOTFOUND|EAI_AGAIN|EDNS|getaddrinfo/),
    id: 'dns',
  },
  {
    test: (f) => has(f, /certificate|self[- ]signed|CERT_|wrong version number|ssl|tls/i),
    id: 'tls',
  },
  {
    test: (f) => has(f, /ECONNREFUSED/),
    id: 'refused',
  },
  {
    test: (f) => has(f, /ETIMEDOUT|ECONNECTION|timeout/i),
    id: 'timeout',
  },
];

/** What a refusal means when the intake reads its mailbox rather than sends. */
const WHEN_READING: Partial<Record<MailAdviceId, MailAdviceId>> = {
  'graph-denied': 'graph-read-denied',
  'no-mailbox': 'no-mailbox-read',
  'gmail-denied': 'gmail-read-denied',
  'no-delegation': 'no-delegation-read',
};

/** Which known failure it is, or null. */
export function mailAdviceId(failure: MailFailure): MailAdviceId | null {
  const id = RULES.find((r) => r.test(failure))?.id ?? null;
  return id && failure.reading ? (WHEN_READING[id] ?? id) : id;
}

/** The cause of a failure and its fix, when it is a known one, to render in the reader's language. */
export function adviseMailFailure(failure: MailFailure): MailAdvice | null {
  const id = mailAdviceId(failure);
  return id ? ADVICE[id] : null;
}
