/**
 * What `tick`, `remind` and `report` say of their emails: written, not « sent », when no mail
 * server is set (the outbox); in every language.
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
