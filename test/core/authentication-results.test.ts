/**
 * The Authentication-Results field read by RFC 8601's grammar: every example of its Appendix B,
 * Exchange Online's form (only when asked for), and the fields a sender shapes to be misread
 * (a `;` in a quoted local-part or in a comment).
 */
import { describe, expect, it } from 'vitest';
import {
  parseAuthenticationResults,
  type AuthenticationResults,
  type MethodResult,
} from '../../src/core/authentication-results.js';

/** A result as the tables write it: method, result, properties; no version nor reason. */
const r = (
  method: string,
  result: string,
  properties: Record<string, string> = {},
  extra: Partial<MethodResult> = {},
): MethodResult => ({ method, version: null, result, reason: null, properties, ...extra });

const read = (authservId: string | null, results: MethodResult[], form = 'rfc8601') =>
  ({ readable: true, form, authservId, results }) as AuthenticationResults;

describe('RFC 8601 Appendix B, each example as written there', () => {
  it.each([
    ['B.2 service provided, no authentication done',
      'example.org 1; none',
      read('example.org', [])],
    ['B.3 service provided, authentication done',
      'example.com;\r\n          spf=pass smtp.mailfrom=example.net',
      read('example.com', [r('spf', 'pass', { 'smtp.mailfrom': 'example.net' })])],
    ['B.4 several authentications, single MTA (first field)',
      'example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n          spf=pass smtp.mailfrom=example.net',
      read('example.com', [r('auth', 'pass', { 'smtp.auth': 'sender@example.net' }), r('spf', 'pass', { 'smtp.mailfrom': 'example.net' })])],
    ['B.4 several authentications, single MTA (second field)',
      'example.com; iprev=pass\r\n          policy.iprev=192.0.2.200',
      read('example.com', [r('iprev', 'pass', { 'policy.iprev': '192.0.2.200' })])],
    ['B.5 several authentications, different MTAs (first field)',
      'example.com;\r\n          dkim=pass (good signature) header.d=example.com',
      read('example.com', [r('dkim', 'pass', { 'header.d': 'example.com' })])],
    ['B.5 several authentications, different MTAs (second field)',
      'example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.com;\r\n          spf=fail smtp.mailfrom=example.com',
      read('example.com', [r('auth', 'pass', { 'smtp.auth': 'sender@example.com' }), r('spf', 'fail', { 'smtp.mailfrom': 'example.com' })])],
    ['B.6 multi-tiered authentication (first field)',
      'example.com;\r\n      dkim=pass reason="good signature"\r\n        header.i=@mail-router.example.net;\r\n      dkim=fail reason="bad signature"\r\n        header.i=@newyork.example.com',
      read('example.com', [
        r('dkim', 'pass', { 'header.i': '@mail-router.example.net' }, { reason: 'good signature' }),
        r('dkim', 'fail', { 'header.i': '@newyork.example.com' }, { reason: 'bad signature' }),
      ])],
    ['B.6 multi-tiered authentication (second field)',
      'example.net;\r\n      dkim=pass (good signature) header.i=@newyork.example.com',
      read('example.net', [r('dkim', 'pass', { 'header.i': '@newyork.example.com' })])],
    ['B.7 comment-heavy example',
      "foo.example.net (foobar) 1 (baz);\r\n    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n      policy (A dot can go here) . (like that) expired\r\n      (this surprised me) = (as I wasn't expecting it) 1362471462",
      read('foo.example.net', [r('dkim', 'fail', { 'policy.expired': '1362471462' }, { version: 1 })])],
  ] as [string, string, AuthenticationResults][])('%s', (_, value, expected) => {
    expect(parseAuthenticationResults(value)).toEqual(expected);
  }); // prettier-ignore
});

describe('what receiving servers write', () => {
  it.each([
    ['Gmail: DKIM’s b= with / and +, comments holding `;` and `=`',
      'mx.google.com;\r\n       dkim=pass header.i=@example.org header.s=s1 header.b=Ab/c+d=;\r\n       spf=pass (google.com: domain of x@example.org designates 192.0.2.1 as permitted sender; really) smtp.mailfrom=x@example.org;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.org',
      read('mx.google.com', [
        r('dkim', 'pass', { 'header.i': '@example.org', 'header.s': 's1', 'header.b': 'Ab/c+d=' }),
        r('spf', 'pass', { 'smtp.mailfrom': 'x@example.org' }),
        r('dmarc', 'pass', { 'header.from': 'example.org' }),
      ])],
    ['a quoted authserv-id, a trailing `;`, a quoted value',
      '"MX.Example.Org"; dkim=pass header.d="example.org";',
      read('mx.example.org', [r('dkim', 'pass', { 'header.d': 'example.org' })])],
  ] as [string, string, AuthenticationResults][])('%s', (_, value, expected) => {
    expect(parseAuthenticationResults(value)).toEqual(expected);
  }); // prettier-ignore

  // A real Exchange Online field (folded, `;` without a space, a trailing `;`).
  const exchange =
    'spf=pass (sender IP is 63.35.35.123)\r\n smtp.mailfrom=arm.com; dkim=pass (signature was verified)\r\n header.d=armh.onmicrosoft.com;dmarc=pass action=none header.from=arm.com;compauth=pass reason=100;';

  it('reads Exchange Online’s form, which names no server, only when asked for', () => {
    expect(parseAuthenticationResults(exchange, { exchangeOnline: true })).toEqual(
      read(
        null,
        [
          r('spf', 'pass', { 'smtp.mailfrom': 'arm.com' }),
          r('dkim', 'pass', { 'header.d': 'armh.onmicrosoft.com' }),
          r('dmarc', 'pass', { action: 'none', 'header.from': 'arm.com' }),
          r('compauth', 'pass', {}, { reason: '100' }),
        ],
        'exchange-online',
      ),
    );
    expect(parseAuthenticationResults(exchange)).toMatchObject({
      readable: false,
      authservId: null,
    });
    // A property without ptype is Exchange Online's alone.
    expect(
      parseAuthenticationResults('mx.example.org; dmarc=pass action=none header.from=arm.com', {
        exchangeOnline: true,
      }),
    ).toMatchObject({ readable: false, authservId: 'mx.example.org' });
  });
});

describe('fields a sender shapes to be misread', () => {
  it.each([
    ['a `;` and a result inside a quoted local-part (smtp.mailfrom)',
      'mx.example.org; spf=pass smtp.mailfrom="x;dmarc=pass"@attacker.tld; dmarc=fail header.from=example.org',
      read('mx.example.org', [
        r('spf', 'pass', { 'smtp.mailfrom': 'x;dmarc=pass@attacker.tld' }),
        r('dmarc', 'fail', { 'header.from': 'example.org' }),
      ])],
    ['a `;` and a result inside a quoted local-part (header.i)',
      'mx.example.org; dkim=pass header.i="a;dmarc=pass"@attacker.tld; dmarc=fail header.from=example.org',
      read('mx.example.org', [
        r('dkim', 'pass', { 'header.i': 'a;dmarc=pass@attacker.tld' }),
        r('dmarc', 'fail', { 'header.from': 'example.org' }),
      ])],
    ['a `;` and a result inside a comment',
      'mx.example.org; spf=pass (x;dmarc=pass) smtp.mailfrom=attacker.tld; dmarc=fail header.from=example.org',
      read('mx.example.org', [
        r('spf', 'pass', { 'smtp.mailfrom': 'attacker.tld' }),
        r('dmarc', 'fail', { 'header.from': 'example.org' }),
      ])],
  ] as [string, string, AuthenticationResults][])('%s is one value', (_, value, expected) => {
    expect(parseAuthenticationResults(value)).toEqual(expected);
  }); // prettier-ignore

  it.each([
    ['a quoted local-part copied into a comment, its parentheses ending it early',
      'mx.google.com; spf=pass (google.com: domain of "x);dmarc=pass header.from=example.org;spf=pass (y"@attacker.tld designates 192.0.2.1) smtp.mailfrom=attacker.tld; dmarc=fail header.from=example.org', 'mx.google.com'],
    ['a quoted string never closed', 'mx.example.org; spf=pass smtp.mailfrom="x;dmarc=pass@attacker.tld', 'mx.example.org'],
    ['a comment never closed', 'mx.example.org; spf=pass (x; dmarc=fail header.from=example.org', 'mx.example.org'],
    ['a property written twice', 'mx.example.org; dmarc=pass header.from=attacker.tld header.from=example.org', 'mx.example.org'],
    ['`none` beside results', 'mx.example.org; none; dmarc=pass header.from=example.org', 'mx.example.org'],
    ['a version other than 1', 'mx.example.org 2; dmarc=pass header.from=example.org', 'mx.example.org'],
    ['a server name alone', 'mx.example.org', 'mx.example.org'],
    ['an empty result between two `;`', 'mx.example.org; ; dmarc=pass header.from=example.org', 'mx.example.org'],
    ['a value broken by a quote', 'mx.example.org; dmarc=pass header.from=example.org"x', 'mx.example.org'],
    ['nothing', '', null],
  ])('%s: unreadable, never half-read', (_, value, authservId) => {
    expect(parseAuthenticationResults(value)).toMatchObject({ readable: false, authservId });
  }); // prettier-ignore
});
