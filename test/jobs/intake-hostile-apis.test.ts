/**
 * The poison and the bomb of the hostile corpus (scripts/make-hostile-mail.ts) through the
 * Graph and Gmail intakes, on the loopback APIs: the run goes on past a stranger's message
 * nested 21 levels deep and one of 6,000 parts (set aside in « non lu par ogp-tracker », never
 * answered) and a workbook of 4.5 million shared strings (refused to its focal point, with
 * the reason), and files the good reply beside them, answered once.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { translate } from '../../src/core/catalogue/render.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { runIntake, type IntakeOptions } from '../../src/jobs/intake.js';
import { hostileMail, type HostileMessage } from '../../scripts/make-hostile-mail.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { addGmailMailbox } from '../helpers/fake-gmail-mailbox.js';
import { addGraphMailbox } from '../helpers/fake-graph-mailbox.js';
import { startFakeMailApis, type FakeMailApis } from '../helpers/fake-mail-apis.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;
const MAILBOX = 'secretariat.ogp@example.org';
const ASIDE = translate('fr', 'intake.setAsideFolder');
const CHOSEN = [
  '01-nesting-21-stranger.eml',
  '02-parts-6000-stranger.eml',
  '05-shared-strings-bomb.eml',
  '20-good-reply.eml',
];

let root: string;
let smtp: TestSmtp;
let apis: FakeMailApis;
let chosen: HostileMessage[];
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-hostile-apis-'));
  const loaded = await exampleCopy(join(root, 'corpus'));
  chosen = (await hostileMail(loaded.config)).filter((m) => CHOSEN.includes(m.file));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp = await startSmtp();
  apis = await startFakeMailApis();
});
afterEach(async () => {
  await smtp.close();
  await apis.close();
});

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

/** The outcome of each chosen message, by its file. */
function outcomes(details: { messageId: string; outcome: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of chosen) {
    out[m.file] = details.find((d) => d.messageId === m.messageId)?.outcome ?? 'missing';
  }
  return out;
}

const expected = Object.fromEntries(CHOSEN.map((f) => [f, '']));

describe('the hostile corpus through the mail APIs', () => {
  beforeAll(() => {
    for (const file of CHOSEN) {
      expected[file] = (chosen.find((m) => m.file === file) as HostileMessage).outcome;
    }
  });

  /**
   * The chosen messages delivered, the intake run twice: what both mail APIs share — each
   * message's outcome, the answers (the good reply and the bomb's focal point, never the
   * stranger), nothing new the second time.
   */
  async function throughIntake(
    name: string,
    intake: string,
    deliver: (raw: Buffer) => Promise<unknown>,
  ): Promise<void> {
    const loaded = await exampleCopy(join(root, name), (text) =>
      text.replace(
        'intake: { kind: folder, dir: inbox, authservId: mx.example.org }',
        `intake: { ${intake}, endpoint: '${apis.url}', authservId: mx.example.org }`,
      ),
    );
    for (const m of chosen) await deliver(m.raw);
    const run = await runIntake(loaded.config, options(loaded, '2019-01-07T10:35'));
    expect(outcomes(run.details)).toEqual(expected);
    expect(run).toMatchObject({ filed: 1, setAside: 2 });
    expect(
      smtp.received
        .map((r) => r.envelope)
        .flat()
        .sort(),
    ).toEqual(['leila.tazi@example.org', 'samira.chraibi@example.org']);
    const again = await runIntake(loaded.config, options(loaded, '2019-01-07T10:40'));
    expect(again.messages).toBe(0);
  }

  it('Graph: sets the poison aside in its folder, refuses the bomb, files and answers the good reply', async () => {
    const box = addGraphMailbox(apis, MAILBOX);
    const app = `tenant: ${apis.microsoft.tenant}, clientId: '${apis.microsoft.clientId}', authority: '${apis.url}'`;
    await throughIntake('graph', `kind: graph, ${app}, mailbox: ${MAILBOX}`, (raw) =>
      box.deliver(raw, '2019-01-07T09:30:00Z'),
    );
    const aside = [...box.folders].find(([, name]) => name === ASIDE)?.[0];
    expect(box.messages.filter((m) => m.folder === aside)).toHaveLength(2);
  });

  it('Gmail: labels the poison « non lu par ogp-tracker » out of the inbox, refuses the bomb, files and answers the good reply', async () => {
    apis.delegated.add(MAILBOX);
    const box = addGmailMailbox(apis, MAILBOX);
    await throughIntake('gmail', `kind: gmail-api, mailbox: ${MAILBOX}`, (raw) =>
      box.deliver(raw, Date.parse('2019-01-07T09:30:00Z')),
    );
    const label = [...box.labels].find(([, name]) => name === ASIDE)?.[0];
    const aside = box.messages.filter((m) => label && m.labelIds.includes(label));
    expect(aside).toHaveLength(2);
    expect(aside.every((m) => !m.labelIds.includes('INBOX'))).toBe(true);
  });
});
