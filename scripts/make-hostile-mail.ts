/**
 * The corpus of hostile messages the mailbox intake must survive (issue « one stranger's email
 * must never stop the mailbox »), each its own .eml as it would arrive in the secretariat's
 * inbox of the bundled example, with what the intake must make of it. The tests run it
 * through the folder and IMAP intakes under the deployed function's flags
 * (test/jobs/intake-hostile.test.ts); `npm run hostile-mail -- DIR` writes
 * the files for a person to look at or to try on another mailbox.
 *
 * Made here rather than kept as files: some are megabytes of parts and headers, and every
 * one of them is built from a rule a reader can check (the RFC or the attack it stands for).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { exampleConfigPath, packageRoot } from '../src/adapters/local/package-files.js';
import { buildMime } from '../src/adapters/mail/transports.js';
import type { CommitteeConfig } from '../src/core/config-schema.js';
import type { IntakeOutcome } from '../src/core/mailbox.js';
import { exampleReplyMessage, exampleReplyWorkbook } from './make-example.js';

/** One hostile (or good) message and what the intake must make of it. */
export interface HostileMessage {
  /** The file name, which says what it is. */
  file: string;
  raw: Buffer;
  /** What it becomes in the intake's report. */
  outcome: IntakeOutcome;
  /**
   * Over IMAP, when it differs: the intake reads the headers and the structure the server
   * parsed, and downloads only workbooks, so a text body is never read at all.
   */
  imapOutcome?: IntakeOutcome;
  /** Whether its sender gets an answer (only known focal points ever do). */
  answered: boolean;
  /** Its Message-ID (the intake's key; a reused one gets `#` and its fingerprint). */
  messageId: string;
  /** The threat it stands for, in a few words (the table of docs/security.md). */
  threat: string;
}

/** The secretariat's server's own verdict on a focal point of the example (authserv-id mx.example.org). */
const TRUSTED_PASS =
  'mx.example.org; spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org';
const RECEIVED =
  'Received: from mail.example.net by mx.example.org; Mon, 07 Jan 2019 10:30:00 +0000';

/** A message written by hand, line by line: what no composer would write. */
function handMade(lines: string[], body: string): Buffer {
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'utf8');
}

/** The headers every hand-made message starts with. */
function envelope(from: string, id: string, subject: string, extra: string[] = []): string[] {
  return [
    RECEIVED,
    `Authentication-Results: ${TRUSTED_PASS.replace('example.org', from.split('@')[1] ?? '')}`,
    ...extra,
    `From: ${from}`,
    'To: secretariat.ogp@example.org',
    `Subject: ${subject}`,
    'Date: Mon, 07 Jan 2019 10:29:00 +0000',
    `Message-ID: ${id}`,
    'MIME-Version: 1.0',
  ];
}

/** A message of multiparts nested `depth` levels deep around one line of text. */
function withNesting(headers: string[], depth: number): Buffer {
  return Buffer.from(`${headers.join('\r\n')}\r\n${nested(depth)}`);
}

/** Multiparts nested `depth` levels deep: each level's Content-Type, then its body. */
function nested(depth: number): string {
  let body = 'Content-Type: text/plain\r\n\r\nbonjour\r\n';
  for (let level = depth; level > 0; level--) {
    const b = `n${level}`;
    body = `Content-Type: multipart/mixed; boundary="${b}"\r\n\r\n--${b}\r\n${body}--${b}--\r\n`;
  }
  return body;
}

/** `count` small parts side by side, each with a few headers. */
function manyParts(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(
      `--many\r\nContent-Type: text/plain; name="p${i}.txt"\r\nContent-Disposition: attachment; filename="p${i}.txt"\r\nX-Filler: ${'x'.repeat(20)}\r\n\r\n${i}\r\n`,
    );
  }
  return `${parts.join('')}--many--\r\n`;
}

/** A message whose only part is a workbook, base64 as a mail client sends it. */
function withWorkbook(headers: string[], name: string, bytes: Buffer): Buffer {
  const b64 = bytes.toString('base64').replace(/(.{76})/g, '$1\r\n');
  return handMade(
    [...headers, 'Content-Type: multipart/mixed; boundary="wb"'],
    '--wb\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCi-jointe notre fiche.\r\n' +
      `--wb\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="${name}"\r\n` +
      `Content-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n--wb--\r\n`,
  );
}

/** The same with an .xls (a spreadsheet we refuse): what automatic mail must not get answered. */
function withXls(headers: string[]): Buffer {
  return handMade(
    [...headers, 'Content-Type: multipart/mixed; boundary="xl"'],
    '--xl\r\nContent-Type: text/plain\r\n\r\nVoir pièce jointe.\r\n' +
      '--xl\r\nContent-Type: application/vnd.ms-excel; name="fiche.xls"\r\n' +
      'Content-Disposition: attachment; filename="fiche.xls"\r\nContent-Transfer-Encoding: base64\r\n\r\n' +
      '0M8R4KGxGuEAAAAAAAAAAAAAAAAAAAAA\r\n--xl--\r\n',
  );
}

/** The hostile corpus, with one good message among them, for the bundled example. */
export async function hostileMail(config: CommitteeConfig): Promise<HostileMessage[]> {
  const bad = join(packageRoot(), 'test', 'fixtures', 'bad');
  const stranger = 'intrus@attacker.tld';
  const focal = (id: number) =>
    (config.commitments.find((c) => c.id === id) as { focalPoint: { email: string } }).focalPoint
      .email;
  const good = await exampleReplyWorkbook(config);
  const out: HostileMessage[] = [];
  const add = (m: HostileMessage) => out.push(m);

  add({
    file: '01-nesting-21-stranger.eml',
    raw: withNesting(envelope(stranger, '<nest21@attacker.tld>', 'Facture'), 21),
    outcome: 'set-aside',
    answered: false,
    messageId: '<nest21@attacker.tld>',
    threat: 'MIME nesting 21 levels deep (postal-mime threw, the run stopped for good)',
  });
  add({
    file: '02-parts-6000-stranger.eml',
    raw: handMade(
      [
        ...envelope(stranger, '<parts6000@attacker.tld>', 'Documents'),
        'Content-Type: multipart/mixed; boundary="many"',
      ],
      manyParts(6000),
    ),
    outcome: 'set-aside',
    answered: false,
    messageId: '<parts6000@attacker.tld>',
    threat: '6,000 small parts, over 256 KiB of part headers',
  });
  add({
    file: '03-headers-300k-stranger.eml',
    raw: handMade(
      [
        ...envelope(stranger, '<headers@attacker.tld>', 'Bonjour'),
        ...Array.from({ length: 3000 }, (_, i) => `X-Filler-${i}: ${'y'.repeat(96)}`),
        'Content-Type: text/plain',
      ],
      'bonjour',
    ),
    outcome: 'set-aside',
    answered: false,
    messageId: '<headers@attacker.tld>',
    threat: '300 KB of headers',
  });
  add({
    file: '04-nesting-21-focal-point.eml',
    raw: withNesting(envelope(focal(2), '<nest21@example.org>', 'RE: Rappel : fiche'), 21),
    outcome: 'refused',
    answered: true,
    messageId: '<nest21@example.org>',
    threat: "a known focal point's message that cannot be read",
  });
  add({
    file: '05-shared-strings-bomb.eml',
    raw: withWorkbook(
      envelope(focal(3), '<sst-bomb@example.org>', 'RE: Rappel : fiche'),
      'engagement-03.xlsx',
      await readFile(join(bad, 'shared-strings-bomb.xlsx')),
    ),
    outcome: 'refused',
    answered: true,
    messageId: '<sst-bomb@example.org>',
    threat: 'a 218 KB workbook of 4.5 million shared strings (81 MB inflated)',
  });
  add({
    file: '06-nesting-bomb.eml',
    raw: withWorkbook(
      envelope(focal(4), '<nest-bomb@example.org>', 'RE: Rappel : fiche'),
      'engagement-04.xlsx',
      await readFile(join(bad, 'nesting-bomb.xlsx')),
    ),
    outcome: 'refused',
    answered: true,
    messageId: '<nest-bomb@example.org>',
    threat: 'a 35 KB sheet of 2 million nested elements',
  });
  add({
    file: '07-forged-verdict-above.eml',
    raw: withWorkbook(
      [
        'Authentication-Results: evil.attacker.tld; dmarc=pass header.from=example.org',
        RECEIVED,
        'Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=attacker.tld; dmarc=fail header.from=example.org',
        `From: ${focal(6)}`,
        'To: secretariat.ogp@example.org',
        'Subject: RE: Rappel : fiche',
        'Date: Mon, 07 Jan 2019 10:29:00 +0000',
        'Message-ID: <forged-above@attacker.tld>',
        'MIME-Version: 1.0',
      ],
      'engagement-06.xlsx',
      good,
    ),
    outcome: 'held',
    answered: false,
    messageId: '<forged-above@attacker.tld>',
    threat: 'a forged Authentication-Results (another authserv-id) above the real dmarc=fail',
  });
  add({
    file: '08-quoted-semicolon.eml',
    raw: withWorkbook(
      [
        RECEIVED,
        'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom="x;dmarc=pass"@attacker.tld; dmarc=fail header.from=example.org',
        `From: ${focal(8)}`,
        'To: secretariat.ogp@example.org',
        'Subject: RE: Rappel : fiche',
        'Date: Mon, 07 Jan 2019 10:29:00 +0000',
        'Message-ID: <quoted@attacker.tld>',
        'MIME-Version: 1.0',
      ],
      'engagement-08.xlsx',
      good,
    ),
    outcome: 'held',
    answered: false,
    messageId: '<quoted@attacker.tld>',
    threat: '« ;dmarc=pass » hidden in a quoted smtp.mailfrom',
  });
  add({
    file: '09-auto-response-suppress.eml',
    raw: withXls(
      envelope(focal(9), '<suppress@example.org>', 'RE: Rappel : fiche', [
        'X-Auto-Response-Suppress: All',
      ]),
    ),
    outcome: 'refused',
    answered: false,
    messageId: '<suppress@example.org>',
    threat: 'X-Auto-Response-Suppress: All (the sender asks for no automatic answer)',
  });
  const automatic: [string, string[], string][] = [
    [
      '10-list-unsubscribe.eml',
      ['List-Unsubscribe: <mailto:unsub@lists.example.net>'],
      'List-Unsubscribe without List-Id',
    ],
    ['11-precedence-auto-reply.eml', ['Precedence: auto_reply'], 'Precedence: auto_reply'],
    ['12-mailer-daemon.eml', ['Return-Path: <MAILER-DAEMON>'], 'Return-Path: <MAILER-DAEMON>'],
    [
      '13-auto-submitted-second.eml',
      ['Auto-Submitted: no', 'Auto-Submitted: auto-replied'],
      'a second Auto-Submitted: auto-replied after Auto-Submitted: no',
    ],
  ];
  automatic.forEach(([file, extra, threat], i) => {
    const id = `<auto${i}@example.org>`;
    add({
      file,
      raw: withXls(envelope(focal(10 + i), id, 'RE: Rappel : fiche', extra)),
      outcome: 'ignored',
      answered: false,
      messageId: id,
      threat,
    });
  });
  const absent: [string, string][] = [
    ['14-ooo-spanish.eml', 'Respuesta automática: Rappel'],
    ['15-ooo-portuguese.eml', 'Resposta automática: Rappel'],
    ['16-ooo-german.eml', 'Automatische Antwort: Rappel'],
  ];
  absent.forEach(([file, subject], i) => {
    const id = `<ooo${i}@example.org>`;
    add({
      file,
      raw: withXls(envelope(focal(14 + i), id, subject)),
      outcome: 'ignored',
      answered: false,
      messageId: id,
      threat: `an out-of-office reply (« ${subject} »)`,
    });
  });
  // A forwarded message carrying a workbook: not opened; its sender is told to attach it.
  const forwarded = await buildMime({
    from: focal(17),
    to: 'collegue@example.org',
    subject: 'fiche',
    text: 'la fiche',
    attachments: [{ filename: 'engagement-17.xlsx', content: good }],
  });
  add({
    file: '17-forwarded-workbook.eml',
    raw: handMade(
      [
        ...envelope(focal(17), '<forwarded@example.org>', 'TR: fiche'),
        'Content-Type: multipart/mixed; boundary="fw"',
      ],
      '--fw\r\nContent-Type: text/plain\r\n\r\nVoir le message transféré.\r\n' +
        `--fw\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="fiche.eml"\r\n\r\n${forwarded.toString('binary')}\r\n--fw--\r\n`,
    ),
    outcome: 'refused',
    answered: true,
    messageId: '<forwarded@example.org>',
    threat: 'an .xlsx inside a forwarded message/rfc822',
  });
  add({
    file: '18-subject-20000.eml',
    raw: withWorkbook(
      envelope(focal(18), '<long-subject@example.org>', `RE: ${'Rappel '.repeat(2900)}`),
      'engagement-18.xlsx',
      good,
    ),
    outcome: 'refused',
    answered: true,
    messageId: '<long-subject@example.org>',
    threat: "a 20,000-character Subject (its sheet is commitment 5's: refused, answered)",
  });
  add({
    file: '19-garbage.eml',
    raw: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
    outcome: 'unknown-sender',
    answered: false,
    messageId: '',
    threat: 'random bytes',
  });
  // What slipped past the first limits (an attacker's report): a boundary written with an
  // escape the part count did not read, an 8 MB text body, a forwarded part whose name is
  // followed by 4 MB of spaces (a scan that backtracked took seconds).
  add({
    file: '22-boundary-escaped-100k-parts-stranger.eml',
    raw: handMade(
      [
        ...envelope(stranger, '<escaped@attacker.tld>', 'Pièces'),
        'Content-Type: multipart/mixed; boundary="a\\b"',
      ],
      '--ab\r\n\r\nx\r\n'.repeat(100_000) + '--ab--\r\n',
    ),
    outcome: 'set-aside',
    answered: false,
    messageId: '<escaped@attacker.tld>',
    threat: 'a boundary written with an escape (boundary="a\\b"), 100,000 parts',
  });
  add({
    file: '23-text-body-8mb-stranger.eml',
    raw: handMade(
      [...envelope(stranger, '<textbody@attacker.tld>', 'Lettre'), 'Content-Type: text/plain'],
      `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\r\n'.repeat(100_000)}`,
    ),
    outcome: 'set-aside',
    imapOutcome: 'unknown-sender',
    answered: false,
    messageId: '<textbody@attacker.tld>',
    threat: 'an 8 MB text body (parsed into strings at some thirty times its size)',
  });
  add({
    file: '24-forwarded-name-spaces-stranger.eml',
    raw: handMade(
      [
        ...envelope(stranger, '<spaces@attacker.tld>', 'TR: document'),
        'Content-Type: multipart/mixed; boundary="sp"',
      ],
      '--sp\r\nContent-Type: message/rfc822\r\n\r\nSubject: x\r\n\r\n' +
        `name=${' '.repeat(4 * 1024 * 1024)}x\r\n--sp--\r\n`,
    ),
    outcome: 'set-aside',
    imapOutcome: 'unknown-sender',
    answered: false,
    messageId: '<spaces@attacker.tld>',
    threat: 'a forwarded part with « name= » then 4 MB of spaces',
  });
  // The focal point's good reply, and a stranger's message reusing its Message-ID with
  // commitment 12's number: filed once, the second held and reported, never filed as 5's.
  const reply = await exampleReplyMessage(config);
  add({
    file: '20-good-reply.eml',
    raw: reply,
    outcome: 'filed',
    answered: true,
    messageId: messageIdOf(reply),
    threat: "the focal point's good reply, among the rest",
  });
  add({
    file: '21-reused-message-id.eml',
    raw: withWorkbook(
      envelope(focal(12), messageIdOf(reply), 'RE: Rappel : fiche'),
      'engagement-12.xlsx',
      good,
    ),
    outcome: 'held',
    answered: false,
    messageId: messageIdOf(reply),
    threat: 'a second message under a Message-ID already handled, other content',
  });
  return out;
}

/** The Message-ID header of a raw message. */
function messageIdOf(raw: Buffer): string {
  return /^message-id:\s*(<[^>]+>)/im.exec(raw.toString('latin1'))?.[1] ?? '';
}

/** Writes the corpus into a folder, one .eml each. */
async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(packageRoot(), 'test-artifacts', 'hostile-mail');
  const { config } = await loadConfigFile(exampleConfigPath());
  await mkdir(dir, { recursive: true });
  for (const m of await hostileMail(config)) await writeFile(join(dir, m.file), m.raw);
  console.log(`${dir}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
