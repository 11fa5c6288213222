/**
 * Automatic mail through the real intake: .eml files with the headers real servers write
 * (Exchange, Gmail, Postfix, Sieve, Google Groups), each from a focal point the committee
 * knows and with a spreadsheet attached, read from a folder by the product's parser, and the
 * answers caught by a real SMTP server. None is answered nor filed; a sender's
 * X-Auto-Response-Suppress files the workbook without an answer; a person's message is
 * answered (the check can fail).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { runIntake } from '../../src/jobs/intake.js';
import { exampleReplyWorkbook } from '../../scripts/make-example.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const SAMIRA = 'Samira Chraibi <samira.chraibi@example.org>';

/** A part of a message: its headers and its bytes (base64 on the wire). */
interface Part {
  type: string;
  filename?: string;
  content: Buffer | string;
}

/**
 * A message as the secretariat's server stores it: its trace headers on top (Received, a
 * DMARC pass for the sender's domain), the sender's headers as given, then the parts.
 */
function eml(head: string, parts: Part[], type = 'multipart/mixed'): Buffer {
  const lines = [
    'Received: from mail.example.net by mx.example.org; Mon, 07 Jan 2019 09:12:00 GMT',
    'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.org; dkim=pass header.d=example.org; dmarc=pass header.from=example.org',
    ...head.trim().split('\n'),
    'MIME-Version: 1.0',
    `Content-Type: ${type}; boundary="b0"`,
    '',
  ];
  for (const part of parts) {
    const bytes = Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content);
    lines.push('--b0', `Content-Type: ${part.type}${part.filename ? `; name="${part.filename}"` : ''}`);
    if (part.filename) lines.push(`Content-Disposition: attachment; filename="${part.filename}"`);
    if (part.type.startsWith('message/') || part.type.startsWith('text/')) lines.push('', bytes.toString('utf8'));
    else lines.push('Content-Transfer-Encoding: base64', '', ...(bytes.toString('base64').match(/.{1,76}/g) ?? []));
  }
  lines.push('--b0--', '');
  return Buffer.from(lines.join('\r\n'));
} // prettier-ignore

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;

let root: string;
let smtp: TestSmtp;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-intake-auto-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp = await startSmtp();
});
afterEach(async () => {
  await smtp.close();
});

describe('automatic mail through the intake', () => {
  it('neither files nor answers automatic mail with a spreadsheet attached; files without an answer what its sender asks not to be answered', async () => {
    const loaded = await exampleCopy(join(root, 'automatic'));
    const inbox = join(loaded.dir, 'inbox');
    await mkdir(inbox, { recursive: true });
    const workbook = await exampleReplyWorkbook(loaded.config);
    const text = { type: 'text/plain; charset=utf-8', content: 'Bonjour, ci-jointe la fiche.' };
    const xls = { type: 'application/vnd.ms-excel', filename: 'engagement-05.xls', content: workbook };
    const xlsx = { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: 'engagement-05.xlsx', content: workbook };
    const person = (id: string, subject = 'RE: Rappel : fiche de l’engagement n° 5') => `From: ${SAMIRA}\nTo: ogp@example.org\nSubject: ${subject}\nDate: Mon, 7 Jan 2019 10:12:00 +0100\nMessage-ID: <${id}@example.org>`;
    const messages: Record<string, [Buffer, string]> = {
      // Exchange Online's out-of-office (a real message's headers, its addresses changed).
      'exchange-oof': [eml(`From: ${SAMIRA}\nTo: Secrétariat OGP <ogp@example.org>\nSubject: Automatic reply: Rappel : fiche de l'engagement n° 5\nThread-Topic: Rappel : fiche de l'engagement n° 5\nThread-Index: AQHZeE9/uR0mx9Kq3UimCKHLEgf/WK89rmIb\nDate: Mon, 7 Jan 2019 10:12:00 +0000\nMessage-ID: <aef8de8b87ce408d98043942ab89c729@DM8PR09MB7205.namprd09.prod.outlook.com>\nX-MS-Has-Attach: yes\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: samira.chraibi@example.org\nX-MS-TNEF-Correlator:\nauto-submitted: auto-generated\nx-ms-exchange-generated-message-source: Mailbox Rules Agent`, [text, xls]), 'Auto-Submitted: auto-generated'],
      'exchange-ndr': [eml(`Return-Path: <MAILER-DAEMON>\nFrom: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\nTo: ogp@example.org\nDate: Mon, 7 Jan 2019 10:12:00 +0000\nMessage-ID: <020fd716-e88a-4199-8971-95eeb3759b6e@example.org>\nSubject: Undeliverable: Rappel : fiche de l'engagement n° 5`, [text, { type: 'message/delivery-status', content: 'Reporting-MTA: dns;mx.example.org\r\n\r\nFinal-Recipient: rfc822;samira.chraibi@example.org\r\nAction: failed\r\nStatus: 5.1.1' }, xls], 'multipart/report; report-type=delivery-status'), 'multipart/report'],
      'gmail-vacation': [eml(`${person('CAKx8Fz0vacation1234', 'En congé jusqu’au 14 janvier')}\nAuto-Submitted: auto-replied`, [text, xls]), 'Auto-Submitted: auto-replied'],
      'postfix-vacation': [eml(`${person('vacation-pfa', 'Absente')}\nPrecedence: junk\nX-Loop: Postfix Admin Virtual Vacation`, [text, xls]), 'Precedence: junk'],
      'sieve-vacation': [eml(`Return-Path: <>\n${person('dovecot-sieve-1546852320', 'Auto: Rappel')}\nX-Sieve: Pigeonhole Sieve 0.5.4\nAuto-Submitted: auto-replied (vacation)\nPrecedence: bulk`, [text, xls]), 'Auto-Submitted: auto-replied'],
      'postfix-bounce': [eml(`Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nTo: ogp@example.org\nAuto-Submitted: auto-replied\nMessage-Id: <20190107091200.3F1C2C0001@mx.example.org>`, [text, { type: 'message/delivery-status', content: 'Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; samira.chraibi@example.org\r\nAction: failed\r\nStatus: 5.1.1' }, xls], 'multipart/report; report-type=delivery-status'), 'Auto-Submitted: auto-replied'],
      'google-group': [eml(`${person('via-kasan-dev')}\nPrecedence: list\nMailing-list: list kasan-dev@googlegroups.com; contact kasan-dev+owners@googlegroups.com\nList-ID: <kasan-dev.googlegroups.com>\nX-Google-Group-Id: 358814495539\nList-Post: <https://groups.google.com/group/kasan-dev/post>, <mailto:kasan-dev@googlegroups.com>\nList-Unsubscribe: <mailto:googlegroups-manage+358814495539+unsubscribe@googlegroups.com>`, [text, xls]), 'Precedence: list'],
      'list-post-only': [eml(`${person('list-post')}\nList-Post: <mailto:ogp-debat@lists.example>`, [text, xls]), 'liste de diffusion (List-Post)'],
      'list-unsubscribe-only': [eml(`${person('list-unsub')}\nList-Unsubscribe: <mailto:unsub-848413@opengov.example>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click`, [text, xls]), 'liste de diffusion (List-Unsubscribe)'],
      'auto-submitted-twice': [eml(`${person('twice')}\nAuto-Submitted: no\nAuto-Submitted: auto-replied`, [text, xls]), 'Auto-Submitted: auto-replied'],
      'precedence-auto-reply': [eml(`${person('precedence')}\nPrecedence: auto_reply`, [text, xls]), 'Precedence: auto_reply'],
      'mailer-daemon': [eml(`Return-Path: <MAILER-DAEMON>\n${person('daemon')}`, [text, xls]), 'MAILER-DAEMON'],
      'spanish-oof': [eml(person('es', 'Respuesta automática: Recordatorio'), [text, xls]), 'Respuesta automática'],
      'portuguese-oof': [eml(person('pt', 'Resposta automática: Lembrete'), [text, xls]), 'Resposta automática'],
      'german-oof': [eml(person('de', 'Automatische Antwort: Erinnerung'), [text, xls]), 'Automatische Antwort'],
    };
    const suppressed = {
      'suppress-all-xls': eml(`${person('suppress-all')}\nX-Auto-Response-Suppress: All`, [text, xls]),
      'suppress-autoreply-xlsx': eml(`${person('suppress-autoreply')}\nX-Auto-Response-Suppress: DR, OOF, AutoReply`, [text, xlsx]),
    };
    for (const [name, [raw]] of Object.entries(messages)) await writeFile(join(inbox, `${name}.eml`), raw);
    for (const [name, raw] of Object.entries(suppressed)) await writeFile(join(inbox, `${name}.eml`), raw);
    // A person's message with the same .xls: refused, and answered.
    await writeFile(join(inbox, 'zz-person.eml'), eml(person('person'), [text, xls]));

    const run = await runIntake(loaded.config, { now: at('2019-01-07T10:15'), smtpUrl: smtp.url, baseDir: loaded.dir });
    const n = Object.keys(messages).length;
    expect(run).toMatchObject({ messages: n + 3, ignored: n, filed: 1, refused: 2, held: 0, unknownSenders: 0, answers: 1 });
    const byFile = (id: string) => run.details.find((d) => d.messageId.includes(id));
    for (const [name, [raw, reason]] of Object.entries(messages)) {
      const id = /^Message-I[dD]:\s*(<[^>]+>)/m.exec(raw.toString('utf8'))![1]!;
      expect(byFile(id), name).toMatchObject({ outcome: 'ignored', note: expect.stringContaining(reason) });
      expect(byFile(id)!.note, name).toMatch(/^courriel automatique \(/);
    }
    // Only the person's message got an answer: in its thread.
    expect(smtp.received.map((r) => [r.envelope, r.mail.inReplyTo])).toEqual([[['samira.chraibi@example.org'], '<person@example.org>']]);
    // Asked not to be answered: the .xls refused and the workbook filed, neither answered.
    expect(byFile('suppress-all')).toMatchObject({ outcome: 'refused', note: expect.stringContaining("sans réponse : l'expéditeur demande qu'on ne lui réponde pas automatiquement (X-Auto-Response-Suppress: All)") });
    expect(byFile('suppress-autoreply')).toMatchObject({ outcome: 'filed', filed: [5], note: expect.stringContaining('(X-Auto-Response-Suppress: DR, OOF, AutoReply)') });
    const state = JSON.parse(await readFile(join(loaded.dir, 'out', 'state', 'intake.json'), 'utf8'));
    for (const id of ['<suppress-all@example.org>', '<suppress-autoreply@example.org>']) {
      expect(state.messages[id], id).toMatchObject({ answered: true, handled: true });
    }
    expect(state.versions['5']).toMatchObject({ messageId: '<suppress-autoreply@example.org>' });

    // Nothing is left to answer: the next run sends nothing.
    expect(await runIntake(loaded.config, { now: at('2019-01-07T10:20'), smtpUrl: smtp.url, baseDir: loaded.dir })).toMatchObject({ messages: 0, answers: 0 });
    expect(smtp.received).toHaveLength(1);
  }, 60_000); // prettier-ignore
});
