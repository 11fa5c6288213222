import { describe, expect, it } from 'vitest';
import { automaticReason } from '../../src/core/automatic-mail.js';
import { attachmentKind, type InboundMessage } from '../../src/core/inbound-mail.js';

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
    expect(automaticReason(message('a@b.c', [['Return-Path', '<>']]), 'es')).toBe(
      'Return-Path vacío',
    );
  });

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
