/**
 * Whether the secretariat's own receiving server vouches for a message's sender, and what the
 * intake makes of it: filed, filed marked « non authentifié », or held for the secretariat.
 *
 * Anyone can write an Authentication-Results field: only one bearing the authserv-id of the
 * secretariat's receiving servers says anything (RFC 8601 §7.1), and that server removes
 * forged fields bearing its id before adding its own (§5), so its field is the topmost one.
 * Two fields claiming a trusted id, or a trusted field below another, mean that something on
 * the way added a field: the message is held. The verdict itself is DMARC's (RFC 7489) for
 * the From domain; without a DMARC record, SPF or DKIM passing aligned with it.
 */
import {
  parseAuthenticationResults,
  type AuthenticationResults,
  type MethodResult,
} from './authentication-results.js';
import { message, render, translate, type Message } from './catalogue/render.js';
import type { AuthenticationPolicy, IntakeConfig } from './config-schema.js';
import { headerValues, type InboundMessage } from './inbound-mail.js';
import type { LocaleTag } from './locale-tag.js';

/** What the intake does with a message, as far as its sender's authentication goes. */
export const AUTHENTICATION_OUTCOMES = [
  /** A trusted server vouches for the sender. */
  'filed',
  /** No trusted verdict, and the policy takes it: filed, marked « non authentifié ». */
  'unauthenticated',
  /** Kept for the secretariat to release (`intake --release`). */
  'held',
] as const;
export type AuthenticationOutcome = (typeof AUTHENTICATION_OUTCOMES)[number];

/** The decision, and its note in the committee's language (why, or how it passed). */
export interface AuthenticationDecision {
  outcome: AuthenticationOutcome;
  note: string;
}

/** What of the intake's configuration the decision reads. */
export type AuthenticationSettings = Pick<IntakeConfig, 'kind' | 'authentication' | 'authservId'>;

/** The authserv-id Gmail's receiving servers sign with. */
export const GMAIL_AUTHSERV_ID = 'mx.google.com';

/** How Microsoft 365's verdict, which names no server, is named in notes. */
const EXCHANGE_ONLINE = 'Exchange Online';

/** The receiving servers whose verdict is trusted. */
export interface TrustedServers {
  /** Their authserv-ids, lower case. */
  ids: string[];
  /** Exchange Online's topmost field, which names no server, is trusted (Graph). */
  exchangeOnline: boolean;
}

/**
 * The receiving servers trusted: `intake.authservId`; else Gmail's for `gmail-api`, Exchange
 * Online's topmost field for `graph`; null for `imap` and `folder` without it (none can be).
 */
export function trustedServers(intake: AuthenticationSettings): TrustedServers | null {
  const named = intake.authservId === undefined ? [] : [intake.authservId].flat();
  if (named.length) return { ids: named.map((id) => id.toLowerCase()), exchangeOnline: false };
  if (intake.kind === 'gmail-api') return { ids: [GMAIL_AUTHSERV_ID], exchangeOnline: false };
  if (intake.kind === 'graph') return { ids: [], exchangeOnline: true };
  return null;
}

/** `required` wherever the receiving server is known; `when-present` elsewhere. */
export function authenticationPolicy(intake: AuthenticationSettings): AuthenticationPolicy {
  return intake.authentication ?? (trustedServers(intake) ? 'required' : 'when-present');
}

/** What every run and `mail-check` say of this configuration: forged senders pass unseen. */
export function authenticationWarnings(
  intake: AuthenticationSettings,
  tag: LocaleTag = 'fr',
): string[] {
  if (trustedServers(intake)) return [];
  // The line to write is YAML, the same in every language; its example server is the language's.
  // Only the key is shown, beside the committee's own kind: a whole `intake:` to copy would
  // replace the mailbox the committee has (a folder made IMAP, its dir lost).
  const server = translate(tag, 'intake.exampleServer');
  const setting = `authservId: ${server}`;
  return [translate(tag, 'intake.forgedSenders', { setting, kind: intake.kind })];
}

/** The domain of an address or of a `header.i`/`smtp.mailfrom` value, lower case. */
export function domainOf(address: string): string {
  return (address.split('@').pop() ?? '').replace(/[>\s]+$/, '').toLowerCase();
}

/**
 * Relaxed alignment (DMARC, RFC 7489 §3.1): the same organisational domain. Without the
 * public suffix list, a domain aligns with itself and with its parent or child domains.
 */
function aligned(a: string, b: string): boolean {
  return a !== '' && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`));
}

/** SPF and DKIM results that say the sender is not who it claims (RFC 7208 §2.6, RFC 8601 §2.7.1). */
const FAILING = new Set(['fail', 'softfail', 'permerror', 'policy']);

/** What one field says of the From domain, and why (to render in the committee's language). */
interface FieldVerdict {
  verdict: 'pass' | 'fail' | 'none';
  why: Message | string;
}

/** One field, as read, and whether it is the trusted server's. */
interface Field {
  read: AuthenticationResults;
  trusted: boolean;
  /** Its server, for notes. */
  server: Message | string;
}

/**
 * What a field says of the From domain: DMARC's pass, or without a DMARC record SPF or DKIM
 * passing aligned; a DMARC failure, an aligned SPF or DKIM failure, or DMARC judging another
 * domain, fail; anything else says nothing (`none`).
 */
function judge(field: Field, fromDomain: string): FieldVerdict {
  const read = field.read;
  if (!read.readable) {
    return { verdict: 'none', why: message('intake.unreadableHeader', { server: field.server }) };
  }
  if (!fromDomain) return { verdict: 'fail', why: message('intake.noSenderAddress') };
  const results = read.results;
  const dmarc = results.filter((r) => r.method === 'dmarc');
  const other = dmarc
    .map((r) => r.properties['header.from'])
    .find((said) => said !== undefined && domainOf(said) !== fromDomain);
  if (other !== undefined) {
    return {
      verdict: 'fail',
      why: message('intake.dmarcOtherDomain', { said: other, from: fromDomain }),
    };
  }
  // One DMARC result per field: a second one was written by someone else.
  if (dmarc.length > 1) {
    return { verdict: 'fail', why: message('intake.severalDmarc', { from: fromDomain }) };
  }
  const result = dmarc[0]?.result;
  if (result === 'pass') return { verdict: 'pass', why: 'dmarc=pass' };
  if (result !== undefined && result !== 'none') {
    return { verdict: 'fail', why: message('intake.dmarcFailed', { result, from: fromDomain }) };
  }
  const ofSender = (r: MethodResult) =>
    (r.method === 'spf' &&
      aligned(
        domainOf(r.properties['smtp.mailfrom'] ?? r.properties['smtp.helo'] ?? ''),
        fromDomain,
      )) ||
    (r.method === 'dkim' &&
      aligned(domainOf(r.properties['header.d'] ?? r.properties['header.i'] ?? ''), fromDomain));
  const own = results.filter(ofSender);
  if (result === 'none') {
    if (own.some((r) => r.method === 'spf' && r.result === 'pass')) {
      return { verdict: 'pass', why: message('intake.spfAligned') };
    }
    if (own.some((r) => r.method === 'dkim' && r.result === 'pass')) {
      return { verdict: 'pass', why: message('intake.dkimAligned') };
    }
  }
  const said = results.map((r) => `${r.method}=${r.result}`).join(', ');
  const values = { from: fromDomain, results: said || message('intake.noResult') };
  const why =
    result === 'none'
      ? message('intake.unaligned', values)
      : message('intake.noDmarcResult', values);
  return { verdict: own.some((r) => FAILING.has(r.result)) ? 'fail' : 'none', why };
}

/** The message's Authentication-Results fields, topmost first, each read and judged trusted or not. */
function fieldsOf(inbound: InboundMessage, trust: TrustedServers | null): Field[] {
  return headerValues(inbound, 'authentication-results').map((value, index) => {
    // Exchange Online's form is read everywhere (a failure it states holds a message), and
    // trusted only as Graph's topmost field.
    const read = parseAuthenticationResults(value, { exchangeOnline: true });
    const id = read.authservId;
    const trusted =
      trust !== null &&
      (id === null ? trust.exchangeOnline && index === 0 : trust.ids.includes(id));
    const server =
      id ?? (read.readable || trusted ? EXCHANGE_ONLINE : message('intake.unnamedServer'));
    return { read, trusted, server };
  });
}

/**
 * What the intake does with a message (docs/security.md « Forged senders », the decision table):
 * the topmost field of a trusted server decides alone, whatever the policy; two trusted fields
 * or one below another hold it. Without a trusted field, `required` holds it; `when-present`
 * files it marked « non authentifié », unless a field, trusted or not, states a failure.
 */
export function authenticationDecision(
  inbound: InboundMessage,
  intake: AuthenticationSettings,
  tag: LocaleTag = 'fr',
): AuthenticationDecision {
  const trust = trustedServers(intake);
  const held = (why: Message | string): AuthenticationDecision => ({
    outcome: 'held',
    note: translate(tag, 'intake.notAuthenticated', { why }),
  });
  const fromDomain = inbound.from ? domainOf(inbound.from.address) : '';
  const fields = fieldsOf(inbound, trust);
  const trusted = fields.filter((f) => f.trusted);
  const [top] = fields;
  if (trusted.length > 1) {
    return held(message('intake.severalTrusted', { server: (trusted[1] as Field).server }));
  }
  if (trusted.length === 1 && top) {
    const field = trusted[0] as Field;
    if (field !== top) {
      return held(message('intake.trustedBelow', { server: field.server, above: top.server }));
    }
    const { verdict, why } = judge(field, fromDomain);
    return verdict === 'pass' ? { outcome: 'filed', note: render(tag, why) } : held(why);
  }
  const servers = trust
    ? [...trust.ids, ...(trust.exchangeOnline ? [EXCHANGE_ONLINE] : [])].join(', ')
    : null;
  // The server that did write the topmost field: the name to give, if it is the secretariat's.
  const seen = fields[0]?.read.authservId ?? null;
  const absent =
    servers === null
      ? message('intake.noServerNamed')
      : message('intake.noTrustedHeader', { servers, named: seen !== null, seen: seen ?? '' });
  if (authenticationPolicy(intake) === 'required') return held(absent);
  // Whoever wrote a field, a failure it states is not to be filed.
  for (const field of fields) {
    const { verdict, why } = judge(field, fromDomain);
    if (verdict === 'fail') {
      return held(message('intake.untrustedFailed', { server: field.server, why }));
    }
  }
  return {
    outcome: 'unauthenticated',
    note: translate(tag, 'intake.unauthenticated', { why: absent }),
  };
}
