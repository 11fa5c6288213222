/**
 * What `tick`, `remind` and `report` say of their emails: written, not « sent », when no mail
 * server is set (the outbox), in every language; a mail server that could not be reached, once,
 * with its cause, its fix and where its address is set.
 */
import { describe, expect, it } from 'vitest';
import { formatSends } from '../src/cli/format.js';
import type { CalendarRunSummary, EmailOutcome } from '../src/jobs/send-calendar.js';

/** An email of the run, delivered to its recipient or failed for it. */
function email(to: string, failed?: string): EmailOutcome {
  return {
    key: `reminder|${to}`,
    kind: 'reminder',
    subject: `Rappel — ${to}`,
    messageId: `<${to}>`,
    to: [to],
    cc: [],
    delivered: failed ? [] : [to],
    failed: failed ? [{ address: to, reason: failed }] : [],
  };
}

/** The part of a run's summary the emails' lines are made of. */
function run(
  transport: CalendarRunSummary['transport'],
  emails: EmailOutcome[],
): CalendarRunSummary {
  const failed = emails.filter((e) => e.failed.length > 0).length;
  return {
    transport,
    outbox: 'out/outbox',
    due: emails.length,
    sent: emails.length - failed,
    failed,
    emails,
    possiblyTwice: [],
  } as unknown as CalendarRunSummary;
}

describe('emails written to the outbox (no mail server set)', () => {
  const written = run('outbox', [email('awa.kone@example.org'), email('yao.kouassi@example.org')]);

  it('are counted and listed as written, not sent, and say that nothing has left', () => {
    expect(formatSends(written, false, 'fr').split('\n')).toEqual([
      "Courriels : 2 dus, 2 écrits, 0 échec (fichiers .eml dans out/outbox : aucun serveur d'envoi réglé, rien n'est parti).",
      '  Relance → awa.kone@example.org : Rappel — awa.kone@example.org — écrit',
      '  Relance → yao.kouassi@example.org : Rappel — yao.kouassi@example.org — écrit',
      '',
    ]);
  });

  it.each([
    ['en', 'Emails: 2 due, 2 written, 0 failures (.eml files in out/outbox: no mail server set, nothing has left).', '— written'],
    ['es', 'Correos: 2 pendientes, 2 escritos, 0 fallos (archivos .eml en out/outbox: ningún servidor de envío configurado, nada ha salido).', '— escrito'],
    ['pt-BR', 'E-mails: 2 previstos, 2 gravados, 0 falhas (arquivos .eml em out/outbox: nenhum servidor de envio configurado, nada saiu).', '— gravado'],
    ['ar', 'الرسائل: حان أجلها 2، كُتبت 2، فشلت 0 (ملفات ‎.eml في \u2068out/outbox\u2069: لم يُضبط خادم إرسال، ولم يخرج شيء).', '— كُتبت'],
  ] as const)('in %s', (tag, summary, state) => {
    const [first, line] = formatSends(written, false, tag).split('\n');
    expect(first).toBe(summary);
    expect(line?.endsWith(state)).toBe(true);
  }); // prettier-ignore

  it('by a mail server, are still sent', () => {
    const sent = run('smtp', [email('awa.kone@example.org')]);
    expect(formatSends(sent, false, 'fr').split('\n').slice(0, 2)).toEqual([
      'Courriels : 1 dû, 1 envoyé, 0 échec (par SMTP).',
      '  Relance → awa.kone@example.org : Rappel — awa.kone@example.org — envoyé',
    ]);
  });
});

describe('a mail server that could not be reached', () => {
  const answer = 'ESOCKET connect ECONNREFUSED 10.0.0.5:587';
  const down = {
    ...run('smtp-oauth2', [
      email('awa.kone@example.org', answer),
      email('yao.kouassi@example.org', answer),
    ]),
    unreachable: { answer },
  } as CalendarRunSummary;

  it('is said once with its cause, its fix and where its address is set; each email is « not sent »', () => {
    expect(formatSends(down, false, 'en', '/opt/ogp-tracker/docs/mail-setup.md').split('\n')).toEqual([
      'Emails: 2 due, 0 sent, 2 failures (by SMTP (OAuth2)).',
      `✗ No email left: the mail server could not be reached (${answer}). They will be tried again on the next run.`,
      '  Cause: the server refuses the connection on this port.',
      '  To do: check the port (587 or 465) and that the server accepts connections from this machine.',
      '  Its address and port are in mail.transport, in committee.yaml: check them, then test the connection (see /opt/ogp-tracker/docs/mail-setup.md) with:',
      '  ogp-tracker mail-check',
      '  Reminder → awa.kone@example.org: Rappel — awa.kone@example.org — not sent',
      '  Reminder → yao.kouassi@example.org: Rappel — yao.kouassi@example.org — not sent',
      '',
    ]);
  }); // prettier-ignore

  it('keeps a recipient’s own refusal on its line', () => {
    const refused = run('smtp', [email('awa.kone@example.org', '550 5.1.1 Unknown user')]);
    expect(formatSends(refused, false, 'fr').split('\n')[1]).toBe(
      '  Relance → awa.kone@example.org : Rappel — awa.kone@example.org — échec pour awa.kone@example.org (550 5.1.1 Unknown user)',
    );
  });
});
