/**
 * The hostile corpus (scripts/make-hostile-mail.ts) through the folder intake, run as the
 * deployed function runs: the built command line in a child process under the function's V8
 * flags and allocator settings. Every run finishes; the good reply is filed and answered once;
 * every hostile message is set aside, refused, held or ignored with its reason; no one but a
 * known focal point is answered; the peak memory stays within a 256 MiB function; a second
 * run does nothing new.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { packageRoot } from '../../src/adapters/local/package-files.js';
import type { LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { hostileMail, type HostileMessage } from '../../scripts/make-hostile-mail.js';
import { DEFAULT_FUNCTION_MEMORY, MALLOC_ENV, v8FlagsFor } from '../../scripts/function-memory.js';
import { translate } from '../../src/core/catalogue/render.js';
import {
  connectImap,
  describeWithDovecot,
  startDovecot,
  type TestImap,
} from '../helpers/dovecot.js';
import { builtScript } from '../helpers/built-script.js';
import { exampleCopy } from '../helpers/example-copy.js';

const ROOT = packageRoot();

/** What one run of the built CLI says, and its peak memory. */
interface Run {
  code: number;
  json: {
    messages: number;
    answers: number;
    details: { messageId: string; outcome: string; note?: string; from: string }[];
  };
  stderr: string;
  peakMiB: number;
}

/** `ogp-tracker intake --json` in a child process, as a 256 MiB function runs it. */
export async function intakeAsFunction(
  dir: string,
  now: string,
  env: Record<string, string> = {},
): Promise<Run> {
  const rssFile = join(dir, `rss-${Date.now()}`);
  const child = spawn(
    process.execPath,
    [
      '--import',
      await builtScript('bench-rss', dir),
      join(ROOT, 'bin', 'ogp-tracker.js'),
      'intake',
      '--config',
      join(dir, 'committee.yaml'),
      '--now',
      now,
      '--json',
    ],
    {
      env: {
        ...process.env,
        ...MALLOC_ENV,
        ...env,
        NODE_OPTIONS: v8FlagsFor(DEFAULT_FUNCTION_MEMORY).join(' '),
        OGP_BENCH_RSS_FILE: rssFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const kib = Number(await readFile(rssFile, 'utf8').catch(() => 'NaN'));
  let json: Run['json'];
  try {
    json = JSON.parse(stdout) as Run['json'];
  } catch {
    throw new Error(
      `intake exit ${code}, no JSON: ${stdout.slice(0, 500)} ${stderr.slice(0, 2000)}`,
    );
  }
  return { code, json, stderr, peakMiB: kib / 1024 };
}

/** The answers written to the outbox, by recipient. */
async function answersByRecipient(dir: string): Promise<Map<string, string[]>> {
  const outbox = join(dir, 'out', 'outbox');
  const files = (await readdir(outbox).catch(() => [] as string[])).filter((f) =>
    f.endsWith('.eml'),
  );
  const by = new Map<string, string[]>();
  for (const f of files) {
    const mail = await simpleParser(await readFile(join(outbox, f)));
    const to = (Array.isArray(mail.to) ? mail.to : [mail.to])
      .flatMap((a) => a?.value ?? [])
      .map((v) => (v.address ?? '').toLowerCase());
    for (const address of to) by.set(address, [...(by.get(address) ?? []), mail.subject ?? '']);
  }
  return by;
}

/** Each message's outcome as the corpus says, with a reason; only focal points answered, once. */
async function expectOutcomes(
  run: Run,
  loaded: LoadedConfig,
  corpus: HostileMessage[],
  imap = false,
) {
  const byKey = new Map(run.json.details.map((d) => [d.messageId, d]));
  for (const m of corpus) {
    if (!m.messageId) continue;
    const key =
      m.file === '21-reused-message-id.eml'
        ? [...byKey.keys()].find((k) => k.startsWith(`${m.messageId}#`))
        : m.messageId;
    const detail = key ? byKey.get(key) : undefined;
    const outcome = (imap && m.imapOutcome) || m.outcome;
    expect({ file: m.file, outcome: detail?.outcome }).toEqual({ file: m.file, outcome });
    if (outcome !== 'filed') expect(detail?.note, m.file).toBeTruthy();
  }
  expect(run.json.messages).toBe(corpus.length);
  // Only known focal points are answered, each once.
  const answers = await answersByRecipient(loaded.dir);
  for (const m of corpus) {
    const to = /^From: .*?([\w.+-]+@[\w.-]+)/m.exec(m.raw.toString('latin1'))?.[1]?.toLowerCase();
    if (!to) continue;
    expect({ file: m.file, answers: answers.get(to)?.length ?? 0 }).toEqual({
      file: m.file,
      answers: m.answered ? 1 : 0,
    });
  }
  expect([...answers.keys()].some((a) => a.endsWith('@attacker.tld'))).toBe(false);

  return answers;
}

let root: string;
let loaded: LoadedConfig;
let corpus: HostileMessage[];
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-hostile-'));
  loaded = await exampleCopy(join(root, 'folder'));
  corpus = await hostileMail(loaded.config);
  const inbox = join(loaded.dir, 'inbox');
  await mkdir(inbox, { recursive: true });
  for (const m of corpus) await writeFile(join(inbox, m.file), m.raw);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the hostile corpus through the folder intake, as a 256 MiB function', () => {
  it('finishes, files the good reply once, sets aside or refuses the rest with a reason, answers no stranger, within 256 MiB; a second run does nothing new', async () => {
    const first = await intakeAsFunction(loaded.dir, '2019-01-07T10:35');
    expect(first.stderr).not.toMatch(/internal|\n\s+at /);
    // 1: refusals were reported (the command's exit codes), never 2 nor a crash.
    expect([0, 1]).toContain(first.code);
    expect(first.peakMiB).toBeLessThan(256);
    const answers = await expectOutcomes(first, loaded, corpus);
    const second = await intakeAsFunction(loaded.dir, '2019-01-07T10:40');
    expect(second.code).toBe(0);
    expect(second.json.messages).toBe(0);
    expect(second.json.answers).toBe(0);
    expect((await answersByRecipient(loaded.dir)).size).toBe(answers.size);
  });
});

describeWithDovecot(
  'the hostile corpus through the IMAP intake (Dovecot), as a 256 MiB function',
  () => {
    let imap: TestImap | null = null;
    afterAll(async () => {
      await imap?.stop();
    });

    it('finishes, sets aside what cannot be read in its folder, files the good reply once, within 256 MiB; a second run does nothing new', async () => {
      imap = await startDovecot();
      const config = await exampleCopy(join(root, 'imap'), (text) =>
        text.replace(
          'intake: { kind: folder, dir: inbox, authservId: mx.example.org }',
          'intake: { kind: imap, authservId: mx.example.org }',
        ),
      );
      const mailer = await connectImap(imap);
      try {
        for (const m of corpus) await mailer.append('INBOX', m.raw);
      } finally {
        await mailer.logout();
      }
      const env = { IMAP_URL: imap.url };
      const first = await intakeAsFunction(config.dir, '2019-01-07T10:35', env);
      expect(first.stderr).not.toMatch(/internal|\n\s+at /);
      expect([0, 1]).toContain(first.code);
      expect(first.peakMiB).toBeLessThan(256);
      const answers = await expectOutcomes(first, config, corpus, true);
      // What could not be read is in its folder, for a person: never deleted.
      const check = await connectImap(imap);
      try {
        const aside = await check.status(translate('fr', 'intake.setAsideFolder'), {
          messages: true,
        });
        expect(aside && aside.messages).toBe(
          corpus.filter((m) => (m.imapOutcome ?? m.outcome) === 'set-aside').length + 1,
        );
      } finally {
        await check.logout();
      }
      const second = await intakeAsFunction(config.dir, '2019-01-07T10:40', env);
      expect(second.code).toBe(0);
      expect(second.json.messages).toBe(0);
      expect((await answersByRecipient(config.dir)).size).toBe(answers.size);
    });
  },
);
