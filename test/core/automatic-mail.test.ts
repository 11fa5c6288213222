/**
 * Automatic mail, from the headers real servers write: Exchange/Outlook out-of-office, Gmail's
 * vacation responder, Postfix and Sieve vacation, bounces, read receipts, Google Groups and
 * lists without a List-Id. Never answered nor filed; a sender's X-Auto-Response-Suppress only
 * stops the answer.
 */
import { describe, expect, it } from 'vitest';
import {
  answerSuppressed,
  automaticContextOf,
  automaticReason,
  listIdOf,
} from '../../src/core/automatic-mail.js';
import { translate } from '../../src/core/catalogue/render.js';
import type { CommitteeConfig } from '../../src/core/config-schema.js';
import type { InboundAttachment, InboundMessage } from '../../src/core/inbound-mail.js';

/** A message from its header block as it is on the wire (folded lines joined, RFC 5322 §2.2.3). */
function messageOf(raw: string, attachments: Pick<InboundAttachment, 'contentType'>[] = []): InboundMessage {
  const headers = raw.trim().replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/).map((line) => {
    const colon = line.indexOf(':');
    return { name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() };
  });
  const first = (name: string) => headers.find((h) => h.name === name)?.value ?? '';
  const address = (/<([^>]+)>/.exec(first('from'))?.[1] ?? first('from').split(/\s/)[0] ?? '').toLowerCase();
  return {
    id: '1',
    messageId: first('message-id') || null,
    from: address ? { name: '', address } : null,
    subject: first('subject'),
    receivedAt: new Date('2019-01-07T09:12:00Z'),
    inReplyTo: null,
    references: [],
    headers,
    contentType: first('content-type').split(';')[0]!.trim().toLowerCase() || 'text/plain',
    size: raw.length,
    attachments: attachments.map((a) => ({ filename: '', size: 0, content: null, ...a })),
  };
} // prettier-ignore

/**
 * Exchange Online's out-of-office, as it came to a contact form (a real message, its
 * addresses changed): `auto-submitted: auto-generated`, `X-Auto-Response-Suppress: All`.
 */
const EXCHANGE_OOF = `
From: Nadia Alaoui <nadia.alaoui@ministere.example>
To: Secrétariat OGP <ogp@example.org>
Subject: Automatic reply: Rappel : fiche de l'engagement n° 5
Thread-Topic: Rappel : fiche de l'engagement n° 5
Thread-Index: AQHZeE9/uR0mx9Kq3UimCKHLEgf/WK89rmIb
Date: Wed, 26 Apr 2023 14:58:03 +0000
Message-ID:
 <aef8de8b87ce408d98043942ab89c729@DM8PR09MB7205.namprd09.prod.outlook.com>
References: <rappel-e05@example.org>
In-Reply-To: <rappel-e05@example.org>
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: nadia.alaoui@ministere.example
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <rappel-e05@example.org>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0`;

/** An Exchange 2013 non-delivery report: a MAILER-DAEMON return path, multipart/report. */
const EXCHANGE_NDR = `
Return-Path: <MAILER-DAEMON>
Date: Tue, 13 Feb 2018 14:07:19 +1300
Content-Type: multipart/report; report-type=delivery-status;
    boundary="02ddc4c3-1c25-44d9-a87b-e19011497c34"
Content-Language: en-US
Message-ID: <020fd716-e88a-4199-8971-95eeb3759b6e@ministere.example>
In-Reply-To: <rappel-e05@example.org>
Thread-Index: AQHXl+LPt2gZg1ctnJZSwldsza9BF6OZneDAgAAAWBE=
Subject: Undeliverable: Rappel : fiche de l'engagement n° 5`;

/** Gmail's vacation responder: RFC 3834's `Auto-Submitted: auto-replied`, the subject its owner typed. */
const GMAIL_VACATION = `
Return-Path: <samira.chraibi@gmail.example>
Message-ID: <CAKx8Fz0vacation1234@mail.gmail.com>
Date: Mon, 7 Jan 2019 10:12:00 +0100
From: Samira Chraibi <samira.chraibi@gmail.example>
To: ogp@example.org
Subject: En congé jusqu'au 14 janvier
In-Reply-To: <rappel-e05@example.org>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000a1b2c3"`;

/** Postfix Admin's vacation.pl (Mail::Sendmail), as its source writes it: no Auto-Submitted. */
const POSTFIX_VACATION = `
Return-Path: <hind.berrada@example.org>
Subject: =?utf-8?Q?Absente?=
From: hind.berrada@example.org
To: ogp@example.org
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
Precedence: junk
X-Loop: Postfix Admin Virtual Vacation`;

/** Its later versions add RFC 3834's header. */
const POSTFIX_VACATION_3834 = `${POSTFIX_VACATION}
Auto-Submitted: auto-replied`;

/** Sieve's vacation (RFC 5230) in Dovecot Pigeonhole: a null return path, `(vacation)` comment. */
const SIEVE_VACATION = `
Return-Path: <>
Message-ID: <dovecot-sieve-1546852320-123-0@mail.example.org>
Date: Mon, 07 Jan 2019 10:12:00 +0100
X-Sieve: Pigeonhole Sieve 0.5.4
From: <leila.tazi@example.org>
To: <ogp@example.org>
Subject: Auto: Rappel : fiche de l'engagement n° 3
In-Reply-To: <rappel-e03@example.org>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8`;

/** A Postfix bounce: null return path, MAILER-DAEMON, multipart/report (RFC 3464). */
const POSTFIX_BOUNCE = `
Return-Path: <>
Received: by mx.example.org (Postfix) id 3F1C2C0001; Mon,  7 Jan 2019 10:12:00 +0100 (CET)
Date: Mon,  7 Jan 2019 10:12:00 +0100 (CET)
From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: ogp@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F1C2C0001.1546852320/mx.example.org"
Message-Id: <20190107091200.3F1C2C0001@mx.example.org>`;

/** A read receipt (MDN, RFC 8098) from Outlook: nothing but its content type says it. */
const READ_RECEIPT = `
From: Hind Berrada <hind.berrada@example.org>
To: ogp@example.org
Subject: Lu : Rappel : fiche de l'engagement n° 7
Date: Mon, 7 Jan 2019 10:12:00 +0000
Message-ID: <mdn-e07@example.org>
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0001"
MIME-Version: 1.0`;

/** A Google group's message (a real one, Linux's kasan-dev group): List-ID and its List-*. */
const googleGroup = (group: string, domain: string) => `
Return-Path: <${group}+bncBD4KDUPW5UNBB56X6W5QMGQEO4QCVTQ@${domain}>
Sender: ${group}@${domain}
Message-ID: <efa97d5d-49db-4f5f-9d3d-516c44ae4b16@example.org>
Date: Tue, 7 Jan 2025 23:31:13 +0530
Subject: RE: Fiche de l'engagement n° 5
From: Samira Chraibi <samira.chraibi@example.org>
Content-Type: multipart/mixed; boundary="0000000000001"
X-Original-Sender: samira.chraibi@example.org
Precedence: list
Mailing-list: list ${group}@${domain}; contact ${group}+owners@${domain}
List-ID: <${group}.${domain}>
X-Spam-Checked-In-Group: ${group}@${domain}
X-Google-Group-Id: 960895140360
List-Post: <https://groups.google.com/a/${domain}/group/${group}/post>,
 <mailto:${group}@${domain}>
List-Help: <https://support.google.com/a/${domain}/bin/topic.py?topic=25838>,
 <mailto:${group}+help@${domain}>
List-Archive: <https://groups.google.com/a/${domain}/group/${group}/>
List-Subscribe: <https://groups.google.com/a/${domain}/group/${group}/subscribe>,
 <mailto:${group}+subscribe@${domain}>
List-Unsubscribe: <mailto:googlegroups-manage+960895140360+unsubscribe@googlegroups.com>,
 <https://groups.google.com/a/${domain}/group/${group}/subscribe>`;

/** A newsletter from a sending service: List-Unsubscribe (RFC 2369, 8058), no List-Id. */
const NEWSLETTER = `
Return-Path: <bounces+848413-634f-ogp=example.org@sgmail.example.net>
From: Lettre du gouvernement ouvert <news@opengov.example>
To: ogp@example.org
Subject: Les nouvelles du mois
List-Unsubscribe: <mailto:unsub-848413@opengov.example>, <https://opengov.example/u/848413>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Content-Type: multipart/alternative; boundary="b1"`;

/** A focal point's reply from Outlook (a real Exchange 2013 message, its addresses changed). */
const OUTLOOK_REPLY = `
Return-Path: <nadia.alaoui@ministere.example>
From: Nadia Alaoui <nadia.alaoui@ministere.example>
To: "ogp@example.org" <ogp@example.org>
Subject: RE: Rappel : fiche de l'engagement n° 5
Thread-Topic: Rappel : fiche de l'engagement n° 5
Thread-Index: AdPtcC1MSE5c0pkYThyTQ9zM6/ir+w==
Date: Wed, 16 May 2018 23:46:58 +0000
Message-ID: <d6280104a98745ff9fbf8930572588c8@EXCHANGE2013.ministere.example>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: multipart/mixed;
    boundary="_007_d6280104a98745ff9fbf8930572588c8EXCHANGE2013_"
MIME-Version: 1.0`;

const SECRETARIAT = { ownAddresses: ['ogp@example.org', 'secretariat.ogp@example.org'] };

describe('automatic mail, from the headers real servers write', () => {
  it.each([
    ['Exchange/Outlook out-of-office', EXCHANGE_OOF, 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'],
    ['Exchange non-delivery report', EXCHANGE_NDR, 'rapport de remise ou de lecture (multipart/report)', null],
    ['Gmail vacation responder', GMAIL_VACATION, 'Auto-Submitted: auto-replied', null],
    ['Postfix Admin vacation', POSTFIX_VACATION, 'Precedence: junk', null],
    ['Postfix Admin vacation, RFC 3834', POSTFIX_VACATION_3834, 'Auto-Submitted: auto-replied', null],
    ['Sieve vacation (RFC 5230)', SIEVE_VACATION, 'Auto-Submitted: auto-replied', null],
    ['Postfix bounce', POSTFIX_BOUNCE, 'Auto-Submitted: auto-replied', null],
    ['Outlook read receipt', READ_RECEIPT, 'rapport de remise ou de lecture (multipart/report)', null],
    ['another Google group', googleGroup('kasan-dev', 'googlegroups.com'), 'Precedence: list', null],
    ['a newsletter without List-Id', NEWSLETTER, 'liste de diffusion (List-Unsubscribe)', null],
    ['a focal point’s reply from Outlook', OUTLOOK_REPLY, null, null],
    ['a focal point’s reply through the committee’s own Google group', googleGroup('ogp', 'example.org'), null, null],
  ] as const)('%s', (_, raw, automatic, suppressed) => {
    const message = messageOf(raw);
    expect(automaticReason(message, 'fr', SECRETARIAT)).toBe(automatic);
    expect(answerSuppressed(message)).toBe(suppressed);
  }); // prettier-ignore

  it('takes a Google group for the committee’s only when its List-Id is the secretariat’s address', () => {
    const own = messageOf(googleGroup('ogp', 'example.org'));
    expect(automaticReason(own)).toBe('Precedence: list'); // no context: a list like any other
    expect(automaticReason(own, 'fr', { ownAddresses: ['other@example.org'] })).toBe('Precedence: list');
    expect(automaticReason(own, 'fr', SECRETARIAT)).toBeNull();
    // Its own List-Id beside another list's: someone else's list.
    const both = messageOf(`${googleGroup('ogp', 'example.org')}\nList-Id: <news.opengov.example>`);
    expect(automaticReason(both, 'fr', SECRETARIAT)).toBe('Precedence: list');
    // A bulk or vacation message through it is still automatic.
    expect(automaticReason(messageOf(`${googleGroup('ogp', 'example.org')}\nPrecedence: bulk`), 'fr', SECRETARIAT)).toBe('Precedence: bulk');
    expect(automaticReason(messageOf(`${googleGroup('ogp', 'example.org')}\nAuto-Submitted: auto-replied`), 'fr', SECRETARIAT)).toBe('Auto-Submitted: auto-replied');
    expect(listIdOf('OGP@Example.org')).toBe('ogp.example.org');
  }); // prettier-ignore

  it('knows the secretariat’s addresses from the configuration', () => {
    const config = {
      secretariat: { name: 'S', emails: ['Secretariat.OGP@example.org'] },
      mail: { from: 'Secrétariat OGP <ogp@example.org>', replyTo: 'reponses@example.org' },
      intake: { kind: 'gmail-api', mailbox: 'boite@example.org' },
    } as unknown as CommitteeConfig;
    expect(automaticContextOf(config).ownAddresses).toEqual(['ogp@example.org', 'reponses@example.org', 'boite@example.org', 'secretariat.ogp@example.org']);
  }); // prettier-ignore
});

describe('what each was measured answering before', () => {
  const person = 'From: Samira Chraibi <samira.chraibi@example.org>\nSubject: RE: Fiche';
  it.each([
    ['List-Unsubscribe without List-Id', 'List-Unsubscribe: <mailto:u@lists.example>', 'liste de diffusion (List-Unsubscribe)'],
    ['List-Post without List-Id', 'List-Post: <mailto:ogp-debat@lists.example>', 'liste de diffusion (List-Post)'],
    ['List-Help, List-Subscribe, List-Owner, List-Archive', 'List-Owner: <mailto:owner@lists.example>', 'liste de diffusion (List-Owner)'],
    ['Precedence: auto_reply', 'Precedence: auto_reply', 'Precedence: auto_reply'],
    ['Return-Path: <MAILER-DAEMON>', 'Return-Path: <MAILER-DAEMON>', 'envoyé par un serveur de messagerie (MAILER-DAEMON)'],
    ['Return-Path of postmaster', 'Return-Path: <postmaster@ministere.example>', 'envoyé par un serveur de messagerie (postmaster@ministere.example)'],
    ['a second Auto-Submitted after « no »', 'Auto-Submitted: no\nAuto-Submitted: auto-replied', 'Auto-Submitted: auto-replied'],
    ['X-Autorespond', 'X-Autorespond: vacation', 'x-autorespond: vacation'],
  ])('%s is automatic', (_, extra, reason) => {
    expect(automaticReason(messageOf(`${person}\n${extra}`))).toBe(reason);
  }); // prettier-ignore

  it('takes a delivery or read report by the content type of a part, too', () => {
    expect(automaticReason(messageOf(person, [{ contentType: 'message/delivery-status' }]))).toBe('rapport de remise ou de lecture (message/delivery-status)');
    expect(automaticReason(messageOf(person, [{ contentType: 'message/disposition-notification' }]))).toBe('rapport de remise ou de lecture (message/disposition-notification)');
    expect(automaticReason(messageOf(person, [{ contentType: 'application/vnd.ms-excel' }]))).toBeNull();
  }); // prettier-ignore

  it('takes X-Auto-Response-Suppress alone for a person’s message, filed and not answered', () => {
    for (const value of ['All', 'AutoReply', 'DR, OOF, AutoReply', 'all']) {
      const message = messageOf(`${person}\nX-Auto-Response-Suppress: ${value}`);
      expect(automaticReason(message), value).toBeNull();
      expect(answerSuppressed(message), value).toBe(`X-Auto-Response-Suppress: ${value}`);
    }
    // Only read and delivery reports or out-of-office replies suppressed: our answer is none.
    for (const value of ['None', 'OOF', 'DR, RN, NRN', 'NDR']) {
      expect(answerSuppressed(messageOf(`${person}\nX-Auto-Response-Suppress: ${value}`)), value).toBeNull();
    }
  }); // prettier-ignore

  it('takes a person’s message as a person’s', () => {
    expect(automaticReason(messageOf(`${person}\nAuto-Submitted: no`))).toBeNull();
    expect(automaticReason(messageOf(`${person}\nX-Autoreply: no\nReturn-Path: <samira.chraibi@example.org>`))).toBeNull();
  }); // prettier-ignore

  it('says why in the committee’s language', () => {
    const message = messageOf(`${person}\nList-Post: <mailto:l@lists.example>`);
    expect(automaticReason(message, 'es')).toBe('lista de distribución (List-Post)');
    // A header's name, written left to right, is isolated inside the Arabic words.
    expect(automaticReason(message, 'ar')).toBe('قائمة بريدية (\u2068List-Post\u2069)');
    expect(translate('pt', 'intake.answerSuppressed', { reason: 'X-Auto-Response-Suppress: All' })).toContain('sem resposta');
  }); // prettier-ignore
});

describe('out-of-office subjects', () => {
  it.each([
    // What Exchange/Outlook write before the subject, in each language; and older Outlook's.
    'Automatic reply: Rappel',
    'Out of Office: back on Monday',
    'Out of Office AutoReply: Rappel',
    'Auto-reply: Rappel',
    'Auto: Rappel', // RFC 3834 §3.1.5
    'Réponse automatique : absente jusqu’au 14/01',
    'Réponse automatique\u00a0: Rappel',
    'Absent du bureau : Rappel',
    'Absence du bureau',
    'Respuesta automática: Recordatorio',
    'Fuera de la oficina: Recordatorio',
    'Resposta automática: Lembrete',
    'Resposta Automática: Lembrete',
    'Ausente do escritório: Lembrete',
    'Fora do escritório',
    'Automatische Antwort: Erinnerung',
    'Abwesenheitsnotiz: Erinnerung',
    'رد تلقائي: تذكير',
    'الرد التلقائي: تذكير',
    'خارج المكتب: تذكير',
  ])('« %s » is an out-of-office reply', (subject) => {
    expect(automaticReason(messageOf(`From: a@example.org\nSubject: ${subject}`))).toMatch(/^réponse automatique \(/);
  }); // prettier-ignore

  it.each([
    'RE: Rappel : Fiche des actions de communication',
    'Absence de données pour le jalon 2',
    'Auto-évaluation de l’engagement 5',
    'Automatisation des archives : fiche',
    'Respuesta a la solicitud',
    'Fiche engagement 7 (réponse automatique demandée ?)',
    'Outils de gouvernement ouvert',
  ])('« %s » is a person’s', (subject) => {
    expect(automaticReason(messageOf(`From: a@example.org\nSubject: ${subject}`))).toBeNull();
  });
});
