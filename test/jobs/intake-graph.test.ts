/**
 * The intake through Microsoft Graph, against the loopback Graph mailbox
 * (test/helpers/fake-graph-mailbox.ts, each behaviour tied to Graph's documentation): delta
 * pages and links, an expired delta link, immutable ids across a move, the attachments listed
 * before `$value` is downloaded, 429 with Retry-After, a token refused once. Answers go over a
 * real SMTP server.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { runIntake, type IntakeOptions } from '../../src/jobs/intake.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { addGraphMailbox, type FakeGraphMailbox } from '../helpers/fake-graph-mailbox.js';
import { startFakeMailApis, type FakeMailApis } from '../helpers/fake-mail-apis.js';
import { composeInbound } from '../helpers/inbound.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { exampleReplyMessage } from '../../scripts/make-example.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;
const MAILBOX = 'secretariat.ogp@example.org';

let root: string;
let smtp: TestSmtp;
let apis: FakeMailApis;
let box: FakeGraphMailbox;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-intake-graph-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp = await startSmtp();
  apis = await startFakeMailApis();
  box = addGraphMailbox(apis, MAILBOX);
});
afterEach(async () => {
  await smtp.close();
  await apis.close();
});

function committee(name: string, more = (text: string) => text): Promise<LoadedConfig> {
  const app = `tenant: ${apis.microsoft.tenant}, clientId: '${apis.microsoft.clientId}', authority: '${apis.url}'`;
  return exampleCopy(join(root, name), (text) =>
    more(text).replace(
      'intake: { kind: folder, dir: inbox, authservId: mx.example.org }',
      `intake: { kind: graph, ${app}, mailbox: ${MAILBOX}, endpoint: '${apis.url}', authservId: mx.example.org }`,
    ),
  );
}

function options(loaded: LoadedConfig, now: string): IntakeOptions {
  return {
    now: at(now),
    smtpUrl: smtp.url,
    baseDir: loaded.dir,
    mailSecrets: {
      microsoft: { secret: apis.microsoft.secret },
      googleKey: async () => apis.googleKey,
    },
  };
}

describe('the intake through Microsoft Graph', () => {
  it('files the reply from the delta pages, downloads only what it reads, moves it keeping its id, and costs one call when idle', async () => {
    const loaded = await committee('graph');
    const samira = 'Samira Chraibi <samira.chraibi@example.org>';
    const reply = await box.deliver(
      await exampleReplyMessage(loaded.config),
      '2019-01-07T09:12:00Z',
    );
    await box.deliver(
      await composeInbound({
        from: samira,
        messageId: '<question@example.org>',
        subject: 'Question',
      }),
    );
    await box.deliver(
      await composeInbound({
        from: samira,
        messageId: '<absence@example.org>',
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
    );
    // Graph's own server always writes Authentication-Results: one without is held.
    await box.deliver(
      await composeInbound({
        from: samira,
        messageId: '<sans-verdict@example.org>',
        authentication: null,
        attachments: [{ filename: 'e05.xlsx', content: 'x' }],
      }),
    );

    const run = await runIntake(loaded.config, options(loaded, '2019-01-07T10:15'));
    expect(run).toMatchObject({
      mailbox: `graph:${MAILBOX}`,
      messages: 4,
      filed: 1,
      questions: 1,
      ignored: 1,
      held: 1,
      answers: 1,
    });
    expect(smtp.received[0]?.mail.inReplyTo).toBe('<reponse-e05-20190107@example.org>');
    // Two delta pages (of two), then what each message needed: its attachments listed, its MIME.
    expect(box.log.filter((l) => l.includes('/delta'))).toHaveLength(2);
    // Each message's attachments listed (names and sizes) before its MIME is downloaded.
    const perMessage = box.log.filter((l) => /\/(attachments|\$value)$/.test(l));
    expect(perMessage.map((l) => l.split('/').at(-1))).toEqual(
      Array(4).fill(['attachments', '$value']).flat(),
    );
    // Moved to our folder, made on first use, under the same (immutable) id.
    const folder = [...box.folders].find(([, name]) => name === 'ogp-tracker')?.[0];
    expect(
      box.messages.find((m) => m.internetMessageId === '<reponse-e05-20190107@example.org>'),
    ).toMatchObject({ id: reply.id, folder });
    expect(box.messages.filter((m) => m.folder !== folder)).toHaveLength(3);

    // Idle: one call to the mailbox, the delta link.
    box.log.length = 0;
    expect(await runIntake(loaded.config, options(loaded, '2019-01-07T10:20'))).toMatchObject({
      messages: 0,
      answers: 0,
    });
    expect(box.log).toEqual([expect.stringMatching(/^GET \/mailFolders\/inbox\/messages\/delta$/)]);
  });

  it('looks again at everything when its delta link expired, handling nothing twice; waits out 429; renews a refused token', async () => {
    const loaded = await committee('expired');
    const samira = 'Samira Chraibi <samira.chraibi@example.org>';
    await box.deliver(await exampleReplyMessage(loaded.config), '2019-01-07T09:12:00Z');
    await box.deliver(
      await composeInbound({
        from: samira,
        messageId: '<question@example.org>',
        subject: 'Question',
      }),
    );
    expect(await runIntake(loaded.config, options(loaded, '2019-01-07T10:15'))).toMatchObject({
      filed: 1,
      questions: 1,
      answers: 1,
    });

    box.expire();
    await box.deliver(
      await composeInbound({
        from: samira,
        messageId: '<encore@example.org>',
        subject: 'Encore une question',
      }),
    );
    box.throttleNext(1);
    const started = performance.now();
    const again = await runIntake(loaded.config, options(loaded, '2019-01-07T10:20'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(again).toMatchObject({ messages: 1, questions: 1, answers: 0 });
    expect(again.details.map((d) => d.messageId)).toEqual(['<encore@example.org>']);
    expect(smtp.received).toHaveLength(1);

    const requests = apis.tokenRequests.length;
    box.refuseNextToken();
    expect(await runIntake(loaded.config, options(loaded, '2019-01-07T10:25'))).toMatchObject({
      messages: 0,
      skipped: null,
    });
    expect(apis.tokenRequests.length - requests).toBe(2);
  });

  it('never downloads a message over the size it reads: its headers and attachment list say who to answer and why', async () => {
    const loaded = await committee('large');
    const big = Buffer.alloc(30 * 1024 * 1024, 7);
    await box.deliver(
      await composeInbound({
        from: 'Hind Berrada <hind.berrada@example.org>',
        messageId: '<lourd@example.org>',
        subject: 'Fiche et photos',
        attachments: [{ filename: 'photos.zip', content: big }],
      }),
    );
    const run = await runIntake(loaded.config, options(loaded, '2019-01-07T10:15'));
    expect(run).toMatchObject({ refused: 1, answers: 1 });
    expect(box.log.some((l) => l.endsWith('/$value'))).toBe(false);
    expect(smtp.received[0]?.mail.text).toMatch(
      /votre courriel pèse 30 Mo, au-delà des 15 Mo que nous lisons/,
    );
    expect(smtp.received[0]?.mail.inReplyTo).toBe('<lourd@example.org>');
  });

  it("answers through Graph's sendMail in the focal point's thread: In-Reply-To and References in the MIME, « RE: » and their Subject", async () => {
    const app = `tenant: ${apis.microsoft.tenant}, clientId: '${apis.microsoft.clientId}', authority: '${apis.url}'`;
    const loaded = await committee('answer', (text) =>
      text.replace(/^mail: \{ (.*) \}$/m, `mail: { $1, transport: { kind: graph, ${app}, mailbox: ${MAILBOX}, endpoint: '${apis.url}' } }`),
    );
    await box.deliver(await exampleReplyMessage(loaded.config), '2019-01-07T09:12:00Z');
    expect(await runIntake(loaded.config, options(loaded, '2019-01-07T10:15'))).toMatchObject({ filed: 1, answers: 1 });
    expect(smtp.received).toEqual([]);
    const [answer] = apis.received;
    expect(answer).toMatchObject({ service: 'graph', mailbox: MAILBOX });
    expect(answer!.mail.subject).toBe('RE: Rappel : Fiche des actions de communication — engagement n° 5, échéance le 09/01/2019');
    expect(answer!.mail.inReplyTo).toBe('<reponse-e05-20190107@example.org>');
    // Their thread's ids (our reminder's), then their message: Outlook's conversation.
    expect(answer!.mail.references).toEqual([expect.stringMatching(/^<[0-9a-f]{32}@example\.org>$/), expect.stringMatching(/^<[0-9a-f]{32}@example\.org>$/), '<reponse-e05-20190107@example.org>']);
    expect(answer!.mail.text?.split('\n')[0]).toBe('Fiche reçue, 1 erreur à corriger — engagement n° 5');
  }); // prettier-ignore
});
