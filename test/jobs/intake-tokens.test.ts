/**
 * One token per scope per run: an intake run that reads the secretariat's mailbox through
 * Microsoft Graph and answers through Graph too (the same app, the same scope, the resource's
 * `.default`) asks Entra ID once; the next run asks again, once. Against the loopback Entra
 * ID token endpoint and Graph (test/helpers/fake-mail-apis.ts, fake-graph-mailbox.ts), which
 * count the token requests.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { runIntake } from '../../src/jobs/intake.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { addGraphMailbox, type FakeGraphMailbox } from '../helpers/fake-graph-mailbox.js';
import { startFakeMailApis, type FakeMailApis } from '../helpers/fake-mail-apis.js';
import { composeInbound } from '../helpers/inbound.js';
import { exampleReplyMessage } from '../../scripts/make-example.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;
const MAILBOX = 'secretariat.ogp@example.org';

let root: string;
let apis: FakeMailApis;
let box: FakeGraphMailbox;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-intake-tokens-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  apis = await startFakeMailApis();
  box = addGraphMailbox(apis, MAILBOX);
});
afterEach(async () => {
  await apis.close();
});

describe('the tokens of an intake run', () => {
  it('reading and answering through Graph asks Entra ID one token; the next run one more', async () => {
    const app = `tenant: ${apis.microsoft.tenant}, clientId: '${apis.microsoft.clientId}', authority: '${apis.url}'`;
    const loaded = await exampleCopy(join(root, 'graph'), (text) =>
      text
        .replace(/^mail: \{ (.*) \}$/m, `mail: { $1, transport: { kind: graph, ${app}, mailbox: ${MAILBOX}, endpoint: '${apis.url}' } }`)
        // The reply's Authentication-Results are the example's server's, not Exchange Online's.
        .replace(/^intake: .*$/m, `intake: { kind: graph, ${app}, mailbox: ${MAILBOX}, endpoint: '${apis.url}', authentication: when-present }`),
    ); // prettier-ignore
    expect(loaded.config.mail?.transport?.kind).toBe('graph');
    await box.deliver(await exampleReplyMessage(loaded.config), '2019-01-07T09:12:00Z');
    // The same secrets for every run, as a long-lived caller keeps them.
    const mailSecrets = {
      microsoft: { secret: apis.microsoft.secret },
      googleKey: async () => apis.googleKey,
    };
    const run = (now: string) =>
      runIntake(loaded.config, { now: at(now), baseDir: loaded.dir, mailSecrets });

    expect(await run('2019-01-07T10:15')).toMatchObject({ messages: 1, filed: 1, answers: 1 });
    // Read, listed, moved, and answered through Graph's sendMail: one token for all of it.
    expect(apis.received.map((m) => [m.service, m.mailbox])).toEqual([['graph', MAILBOX]]);
    expect(box.log.some((l) => l.endsWith('/move'))).toBe(true);
    const scope = `${apis.url}/.default`;
    expect(apis.tokenRequests).toEqual([{ provider: 'microsoft', scope }]);

    // The next run has tokens of its own: one more request, whatever it does.
    await box.deliver(
      await composeInbound({
        from: 'Samira Chraibi <samira.chraibi@example.org>',
        messageId: '<question@example.org>',
        subject: 'Question',
      }),
    );
    expect(await run('2019-01-07T10:20')).toMatchObject({ messages: 1, questions: 1 });
    expect(apis.tokenRequests).toEqual([
      { provider: 'microsoft', scope },
      { provider: 'microsoft', scope },
    ]);
  }, 30_000);
});
