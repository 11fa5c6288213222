/**
 * The mailbox intake on its local kind (a folder of .eml files), answered through a real SMTP
 * server and read back with mailparser: the focal point's reply filed and answered in its
 * thread once; hostile and automatic mail never answered; forged senders held until
 * released; a run that stops half-way finished by the next one without a second answer.
 */
import { render } from '../../src/core/catalogue/render.js';
import { unreadableMessage } from '../../src/core/failure-message.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { FolderMailbox } from '../../src/adapters/mail/folder-mailbox.js';
import { LocalStore } from '../../src/adapters/local/storage-folder.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import type { MessageSummary } from '../../src/core/mailbox.js';
import { runIntake } from '../../src/jobs/intake.js';
import {
  templateOptionsFor,
  writeTemplateFile,
} from '../../src/adapters/documents/template-workbook.js';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { EXAMPLE_DIR, exampleCopy } from '../helpers/example-copy.js';
import { composeInbound } from '../helpers/inbound.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { exampleReplyMessage, exampleReplyWorkbook } from '../../scripts/make-example.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;
const XLSX = join(EXAMPLE_DIR, 'submissions');

let root: string;
let smtp: TestSmtp;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-intake-'));
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

/** The example with its inbox emptied: each test puts its own messages there. */
const committee = (name: string) => exampleCopy(join(root, name));

function intake(
  loaded: LoadedConfig,
  now: string,
  extra: Partial<Parameters<typeof runIntake>[1]> = {},
) {
  return runIntake(loaded.config, {
    now: at(now),
    smtpUrl: smtp.url,
    baseDir: loaded.dir,
    ...extra,
  });
}

describe('the intake of a folder of .eml files', () => {
  it("files the focal point's reply, answers it in the thread within the run, once, and the morning feedback does not repeat it", async () => {
    const loaded = await committee('reply');
    await runCalendar(loaded.config, {
      now: at('2019-01-07T09:00'),
      command: 'tick',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
    });
    const reminder = smtp.received.find((r) => r.envelope.includes('samira.chraibi@example.org'));
    expect(reminder?.mail.subject).toContain('engagement n° 5');
    smtp.received.length = 0;
    await writeFile(join(loaded.inbox, 'reponse.eml'), await exampleReplyMessage(loaded.config));

    const first = await intake(loaded, '2019-01-07T10:15');
    expect(first).toMatchObject({
      messages: 1,
      filed: 1,
      refused: 0,
      held: 0,
      answers: 1,
      skipped: null,
    });
    expect(smtp.received).toHaveLength(1);
    const answer = smtp.received[0]!;
    expect(answer.envelope).toEqual(['samira.chraibi@example.org']);
    expect(answer.mail.inReplyTo).toBe('<reponse-e05-20190107@example.org>');
    // The thread of our reminder, then their message: mail programs show one conversation.
    expect(answer.mail.references).toContain(reminder?.mail.messageId);
    expect(answer.mail.references).toContain('<reponse-e05-20190107@example.org>');
    expect(answer.mail.headers.get('auto-submitted')).toBe('auto-replied');
    // Their Subject with « RE: » (Gmail and Outlook keep it in their conversation), what we
    // say of their sheet on the first line of the body.
    expect(answer.mail.subject).toBe(
      'RE: Rappel : Fiche des actions de communication — engagement n° 5, échéance le 09/01/2019',
    );
    expect(answer.mail.text?.split('\n')[0]).toBe(
      'Fiche reçue, 1 erreur à corriger — engagement n° 5',
    );
    expect(answer.mail.html).toMatch(
      /<body[^>]*>\s*<h1[^>]*>Fiche reçue, 1 erreur à corriger — engagement n° 5<\/h1>/,
    );
    expect(answer.mail.text).toContain('N3 (Hashtags)');
    expect(answer.mail.text).toContain('avant le 09/01/2019');
    // The workbook is kept under a name that says commitment and date, beside the master.
    const kept = await readdir(join(loaded.dir, 'out', 'courriels'));
    expect(kept).toEqual([
      expect.stringMatching(/^engagement-05-2019-01-07-10h12-[0-9a-f]{8}\.xlsx$/),
    ]);
    const sent = await simpleParser(await readFile(join(loaded.inbox, 'reponse.eml')));
    expect(await readFile(join(loaded.dir, 'out', 'courriels', kept[0]!))).toEqual(
      sent.attachments[0]?.content,
    );

    // Again: nothing new, nothing sent.
    expect(await intake(loaded, '2019-01-07T10:20')).toMatchObject({ messages: 0, answers: 0 });
    expect(smtp.received).toHaveLength(1);

    // The next morning's run takes the version in and does not say the feedback again.
    const tick = await runCalendar(loaded.config, {
      now: at('2019-01-08T09:00'),
      command: 'tick',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
    });
    expect(tick.emails.filter((e) => e.to.includes('samira.chraibi@example.org'))).toEqual([]);
    expect(tick.toFix).toBeGreaterThanOrEqual(1);
  });

  it("files a communication officer's reply for their commitment, answers them with the focal point in copy, and the morning says nothing more", async () => {
    // Commitment 5's institution names its communication officer, who sends the workbook.
    const loaded = await exampleCopy(join(root, 'officer'), (text) =>
      text.replace(
        "    substitute: { name: 'Suppléance engagement 5', email: suppleant.e05@example.org }\n",
        "    substitute: { name: 'Suppléance engagement 5', email: suppleant.e05@example.org }\n" +
          "    communicationOfficers: [{ name: 'Ghita Lazrak', email: ghita.lazrak@example.org, locale: en }]\n",
      ),
    );
    expect(loaded.config.commitments[4]?.communicationOfficers).toHaveLength(1);
    const reply = (await exampleReplyMessage(loaded.config))
      .toString('latin1')
      .replace(/^From: .*$/m, 'From: Ghita Lazrak <ghita.lazrak@example.org>');
    await writeFile(join(loaded.inbox, 'responsable.eml'), Buffer.from(reply, 'latin1'));

    const run = await intake(loaded, '2019-01-07T10:15');
    expect(run).toMatchObject({ messages: 1, filed: 1, refused: 0, held: 0, answers: 1 });
    expect(smtp.received).toHaveLength(1);
    const answer = smtp.received[0]!;
    expect(answer.envelope.sort()).toEqual(['ghita.lazrak@example.org', 'samira.chraibi@example.org']);
    expect(answer.mail.to).toMatchObject({ value: [{ address: 'ghita.lazrak@example.org', name: 'Ghita Lazrak' }] });
    expect(answer.mail.cc).toMatchObject({ value: [{ address: 'samira.chraibi@example.org' }] });
    // In her language (English), greeted by her name.
    expect(answer.mail.text?.split('\n')[0]).toBe('Sheet received, 1 error to correct — commitment no. 5');
    expect(answer.mail.text).toContain('Ghita Lazrak');

    // The next morning's feedback does not go again to the focal point nor to her.
    smtp.received.length = 0;
    const tick = await runCalendar(loaded.config, { now: at('2019-01-08T09:00'), command: 'tick', smtpUrl: smtp.url, baseDir: loaded.dir });
    const addressed = tick.emails.flatMap((e) => [...e.to, ...e.cc]);
    expect(tick.emails.filter((e) => e.kind === 'feedback' && e.key.includes('|e5|'))).toEqual([]);
    expect(addressed.filter((a) => a === 'ghita.lazrak@example.org' || a === 'samira.chraibi@example.org')).toEqual([]);
  }); // prettier-ignore

  it('files the reply over the untouched template the secretariat put in place (written after it, as init does): the template is no submission', async () => {
    const loaded = await committee('template');
    const commitment = loaded.config.commitments.find((c) => c.id === 5)!;
    await writeTemplateFile(
      join(loaded.dir, 'submissions', 'engagement-05.xlsx'),
      templateOptionsFor(loaded.config, commitment),
    );
    await writeFile(join(loaded.inbox, 'reponse.eml'), await exampleReplyMessage(loaded.config));
    expect(await intake(loaded, '2019-01-07T10:15')).toMatchObject({ filed: 1, answers: 1 });
    const text = smtp.received[0]!.mail.text ?? '';
    expect(smtp.received[0]!.mail.subject).toBe(
      'RE: Rappel : Fiche des actions de communication — engagement n° 5, échéance le 09/01/2019',
    );
    expect(text.split('\n')[0]).toBe('Fiche reçue, 1 erreur à corriger — engagement n° 5');
    expect(text).not.toContain('modèle vierge');
    const tick = await runCalendar(loaded.config, {
      now: at('2019-01-08T09:00'),
      command: 'tick',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
    });
    const row = tick.sourceProblems.find((p) => p.commitment === 5);
    expect(row).toBeUndefined();
  });

  it('reads only during its hours of working days, and never while another run holds the storage', async () => {
    const loaded = await committee('hours');
    await writeFile(join(loaded.inbox, 'reponse.eml'), await exampleReplyMessage(loaded.config));
    const evening = await intake(loaded, '2019-01-07T18:30');
    expect(evening.skipped).toMatch(/hors des heures de lecture \(18:30\)/);
    const sunday = await intake(loaded, '2019-01-06T10:00');
    expect(sunday.skipped).toMatch(/jour non ouvré/);
    const holiday = await intake(loaded, '2019-01-11T10:00'); // Manifeste de l'indépendance
    expect(holiday.skipped).toMatch(/jour non ouvré/);

    const store = new LocalStore(join(loaded.dir, 'out'));
    const release = await store.lock();
    const during = await intake(loaded, '2019-01-07T10:15', { store });
    expect(during.skipped).toMatch(/une autre exécution/);
    expect(smtp.received).toHaveLength(0);
    await release();
    expect(await intake(loaded, '2019-01-07T10:20', { store })).toMatchObject({
      filed: 1,
      answers: 1,
    });
  });

  it('never answers automatic mail, our own mail or an unknown sender, and holds a forged one until the secretariat releases it', async () => {
    const loaded = await committee('hostile');
    // The morning's reminders: their Message-IDs are in the ledger.
    await runCalendar(loaded.config, {
      now: at('2019-01-07T09:00'),
      command: 'tick',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
    });
    const ours = smtp.received[0]!.mail;
    smtp.received.length = 0;
    const sheet = {
      filename: 'engagement-05.xlsx',
      content: await exampleReplyWorkbook(loaded.config),
    };
    const samira = 'Samira Chraibi <samira.chraibi@example.org>';
    const messages: Record<string, Parameters<typeof composeInbound>[0]> = {
      'a-auto-reply.eml': {
        from: samira,
        subject: 'Réponse automatique : absente',
        headers: { 'Auto-Submitted': 'auto-replied' },
        attachments: [sheet],
      },
      'b-bulk.eml': { from: samira, headers: { Precedence: 'bulk' }, attachments: [sheet] },
      'c-bounce.eml': { from: 'MAILER-DAEMON@example.org', headers: { 'Return-Path': '<>' } },
      'd-out-of-office.eml': { from: samira, subject: 'Out of Office: back on Monday' },
      'e-unknown.eml': { from: 'Quelqu’un <intrus@example.com>', attachments: [sheet] },
      'f-forged.eml': {
        from: samira,
        messageId: '<forged@example.org>',
        authentication:
          'mx.example.org; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=example.org',
        attachments: [sheet],
      },
      'g-no-dmarc-spf-fail.eml': {
        from: samira,
        messageId: '<nodmarc@example.org>',
        authentication:
          'mx.example.org; spf=fail smtp.mailfrom=example.org; dmarc=none header.from=example.org',
        attachments: [sheet],
      },
      // A copy of one of our emails, put back in the mailbox by a rule of the secretariat
      // (its Auto-Submitted header left out: the ledger knows its Message-ID).
      'i-our-copy.eml': {
        from: 'Secrétariat OGP <ogp@example.org>',
        messageId: ours.messageId as string,
        subject: ours.subject ?? '',
        authentication: null,
      },
      'h-question.eml': {
        from: samira,
        subject: 'Question sur la fiche',
        text: 'Faut-il remplir les jalons ?',
      },
    };
    for (const [name, message] of Object.entries(messages)) {
      await writeFile(join(loaded.inbox, name), await composeInbound(message));
    }
    const run = await intake(loaded, '2019-01-07T10:15');
    expect(run).toMatchObject({
      messages: 9,
      filed: 0,
      refused: 0,
      ignored: 5,
      held: 2,
      unknownSenders: 1,
      questions: 1,
      answers: 0,
    });
    expect(smtp.received).toEqual([]);
    const held = run.details.filter((d) => d.outcome === 'held');
    expect(held.map((d) => d.note)).toEqual([
      expect.stringContaining('dmarc=fail pour example.org'),
      expect.stringContaining('ni SPF ni DKIM alignés'),
    ]);

    // The secretariat knows the sender and releases the message: filed and answered.
    const released = await intake(loaded, '2019-01-07T10:30', { release: 'forged@example.org' });
    expect(released).toMatchObject({ filed: 1, answers: 1 });
    expect(smtp.received.map((r) => r.envelope)).toEqual([['samira.chraibi@example.org']]);
    expect(smtp.received[0]!.mail.inReplyTo).toBe('<forged@example.org>');

    // The secretariat's next report lists what is left for it: the other held message and the
    // unknown sender (the released one is no longer left).
    smtp.received.length = 0;
    await runCalendar(loaded.config, {
      now: at('2019-01-10T09:00'),
      command: 'report',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
    });
    const report = smtp.received.find((r) => r.envelope.includes('secretariat.ogp@example.org'));
    expect(report?.mail.text).toContain(
      'Courriels laissés dans la boîte du secrétariat, sans réponse',
    );
    expect(report?.mail.text).toContain('retenu : samira.chraibi@example.org');
    expect(report?.mail.text).toContain('<nodmarc@example.org>');
    expect(report?.mail.text).toContain('expéditeur inconnu : intrus@example.com');
    expect(report?.mail.text).not.toContain('<forged@example.org>');

    await expect(
      intake(loaded, '2019-01-07T10:35', { release: '<unknown@example.org>' }),
    ).rejects.toThrow(/Aucun message retenu/);
  });

  it('refuses what it cannot file and says what to send instead; a loop with a robot stops at the cap', async () => {
    const loaded = await committee('refusals');
    const hind = 'Hind Berrada <hind.berrada@example.org>';
    const e05 = {
      filename: 'engagement-05.xlsx',
      content: await exampleReplyWorkbook(loaded.config),
    };
    const write = async (name: string, message: Parameters<typeof composeInbound>[0]) =>
      writeFile(join(loaded.inbox, name), await composeInbound(message));
    // Engagement 7's focal point sends engagement 5's sheet.
    await write('1-other.eml', { from: hind, subject: 'Fiche', attachments: [e05] });
    await write('2-xls.eml', {
      from: hind,
      subject: 'Fiche Excel 97',
      attachments: [
        {
          filename: 'engagement-07.xls',
          path: join(XLSX, 'engagement-07.xlsx'),
          contentType: 'application/vnd.ms-excel',
        },
      ],
    });
    await write('3-bomb.eml', {
      from: hind,
      subject: 'Fiche',
      attachments: [
        {
          filename: 'engagement-07.xlsx',
          path: join(EXAMPLE_DIR, '..', '..', 'test', 'fixtures', 'bad', 'zip-bomb.xlsx'),
        },
      ],
    });
    await write('4-fifty.eml', {
      from: hind,
      subject: 'Toutes les fiches',
      attachments: Array.from({ length: 50 }, (_, i) => ({ filename: `f${i}.xlsx`, content: 'x' })),
    });
    // A sender whose display name tries to add a recipient: answered at the configured address only.
    await write('5-crlf.eml', {
      from: hind,
      rawFrom: '=?UTF-8?Q?Hind=0D=0ABcc=3A_intrus=40example=2Ecom?= <hind.berrada@example.org>',
      subject: 'Fiche',
      attachments: [e05],
    });
    const run = await intake(loaded, '2019-01-07T10:15');
    expect(run).toMatchObject({ messages: 5, filed: 0, refused: 5, answers: 4 });
    // Four answers an hour to one address at the most: the fifth waits for nobody.
    expect(smtp.received.map((r) => r.envelope)).toEqual(
      Array(4).fill(['hind.berrada@example.org']),
    );
    const texts = smtp.received.map((r) => r.mail.text ?? '');
    expect(texts[0]).toContain(
      "« engagement-05.xlsx » est la fiche de l'engagement n° 5, que vous ne suivez pas (vous suivez l'engagement n° 7)",
    );
    expect(texts[1]).toContain("« engagement-07.xls » n'est pas au format de la fiche");
    expect(texts[2]).toMatch(/« engagement-07\.xlsx » : .*décompress/);
    expect(texts[3]).toContain(
      'votre courriel joint 50 classeurs ; nous en lisons au plus 10 par courriel',
    );
    expect(smtp.received.map((r) => r.mail.subject)).toEqual([
      'RE: Fiche',
      'RE: Fiche Excel 97',
      'RE: Fiche',
      'RE: Toutes les fiches',
    ]);
    for (const r of smtp.received) {
      expect(r.mail.text).toMatch(/^Fiche non enregistrée\n\nBonjour Hind Berrada,\n/);
      expect(r.mail.headers.get('auto-submitted')).toBe('auto-replied');
      expect(r.raw).not.toMatch(/^Bcc:/im);
      // Engagement 7's sheet is in for this round: the next deadline is the one before the meeting.
      expect(r.mail.text).toContain(
        'Attendu au plus tard le 28/02/2019 (Mise à jour avant réunion)',
      );
    }
  });

  it('answers in the thread whatever the Subject: a 20,000-character one whole in lines of 998 bytes at most, none with « RE: » alone', async () => {
    const loaded = await committee('subjects');
    const hind = 'Hind Berrada <hind.berrada@example.org>';
    const e05 = { filename: 'engagement-05.xlsx', content: await exampleReplyWorkbook(loaded.config) };
    const long = `Fiche ${'x'.repeat(20_000)}`;
    const write = async (name: string, message: Parameters<typeof composeInbound>[0]) =>
      writeFile(join(loaded.inbox, name), await composeInbound(message));
    await write('1-long.eml', { from: hind, messageId: '<long@example.org>', references: ['<debut@example.org>'], subject: `RE: RE: ${long}`, attachments: [e05] });
    await write('2-none.eml', { from: hind, messageId: '<none@example.org>', subject: '', attachments: [e05] });
    expect(await intake(loaded, '2019-01-07T10:15')).toMatchObject({ refused: 2, answers: 2 });
    const [first, second] = smtp.received;
    expect(first!.mail.subject).toBe(`RE: ${long}`);
    expect(first!.mail.inReplyTo).toBe('<long@example.org>');
    expect(first!.mail.references).toEqual(['<debut@example.org>', '<long@example.org>']);
    expect(second!.mail.subject).toBe('RE:');
    expect(second!.mail.inReplyTo).toBe('<none@example.org>');
    for (const r of [first!, second!]) {
      expect(r.mail.text?.split('\n')[0]).toBe('Fiche non enregistrée');
      // RFC 5322 §2.1.1: no line over 998 characters, the Subject's folded lines included.
      const head = r.raw.slice(0, r.raw.indexOf('\r\n\r\n'));
      expect(Math.max(...head.split('\r\n').map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(998);
    }
  }); // prettier-ignore

  it('answers in the thread in the .eml outbox too (no mail server configured)', async () => {
    const loaded = await committee('outbox');
    await writeFile(join(loaded.inbox, 'reponse.eml'), await exampleReplyMessage(loaded.config));
    expect(await intake(loaded, '2019-01-07T10:15', { smtpUrl: undefined })).toMatchObject({
      filed: 1,
      answers: 1,
    });
    const outbox = join(loaded.dir, 'out', 'outbox');
    const files = await readdir(outbox);
    expect(files).toEqual([expect.stringMatching(/\.eml$/)]);
    const answer = await simpleParser(await readFile(join(outbox, files[0]!)));
    expect(answer.subject).toBe(
      'RE: Rappel : Fiche des actions de communication — engagement n° 5, échéance le 09/01/2019',
    );
    expect(answer.inReplyTo).toBe('<reponse-e05-20190107@example.org>');
    expect(answer.references).toContain('<reponse-e05-20190107@example.org>');
    expect(answer.text?.split('\n')[0]).toBe('Fiche reçue, 1 erreur à corriger — engagement n° 5');
  });

  it('refuses a message over the size it reads, with its size and what to send', async () => {
    const loaded = await committee('large');
    const big = Buffer.alloc(30 * 1024 * 1024, 7);
    await writeFile(
      join(loaded.inbox, 'big.eml'),
      await composeInbound({
        from: 'Hind Berrada <hind.berrada@example.org>',
        subject: 'Fiche et photos',
        attachments: [{ filename: 'photos.zip', content: big }],
      }),
    );
    const run = await intake(loaded, '2019-01-07T10:15');
    expect(run).toMatchObject({ refused: 1, answers: 1 });
    expect(smtp.received[0]!.mail.text).toMatch(
      /votre courriel pèse 41,\d Mo, au-delà des 15 Mo que nous lisons : envoyez la fiche seule/,
    );
  });

  it('keeps a message whose answer the mail server put off (451) for the next run, which answers it once', async () => {
    const loaded = await committee('later');
    await writeFile(join(loaded.inbox, 'reponse.eml'), await exampleReplyMessage(loaded.config));
    smtp.faults.tempFailAt.add(1);
    const first = await intake(loaded, '2019-01-07T10:15');
    expect(first).toMatchObject({ filed: 1, answers: 0 });
    expect(smtp.received).toHaveLength(0);
    const state = JSON.parse(
      await readFile(join(loaded.dir, 'out', 'state', 'intake.json'), 'utf8'),
    );
    expect(state.messages['<reponse-e05-20190107@example.org>']).toMatchObject({ handled: false });
    const next = await intake(loaded, '2019-01-07T10:20');
    expect(next).toMatchObject({ answers: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(await intake(loaded, '2019-01-07T10:25')).toMatchObject({ messages: 0, answers: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('finishes a message whose run stopped after answering and before filing it away, without a second answer', async () => {
    const loaded = await committee('crash');
    await writeFile(join(loaded.inbox, 'reponse.eml'), await exampleReplyMessage(loaded.config));
    class Crashing extends FolderMailbox {
      moves = 0;
      override async markHandled(summary: MessageSummary) {
        if (++this.moves === 1) throw new Error('connexion perdue');
        return super.markHandled(summary);
      }
    }
    const mailbox = new Crashing(loaded.inbox);
    await expect(intake(loaded, '2019-01-07T10:15', { mailbox })).rejects.toThrow(
      'connexion perdue',
    );
    expect(smtp.received).toHaveLength(1);
    // The next run finds the message again (the cursor did not move) and only files it away.
    const next = await intake(loaded, '2019-01-07T10:20', { mailbox });
    expect(next).toMatchObject({ answers: 0 });
    expect(mailbox.moves).toBe(2);
    expect(smtp.received).toHaveLength(1);
    const state = JSON.parse(
      await readFile(join(loaded.dir, 'out', 'state', 'intake.json'), 'utf8'),
    );
    expect(state.messages['<reponse-e05-20190107@example.org>']).toMatchObject({
      outcome: 'filed',
      answered: true,
      handled: true,
      filed: [5],
    });
  });
});

describe('who vouches for the sender: only the receiving server named in intake.authservId', () => {
  const samira = 'Samira Chraibi <samira.chraibi@example.org>';
  const realFail =
    'mx.example.org; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=example.org';
  const forgedPass = 'evil.attacker.tld; dmarc=pass header.from=example.org';
  /** The message with one more Authentication-Results on top, as a hop after the server adds it. */
  const withFieldOnTop = (raw: Buffer, field: string) =>
    Buffer.concat([Buffer.from(`Authentication-Results: ${field}\r\n`), raw]);

  it('holds a forged dmarc=pass written above the real dmarc=fail, below it, or alone', async () => {
    const loaded = await committee('forged-above');
    const sheet = {
      filename: 'engagement-05.xlsx',
      content: await exampleReplyWorkbook(loaded.config),
    };
    const forged = (messageId: string, authentication: string | null) =>
      composeInbound({ from: samira, messageId, authentication, attachments: [sheet] });
    await writeFile(
      join(loaded.inbox, 'a-above.eml'),
      withFieldOnTop(await forged('<above@example.org>', realFail), forgedPass),
    );
    await writeFile(
      join(loaded.inbox, 'b-below.eml'),
      withFieldOnTop(await forged('<below@example.org>', forgedPass), realFail),
    );
    await writeFile(join(loaded.inbox, 'c-alone.eml'), await forged('<alone@example.org>', forgedPass));
    const run = await intake(loaded, '2019-01-07T10:15');
    expect(run).toMatchObject({ messages: 3, filed: 0, held: 3, answers: 0, warnings: [] });
    expect(smtp.received).toEqual([]);
    expect(run.details.map((d) => [d.messageId, d.note])).toEqual([
      ['<above@example.org>', expect.stringContaining("l'en-tête Authentication-Results de mx.example.org est sous un autre, de evil.attacker.tld")],
      ['<below@example.org>', expect.stringContaining('dmarc=fail pour example.org')],
      ['<alone@example.org>', expect.stringContaining('aucun en-tête Authentication-Results de mx.example.org')],
    ]);
  }); // prettier-ignore

  it('without intake.authservId, files « non authentifié », holds a failure, says so on every run and in the report', async () => {
    const loaded = await exampleCopy(join(root, 'unnamed'), (text) =>
      text.replace(/^intake: .*$/m, 'intake: { kind: folder, dir: inbox }'),
    );
    const inbox = join(loaded.dir, 'inbox');
    await mkdir(inbox, { recursive: true });
    await writeFile(join(inbox, 'a-reply.eml'), await exampleReplyMessage(loaded.config));
    await writeFile(
      join(inbox, 'b-failed.eml'),
      await composeInbound({
        from: samira,
        messageId: '<failed@example.org>',
        authentication: realFail,
        attachments: [
          { filename: 'engagement-05.xlsx', content: await exampleReplyWorkbook(loaded.config) },
        ],
      }),
    );
    const run = await intake(loaded, '2019-01-07T10:15');
    expect(run).toMatchObject({ messages: 2, filed: 1, held: 1, answers: 1 });
    expect(run.warnings).toEqual([
      expect.stringContaining("un expéditeur contrefait ne se distingue pas d'un vrai"),
    ]);
    expect(run.details).toEqual([
      expect.objectContaining({
        messageId: '<reponse-e05-20190107@example.org>',
        outcome: 'filed',
        unauthenticated: 'non authentifié : aucun serveur de réception nommé (intake.authservId) : un expéditeur contrefait ne s\'y distingue pas',
      }),
      expect.objectContaining({
        messageId: '<failed@example.org>',
        outcome: 'held',
        note: expect.stringContaining('dmarc=fail pour example.org, selon un en-tête de mx.example.org'),
      }),
    ]);
    // Said even when nothing is new.
    expect((await intake(loaded, '2019-01-07T10:20')).warnings).toHaveLength(1);

    smtp.received.length = 0;
    await runCalendar(loaded.config, {
      now: at('2019-01-10T09:00'),
      command: 'report',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
    });
    const report = smtp.received.find((r) => r.envelope.includes('secretariat.ogp@example.org'));
    expect(report?.mail.text).toContain('enregistré : samira.chraibi@example.org');
    expect(report?.mail.text).toContain('(non authentifié : aucun serveur de réception nommé');
    expect(report?.mail.text).toContain('retenu : samira.chraibi@example.org');
  }); // prettier-ignore
});

describe("the intake's watch on Google Sheet sources", () => {
  it('sees a changed sheet in one Drive call, and sends its feedback once it has been left alone for ten minutes', async () => {
    const { startFakeGoogle, spreadsheetOf } = await import('../helpers/fake-google.js');
    const { readXlsxFile } = await import('../../src/adapters/xlsx/reader.js');
    const google = await startFakeGoogle();
    try {
      const loaded = await exampleCopy(join(root, 'sheets'), (text) =>
        text.replace(
          'source: { kind: xlsx, path: submissions/engagement-03.xlsx }',
          'source: { kind: google-sheet, spreadsheetId: e03 }',
        ),
      );
      const read = await readXlsxFile(join(XLSX, 'engagement-03.xlsx'));
      if (!read.ok) throw new Error(render('fr', unreadableMessage(read.failure)));
      const sheet = { ...spreadsheetOf(read.workbook), modifiedTime: '2019-01-07T08:00:00.000Z' };
      google.spreadsheets.set('e03', sheet);
      const clients = google.clients();
      const drive = () => google.log.filter((r) => r.api === 'drive').length;

      // The first run takes Drive's start token: one call, nothing read.
      expect(await intake(loaded, '2019-01-07T10:15', { google: clients })).toMatchObject({
        sheetFeedback: 0,
      });
      expect([drive(), google.log.length]).toEqual([1, 1]);

      // Leila changes a cell at 10:20; at 10:25 she may still be typing: nothing goes.
      const actions = sheet.sheets['Actions de communication'] as unknown[][];
      (actions[2] as unknown[])[2] = "Atelier de sensibilisation à l'archivage électronique";
      sheet.modifiedTime = '2019-01-07T09:20:00.000Z';
      google.log.length = 0;
      expect(await intake(loaded, '2019-01-07T10:25', { google: clients })).toMatchObject({
        sheetFeedback: 0,
      });
      expect(google.log.map((r) => r.api)).toEqual(['drive']);
      expect(smtp.received).toEqual([]);

      // Left alone for ten minutes: read, and its feedback sent.
      const settled = await intake(loaded, '2019-01-07T10:31', { google: clients });
      expect(settled).toMatchObject({ sheetFeedback: 1 });
      expect(smtp.received.map((r) => r.envelope)).toEqual([['leila.tazi@example.org']]);
      expect(smtp.received[0]!.mail.subject).toMatch(/engagement n° 3$/);
      expect(smtp.received[0]!.mail.text).toContain('Elle est complète, merci.');

      // Then nothing more; the next morning's run does not say it again.
      expect(await intake(loaded, '2019-01-07T10:40', { google: clients })).toMatchObject({
        sheetFeedback: 0,
      });
      const tick = await runCalendar(loaded.config, {
        now: at('2019-01-08T09:00'),
        command: 'tick',
        smtpUrl: smtp.url,
        baseDir: loaded.dir,
        google: clients,
      });
      expect(tick.emails.filter((e) => e.to.includes('leila.tazi@example.org'))).toEqual([]);
      const toLeila = smtp.received.filter((r) => r.envelope.includes('leila.tazi@example.org'));
      expect(toLeila).toHaveLength(1);
    } finally {
      await google.close();
    }
  });
});
