/**
 * The intake through the Gmail API, against the loopback Gmail mailbox
 * (test/helpers/fake-gmail-mailbox.ts, each behaviour tied to the API's documentation):
 * history since the last historyId, a history too old (404) and a full look, format=minimal
 * then raw, our label, 429 with Retry-After. The service account acts for the mailbox with
 * gmail.modify. Answers go over a real SMTP server.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { runIntake, type IntakeOptions } from '../../src/jobs/intake.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { addGmailMailbox, type FakeGmailMailbox } from '../helpers/fake-gmail-mailbox.js';
import { startFakeMailApis, type FakeMailApis } from '../helpers/fake-mail-apis.js';
import { composeInbound } from '../helpers/inbound.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { exampleReplyMessage } from '../../scripts/make-example.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;
const MAILBOX = 'secretariat.ogp@example.org';

let root: string;
let smtp: TestSmtp;
let apis: FakeMailApis;
let box: FakeGmailMailbox;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-intake-gmail-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp = await startSmtp();
  apis = await startFakeMailApis();
  apis.delegated.add(MAILBOX);
  box = addGmailMailbox(apis, MAILBOX);
});
afterEach(async () => {
  await smtp.close();
  await apis.close();
});

function committee(name: string, more = (text: string) => text): Promise<LoadedConfig> {
  return exampleCopy(join(root, name), (text) =>
    more(text).replace(
      'intake: { kind: folder, dir: inbox, authservId: mx.example.org }',
      `intake: { kind: gmail-api, mailbox: ${MAILBOX}, endpoint: '${apis.url}', authservId: mx.example.org }`,
    ),
  );
}

/** The committee sending its mail through the Gmail API, as `sender` (the intake's mailbox by default). */
function answeringAs(name: string, sender = MAILBOX): Promise<LoadedConfig> {
  return committee(name, (text) =>
    text.replace(
      /^mail: \{ (.*) \}$/m,
      `mail: { $1, transport: { kind: gmail-api, mailbox: ${sender}, endpoint: '${apis.url}' } }`,
    ),
  );
}

function options(loaded: LoadedConfig, now: string): IntakeOptions {
  return {
    now: at(now),
    smtpUrl: smtp.url,
    baseDir: loaded.dir,
    mailSecrets: { microsoft: {}, googleKey: async () => apis.googleKey },
  };
}

describe('the intake through the Gmail API', () => {
  it('files the reply, labels it out of the inbox, then reads only the history: one call when idle', async () => {
    const loaded = await committee('gmail');
    const samira = 'Samira Chraibi <samira.chraibi@example.org>';
    await box.deliver(await exampleReplyMessage(loaded.config), Date.parse('2019-01-07T09:12:00Z'));
    await box.deliver(
      await composeInbound({
        from: samira,
        messageId: '<question@example.org>',
        subject: 'Question',
      }),
    );
    const run = await runIntake(loaded.config, options(loaded, '2019-01-07T10:15'));
    expect(run).toMatchObject({
      mailbox: `gmail:${MAILBOX}`,
      messages: 2,
      filed: 1,
      questions: 1,
      answers: 1,
    });
    expect(apis.tokenRequests.at(-1)).toMatchObject({
      provider: 'google',
      scope: 'https://www.googleapis.com/auth/gmail.modify',
      subject: MAILBOX,
    });
    expect(smtp.received[0]?.mail.inReplyTo).toBe('<reponse-e05-20190107@example.org>');
    const label = [...box.labels].find(([, name]) => name === 'ogp-tracker')?.[0];
    expect(box.messages.map((m) => m.labelIds.filter((l) => l !== 'UNREAD'))).toEqual([
      [label],
      ['INBOX'],
    ]);
    // The first look lists each message by its Message-ID alone (metadata), then its size
    // (minimal), then the message itself (raw): three reads each, one download.
    expect(box.log.filter((l) => /^GET \/messages\/[^/]+$/.test(l))).toHaveLength(6);
    expect(box.metadataReads).toBe(2);
    expect(box.rawReads).toBe(2);

    box.log.length = 0;
    expect(await runIntake(loaded.config, options(loaded, '2019-01-07T10:20'))).toMatchObject({
      messages: 0,
    });
    expect(box.log).toEqual(['GET /history']);

    await box.deliver(
      await composeInbound({ from: samira, messageId: '<encore@example.org>', subject: 'Encore' }),
    );
    box.throttleNext(1);
    expect(await runIntake(loaded.config, options(loaded, '2019-01-07T10:25'))).toMatchObject({
      messages: 1,
      questions: 1,
    });
  });

  it('looks at the whole inbox again when its history id is too old (404), handling nothing twice', async () => {
    const loaded = await committee('old');
    const samira = 'Samira Chraibi <samira.chraibi@example.org>';
    await box.deliver(
      await composeInbound({
        from: samira,
        messageId: '<question@example.org>',
        subject: 'Question',
      }),
    );
    expect(await runIntake(loaded.config, options(loaded, '2019-01-07T10:15'))).toMatchObject({
      messages: 1,
      questions: 1,
    });
    box.oldestHistory = box.historyId + 1;
    await box.deliver(await exampleReplyMessage(loaded.config), Date.parse('2019-01-07T09:40:00Z'));
    const run = await runIntake(loaded.config, options(loaded, '2019-01-07T10:20'));
    expect(run).toMatchObject({ messages: 1, filed: 1, answers: 1 });
    expect(run.details.map((d) => d.messageId)).toEqual(['<reponse-e05-20190107@example.org>']);
    expect(box.log).toContain('GET /profile');
    // The question still in the inbox is known by its Message-ID (format=metadata): not
    // downloaded again; only the new reply is.
    expect(box.rawReads).toBe(2);
  });

  it("answers in the focal point's conversation: its threadId, In-Reply-To and References, « RE: » and their Subject", async () => {
    const loaded = await answeringAs('thread');
    const theirs = await box.deliver(await exampleReplyMessage(loaded.config), Date.parse('2019-01-07T09:12:00Z'));
    expect(await runIntake(loaded.config, options(loaded, '2019-01-07T10:15'))).toMatchObject({ filed: 1, answers: 1 });
    expect(smtp.received).toEqual([]);
    const [answer] = apis.received;
    expect(answer).toMatchObject({ service: 'gmail', mailbox: MAILBOX, requestedThreadId: theirs.threadId });
    expect(answer!.mail.subject).toBe('RE: Rappel : Fiche des actions de communication — engagement n° 5, échéance le 09/01/2019');
    expect(answer!.mail.inReplyTo).toBe('<reponse-e05-20190107@example.org>');
    expect(answer!.mail.references).toContain('<reponse-e05-20190107@example.org>');
    expect(answer!.mail.text?.split('\n')[0]).toBe('Fiche reçue, 1 erreur à corriger — engagement n° 5');
    // Gmail filed it in their conversation, beside their message.
    expect(answer!.threadId).toBe(theirs.threadId);
    expect(box.messages.filter((m) => m.threadId === theirs.threadId).map((m) => m.labelIds.includes('SENT'))).toEqual([false, true]);
  }); // prettier-ignore

  it("sends no threadId from another mailbox than the intake's: that mailbox has no such conversation", async () => {
    const sender = 'ne-pas-repondre@example.org';
    apis.delegated.add(sender);
    const loaded = await answeringAs('other-sender', sender);
    await box.deliver(await exampleReplyMessage(loaded.config), Date.parse('2019-01-07T09:12:00Z'));
    expect(await runIntake(loaded.config, options(loaded, '2019-01-07T10:15'))).toMatchObject({ filed: 1, answers: 1 });
    expect(apis.received.map((m) => [m.mailbox, m.requestedThreadId, m.mail.inReplyTo])).toEqual([[sender, undefined, '<reponse-e05-20190107@example.org>']]);
  }); // prettier-ignore
});
