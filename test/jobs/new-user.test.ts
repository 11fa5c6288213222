/**
 * A new secretariat, from `init` in an empty folder to the report before the first meeting,
 * with a real SMTP server: what each person reads must be true. Nobody filled anything in:
 * nobody is told « fiche reçue »; two focal points fill their templates in: they hear back,
 * once a morning; when the next round opens, their sheets are to update, not « reçues ».
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SHEET_NAMES } from '../../sheets-templates/submission-template.js';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import { parseNowArgument } from '../../src/core/calendar-date.js';
import { initProject } from '../../src/jobs/init-project.js';
import { runCalendar } from '../../src/jobs/send-calendar.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

const at = (text: string) => parseNowArgument(text, 'Africa/Casablanca') as Date;
let dir: string;
let smtp: TestSmtp;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-new-user-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  smtp = await startSmtp();
});
afterEach(async () => {
  await smtp.close();
});

/** What a focal point does in the template: the date, two actions, the milestone's progress. */
async function fillIn(path: string, options: { typo?: boolean } = {}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  workbook.getWorksheet(SHEET_NAMES.engagement)!.getCell('B6').value = new Date('2019-01-07T00:00:00Z');
  const actions = workbook.getWorksheet(SHEET_NAMES.actions)!;
  // Row 2 is the example: the focal point writes from row 3, as the template says.
  actions.getRow(3).values = ['A1', 'Atelier', 'Atelier de lancement', 'Société civile', 'Présentiel, Rabat', new Date('2018-11-20T00:00:00Z'), new Date('2018-11-20T00:00:00Z'), 'Réalisée', 20000, 'Budget de l’institution', 'Nombre de participants', 60, 72, null, 'Oui', 'https://www.example.org/atelier'];
  actions.getRow(4).values = ['A2', options.typo ? 'Atelir' : 'Communiqué de presse', 'Communiqué sur l’engagement', 'Médias', 'Presse', new Date('2019-02-15T00:00:00Z'), null, 'Prévue', 0, 'Budget de l’institution', 'Nombre de reprises dans la presse', 10];
  const milestones = workbook.getWorksheet(SHEET_NAMES.milestones)!;
  milestones.getRow(2).values = ['J1', 'Adoption du plan', new Date('2018-09-01T00:00:00Z'), new Date('2019-06-30T00:00:00Z'), 40, 'Limité'];
  await workbook.xlsx.writeFile(path);
} // prettier-ignore

describe('a new secretariat', () => {
  it('init, nothing filled in, two sheets back, then the next round: every email tells the truth', async () => {
    const init = await initProject(dir);
    expect(init.written).toHaveLength(18);
    const { config } = await loadConfigFile(join(dir, 'committee.yaml'));
    const tick = (now: string) => runCalendar(config, { command: 'tick', now: at(now), smtpUrl: smtp.url, baseDir: dir }); // prettier-ignore

    // 07/01/2019, 09:00: the templates went out, nobody filled them in.
    const first = await tick('2019-01-07T09:00');
    expect([first.received, first.toFix, first.missing, first.late]).toEqual([0, 0, 18, 0]);
    expect(first.emails.map((e) => e.kind)).toEqual(Array(18).fill('reminder'));
    expect(smtp.received.filter((r) => /reçue/i.test(r.mail.subject ?? ''))).toEqual([]);
    for (const r of smtp.received) {
      expect(r.mail.text).toContain("Nous n'avons pas encore reçu votre fiche.");
      expect(r.mail.text).toContain('Attendu au plus tard le 09/01/2019');
      expect(r.mail.attachments.map((a) => a.filename)).toEqual([
        expect.stringMatching(/^engagement-\d\d\.xlsx$/),
      ]);
    }

    const reminderOf7 = smtp.received.find((r) => r.envelope.includes('hind.berrada@example.org'))!;

    // Two focal points fill theirs in; the next morning each hears back, once.
    await fillIn(join(dir, 'submissions', 'engagement-03.xlsx'));
    await fillIn(join(dir, 'submissions', 'engagement-07.xlsx'), { typo: true });
    smtp.received.length = 0;
    const second = await tick('2019-01-08T09:00');
    expect([second.received, second.toFix, second.missing]).toEqual([1, 1, 16]);
    expect(smtp.received.map((r) => [r.envelope.join(), r.mail.subject]).sort()).toEqual([
      // Commitment 7's communication officer is copied on its feedback.
      [
        'hind.berrada@example.org,younes.cherkaoui@example.org',
        'Fiche reçue, 1 erreur à corriger — engagement n° 7',
      ],
      ['leila.tazi@example.org', 'Fiche reçue et complète — engagement n° 3'],
    ]);
    const seven = smtp.received.find((r) => r.envelope.includes('hind.berrada@example.org'))!;
    expect(seven.mail.text).toContain('Merci de corriger les points suivants avant le 09/01/2019 (Fiche des actions de communication) :'); // prettier-ignore
    expect(seven.mail.text).toContain("[Actions de communication] B4 (Type d'action) : « Atelir »");
    expect(seven.mail.text).toContain(
      'Renvoyez la fiche corrigée (.xlsx) en réponse à ce courriel.',
    );
    // The reminder and the feedback of one commitment in one round are one thread.
    expect(seven.mail.inReplyTo).toMatch(/^<[0-9a-f]{32}@example\.org>$/);
    expect([seven.mail.inReplyTo, seven.mail.references]).toEqual([reminderOf7.mail.inReplyTo, reminderOf7.mail.references]); // prettier-ignore
    const three = smtp.received.find((r) => r.envelope.includes('leila.tazi@example.org'))!;
    expect(three.mail.inReplyTo).not.toBe(seven.mail.inReplyTo);

    // 05/03/2019, two days before the meeting: the sheets of January are to update.
    smtp.received.length = 0;
    const third = await tick('2019-03-05T09:00');
    expect([third.received, third.toFix, third.toUpdate, third.missing, third.late]).toEqual([
      0, 0, 2, 16, 18,
    ]);
    const report = smtp.received.find((r) =>
      r.mail.subject?.startsWith('Synthèse avant la réunion du 07/03/2019'),
    )!;
    expect(report.envelope).toEqual(['secretariat.ogp@example.org']);
    expect(report.mail.text).toContain(
      '0 fiche reçue, 0 à corriger, 2 à mettre à jour, 16 manquantes ; 18 en retard.',
    );
    expect(report.mail.text).toContain('3 | Gestion des archives publiques | Archives du Maroc | À mettre à jour | 07/01/2019 | Oui | 0 / 1 | 40\u00a0% | 1 / 2 | 0'); // prettier-ignore
    expect(report.mail.text).toContain(
      'La réunion se tiendra le 07/03/2019 à 10:00, MRAFP, Rabat.',
    );
    expect(report.mail.text).not.toMatch(/\(s\)/);
    // The deadline's review and the meeting's summary are one thread, the meeting's.
    const review = smtp.received.find((r) =>
      r.mail.subject?.startsWith("Bilan de l'échéance du 28/02/2019"),
    )!;
    expect(review.mail.inReplyTo).toBe(report.mail.inReplyTo);
  }, 60_000);
});
