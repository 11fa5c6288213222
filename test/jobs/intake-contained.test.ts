/**
 * What keeps one message from stopping the mailbox, on the folder intake: a message whose
 * reading fails is tried again on the next runs, three times at most, then set aside with
 * its reason while the others are filed; a mailbox that is down stops the run without
 * counting against any message; a held message is released only as the very copy held; a
 * second message under a used Message-ID is held and reported; the intake forgets what is
 * older than its retention, and does not read such old mail again.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderMailbox } from '../../src/adapters/mail/folder-mailbox.js';
import { LocalStore } from '../../src/adapters/local/storage-folder.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { message } from '../../src/core/catalogue/render.js';
import { OgpError } from '../../src/core/codes.js';
import type { MessageSummary, ReadLimitsOfMail } from '../../src/core/mailbox.js';
import { MAX_MESSAGE_TRIES } from '../../src/core/message-defect.js';
import { INTAKE_RETENTION_DAYS, runIntake } from '../../src/jobs/intake.js';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { composeInbound } from '../helpers/inbound.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { exampleReplyMessage, exampleReplyWorkbook } from '../../scripts/make-example.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;

let root: string;
let smtp: TestSmtp;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-contained-'));
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

/** The example with its inbox empty: each test puts its own messages there. */
const committee = (name: string) => exampleCopy(join(root, name));

/**
 * The folder mailbox with one file whose reading fails as `fail` says: a fault injected at
 * the mailbox's edge, where a server refusing one message or a library meeting bytes it
 * cannot take would fail.
 */
class FaultyFolder extends FolderMailbox {
  constructor(
    dir: string,
    private readonly file: string,
    private readonly fail: () => Error,
  ) {
    super(dir);
  }

  /** How often the faulty file was read. */
  reads = 0;

  override async read(summary: MessageSummary, limits: ReadLimitsOfMail) {
    if (summary.id === this.file) {
      this.reads++;
      throw this.fail();
    }
    return super.read(summary, limits);
  }
}

describe('one message never stops the mailbox', () => {
  it('tries a message that fails on three runs, files the others meanwhile, then sets it aside with its reason', async () => {
    const loaded = await committee('tries');
    await writeFile(
      join(loaded.inbox, 'a-poison.eml'),
      await composeInbound({ from: 'Leila Tazi <leila.tazi@example.org>', messageId: '<poison@example.org>' }),
    );
    await writeFile(join(loaded.inbox, 'b-reply.eml'), await exampleReplyMessage(loaded.config));
    const mailbox = () =>
      new FaultyFolder(loaded.inbox, 'a-poison.eml', () => new RangeError('Invalid array length'));
    const run = (now: string) =>
      runIntake(loaded.config, { now: at(now), smtpUrl: smtp.url, baseDir: loaded.dir, mailbox: mailbox() });
    const first = await run('2019-01-07T10:30');
    expect(first).toMatchObject({ filed: 1, setAside: 0, answers: 1 });
    const store = new LocalStore(join(loaded.dir, 'out'));
    expect((await store.loadIntake()).attempts?.['a-poison.eml']).toMatchObject({
      count: 1,
      detail: 'RangeError: Invalid array length',
    });
    for (let i = 2; i <= MAX_MESSAGE_TRIES; i++) {
      await run(`2019-01-07T10:3${i}`);
      expect((await store.loadIntake()).attempts?.['a-poison.eml']?.count ?? 0).toBe(
        i < MAX_MESSAGE_TRIES ? i : 0,
      );
    }
    const state = await store.loadIntake();
    expect(state.messages['<poison@example.org>']).toBeUndefined();
    const aside = Object.values(state.messages).find((r) => r.outcome === 'set-aside');
    expect(aside).toMatchObject({
      mailboxId: 'a-poison.eml',
      defect: { kind: 'failed', tries: MAX_MESSAGE_TRIES, detail: 'RangeError: Invalid array length' },
    });
    expect(aside?.note).toContain('lecture échouée 3 fois');
    // One answer in all: the good reply's. The message that failed is never answered.
    expect(smtp.received.map((r) => r.envelope).flat()).toEqual(['samira.chraibi@example.org']);
    const after = await run('2019-01-07T10:40');
    expect(after.messages).toBe(0);
  }); // prettier-ignore

  it('never reads a file set aside again, even listed anew after a run that stopped before moving its cursor', async () => {
    const loaded = await committee('aside-once');
    await writeFile(join(loaded.inbox, 'a-poison.eml'), await composeInbound({ from: 'x@attacker.tld' }));
    const mailbox = new FaultyFolder(loaded.inbox, 'a-poison.eml', () => new RangeError('boom'));
    const options = { smtpUrl: smtp.url, baseDir: loaded.dir, mailbox };
    for (let i = 0; i < MAX_MESSAGE_TRIES + 1; i++) {
      await runIntake(loaded.config, { ...options, now: at(`2019-01-07T10:3${i}`) });
    }
    expect(mailbox.reads).toBe(MAX_MESSAGE_TRIES);
    // A run that died after it was set aside, before the cursor moved: listed again.
    const store = new LocalStore(join(loaded.dir, 'out'));
    const state = await store.loadIntake();
    state.cursor = null;
    await store.saveIntake(state);
    const again = await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:40') });
    expect(again.messages).toBe(0);
    expect(mailbox.reads).toBe(MAX_MESSAGE_TRIES);
  }); // prettier-ignore

  it('keeps a stranger\'s words short in its memory: a 120,000-character address and header cost a few hundred characters', async () => {
    const loaded = await committee('short');
    const long = `${'a'.repeat(120_000)}@attacker.tld`;
    await writeFile(
      join(loaded.inbox, 'long.eml'),
      Buffer.from(
        `Received: from x by mx.example.org; Mon, 07 Jan 2019 10:00:00 +0000\r\nFrom: ${long}\r\n` +
          `Auto-Submitted: auto-replied ${'x'.repeat(240_000)}\r\nSubject: x\r\nMessage-ID: <long@attacker.tld>\r\n\r\nx\r\n`,
      ),
    );
    await runIntake(loaded.config, { now: at('2019-01-07T10:30'), smtpUrl: smtp.url, baseDir: loaded.dir });
    const state = await new LocalStore(join(loaded.dir, 'out')).loadIntake();
    expect(JSON.stringify(state.messages).length).toBeLessThan(2000);
  }); // prettier-ignore

  it('refuses a workbook whose reading the run state cannot keep (Firestore\'s document), telling its sender, and goes on', async () => {
    const loaded = await committee('too-large');
    await writeFile(join(loaded.inbox, 'reply.eml'), await exampleReplyMessage(loaded.config));
    const local = new LocalStore(join(loaded.dir, 'out'));
    // The state as Firestore answers a reading over its document's size (firestore-state.ts).
    const store = Object.assign(Object.create(Object.getPrototypeOf(local)) as LocalStore, local, {
      saveReading: async (stored: Parameters<LocalStore['saveReading']>[0]) => {
        if (!stored.mail) return local.saveReading(stored);
        throw new OgpError('write-failed', message('errors.firestoreTooLarge', { name: 'engagement-05', mib: 9, maxMillions: 8 }));
      },
    });
    const run = await runIntake(loaded.config, { now: at('2019-01-07T10:30'), smtpUrl: smtp.url, baseDir: loaded.dir, store });
    expect(run).toMatchObject({ filed: 0, refused: 1, answers: 1 });
    expect(smtp.received[0]?.mail.text).toContain('contient plus de données que le suivi ne peut en conserver');
  }); // prettier-ignore

  it('counts a run that died on a message (its try saved before it began) and sets it aside after three', async () => {
    const loaded = await committee('died');
    await writeFile(join(loaded.inbox, 'a-bomb.eml'), await composeInbound({ from: 'x@attacker.tld' }));
    const store = new LocalStore(join(loaded.dir, 'out'));
    // Three runs that died while reading it: what each saved before it began.
    const state = await store.loadIntake();
    state.attempts = {
      'a-bomb.eml': {
        count: MAX_MESSAGE_TRIES,
        at: at('2019-01-07T10:20').toISOString(),
        summary: { id: 'a-bomb.eml', size: 100, receivedAt: at('2019-01-07T10:00').toISOString() },
      },
    };
    await store.saveIntake(state);
    const run = await runIntake(loaded.config, { now: at('2019-01-07T10:30'), smtpUrl: smtp.url, baseDir: loaded.dir });
    expect(run.setAside).toBe(1);
    expect(run.details[0]?.note).toContain('la lecture a arrêté l’exécution');
    expect(smtp.received).toEqual([]);
  }); // prettier-ignore

  it('stops the run on a mailbox that is down, counting against no message, and reads on once it is back', async () => {
    const loaded = await committee('down');
    await writeFile(join(loaded.inbox, 'b-reply.eml'), await exampleReplyMessage(loaded.config));
    const down = new FaultyFolder(loaded.inbox, 'b-reply.eml', () =>
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
    );
    await expect(
      runIntake(loaded.config, { now: at('2019-01-07T10:30'), smtpUrl: smtp.url, baseDir: loaded.dir, mailbox: down }),
    ).rejects.toThrow('ECONNRESET');
    const store = new LocalStore(join(loaded.dir, 'out'));
    expect((await store.loadIntake()).attempts ?? {}).toEqual({});
    const back = await runIntake(loaded.config, { now: at('2019-01-07T10:35'), smtpUrl: smtp.url, baseDir: loaded.dir });
    expect(back).toMatchObject({ filed: 1, answers: 1 });
  }); // prettier-ignore
});

describe('held messages and reused Message-IDs', () => {
  const forged = (workbook: Buffer) =>
    composeInbound({
      from: 'Samira Chraibi <samira.chraibi@example.org>',
      messageId: '<held@example.org>',
      authentication: 'mx.example.org; dmarc=fail header.from=example.org',
      attachments: [{ filename: 'engagement-05.xlsx', content: workbook }],
    });

  it('releases only the very copy that was held: a changed file is refused, the held one filed', async () => {
    const loaded = await committee('release');
    const workbook = await exampleReplyWorkbook(loaded.config);
    const file = join(loaded.inbox, 'held.eml');
    const original = await forged(workbook);
    await writeFile(file, original);
    const options = { smtpUrl: smtp.url, baseDir: loaded.dir };
    expect(await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:30') })).toMatchObject({ held: 1 });
    // Someone puts other bytes under the same name and Message-ID.
    await writeFile(file, Buffer.concat([original, Buffer.from('\r\n-- autre contenu\r\n')]));
    const refused = runIntake(loaded.config, { ...options, now: at('2019-01-07T10:35'), release: 'held@example.org' });
    await expect(refused).rejects.toThrow(OgpError);
    await expect(refused).rejects.toThrow("n'est plus celui qui a été retenu");
    await writeFile(file, original);
    const released = await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:40'), release: '<held@example.org>' });
    expect(released).toMatchObject({ filed: 1, answers: 1 });
  }); // prettier-ignore

  it('never tells a focal point whose email is held that nothing came: the next reminder says it is being checked', async () => {
    const loaded = await committee('held-reminder');
    await writeFile(
      join(loaded.inbox, 'held.eml'),
      await forged(await exampleReplyWorkbook(loaded.config)),
    );
    const options = { smtpUrl: smtp.url, baseDir: loaded.dir };
    expect(await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:30') })).toMatchObject({ held: 1 });
    smtp.received.length = 0;
    await runCalendar(loaded.config, { ...options, now: at('2019-01-09T09:00'), command: 'tick' });
    const theirs = smtp.received.find((r) => r.envelope.includes('samira.chraibi@example.org'));
    expect(theirs?.mail.text).toContain("Votre courriel du 07/01/2019 n'a pas encore pu être enregistré");
    expect(theirs?.mail.text).not.toContain("Nous n'avons pas encore reçu votre fiche");
    // Another focal point who sent nothing is told so, as before.
    const other = smtp.received.find((r) => r.envelope.includes('leila.tazi@example.org'));
    expect(other?.mail.text ?? '').not.toContain("n'a pas encore pu être enregistré");
  }); // prettier-ignore

  it('asks for corrections « as soon as possible » once the deadline has passed, never « before » a day gone', async () => {
    const loaded = await committee('late');
    await writeFile(join(loaded.inbox, 'reply.eml'), await exampleReplyMessage(loaded.config));
    const run = await runIntake(loaded.config, { now: at('2019-01-10T10:30'), smtpUrl: smtp.url, baseDir: loaded.dir });
    expect(run).toMatchObject({ filed: 1, answers: 1 });
    const text = smtp.received[0]?.mail.text ?? '';
    expect(text).toContain('dès que possible (échéance du 09/01/2019');
    expect(text).not.toContain('avant le 09/01/2019');
  }); // prettier-ignore

  it('holds and reports a second message under a Message-ID already handled, never filing it in the first one’s name', async () => {
    const loaded = await committee('reused');
    await writeFile(join(loaded.inbox, 'a-reply.eml'), await exampleReplyMessage(loaded.config));
    const options = { smtpUrl: smtp.url, baseDir: loaded.dir };
    expect(await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:30') })).toMatchObject({ filed: 1 });
    await writeFile(
      join(loaded.inbox, 'b-other.eml'),
      await composeInbound({
        from: 'Amina Zouiten <amina.zouiten@example.org>',
        messageId: '<reponse-e05-20190107@example.org>',
        attachments: [{ filename: 'engagement-12.xlsx', content: await exampleReplyWorkbook(loaded.config) }],
      }),
    );
    const run = await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:35') });
    expect(run).toMatchObject({ messages: 1, held: 1, filed: 0, answers: 0 });
    const [detail] = run.details;
    expect(detail?.messageId).toMatch(/^<reponse-e05-20190107@example\.org>#[0-9a-f]{12}$/);
    expect(detail?.note).toContain("même Message-ID qu'un message déjà traité le 07/01/2019");
    // The secretariat may release it by the key the report gives.
    const released = await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:40'), release: detail!.messageId });
    expect(released.details[0]).toMatchObject({ messageId: detail!.messageId });
  }); // prettier-ignore
});

describe('what the intake remembers', () => {
  it(`forgets records older than ${INTAKE_RETENTION_DAYS} days, and does not read mail received before then`, async () => {
    const loaded = await committee('retention');
    const file = join(loaded.inbox, 'reply.eml');
    await writeFile(file, await exampleReplyMessage(loaded.config));
    const options = { smtpUrl: smtp.url, baseDir: loaded.dir };
    expect(await runIntake(loaded.config, { ...options, now: at('2019-01-07T10:30') })).toMatchObject({ filed: 1 });
    const store = new LocalStore(join(loaded.dir, 'out'));
    expect(Object.keys((await store.loadIntake()).messages)).toHaveLength(1);
    // A year on: the record is forgotten.
    await runIntake(loaded.config, { ...options, now: at('2020-01-07T10:30') });
    expect((await store.loadIntake()).messages).toEqual({});
    // The same old file seen again (the cursor lost): too old to be read, so never filed twice.
    const state = await store.loadIntake();
    state.cursor = null;
    state.mailbox = null;
    await store.saveIntake(state);
    await utimes(file, new Date('2019-01-07T10:00:00Z'), new Date('2019-01-07T10:00:00Z'));
    const again = await runIntake(loaded.config, { ...options, now: at('2020-01-08T10:30') });
    expect(again).toMatchObject({ messages: 0, filed: 0, answers: 0 });
  }); // prettier-ignore
});
