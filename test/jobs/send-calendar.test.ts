import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { LoadedConfig } from '../../src/adapters/config/committee-file.js';
import { LocalStore } from '../../src/adapters/local/storage-folder.js';
import { messageIdFor } from '../../src/adapters/mail/transports.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { exampleCopy } from '../helpers/example-copy.js';
import { cli } from '../helpers/run-cli.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;
const FROM = '"Secrétariat OGP" <ogp@example.org>';

let root: string;
let smtp: TestSmtp;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-mail-'));
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

/** The example, with a focal point whose name holds markup and a substitute trying header injection. */
function hostileExample(name: string): Promise<LoadedConfig> {
  return exampleCopy(join(root, name), (text) =>
    [
      ["name: 'Adil Naciri'", 'name: "Adil <b>Naciri</b>"'],
      // CR/LF in a name is refused when the configuration loads; a comma and a colon must be quoted.
      ["name: 'Suppléance engagement 14'", 'name: "Suppléant, Bcc: intrus@example.org"'],
      ['email: leila.tazi@example.org', 'email: leila.tazi@example.org, locale: ar'],
    ].reduce((t, [from, to]) => {
      if (!t.includes(from as string)) throw new Error(`example config has no ${from}`);
      return t.replace(from as string, to as string);
    }, text),
  );
}

function byRecipient(received: TestSmtp['received']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of received) for (const to of r.envelope) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

describe('tick against a real SMTP server', () => {
  it('delivers each due email once, personal, escaped, with a stable Message-ID; never retries an address refused for good', async () => {
    const loaded = await hostileExample('tick');
    const options = { command: 'tick' as const, smtpUrl: smtp.url, baseDir: loaded.dir };
    smtp.refuse.add('adil.naciri@example.org');

    const first = await runCalendar(loaded.config, { ...options, now: at('2019-01-07T09:00') });
    // 10 feedbacks (valid sheets), 8 reminders (J-2: 6 sheets to correct, 2 missing — one of
    // them the template sent back untouched); the 5 new sheets to correct have their feedback
    // in their reminder: one email per focal point this morning.
    expect([first.due, first.sent, first.failed]).toEqual([18, 17, 1]); // n° 14 reached its substitute, not its focal point
    const counts = byRecipient(smtp.received);
    expect(counts.get('adil.naciri@example.org')).toBeUndefined();
    expect(counts.get('suppleant.e14@example.org')).toBe(1);
    expect(counts.get('sara.alaoui@example.org')).toBe(1); // feedback and reminder, in one
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // Nothing tells a focal point the server's path to a file.
    for (const r of smtp.received) expect(`${r.mail.text}${r.mail.html}`).not.toMatch(/submissions\/|\/tmp\//);

    const reminder14 = smtp.received.find((r) => r.mail.subject?.includes('engagement n° 14'))!;
    expect(reminder14.mail.subject).toBe('Fiche reçue, 7 erreurs à corriger — engagement n° 14, échéance le 09/01/2019');
    expect(reminder14.mail.text).toContain('Nous avons bien reçu la nouvelle version de votre fiche (6 actions de communication, 2 jalons), mais elle doit être corrigée.');
    expect(reminder14.mail.text).toContain("L'échéance est le 09/01/2019, dans 2 jours.");
    expect(reminder14.mail.text).toContain('Attendu au plus tard le 09/01/2019 : la fiche corrigée.');
    expect(reminder14.mail.text).toContain('Renvoyez la fiche corrigée (.xlsx) en réponse à ce courriel.');
    expect(reminder14.mail.replyTo?.text).toBe('secretariat.ogp@example.org');
    expect(reminder14.mail.from?.text).toBe(FROM);
    // The display name travels quoted (mailparser simplifies it when parsing, so read the raw header).
    expect(reminder14.raw).toMatch(/^To: "Adil <b>Naciri<\/b>" <adil\.naciri@example\.org>\r?$/m);
    expect(reminder14.mail.to).toMatchObject({ value: [{ address: 'adil.naciri@example.org' }] });
    expect(reminder14.mail.cc).toMatchObject({ value: [{ address: 'suppleant.e14@example.org', name: 'Suppléant, Bcc: intrus@example.org' }] });
    expect(reminder14.raw).not.toMatch(/^Bcc:/im);
    expect(reminder14.mail.headers.has('bcc')).toBe(false);
    expect(reminder14.mail.html).toContain('Bonjour Adil &lt;b&gt;Naciri&lt;/b&gt;,');
    expect(reminder14.mail.html).not.toContain('<b>Naciri');
    expect(reminder14.mail.html).toMatch(/<html lang="fr-MA" dir="ltr">/);
    expect(reminder14.mail.text).toContain('[Actions de communication] B3 (Type d\'action) : « Atelir »');
    const key = 'reminder|fiche-communication@2019-01-09|e14|J-2';
    expect(reminder14.mail.messageId).toBe(messageIdFor(key, FROM));

    // The focal point who sent back the untouched template is reminded, never told « reçue »,
    // and gets the pre-filled template again, under its file's name.
    const twelve = smtp.received.filter((r) => r.envelope.includes('hamza.ouazzani@example.org'));
    expect(twelve.map((r) => r.mail.subject)).toEqual(['Rappel : Fiche des actions de communication — engagement n° 12, échéance le 09/01/2019']);
    expect(twelve[0]!.mail.text).toContain("Nous n'avons pas encore reçu votre fiche.");
    expect(twelve[0]!.mail.text).toContain('Votre fiche pré-remplie est jointe à ce courriel');
    const template = twelve[0]!.mail.attachments.find((a) => a.filename === 'engagement-12.xlsx')!;
    const attached = new ExcelJS.Workbook();
    await attached.xlsx.load(template.content as unknown as ArrayBuffer);
    expect(attached.worksheets[0]!.name).toBe("Mode d'emploi");
    expect(attached.getWorksheet('Engagement')!.getCell('B1').value).toBe(12);

    const arabic = smtp.received.find((r) => r.envelope.includes('leila.tazi@example.org'))!;
    expect(arabic.mail.html).toMatch(/<html lang="ar-MA" dir="rtl">/);
    expect(arabic.mail.subject).toBe('توصلنا بالبطاقة وهي كاملة — الالتزام رقم 3');

    // A 550 is final: the next run does not try that address again, nor anybody twice.
    smtp.refuse.clear();
    const before = smtp.received.length;
    const second = await runCalendar(loaded.config, { ...options, now: at('2019-01-07T17:00') });
    expect([second.due, second.sent, second.failed]).toEqual([0, 0, 0]);
    expect(smtp.received).toHaveLength(before);
    const ledger = await new LocalStore(join(loaded.dir, 'out')).loadLedger();
    // One entry per recipient (reminders copy the substitute), each with how it ended.
    // (the merged feedbacks are settled with their reminder, for the focal point); the six
    // communication officers of the example are copied on their commitment's email.
    expect(ledger).toHaveLength(10 + 8 * 2 + 5 + 6);
    // Commitment 7's officer has the feedback on its sheet in copy (the substitute has none).
    const feedback7 = smtp.received.find((r) => r.mail.subject?.includes('engagement n° 7'))!;
    expect(feedback7.envelope.sort()).toEqual(['hind.berrada@example.org', 'younes.cherkaoui@example.org']);
    expect(feedback7.mail.cc).toMatchObject({ value: [{ address: 'younes.cherkaoui@example.org', name: 'Younes Cherkaoui' }] });
    // Commitment 17's reminder (its sheet cannot be read) copies its substitute and its officer.
    const reminder17 = smtp.received.find((r) => r.envelope.includes('khadija.mernissi@example.org'))!;
    expect(reminder17.mail.subject).toMatch(/^Rappel/);
    expect(reminder17.mail.cc).toMatchObject({ value: [{ address: 'suppleant.e17@example.org' }, { address: 'abdelali.rami@example.org' }] });
    expect(ledger.filter((e) => e.state === 'failed-permanent').map((e) => [e.recipient, e.answer])).toEqual([
      ['adil.naciri@example.org', expect.stringMatching(/^550 5\.1\.1/)],
      ['adil.naciri@example.org', expect.stringMatching(/^550 5\.1\.1/)],
    ]);
    expect(ledger.filter((e) => e.state === 'sent').every((e) => /^250 /.test(e.answer ?? ''))).toBe(true);

    // The secretariat's next report says which address was refused, and what to do.
    smtp.received.length = 0;
    await runCalendar(loaded.config, { ...options, command: 'report', now: at('2019-01-10T09:00') });
    const review = smtp.received.find((r) => r.mail.subject?.startsWith("Bilan de l'échéance"))!;
    expect(review.mail.text).toContain("Adresse refusée par le serveur de courriel : cette personne ne reçoit rien tant que l'adresse n'est pas corrigée dans committee.yaml.");
    expect(review.mail.text).toMatch(/- adresse refusée : adil\.naciri@example\.org — vérifiez l'adresse du point focal \(réponse du serveur : 550 5\.1\.1 Boîte aux lettres inconnue/);
  }); // prettier-ignore

  it('sends the report after a deadline to the secretariat, with the master workbook attached', async () => {
    const loaded = await exampleCopy(join(root, 'report'));
    const summary = await runCalendar(loaded.config, {
      command: 'report',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
      now: at('2019-01-10T09:00'),
    });
    expect([summary.due, summary.sent]).toEqual([1, 1]);
    const [report] = smtp.received;
    expect(report!.envelope).toEqual(['secretariat.ogp@example.org']);
    expect(report!.mail.subject).toBe(
      "Bilan de l'échéance du 09/01/2019 — Comité d'implémentation OGP Maroc",
    );
    expect(report!.mail.html).toContain('<table');
    expect(report!.mail.text).toMatch(/En retard \(\d+\) :/);
    expect(report!.mail.attachments.map((a) => a.filename)).toEqual(['suivi-consolide.xlsx', 'suivi.html']);
    expect(report!.mail.text).toContain('La page de suivi (graphiques, fiche par engagement) est jointe : suivi.html, à ouvrir dans un navigateur.');
    expect(report!.mail.html).not.toMatch(/<svg|<script/);
    const attachment = report!.mail.attachments[0]!;
    expect(attachment.filename).toBe('suivi-consolide.xlsx');
    expect(attachment.content.subarray(0, 2).toString()).toBe('PK');
    const attached = new ExcelJS.Workbook();
    await attached.xlsx.load(attachment.content as unknown as ArrayBuffer);
    expect(attached.worksheets.map((w) => w.name)[0]).toBe('Tableau de bord');

    // The master on disk was published again after the send: its journal and calendar show it.
    const master = new ExcelJS.Workbook();
    await master.xlsx.readFile(summary.master);
    const journal = master.getWorksheet('Journal')!;
    expect(journal.getRow(2).getCell(2).value).toBe('report');
    expect(journal.getRow(2).getCell(9).value).toBe(1); // Courriels envoyés
    const calendar: unknown[][] = [];
    master.getWorksheet('Calendrier')!.eachRow((row) => calendar.push((row.values as unknown[]).slice(1)));
    expect(calendar.filter((r) => r[2] === 'Envoi effectué')).toEqual([
      [new Date('2019-01-10T00:00:00Z'), '09:00', 'Envoi effectué', "Bilan de l'échéance du 09/01/2019 — Comité d'implémentation OGP Maroc", 'Rapport après échéance — secretariat.ogp@example.org', 'Passé'],
    ]);
    expect(await readdir(join(loaded.dir, 'out', 'history')).catch(() => [])).toEqual([]);
  }); // prettier-ignore

  it('invites the roles a meeting names, each person with their calendar event', async () => {
    const loaded = await exampleCopy(join(root, 'invitation'));
    const summary = await runCalendar(loaded.config, {
      command: 'tick',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
      now: at('2019-02-28T09:00'),
    });
    const invitations = summary.emails.filter((e) => e.kind === 'invitation');
    // « En présence des points focaux et responsables de communication »: 18 focal points, 18
    // substitutes, 6 communication officers, each their own invitation, and the secretariat.
    expect(invitations).toHaveLength(18 + 18 + 6 + 1);
    expect(invitations.every((e) => e.to.length === 1 && e.cc.length === 0)).toBe(true);
    const mail = smtp.received.find((r) => r.envelope.includes('leila.tazi@example.org') && r.mail.subject?.startsWith('Invitation'))!;
    expect(mail.mail.subject).toBe("Invitation : réunion le 07/03/2019 à 10:00 — Comité d'implémentation OGP Maroc");
    const ics = mail.mail.attachments.find((a) => a.filename === 'reunion-2019-03-07.ics')!;
    const event = ics.content.toString('utf8');
    expect(event).toContain('DTSTART:20190307T090000Z'); // 10:00 in Casablanca, UTC+1
    expect(event).toContain('UID:reunion-2019-03-07@example.org');
    expect(event).toContain('LOCATION:MRAFP\\, Rabat');
    expect(event).toContain("SUMMARY:Réunion — Comité d'implémentation OGP Maroc");
  }); // prettier-ignore

  it('invites to the training workshop exactly the communication officers and the steering committee, each in their language', async () => {
    const loaded = await exampleCopy(join(root, 'workshop'));
    const { config } = loaded;
    const summary = await runCalendar(config, { command: 'tick', smtpUrl: smtp.url, baseDir: loaded.dir, now: at('2019-02-06T09:00') });
    const invitations = smtp.received.filter((r) => summary.emails.some((e) => e.kind === 'invitation' && e.messageId === r.mail.messageId));
    // Who the configuration names in those roles, each once (Hicham Bouzidi is both).
    const expected = new Set([...config.commitments.flatMap((c) => c.communicationOfficers), ...config.committees.steering].map((p) => p.email));
    expect(expected.size).toBe(11);
    const reached = invitations.flatMap((r) => r.envelope);
    expect(reached.sort()).toEqual([...expected, 'secretariat.ogp@example.org'].sort());
    expect(invitations.every((r) => r.envelope.length === 1)).toBe(true);
    const to = (address: string) => invitations.find((r) => r.envelope[0] === address)!;
    // French (the committee's language), Arabic (Amina Raji, Abdelali Rami), English (Kenza Belhaj).
    expect(to('younes.cherkaoui@example.org').mail.subject).toBe('Invitation : atelier de formation « Principes du gouvernement ouvert et plan de communication » le 13/02/2019 à 09:30');
    expect(to('younes.cherkaoui@example.org').mail.text).toContain("Comité d'implémentation OGP Maroc : nous avons le plaisir de vous inviter à l'atelier de formation « Principes du gouvernement ouvert et plan de communication » le 13/02/2019 à 09:30, MRAFP, Rabat.");
    expect(to('kenza.belhaj@example.org').mail.subject).toBe('Invitation: training workshop “Principes du gouvernement ouvert et plan de communication” on 13/02/2019 at 09:30');
    for (const address of ['amina.raji@example.org', 'abdelali.rami@example.org']) {
      expect(to(address).mail.subject).toContain('دعوة: ورشة تكوينية');
      expect(to(address).mail.html).toMatch(/<html lang="ar-MA" dir="rtl">/);
    }
    for (const [address, file, summaryLine] of [
      ['younes.cherkaoui@example.org', 'atelier-2019-02-13.ics', "SUMMARY:Atelier de formation « Principes du gouvernement ouvert et plan de communication » — Comité d'implémentation OGP Maroc"],
      ['kenza.belhaj@example.org', 'workshop-2019-02-13.ics', "SUMMARY:Training workshop “Principes du gouvernement ouvert et plan de communication” — Comité d'implémentation OGP Maroc"],
      ['amina.raji@example.org', 'ورشة-2019-02-13.ics', 'SUMMARY:ورشة تكوينية'],
    ] as const) {
      const ics = to(address).mail.attachments.find((a) => a.filename === file)!;
      const event = ics.content.toString('utf8').replace(/\r\n /g, ''); // unfolded (RFC 5545 §3.1)
      expect(event).toContain(summaryLine);
      expect(event).toContain('UID:atelier-2019-02-13@example.org');
      expect(event).toContain('DTSTART:20190213T083000Z'); // 09:30 in Casablanca, UTC+1
    }
    // No focal point, no substitute, no report before a workshop.
    expect(summary.emails.filter((e) => e.kind === 'report-meeting')).toEqual([]);
    // Sent once: the next run sends none of it again.
    const again = await runCalendar(config, { command: 'tick', smtpUrl: smtp.url, baseDir: loaded.dir, now: at('2019-02-07T09:00') });
    expect(again.emails.filter((e) => e.kind === 'invitation')).toEqual([]);
  }); // prettier-ignore

  it('--dry-run lists what would go and sends and records nothing', async () => {
    const loaded = await exampleCopy(join(root, 'dry-run'));
    const summary = await runCalendar(loaded.config, {
      command: 'tick',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
      dryRun: true,
      now: at('2019-01-07T09:00'),
    });
    expect([summary.transport, summary.due, summary.sent]).toEqual(['dry-run', 18, 0]);
    expect(summary.emails[0]).toMatchObject({ kind: 'feedback', delivered: [] });
    expect(smtp.received).toHaveLength(0);
    expect(await new LocalStore(join(loaded.dir, 'out')).loadLedger()).toEqual([]);
  });

  it('sends nothing before the send time of the day', async () => {
    const loaded = await exampleCopy(join(root, 'early'));
    const summary = await runCalendar(loaded.config, {
      command: 'remind',
      smtpUrl: smtp.url,
      baseDir: loaded.dir,
      now: at('2019-01-07T08:59'),
    });
    expect(summary.emails.map((e) => e.kind)).not.toContain('reminder');
    expect(summary.emails.every((e) => e.kind === 'feedback')).toBe(true);
  });
});

describe('the outbox (no SMTP server configured)', () => {
  it('writes one .eml per email and exits 1 through the CLI only for errors found', async () => {
    const loaded = await exampleCopy(join(root, 'outbox'));
    const { code, stdout } = await cli(
      'tick',
      '--config',
      loaded.file,
      '--now',
      '2019-01-07T09:00',
      '--json',
    );
    const summary = JSON.parse(stdout);
    expect(code).toBe(1); // the example has submissions with errors
    expect([summary.transport, summary.sent, summary.failed]).toEqual(['outbox', 18, 0]);
    expect(await readdir(join(loaded.dir, 'out', 'outbox'))).toHaveLength(18);
    const again = JSON.parse(
      (await cli('tick', '--config', loaded.file, '--now', '2019-01-07T10:00', '--json')).stdout,
    );
    expect([again.due, again.sent]).toEqual([0, 0]);
  });
});
