/**
 * The intake against a real IMAP server (Debian's Dovecot 2.3), messages put in with IMAP
 * APPEND as a mail server delivers them: a password in IMAP_URL, then XOAUTH2 with an app-only
 * token (the loopback Entra ID endpoint issues it, Dovecot checks it at a loopback
 * introspection URL). What the focal point sends is filed and answered over SMTP, the message
 * moved to our folder; what is a question for a person stays in the inbox, unread.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImapFlow } from 'imapflow';
import type { LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { runIntake } from '../../src/jobs/intake.js';
import { checkMail } from '../../src/jobs/mail-check.js';
import { formatMailCheck } from '../../src/cli/format.js';
import { LocalStore } from '../../src/adapters/local/storage-folder.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { composeInbound } from '../helpers/inbound.js';
import {
  connectImap,
  describeWithDovecot,
  startDovecot,
  type TestImap,
} from '../helpers/dovecot.js';
import { startFakeMailApis, type FakeMailApis } from '../helpers/fake-mail-apis.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { exampleReplyMessage } from '../../scripts/make-example.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;

let root: string;
let smtp: TestSmtp;
let imap: TestImap | null = null;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-intake-imap-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp = await startSmtp();
});
afterEach(async () => {
  await smtp.close();
  await imap?.stop();
  imap = null;
});

/** The example reading an IMAP mailbox instead of its inbox/ folder. */
function committee(name: string, intake: string): Promise<LoadedConfig> {
  return exampleCopy(join(root, name), (text) =>
    text.replace(
      'intake: { kind: folder, dir: inbox, authservId: mx.example.org }',
      `intake: ${intake}`,
    ),
  );
}

/** What a folder holds: each message's Message-ID and flags. */
async function folder(c: ImapFlow, path: string): Promise<{ id: string; seen: boolean }[]> {
  const lock = await c.getMailboxLock(path);
  try {
    const out: { id: string; seen: boolean }[] = [];
    for await (const m of c.fetch('1:*', { envelope: true, flags: true })) {
      out.push({ id: m.envelope?.messageId ?? '', seen: m.flags?.has('\\Seen') ?? false });
    }
    return out;
  } catch {
    return [];
  } finally {
    lock.release();
  }
}

describeWithDovecot('the intake of an IMAP mailbox (Dovecot)', () => {
  it('files the reply and answers it, moves it to its folder, leaves questions unread in the inbox, and files nothing twice after a new UIDVALIDITY', async () => {
    imap = await startDovecot();
    const loaded = await committee(
      'password',
      '{ kind: imap, authentication: required, authservId: mx.example.org }',
    );
    const mailer = await connectImap(imap);
    await mailer.append('INBOX', await exampleReplyMessage(loaded.config));
    const samira = 'Samira Chraibi <samira.chraibi@example.org>';
    await mailer.append(
      'INBOX',
      await composeInbound({
        from: samira,
        messageId: '<question@example.org>',
        subject: 'Question',
        text: 'Faut-il remplir les jalons ?',
      }),
    );
    await mailer.append(
      'INBOX',
      await composeInbound({
        from: samira,
        messageId: '<absence@example.org>',
        subject: 'Absente',
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
    );

    const options = {
      now: at('2019-01-07T10:15'),
      smtpUrl: smtp.url,
      imapUrl: imap.url,
      baseDir: loaded.dir,
    };
    const run = await runIntake(loaded.config, options);
    expect(run).toMatchObject({ messages: 3, filed: 1, questions: 1, ignored: 1, answers: 1 });
    expect(run.mailbox).toBe(`imap://${imap.user}@127.0.0.1:${imap.port}/INBOX`);
    expect(JSON.stringify(run)).not.toContain(imap.password);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.mail.inReplyTo).toBe('<reponse-e05-20190107@example.org>');

    // The filed message left the inbox for our folder; the others stay, the question unread.
    expect(await folder(mailer, 'ogp-tracker')).toEqual([
      { id: '<reponse-e05-20190107@example.org>', seen: false },
    ]);
    expect(await folder(mailer, 'INBOX')).toEqual([
      { id: '<question@example.org>', seen: false },
      { id: '<absence@example.org>', seen: false },
    ]);

    // A second run sees nothing new (the highest UID is kept).
    expect(
      await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:20') }),
    ).toMatchObject({ messages: 0, answers: 0 });

    // The mailbox was rebuilt (a new UIDVALIDITY): everything is listed again, nothing is handled twice.
    const statePath = join(loaded.dir, 'out', 'state', 'intake.json');
    const state = JSON.parse(await readFile(statePath, 'utf8'));
    state.cursor = JSON.stringify({ uidValidity: '1', lastUid: 99 });
    await writeFile(statePath, JSON.stringify(state));
    expect(
      await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:25') }),
    ).toMatchObject({ messages: 0, answers: 0 });
    expect(smtp.received).toHaveLength(1);

    // A new reply after that is found.
    await mailer.append(
      'INBOX',
      await composeInbound({
        from: samira,
        messageId: '<encore@example.org>',
        subject: 'Encore une question',
      }),
    );
    expect(
      await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:30') }),
    ).toMatchObject({ messages: 1, questions: 1 });
    await mailer.logout();
  });

  it('holds a message without Authentication-Results when the configuration requires one', async () => {
    imap = await startDovecot();
    const loaded = await committee(
      'required',
      '{ kind: imap, authentication: required, authservId: mx.example.org }',
    );
    const mailer = await connectImap(imap);
    await mailer.append(
      'INBOX',
      await composeInbound({
        from: 'Samira Chraibi <samira.chraibi@example.org>',
        messageId: '<sans-verdict@example.org>',
        authentication: null,
        attachments: [{ filename: 'engagement-05.xlsx', content: 'x' }],
      }),
    );
    await mailer.logout();
    const run = await runIntake(loaded.config, {
      now: at('2019-01-07T10:15'),
      smtpUrl: smtp.url,
      imapUrl: imap.url,
      baseDir: loaded.dir,
    });
    expect(run).toMatchObject({ held: 1, answers: 0 });
    expect(run.details[0]?.note).toContain('aucun en-tête Authentication-Results');
  });

  it('logs in with XOAUTH2 (Microsoft 365, IMAP.AccessAsApp) and renews a token the server refuses', async () => {
    imap = await startDovecot({ oauth2: true });
    const apis: FakeMailApis = await startFakeMailApis();
    try {
      imap.acceptToken = (token) => apis.isValid(token);
      const app = `tenant: ${apis.microsoft.tenant}, clientId: '${apis.microsoft.clientId}', authority: '${apis.url}'`;
      const loaded = await committee(
        'oauth',
        `{ kind: imap, host: 127.0.0.1, port: ${imap.port}, user: ${imap.user}, provider: { kind: microsoft, ${app} } }`,
      );
      const secrets = {
        microsoft: { secret: apis.microsoft.secret },
        googleKey: async () => apis.googleKey,
      };
      const options = {
        now: at('2019-01-07T10:15'),
        smtpUrl: smtp.url,
        baseDir: loaded.dir,
        mailSecrets: secrets,
      };
      expect(await runIntake(loaded.config, options)).toMatchObject({ messages: 0, skipped: null });
      expect(apis.tokenRequests).toEqual([
        { provider: 'microsoft', scope: 'https://outlook.office365.com/.default' },
      ]);
      expect(imap.introspections).toBeGreaterThan(0);

      // The server refuses a token once (revoked, or not yet known to it): within the same
      // run a new token is fetched and the login tried again.
      let refusals = 0;
      imap.acceptToken = (token) => (refusals++ === 0 ? false : apis.isValid(token));
      const requests = apis.tokenRequests.length;
      const again = await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:20') });
      expect(again).toMatchObject({ messages: 0, skipped: null });
      expect(apis.tokenRequests.length - requests).toBe(2);
      expect(refusals).toBe(2);
    } finally {
      await apis.close();
    }
  });

  it('mail-check reaches the mailbox, and says what to check when the password is refused, never showing it', async () => {
    imap = await startDovecot();
    const loaded = await committee('check', '{ kind: imap }');
    const store = new LocalStore(join(loaded.dir, 'out'));
    const now = at('2019-01-07T10:15');
    const good = await checkMail(loaded.config, store, { imapUrl: imap.url }, { now });
    expect(good.intake).toMatchObject({
      ok: true,
      checked: [expect.stringContaining('connexion réussie')],
      // No receiving server named (intake.authservId): said by mail-check as by every run.
      warnings: [expect.stringContaining('un expéditeur contrefait ne se distingue pas')],
    });
    expect(formatMailCheck(good, 'fr')).toContain(
      "⚠ le serveur de réception du secrétariat n'est pas nommé (intake.authservId)",
    );
    const wrong = imap.url.replace(imap.password, 'mauvais-secret');
    const bad = await checkMail(loaded.config, store, { imapUrl: wrong }, { now });
    expect(bad.ok).toBe(false);
    expect(bad.intake?.failure).toMatch(
      /identifiant refusé : vérifiez l'utilisateur et le mot de passe d'application/,
    );
    expect(JSON.stringify(bad)).not.toContain('mauvais-secret');
  });
});
