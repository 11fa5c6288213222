/**
 * The intake's mailbox refused — a token refused by Entra ID or Google, an API refusing the
 * app, a secret missing from the environment — is said as `mail-check` says it: the server's
 * answer as received, its cause and the fix, in the command's language; never a stack, never
 * « internal ». The exit code says which side is to fix (1: the service's settings, 2: the
 * environment). `tick` says the same and still does the day's work. Through the command line
 * (test/helpers/run-cli.ts), against the loopback Graph and Gmail (test/helpers/fake-*.ts).
 *
 * The refusals are the bodies the services give:
 * - Entra ID, client credentials with a scope it refuses: HTTP 400, `error: invalid_scope`, the
 *   description opening on its AADSTS code, then its trace and correlation ids on lines of
 *   their own (learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow,
 *   « Error response »; …/reference-error-codes, AADSTS1002012; as seen in
 *   MicrosoftDocs/azure-docs#99862).
 * - Google's token endpoint, a JWT-bearer grant whose scope it refuses: HTTP 400
 *   `{"error":"invalid_scope","error_description":"Invalid OAuth scope or ID token audience
 *   provided."}` (developers.google.com/identity/protocols/oauth2/service-account, « Error
 *   codes »; as seen in googleapis/python-genai#944).
 * - Graph, an app without the right on the mailbox (Exchange RBAC for Applications): 403
 *   `{error: {code: ErrorAccessDenied, message: 'Access is denied. Check credentials and try
 *   again.'}}` (learn.microsoft.com/graph/errors; …/exchange/permissions-reference).
 * - Graph, a user that is not in the tenant: 404 `{error: {code: ErrorInvalidUser, message:
 *   "The requested user '…' is invalid."}}` (learn.microsoft.com/graph/errors, « Code
 *   property »: the mailbox's own error codes).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { explainedFailure } from '../../src/adapters/mail/mail-failure.js';
import { OgpError } from '../../src/core/codes.js';
import { mailboxFor } from '../../src/jobs/mailboxes.js';
import { storeFor } from '../../src/jobs/stores.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { addGraphMailbox } from '../helpers/fake-graph-mailbox.js';
import { addGmailMailbox } from '../helpers/fake-gmail-mailbox.js';
import { json, startFakeMailApis, type FakeMailApis } from '../helpers/fake-mail-apis.js';
import { cli } from '../helpers/run-cli.js';

const MAILBOX = 'secretariat.ogp@example.org';
/** What the command reads from the environment: each test sets its own. */
const ENVIRONMENT = ['MAIL_CLIENT_SECRET', 'MAIL_CLIENT_CERTIFICATE', 'MAIL_GOOGLE_KEY', 'GOOGLE_APPLICATION_CREDENTIALS', 'SMTP_URL', 'IMAP_URL'] as const; // prettier-ignore

const entraInvalidScope = {
  status: 400,
  body: {
    error: 'invalid_scope',
    error_description:
      'AADSTS1002012: The provided value for scope https://graph.microsoft.com/Mail.ReadWrite is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).\r\nTrace ID: 0b3c5e4f-1d2a-4f5e-9c8b-7a6d5e4f3a21\r\nCorrelation ID: 5f4e3d2c-1b0a-4988-8776-655443322110\r\nTimestamp: 2019-01-07 09:15:02Z',
    error_codes: [1002012],
    timestamp: '2019-01-07 09:15:02Z',
    trace_id: '0b3c5e4f-1d2a-4f5e-9c8b-7a6d5e4f3a21',
    correlation_id: '5f4e3d2c-1b0a-4988-8776-655443322110',
    error_uri: 'https://login.microsoftonline.com/error?code=1002012',
  },
};
const googleInvalidScope = {
  status: 400,
  body: {
    error: 'invalid_scope',
    error_description: 'Invalid OAuth scope or ID token audience provided.',
  },
};

let root: string;
let apis: FakeMailApis;
const saved: Partial<Record<(typeof ENVIRONMENT)[number], string>> = {};
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-intake-failures-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const name of ENVIRONMENT) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  apis = await startFakeMailApis();
});
afterEach(async () => {
  for (const name of ENVIRONMENT) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await apis.close();
});

/** The example reading `intake` (a YAML flow mapping). */
function committee(name: string, intake: string): Promise<LoadedConfig> {
  return exampleCopy(join(root, name), (text) =>
    text.replace(/^intake: .*$/m, `intake: ${intake}`),
  );
}

const graphIntake = () =>
  `{ kind: graph, tenant: ${apis.microsoft.tenant}, clientId: '${apis.microsoft.clientId}', authority: '${apis.url}', mailbox: ${MAILBOX}, endpoint: '${apis.url}' }`;

/** Said, not crashed: no stack line, no « internal », no class name. */
function expectExplained(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/internal|TokenError|ApiError/);
}

describe('a mailbox whose service refuses the intake', () => {
  it('Entra ID refusing the scope: the answer, its cause and the fix, in French; exit 1; mail-check says the same', async () => {
    addGraphMailbox(apis, MAILBOX);
    const loaded = await committee('entra-scope', graphIntake());
    process.env.MAIL_CLIENT_SECRET = apis.microsoft.secret;
    apis.cannedTokens.push(entraInvalidScope);
    const run = await cli('intake', '--config', loaded.file, '--now', '2019-01-07T10:15');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^Erreur \(mailbox-failed\) : Boîte graph:secretariat\.ogp@example\.org — réponse du serveur : 400 invalid_scope : AADSTS1002012: The provided value for scope https:\/\/graph\.microsoft\.com\/Mail\.ReadWrite is not valid\. Client credential flows must have a scope value with \/\.default suffixed to the resource identifier \(application ID URI\)\.$/m,
    );
    // The answer's first line only: its trace ids are Microsoft's, not the reader's.
    expect(run.stderr).not.toMatch(/Trace ID/);
    expect(run.stderr).toMatch(/^ {2}Cause : le fournisseur d'identité refuse le champ d'application \(scope\) demandé/m); // prettier-ignore
    expect(run.stderr).toMatch(/^ {2}À faire : vérifiez endpoint \(https:\/\/graph\.microsoft\.com, sans \/v1\.0\)/m); // prettier-ignore
    expectExplained(run.stderr);

    apis.cannedTokens.push(entraInvalidScope);
    const check = await cli('mail-check', '--config', loaded.file, '--json');
    expect(check.code).toBe(1);
    const { intake } = JSON.parse(check.stdout) as { intake: { ok: boolean; failure: string } };
    expect(intake.ok).toBe(false);
    expect(intake.failure).toMatch(/^Boîte graph:secretariat\.ogp@example\.org — réponse du serveur : 400 invalid_scope : AADSTS1002012/); // prettier-ignore
    expect(intake.failure).toMatch(/Cause : le fournisseur d'identité refuse/);
  }, 30_000);

  it('Google refusing the scope: said in the language of --locale', async () => {
    addGmailMailbox(apis, MAILBOX);
    const loaded = await committee('google-scope', `{ kind: gmail-api, mailbox: ${MAILBOX}, endpoint: '${apis.url}' }`); // prettier-ignore
    process.env.MAIL_GOOGLE_KEY = JSON.stringify(apis.googleKey);
    apis.cannedTokens.push(googleInvalidScope);
    const run = await cli('intake', '--config', loaded.file, '--now', '2019-01-07T10:15', '--locale', 'en'); // prettier-ignore
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Error \(mailbox-failed\): Mailbox gmail:secretariat\.ogp@example\.org — the server answered: 400 invalid_scope : Invalid OAuth scope or ID token audience provided\.$/m,
    );
    expect(run.stderr).toMatch(/^ {2}Cause: the identity provider refuses the scope asked for/m);
    expect(run.stderr).toMatch(/^ {2}To do: check endpoint .*token_uri in the service account key/m); // prettier-ignore
    expectExplained(run.stderr);
  }, 30_000);

  it('a secret missing from the environment: exit 2, and which variable to set', async () => {
    addGraphMailbox(apis, MAILBOX);
    const loaded = await committee('no-secret', graphIntake());
    const run = await cli('intake', '--config', loaded.file, '--now', '2019-01-07T10:15');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Erreur \(config-invalid\) : Boîte graph:secretariat\.ogp@example\.org — réponse du serveur : missing_credentials/m); // prettier-ignore
    expect(run.stderr).toMatch(/^ {2}Cause : ni MAIL_CLIENT_SECRET ni MAIL_CLIENT_CERTIFICATE n'est défini\.$/m); // prettier-ignore
    expectExplained(run.stderr);
    expect(apis.tokenRequests).toEqual([]);
  }, 30_000);

  it('tick: Graph refusing the app on the mailbox is said with what to grant, and the day’s emails still go', async () => {
    const box = addGraphMailbox(apis, MAILBOX);
    // The app has no right on the mailbox: Graph refuses its first read (the delta query).
    apis.routes.unshift((req, url, _body, res) => {
      if (!url.pathname.endsWith('/mailFolders/inbox/messages/delta')) return false;
      box.log.push(`${req.method} refused`);
      json(res, { status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' } } }); // prettier-ignore
      return true;
    });
    const loaded = await committee('graph-denied', graphIntake());
    process.env.MAIL_CLIENT_SECRET = apis.microsoft.secret;
    const run = await cli('tick', '--config', loaded.file, '--now', '2019-01-07T09:00', '--json');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Erreur \(mailbox-failed\) : Boîte graph:secretariat\.ogp@example\.org — réponse du serveur : 403 ErrorAccessDenied : Access is denied\. Check credentials and try again\.$/m); // prettier-ignore
    // What reading needs (not Mail.Send, which sending needs).
    expect(run.stderr).toMatch(/^ {2}À faire : Exchange Online PowerShell : New-ManagementRoleAssignment -App <clientId> -Role "Application Mail\.ReadWrite"/m); // prettier-ignore
    expectExplained(run.stderr);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      due: 18,
      sent: 18,
      failed: 0,
      intake: { error: { code: 'mailbox-failed' } },
    });
    expect((summary.intake as { error: { message: string } }).error.message).toMatch(
      /Application Mail\.ReadWrite/,
    );
    expect(box.log).toEqual(['GET refused']);
  }, 30_000);

  it('a mailbox that does not exist is said with what to check; a message the server will not give is passed through, for the run to count against it', async () => {
    const box = addGraphMailbox(apis, MAILBOX);
    // Any other user of the tenant: Graph does not know it.
    apis.routes.push((_req, url, _body, res) => {
      const user = /^\/v1\.0\/users\/([^/]+)\//.exec(url.pathname)?.[1];
      if (!user) return false;
      json(res, { status: 404, body: { error: { code: 'ErrorInvalidUser', message: `The requested user '${decodeURIComponent(user)}' is invalid.` } } }); // prettier-ignore
      return true;
    });
    const secrets = { microsoft: { secret: apis.microsoft.secret }, googleKey: async () => apis.googleKey }; // prettier-ignore
    const open = async (name: string, mailbox: string) => {
      const loaded = await committee(name, graphIntake().replace(MAILBOX, mailbox));
      const intake = loaded.config.intake as NonNullable<LoadedConfig['config']['intake']>;
      return mailboxFor(loaded.config, intake, await storeFor(loaded.config), { mailSecrets: secrets }); // prettier-ignore
    };

    const nobody = await open('nobody', 'personne@example.org');
    const missing = await nobody.listNew(null).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(OgpError);
    expect((missing as OgpError).code).toBe('mailbox-failed');
    expect((missing as OgpError).message).toBe(
      "Boîte graph:personne@example.org — réponse du serveur : 404 ErrorInvalidUser : The requested user 'personne@example.org' is invalid.\n" +
        "  Cause : la boîte n'existe pas, ou n'est pas hébergée dans Exchange Online.\n" +
        '  À faire : vérifiez intake.mailbox (une adresse de boîte Exchange Online du locataire).',
    );

    const mailbox = await open('one-message', MAILBOX);
    expect((await mailbox.listNew(null)).messages).toEqual([]);
    const gone = { id: 'AAMk-deplace-par-une-personne', size: 0, receivedAt: new Date(), messageId: null }; // prettier-ignore
    const failure = await mailbox.read(gone, { maxAttachmentBytes: 1024 }).catch((error: unknown) => error); // prettier-ignore
    // As Graph said it, for the run's count; said as the intake says it if it stops a command.
    expect(failure).not.toBeInstanceOf(OgpError);
    expect(failure).toMatchObject({ status: 404, code: 'ErrorItemNotFound' });
    expect(explainedFailure(failure)?.message).toBe(
      'Boîte graph:secretariat.ogp@example.org — réponse du serveur : 404 ErrorItemNotFound : The specified object was not found in the store.',
    );
    expect(box.log.at(-1)).toMatch(/^GET \/messages\/AAMk-deplace-par-une-personne\//);
    await mailbox.close();
    await nobody.close();
  }, 30_000);
});
