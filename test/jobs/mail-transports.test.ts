/**
 * Mail through the secretariat's real mail system, each transport against a server speaking
 * its protocol on loopback: SMTP with XOAUTH2 (smtp-server checking the token), Microsoft's
 * token endpoint and Graph sendMail, Google's token endpoint and the Gmail API. The same
 * emails, the same MIME; exactly once; failures explained.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  gmailTransport,
  graphTransport,
  smtpTransport,
} from '../../src/adapters/mail/transports.js';
import type { OutgoingEmail } from '../../src/core/mail-transport.js';
import { googleTokens, microsoftTokens } from '../../src/adapters/mail/tokens.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { storeFor } from '../../src/jobs/stores.js';
import { GMAIL_SEND_SCOPE, OUTLOOK_SMTP_SCOPE } from '../../src/jobs/deliver.js';
import { checkMail } from '../../src/jobs/mail-check.js';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { addGmailMailbox } from '../helpers/fake-gmail-mailbox.js';
import { startFakeMailApis, type FakeMailApis } from '../helpers/fake-mail-apis.js';
import { composeInbound } from '../helpers/inbound.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { cli } from '../helpers/run-cli.js';

const now = parseNowArgument('2019-01-07T09:00', 'Africa/Casablanca') as Date;
const MAIL_LINE =
  "mail: { from: 'Secrétariat OGP <ogp@example.org>', replyTo: secretariat.ogp@example.org }";
let root: string;
let apis: FakeMailApis;
let servers: TestSmtp[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-transports-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  apis = await startFakeMailApis();
});
afterEach(async () => {
  await apis?.close();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** The example, sending through `transport` (a YAML flow mapping). */
function withTransport(name: string, transport: string) {
  return exampleCopy(join(root, `${name}-${Date.now()}`), (t) =>
    t.replace(MAIL_LINE, `mail: { from: 'Secrétariat OGP <ogp@example.org>', replyTo: secretariat.ogp@example.org, transport: ${transport} }`),
  );
} // prettier-ignore

const microsoftApp = () =>
  `tenant: ${apis.microsoft.tenant}, clientId: '${apis.microsoft.clientId}', authority: '${apis.url}'`;
const secrets = (extra: Partial<{ secret: string; certificate: string }> = { secret: apis.microsoft.secret }) => ({
  microsoft: extra,
  googleKey: async () => apis.googleKey,
}); // prettier-ignore

async function smtpXoauth2(): Promise<TestSmtp> {
  const server = await startSmtp(undefined, (user, token) => user === 'secretariat.ogp@example.org' && apis.isValid(token));
  servers.push(server);
  return server;
} // prettier-ignore

/** What the same morning sends through plain SMTP: the reference every transport must equal. */
async function referenceMessages() {
  const smtp = await startSmtp();
  servers.push(smtp);
  const loaded = await exampleCopy(join(root, `reference-${Date.now()}`));
  await runCalendar(loaded.config, {
    command: 'tick',
    now,
    baseDir: loaded.dir,
    smtpUrl: smtp.url,
  });
  return smtp.received.map((r) => r.mail);
}

type Parsed = Awaited<ReturnType<typeof referenceMessages>>[number];
/** What a reader sees of a message: headers that matter, both bodies, the attachments. */
function seen(mail: Parsed) {
  return {
    messageId: mail.messageId,
    subject: mail.subject,
    from: mail.from?.text,
    replyTo: mail.replyTo?.text,
    to: mail.to && !Array.isArray(mail.to) ? mail.to.text : null,
    cc: mail.cc && !Array.isArray(mail.cc) ? mail.cc.text : null,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments.map((a) => [a.filename, a.contentType, a.size]),
  };
}

describe('every transport sends the same emails, once', () => {
  it.each([
    ['smtp-oauth2 (Microsoft 365: client credentials, XOAUTH2)', 'smtp'],
    ['graph (Microsoft Graph sendMail, MIME)', 'graph'],
    ['gmail-api (Gmail API, service account with domain-wide delegation)', 'gmail'],
  ] as const)('%s', async (_name, kind) => {
    const reference = await referenceMessages();
    const smtp = kind === 'smtp' ? await smtpXoauth2() : null;
    const port = smtp ? new URL(smtp.url).port : '';
    const transport =
      kind === 'smtp'
        ? `{ kind: smtp-oauth2, host: 127.0.0.1, port: ${port}, user: secretariat.ogp@example.org, provider: { kind: microsoft, ${microsoftApp()} } }`
        : kind === 'graph'
          ? `{ kind: graph, ${microsoftApp()}, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }`
          : `{ kind: gmail-api, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }`;
    const loaded = await withTransport(kind, transport);
    const run = () => runCalendar(loaded.config, { command: 'tick', now, baseDir: loaded.dir, mailSecrets: secrets(), retryDelaysMs: [0] });
    const first = await run();
    expect([first.transport, first.due, first.sent, first.failed]).toEqual([kind === 'smtp' ? 'smtp-oauth2' : kind === 'graph' ? 'graph' : 'gmail-api', 18, 18, 0]);
    const received = smtp ? smtp.received.map((r) => r.mail) : apis.received.map((m) => m.mail);
    // The same emails, byte for what a reader sees: ids, headers, bodies, attachments.
    const byId = (list: Parsed[]) => new Map(list.map((m) => [m.messageId, seen(m)]));
    expect(byId(received)).toEqual(byId(reference));
    expect(apis.tokenRequests.map((t) => t.scope)).toEqual([kind === 'smtp' ? OUTLOOK_SMTP_SCOPE : kind === 'graph' ? `${apis.url}/.default` : 'https://www.googleapis.com/auth/gmail.send']); // one token, cached
    // Run again: nothing goes twice.
    const second = await run();
    expect([second.due, second.sent]).toEqual([0, 0]);
  }, 60_000); // prettier-ignore
});

describe('exactly once through an HTTP API', () => {
  it.each(['graph', 'gmail-api'] as const)('%s: a message the service keeps refusing (503) goes on the next run, with its Message-ID, once', async (kind) => {
    const transport = kind === 'graph' ? `{ kind: graph, ${microsoftApp()}, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }` : `{ kind: gmail-api, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }`;
    const loaded = await withTransport(`once-${kind}`, transport);
    const busy = { status: 503, headers: { 'retry-after': '0' }, body: { error: { code: 'ServiceUnavailable', message: 'Service unavailable' } } };
    apis.canned.push(busy, busy, busy, busy); // more than one attempt's retries
    const run = (iso: string) => runCalendar(loaded.config, { command: 'tick', now: parseNowArgument(iso, 'Africa/Casablanca') as Date, baseDir: loaded.dir, mailSecrets: secrets(), retryDelaysMs: [] });
    const first = await run('2019-01-07T09:00');
    expect([first.due, first.sent]).toEqual([18, 17]);
    const failed = first.emails.find((e) => e.delivered.length === 0)!;
    expect(failed.failed[0]?.reason).toMatch(/^503 /);
    const second = await run('2019-01-07T10:00');
    expect(second.emails.map((e) => [e.messageId, e.delivered.length > 0])).toEqual([[failed.messageId, true]]);
    const pairs = apis.pairs();
    expect(new Set(pairs).size).toBe(pairs.length); // nobody got anything twice
    // …and the six communication officers, copied on their commitment's email.
    expect(pairs).toHaveLength(10 + 8 * 2 + 6);
  }, 60_000); // prettier-ignore
});

describe('SMTP with XOAUTH2', () => {
  it('presents a token the server checks; one expired on the server is refreshed and the email goes', async () => {
    const smtp = await smtpXoauth2();
    const tokens = microsoftTokens({ tenant: apis.microsoft.tenant, clientId: apis.microsoft.clientId, authority: apis.url }, OUTLOOK_SMTP_SCOPE, { secret: apis.microsoft.secret });
    const target = { host: '127.0.0.1', port: Number(new URL(smtp.url).port), user: 'secretariat.ogp@example.org', tokens, name: 'smtp-oauth2' as const };
    const email = (n: number): OutgoingEmail => ({ key: `k${n}`, kind: 'test', messageId: `<m${n}@example.org>`, from: 'ogp@example.org', to: [{ name: 'A', email: 'a@example.org' }], cc: [], subject: `Essai ${n}`, html: '<p>x</p>', text: 'x', attachments: [] });
    const first = smtpTransport(target, { rateLimit: 5, maxConnections: 1 });
    expect((await first.deliver(email(1), ['a@example.org'])).accepted).toEqual(['a@example.org']);
    await first.close();
    // The server forgets the token (expired there): the next login is refused, renewed, accepted.
    for (const token of apis.tokens.keys()) apis.tokens.set(token, 0);
    const second = smtpTransport(target, { rateLimit: 5, maxConnections: 1 });
    expect((await second.deliver(email(2), ['a@example.org'])).accepted).toEqual(['a@example.org']);
    await second.close();
    expect(apis.tokenRequests).toHaveLength(2);
    expect(smtp.received.map((r) => r.mail.subject)).toEqual(['Essai 1', 'Essai 2']);
  }, 30_000); // prettier-ignore

  it('signs a client assertion with the app certificate instead of a secret', async () => {
    const smtp = await smtpXoauth2();
    const loaded = await withTransport('certificate', `{ kind: smtp-oauth2, host: 127.0.0.1, port: ${new URL(smtp.url).port}, user: secretariat.ogp@example.org, provider: { kind: microsoft, ${microsoftApp()} } }`); // prettier-ignore
    const store = await storeFor(loaded.config);
    const result = await checkMail(loaded.config, store, { secrets: secrets({ certificate: apis.certificatePem }) }, { now, to: 'essai@example.org' });
    expect(result).toMatchObject({ ok: true, transport: 'smtp-oauth2', sent: { to: 'essai@example.org' } });
    expect(smtp.received.map((r) => r.mail.subject)).toEqual(["Courriel de test — Comité d'implémentation OGP Maroc"]);
  }, 30_000); // prettier-ignore
});

describe('HTTP mail APIs', () => {
  it.each([
    ['graph', () => `{ kind: graph, ${microsoftApp()}, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }`],
    ['gmail-api', () => `{ kind: gmail-api, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }`],
  ] as const)('%s: 429 with Retry-After and 503 are waited out; a 401 renews the token', async (kind, transport) => {
    const loaded = await withTransport(`retry-${kind}`, transport());
    const store = await storeFor(loaded.config);
    apis.canned.push({ status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'TooManyRequests', message: 'Application is over its MailboxConcurrency limit.' } } }, { status: 503, headers: { 'retry-after': '0' } }, { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' } } }); // prettier-ignore
    const started = Date.now();
    const result = await checkMail(loaded.config, store, { secrets: secrets() }, { now, to: 'essai@example.org' });
    expect(result).toMatchObject({ ok: true, sent: { to: 'essai@example.org' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900); // Retry-After: 1 was honoured
    expect(apis.received).toHaveLength(1);
    expect(apis.tokenRequests).toHaveLength(2); // the 401 renewed it
  }, 30_000); // prettier-ignore
});

describe('ogp-tracker mail-check', () => {
  it('prints what works, then the failure as the server said it with its cause and fix; exit 0, then 1', async () => {
    const ok = await startSmtp();
    const refusing = await startSmtp({ user: 'ogp', pass: 'x' }, undefined, { code: 535, text: '5.7.139 Authentication unsuccessful, basic authentication is disabled.' });
    servers.push(ok, refusing);
    const loaded = await exampleCopy(join(root, `cli-${Date.now()}`));
    const saved = process.env.SMTP_URL;
    try {
      process.env.SMTP_URL = ok.url;
      const fine = await cli('mail-check', '--config', loaded.file, '--to', 'essai@example.org');
      expect(fine.code).toBe(0);
      expect(fine.stdout).toMatch(/^Transport : smtp\n✓ Serveur SMTP 127\.0\.0\.1:\d+ : connexion et session sans authentification \(relais\) réussies\.\n✓ Courriel de test envoyé à essai@example\.org/);
      expect(ok.received.map((r) => r.mail.subject)).toEqual(["Courriel de test — Comité d'implémentation OGP Maroc"]);
      process.env.SMTP_URL = refusing.url.replace('smtp://', 'smtp://ogp:ancien@');
      const refused = await cli('mail-check', '--config', loaded.file);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('✗ Échec — réponse du serveur : 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.');
      expect(refused.stdout).toContain('  Cause : Microsoft 365 n\'accepte plus le mot de passe en SMTP');
      expect(refused.stdout).not.toContain('ancien'); // the password is never printed
      // In the language the command speaks: what works, the failure's cause and fix.
      const spanish = await cli('mail-check', '--config', loaded.file, '--locale', 'es');
      expect(spanish.stdout).toMatch(/^Transporte: smtp\n✗ Fallo — respuesta del servidor: 535 5\.7\.139/);
      expect(spanish.stdout).toContain('  Causa: Microsoft 365 ya no acepta la contraseña por SMTP');
      process.env.SMTP_URL = ok.url;
      const english = await cli('mail-check', '--config', loaded.file, '--locale', 'en');
      expect(english.stdout).toMatch(/✓ SMTP server 127\.0\.0\.1:\d+: connection and session without authentication \(relay\) succeeded\./);
    } finally {
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
    }
  }, 30_000); // prettier-ignore
});

describe('an answer in the Gmail conversation it answers', () => {
  const MAILBOX = 'secretariat.ogp@example.org';
  /**
   * The focal point's message in the mailbox, and our answer to it (`subject`; `mailbox`: the
   * one the answer names; `gone`: their conversation deleted before the answer goes).
   */
  async function exchange(subject: string, mailbox = `gmail:${MAILBOX}`, gone = false) {
    const box = addGmailMailbox(apis, MAILBOX);
    const theirs = await box.deliver(await composeInbound({ from: 'Samira <samira@example.org>', messageId: '<fiche@example.org>', references: ['<rappel@example.org>'], subject: 'RE: Rappel' }));
    const answer: OutgoingEmail = { key: 'k', kind: 'feedback', messageId: '<reponse@example.org>', from: 'ogp@example.org', to: [{ name: 'Samira', email: 'samira@example.org' }], cc: [], subject, html: '<p>x</p>', text: 'x', attachments: [], inReplyTo: '<fiche@example.org>', references: ['<rappel@example.org>', '<fiche@example.org>'], mailboxThread: { mailbox, id: theirs.threadId } };
    if (gone) box.messages.length = 0;
    const tokens = googleTokens(async () => apis.googleKey, MAILBOX, [GMAIL_SEND_SCOPE]);
    const delivery = await gmailTransport(apis.url, MAILBOX, tokens).deliver(answer, ['samira@example.org']);
    return { theirs, delivery, sent: apis.received.at(-1)! };
  } // prettier-ignore

  it('is filed there with its threadId, References, In-Reply-To and the same Subject', async () => {
    const { theirs, delivery, sent } = await exchange('RE: Rappel');
    expect(delivery.accepted).toEqual(['samira@example.org']);
    expect([sent.requestedThreadId, sent.threadId]).toEqual([theirs.threadId, theirs.threadId]);
  });

  it('starts a conversation of its own under another Subject, as Gmail does: why the answer keeps theirs', async () => {
    const { theirs, sent } = await exchange('Fiche reçue et complète — engagement n° 5');
    expect(sent.requestedThreadId).toBe(theirs.threadId);
    expect(sent.threadId).not.toBe(theirs.threadId);
  });

  it("names no conversation of another mailbox's, and goes without one that is gone (400 « Invalid thread_id value »)", async () => {
    const other = await exchange('RE: Rappel', 'gmail:autre@example.org');
    expect(other.sent.requestedThreadId).toBeUndefined();
    const gone = await exchange('RE: Rappel', `gmail:${MAILBOX}`, true);
    expect(gone.delivery.accepted).toEqual(['samira@example.org']);
    expect([gone.sent.requestedThreadId, gone.sent.threadId]).toEqual([
      undefined,
      expect.any(String),
    ]);
    expect(apis.received).toHaveLength(2);
  });
});

describe('a report too large for Graph', () => {
  it('gives the place of the master instead of attaching it, and says why', async () => {
    const loaded = await withTransport('large', `{ kind: graph, ${microsoftApp()}, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }`);
    const tokens = microsoftTokens({ tenant: apis.microsoft.tenant, clientId: apis.microsoft.clientId, authority: apis.url }, `${apis.url}/.default`, { secret: apis.microsoft.secret });
    // Graph's limit is about 4 MB; here a smaller one stands for it.
    const transport = { ...graphTransport(apis.url, 'secretariat.ogp@example.org', tokens), maxMessageBytes: 20_000 };
    const summary = await runCalendar(loaded.config, { command: 'report', now: parseNowArgument('2019-01-10T09:00', 'Africa/Casablanca') as Date, baseDir: loaded.dir, transport });
    expect([summary.due, summary.sent]).toEqual([1, 1]);
    const report = apis.received[0]!.mail;
    expect(report.attachments).toEqual([]);
    expect(report.text).toContain(`Le classeur de suivi consolidé est trop lourd pour être joint par ce serveur de courriel (4 Mo au plus) : il est dans ${join(loaded.dir, 'out', 'suivi-consolide.xlsx')}`);
  }, 30_000); // prettier-ignore
});

describe('mail-check says what fails, as the server said it, and what to do', () => {
  it.each([
    [
      'Microsoft 365 with a password, basic authentication off (535 5.7.139)',
      async () => {
        const smtp = await startSmtp({ user: 'ogp', pass: 'mot-de-passe' }, undefined, { code: 535, text: '5.7.139 Authentication unsuccessful, basic authentication is disabled. [PR1P264CA0001.FRAP264.PROD.OUTLOOK.COM]' });
        servers.push(smtp);
        // Whatever the password, Exchange Online refuses it.
        return { transport: null, smtpUrl: smtp.url.replace('smtp://', 'smtp://ogp:le-bon-mot-de-passe@') };
      },
      /^535 5\.7\.139 Authentication unsuccessful, basic authentication is disabled/,
      /authentification « Basic » désactivée/,
      /smtp-oauth2.*graph/,
    ],
    [
      'SMTP AUTH off for the mailbox (535 5.7.139 SmtpClientAuthentication is disabled)',
      async () => {
        const smtp = await startSmtp({ user: 'ogp', pass: 'x' }, undefined, { code: 535, text: '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.' });
        servers.push(smtp);
        return { transport: null, smtpUrl: smtp.url.replace('smtp://', 'smtp://ogp:y@') };
      },
      /SmtpClientAuthentication is disabled/,
      /SMTP AUTH est désactivé/,
      /Set-CASMailbox.*graph/,
    ],
    [
      'Gmail wants an app password (534-5.7.9)',
      async () => {
        const smtp = await startSmtp({ user: 'ogp', pass: 'x' }, undefined, { code: 534, text: '5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor' });
        servers.push(smtp);
        return { transport: null, smtpUrl: smtp.url.replace('smtp://', 'smtp://ogp:y@') };
      },
      /^534 5\.7\.9 Application-specific password required/,
      /mot de passe d'application/,
      /smtp-relay\.gmail\.com/,
    ],
    [
      'a wrong password (535 5.7.8)',
      async () => {
        const smtp = await startSmtp({ user: 'ogp', pass: 'x' });
        servers.push(smtp);
        return { transport: null, smtpUrl: smtp.url.replace('smtp://', 'smtp://ogp:y@') };
      },
      /^535 5\.7\.8/,
      /refuse l'identifiant ou le mot de passe/,
      /%40/,
    ],
    [
      'a server name that does not exist',
      async () => ({ transport: null, smtpUrl: 'smtp://ogp:x@serveur-inexistant.invalid:587' }),
      /ENOTFOUND serveur-inexistant\.invalid/,
      /introuvable \(DNS\)/,
      /nom d'hôte/,
    ],
    [
      'an Entra ID secret that is wrong (AADSTS7000215)',
      async () => ({ transport: `{ kind: graph, ${microsoftApp()}, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }`, secrets: { secret: 'mauvais' } }),
      /^401 invalid_client : AADSTS7000215: Invalid client secret provided/,
      /refuse le secret de l'application/,
      /MAIL_CLIENT_SECRET/,
    ],
    [
      'an app unknown to the tenant (AADSTS700016)',
      async () => ({ transport: `{ kind: graph, tenant: ${apis.microsoft.tenant}, clientId: autre-application, authority: '${apis.url}', mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }` }),
      /AADSTS700016/,
      /ne connaît pas cette application/,
      /clientId/,
    ],
    [
      'Graph without the Application Mail.Send role on the mailbox (403 ErrorAccessDenied)',
      async () => {
        apis.canned.push({ status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' } } });
        return { transport: `{ kind: graph, ${microsoftApp()}, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }` };
      },
      /^403 ErrorAccessDenied : Access is denied/,
      /n'a pas le rôle « Application Mail\.Send » sur cette boîte/,
      /-Role "Application Mail\.Send" -CustomResourceScope <étendue de la seule boîte du secrétariat> \(RBAC pour les applications\)/,
    ],
    [
      'a Google service account without domain-wide delegation (unauthorized_client)',
      async () => {
        apis.delegated.clear();
        return { transport: `{ kind: gmail-api, mailbox: secretariat.ogp@example.org, endpoint: '${apis.url}' }` };
      },
      /^401 unauthorized_client : Client is unauthorized/,
      /délégation au niveau du domaine/,
      /gmail\.send/,
    ],
  ] as const)('%s', async (_name, setUp, answer, cause, fix) => {
    const given = (await setUp()) as { transport: string | null; smtpUrl?: string; secrets?: { secret: string } };
    const loaded = given.transport ? await withTransport('check', given.transport) : await exampleCopy(join(root, `check-${Date.now()}`));
    const store = await storeFor(loaded.config);
    const result = await checkMail(loaded.config, store, { smtpUrl: given.smtpUrl, secrets: secrets(given.secrets) }, { now, to: 'essai@example.org' });
    expect(result.ok).toBe(false);
    expect(result.failure?.answer).toMatch(answer);
    expect(result.failure?.cause).toMatch(cause);
    expect(result.failure?.fix).toMatch(fix);
  }, 30_000); // prettier-ignore
});
