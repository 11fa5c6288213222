import { INTAKE_WORDS } from '../../src/core/catalogue/intake-words.js';
import { describe, expect, it } from 'vitest';
import {
  attachmentKind,
  authenticationVerdict,
  automaticReason,
  parseAuthenticationResults,
  type InboundMessage,
} from '../../src/core/inbound-mail.js';

/** A message from `from` with these headers, topmost first. */
function message(
  from: string,
  headers: [string, string][] = [],
  extra: Partial<InboundMessage> = {},
): InboundMessage {
  return {
    id: '1',
    messageId: '<m@example.org>',
    from: { name: '', address: from },
    subject: 'Fiche',
    receivedAt: new Date('2019-01-07T09:00:00Z'),
    inReplyTo: null,
    references: [],
    headers: headers.map(([name, value]) => ({ name: name.toLowerCase(), value })),
    contentType: 'multipart/mixed',
    size: 1000,
    attachments: [],
    ...extra,
  };
}

describe('Authentication-Results (RFC 8601)', () => {
  it('reads the methods, whatever the server id, comments and quoting', () => {
    // Microsoft 365 writes no authserv-id; Google does, with comments.
    expect(parseAuthenticationResults('spf=pass (sender IP is 40.107.1.1) smtp.mailfrom=ministere.ma; dkim=pass (signature was verified) header.d=ministere.ma;dmarc=pass action=none header.from=ministere.ma;compauth=pass reason=100')).toEqual([
      { method: 'spf', result: 'pass', properties: { 'smtp.mailfrom': 'ministere.ma' } },
      { method: 'dkim', result: 'pass', properties: { 'header.d': 'ministere.ma' } },
      { method: 'dmarc', result: 'pass', properties: { 'header.from': 'ministere.ma' } },
      { method: 'compauth', result: 'pass', properties: {} },
    ]);
    expect(parseAuthenticationResults('mx.google.com; dkim=pass header.i=@example.org header.s=s1; spf=softfail (google.com: domain of x@example.org does not designate 1.2.3.4) smtp.mailfrom=x@example.org; dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=example.org')).toEqual([
      { method: 'dkim', result: 'pass', properties: { 'header.i': '@example.org', 'header.s': 's1' } },
      { method: 'spf', result: 'softfail', properties: { 'smtp.mailfrom': 'x@example.org' } },
      { method: 'dmarc', result: 'fail', properties: { 'header.from': 'example.org' } },
    ]);
    expect(parseAuthenticationResults('mx.example.org; none')).toEqual([]);
  }); // prettier-ignore

  it.each([
    ['DMARC passes for the From domain', 'mx; dmarc=pass header.from=ministere.ma', true, 'dmarc=pass'],
    ['DMARC passes for another domain', 'mx; dmarc=pass header.from=evil.example', false, 'pas pour ministere.ma'],
    ['DMARC fails', 'mx; spf=pass smtp.mailfrom=ministere.ma; dmarc=fail header.from=ministere.ma', false, 'dmarc=fail'],
    ['no DMARC record, SPF aligned (a subdomain sends)', 'mx; spf=pass smtp.mailfrom=bounce.ministere.ma; dmarc=none', true, 'spf=pass'],
    ['no DMARC record, DKIM aligned', 'mx; spf=fail smtp.mailfrom=ministere.ma; dkim=pass header.d=ministere.ma; dmarc=none', true, 'dkim=pass'],
    ['no DMARC record, SPF passes for another domain only', 'mx; spf=pass smtp.mailfrom=mailer.example; dmarc=none', false, 'ni SPF ni DKIM alignés'],
    ['no DMARC record, SPF fails', 'mx; spf=fail smtp.mailfrom=ministere.ma; dmarc=none header.from=ministere.ma', false, 'ni SPF ni DKIM alignés'],
  ])('%s', (_, header, ok, said) => {
    const verdict = authenticationVerdict(message('nadia@ministere.ma', [['Authentication-Results', header]]));
    expect(verdict.ok).toBe(ok);
    expect(verdict.ok ? verdict.how : verdict.why).toContain(said);
  }); // prettier-ignore

  it('reads only the topmost header, which the secretariat’s own server wrote', () => {
    const forged = message('nadia@ministere.ma', [
      ['Authentication-Results', 'mx.ministere.ma; dmarc=fail header.from=ministere.ma'],
      ['Authentication-Results', 'evil.example; dmarc=pass header.from=ministere.ma'],
    ]);
    expect(authenticationVerdict(forged).ok).toBe(false);
    expect(authenticationVerdict(message('nadia@ministere.ma'))).toMatchObject({
      ok: false,
      noHeader: true,
    });
  });
});

describe('automatic mail (RFC 3834)', () => {
  it.each([
    ['Auto-Submitted: auto-replied', [['Auto-Submitted', 'auto-replied']], 'Auto-Submitted: auto-replied'],
    ['Auto-Submitted: auto-generated; with a parameter', [['Auto-Submitted', 'auto-generated; owner-email="x@y"']], 'auto-generated'],
    ['Precedence: bulk', [['Precedence', 'bulk']], 'Precedence: bulk'],
    ['a bounce (empty Return-Path)', [['Return-Path', '<>']], 'Return-Path vide'],
    ['a mailing list', [['List-Id', '<ogp.lists.example.org>']], 'List-Id'],
    ['an X-Autoreply header', [['X-Autoreply', 'yes']], 'x-autoreply'],
  ] as [string, [string, string][], string][])('%s is automatic', (_, headers, reason) => {
    expect(automaticReason(message('a@b.c', headers))).toContain(reason);
  }); // prettier-ignore

  it.each([
    ['Réponse automatique : absente jusqu’au 14/01', true],
    ['Automatic reply: Out of office', true],
    ['Out of Office: back on Monday', true],
    ['رد تلقائي: خارج المكتب', true],
    ['Absence de données pour le jalon 2', false],
    ['RE: Rappel : Fiche des actions de communication', false],
  ])('the subject « %s » is an out-of-office reply: %s', (subject, automatic) => {
    expect(automaticReason(message('a@b.c', [], { subject })) !== null).toBe(automatic);
  });

  it('says why in the committee’s language', () => {
    const es = INTAKE_WORDS.es;
    expect(automaticReason(message('a@b.c', [['Return-Path', '<>']]), es)).toBe('Return-Path vacío');
    const verdict = authenticationVerdict(message('ana@salud.gob.mx', [['Authentication-Results', 'mx; spf=fail smtp.mailfrom=salud.gob.mx; dmarc=none']]), es);
    expect(verdict).toMatchObject({ ok: false, why: 'salud.gob.mx sin DMARC, y ni SPF ni DKIM alineados (spf=fail, dmarc=none)' });
  }); // prettier-ignore

  it('takes a person’s message, Auto-Submitted: no included, and a delivery report is automatic', () => {
    expect(automaticReason(message('a@b.c', [['Auto-Submitted', 'no']]))).toBeNull();
    expect(automaticReason(message('a@b.c', [], { contentType: 'multipart/report' }))).toContain(
      'multipart/report',
    );
  });
});

describe('attachments', () => {
  it.each([
    ['engagement-07.xlsx', 'application/octet-stream', 'workbook'],
    [
      'ENGAGEMENT-07.XLSX',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'workbook',
    ],
    ['', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'workbook'],
    ['engagement-07.xls', 'application/vnd.ms-excel', 'other-spreadsheet'],
    ['engagement-07.xlsm', 'application/vnd.ms-excel.sheet.macroenabled.12', 'other-spreadsheet'],
    ['engagement-07.ods', 'application/vnd.oasis.opendocument.spreadsheet', 'other-spreadsheet'],
    ['export.csv', 'text/csv', 'other-spreadsheet'],
    ['logo.png', 'image/png', 'other'],
    ['rapport.pdf', 'application/pdf', 'other'],
  ])('%s (%s) is %s', (filename, contentType, kind) => {
    expect(attachmentKind({ filename, contentType })).toBe(kind);
  });
});
