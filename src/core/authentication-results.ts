/**
 * The Authentication-Results header field (RFC 8601 §2.2) read as data: the server that wrote
 * it (its authserv-id), then each method's result with its reason and properties.
 *
 * A sender writes much of what a receiving server copies into the field (the envelope sender's
 * local-part, a DKIM identity, comments), so the field is read by its grammar, never split on
 * `;`: comments (nested, with quoted pairs) and quoted strings are skipped or kept whole
 * wherever the grammar allows them, and `smtp.mailfrom="x;dmarc=pass"@attacker.tld` is one
 * property whose domain is attacker.tld. What the grammar does not allow makes the field
 * unreadable, never half-read; so does a double quote inside a comment (see `skipCfws`).
 *
 * Exchange Online writes its verdict in a form of its own: no authserv-id (it begins with
 * `spf=`), properties without a ptype (`action=none`). It is read only when asked for.
 */

/** One method's result (RFC 8601 `resinfo`). */
export interface MethodResult {
  /** The method, lower case: `spf`, `dkim`, `dmarc`, `auth`, `iprev`, … */
  method: string;
  /** The method's version when written (`dkim/1`), else null. */
  version: number | null;
  /** The result, lower case: `pass`, `fail`, `none`, `softfail`, … */
  result: string;
  /** Its `reason=` when written. */
  reason: string | null;
  /**
   * `ptype.property` (lower case) → its value as written, unquoted: `header.from` →
   * `example.org`, `smtp.mailfrom` → `x@example.org`. In Exchange Online's form, a property
   * without a ptype is kept under its name alone (`action`).
   */
  properties: Record<string, string>;
}

/** The forms a field is written in: RFC 8601's, or Exchange Online's (no authserv-id). */
export const AUTHENTICATION_RESULTS_FORMS = ['rfc8601', 'exchange-online'] as const;
export type AuthenticationResultsForm = (typeof AUTHENTICATION_RESULTS_FORMS)[number];

/** One Authentication-Results field, as read. */
export type AuthenticationResults =
  | {
      readable: true;
      form: AuthenticationResultsForm;
      /** The server that wrote it, lower case; null in Exchange Online's form. */
      authservId: string | null;
      /** Its results in order; none for `none` (the server checked nothing). */
      results: MethodResult[];
    }
  | {
      readable: false;
      /** The authserv-id, lower case, when it could be read before the field went wrong. */
      authservId: string | null;
      /** Where reading stopped (an offset in the value). */
      at: number;
    };

/** How a field may be written. */
export interface AuthenticationResultsReading {
  /** Exchange Online's form is read too (RFC 8601's always is). */
  exchangeOnline?: boolean;
}

/** RFC 2045 tspecials: what a token (an authserv-id) may not hold. */
const TSPECIALS = '()<>@,;:\\"/[]?=';
/** RFC 5321 Ldh-str: a method, a result, a ptype or a property. */
const KEYWORD = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** A value being read, and where. */
interface Cursor {
  text: string;
  at: number;
}

const peek = (c: Cursor): string | undefined => c.text[c.at];
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isControl = (ch: string) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127;

/**
 * Skips white space and comments (nested, with quoted pairs). False on an unclosed comment, and
 * on a comment holding a double quote: that is a sender's quoted local-part copied into it
 * (`(domain of "x)dmarc=pass(y"@attacker.tld …)`), whose parentheses leave where the comment
 * ends in doubt.
 */
function skipCfws(c: Cursor): boolean {
  for (;;) {
    const ch = peek(c);
    if (isSpace(ch)) c.at++;
    else if (ch === '(') {
      let depth = 0;
      do {
        const next = c.text[c.at++];
        if (next === undefined || next === '"') return false;
        if (next === '\\') c.at++;
        else if (next === '(') depth++;
        else if (next === ')') depth--;
      } while (depth > 0);
    } else return true;
  }
}

/** A quoted string's content, the cursor on its opening quote; null when never closed. */
function readQuoted(c: Cursor): string | null {
  let out = '';
  c.at++;
  for (;;) {
    const ch = c.text[c.at++];
    if (ch === undefined) return null;
    if (ch === '"') return out;
    if (ch === '\\') {
      const escaped = c.text[c.at++];
      if (escaped === undefined) return null;
      out += escaped;
    } else if (ch !== '\r' && ch !== '\n') out += ch; // folding is no part of the value
  }
}

/** The longest run of characters that `accepts`, possibly empty. */
function readWhile(c: Cursor, accepts: (ch: string) => boolean): string {
  const start = c.at;
  while (c.at < c.text.length && accepts(c.text[c.at] as string)) c.at++;
  return c.text.slice(start, c.at);
}

function readKeyword(c: Cursor): string | null {
  const word = readWhile(c, (ch) => /[a-z0-9-]/i.test(ch));
  return KEYWORD.test(word) ? word.toLowerCase() : null;
}

/** An authserv-id: a token or a quoted string (RFC 2045 `value`). */
function readValue(c: Cursor): string | null {
  if (peek(c) === '"') return readQuoted(c);
  return readWhile(c, (ch) => !isSpace(ch) && !isControl(ch) && !TSPECIALS.includes(ch)) || null;
}

/**
 * A property's value: a quoted string, a quoted local-part and its `@domain`, or a run of
 * anything but white space, `;`, a comment or a quote. The run is wider than RFC 8601's token
 * because servers write DKIM's `header.b=Ab/c+d=` unquoted; nothing in it can end a result.
 */
function readPvalue(c: Cursor): string | null {
  if (!skipCfws(c)) return null;
  const bare = (ch: string) => !isSpace(ch) && !isControl(ch) && !'();"\\'.includes(ch);
  if (peek(c) === '"') {
    const quoted = readQuoted(c);
    if (quoted === null) return null;
    if (peek(c) !== '@') return quoted;
    c.at++;
    const domain = readWhile(c, bare);
    return domain ? `${quoted}@${domain}` : null;
  }
  return readWhile(c, bare) || null;
}

/** One result: `method[/version] = result`, then its reason and properties; null when malformed. */
function readResult(c: Cursor, form: AuthenticationResultsForm): MethodResult | null {
  if (!skipCfws(c)) return null;
  const method = readKeyword(c);
  if (!method || !skipCfws(c)) return null;
  let version: number | null = null;
  if (peek(c) === '/') {
    c.at++;
    if (!skipCfws(c)) return null;
    const digits = readWhile(c, (ch) => ch >= '0' && ch <= '9');
    if (!digits || !skipCfws(c)) return null;
    version = Number(digits);
  }
  if (peek(c) !== '=') return null;
  c.at++;
  if (!skipCfws(c)) return null;
  const result = readKeyword(c);
  if (!result) return null;
  let reason: string | null = null;
  const properties: Record<string, string> = {};
  for (;;) {
    if (!skipCfws(c)) return null;
    if (c.at >= c.text.length || peek(c) === ';') break;
    const name = readKeyword(c);
    if (!name || !skipCfws(c)) return null;
    let key: string;
    if (peek(c) === '.') {
      c.at++;
      if (!skipCfws(c)) return null;
      const property = readKeyword(c);
      if (!property || !skipCfws(c) || peek(c) !== '=') return null;
      key = `${name}.${property}`;
    } else if (peek(c) === '=' && name === 'reason' && reason === null) {
      c.at++;
      reason = readPvalue(c);
      if (reason === null) return null;
      continue;
    } else if (peek(c) === '=' && form === 'exchange-online') {
      key = name; // `action=none`
    } else return null;
    c.at++;
    const value = readPvalue(c);
    // A property written twice leaves its value in doubt: the field is not read.
    if (value === null || Object.hasOwn(properties, key)) return null;
    properties[key] = value;
  }
  return { method, version, result, reason, properties };
}

/** Whether the cursor stands on a result (`spf=…`, `dkim/1=…`) rather than an authserv-id. */
function atResult(c: Cursor): boolean {
  const start = c.at;
  const found = readKeyword(c) !== null && skipCfws(c) && (peek(c) === '=' || peek(c) === '/');
  c.at = start;
  return found;
}

/**
 * Reads one Authentication-Results field's value: by RFC 8601's grammar, and in Exchange
 * Online's form when `reading.exchangeOnline` says so. A field the grammar does not allow is
 * unreadable (its authserv-id kept when it was read), never read in part.
 */
export function parseAuthenticationResults(
  value: string,
  reading: AuthenticationResultsReading = {},
): AuthenticationResults {
  const c: Cursor = { text: value, at: 0 };
  let authservId: string | null = null;
  const unreadable = (): AuthenticationResults => ({ readable: false, authservId, at: c.at });
  if (!skipCfws(c)) return unreadable();
  const form: AuthenticationResultsForm =
    reading.exchangeOnline && atResult(c) ? 'exchange-online' : 'rfc8601';
  if (form === 'rfc8601') {
    if (atResult(c)) return unreadable(); // a result where the server's name should be
    const id = readValue(c);
    if (!id) return unreadable();
    authservId = id.toLowerCase();
    if (!skipCfws(c)) return unreadable();
    if (/[0-9]/.test(peek(c) ?? '')) {
      // authres-version: only version 1 exists (RFC 8601 §2.2).
      if (readWhile(c, (ch) => ch >= '0' && ch <= '9') !== '1' || !skipCfws(c)) {
        return unreadable();
      }
    }
  }
  const results: MethodResult[] = [];
  let none = false;
  // RFC 8601's results each follow a `;`; Exchange Online's first one stands first.
  let first = form === 'exchange-online';
  for (;;) {
    if (!skipCfws(c)) return unreadable();
    if (c.at >= c.text.length) break;
    if (!first) {
      if (peek(c) !== ';') return unreadable();
      c.at++;
      if (!skipCfws(c)) return unreadable();
      if (c.at >= c.text.length) break; // a trailing `;`, as Exchange Online and others write
    }
    first = false;
    const start = c.at;
    if (readKeyword(c) === 'none' && skipCfws(c) && (c.at >= c.text.length || peek(c) === ';')) {
      // `none`: the server checked nothing; it stands alone (RFC 8601 `no-result`).
      if (results.length || none) return unreadable();
      none = true;
      continue;
    }
    c.at = start;
    const result = none ? null : readResult(c, form);
    if (!result) return unreadable();
    results.push(result);
  }
  if (!none && results.length === 0) return unreadable();
  return { readable: true, form, authservId, results };
}
