/**
 * A command the secretariat copies into a terminal is printed alone on its own line, with no
 * invisible character around or in it, in every language: copied from an Arabic line with the
 * direction marks the renderer puts around Latin text (U+2066–2069, U+200E/F), the shell answers
 * « command not found ». Its line is left to right by itself and needs no mark.
 */
import { describe, expect, it } from 'vitest';
import { formatIntake } from '../src/cli/format.js';
import { MESSAGE_FILES, type MessageId } from '../src/core/catalogue/generated.js';
import { command, messageText, translate } from '../src/core/catalogue/render.js';
import { libraryCountryFacts } from '../src/adapters/country/country-facts.js';
import { parseCommitteeConfig } from '../src/core/config-schema.js';
import { buildConsolidation } from '../src/core/consolidation.js';
import { dueEmails } from '../src/core/due-emails.js';
import { escapeHtml, renderEmail } from '../src/core/email-templates.js';
import { TEST_CHARTER } from './helpers/raw-workbook.js';
import type { IntakeSummary } from '../src/jobs/intake-run.js';
import { releaseCommand } from '../src/core/release-command.js';

/** Every catalogue: each language and regional variant. */
const TAGS = ['fr', 'en', 'es-MX', 'pt-BR', 'ar', 'ar-JO', 'ar-MA'] as const;

/** Invisible characters of direction: marks, embeddings, overrides, isolates. */
const MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A command at the start of a line: the product's, npm's, or an option to add to one. */
const COMMAND = /^\s*(?:npx |npm run |ogp-tracker |--config )/;

/** The lines of `text` that hold a command, each checked to be that command alone. */
function commandLines(text: string): string[] {
  return text.split('\n').filter((line) => COMMAND.test(line) || /ogp-tracker [a-z]/.test(line));
}

const HELD = "ogp-tracker intake --release 'reponse-2027-01-14@example.org'";

describe('a command to copy', () => {
  it.each(TAGS)('%s: intake prints the release command alone on its line, the held messages of earlier runs’ too', (tag) => {
    const summary: IntakeSummary = {
      mailbox: 'inbox', skipped: null, messages: 1, filed: 0, refused: 0, ignored: 0, held: 1,
      unknownSenders: 0, questions: 0, setAside: 0, answers: 0, outbox: null, sheetFeedback: 0, master: null, warnings: [],
      details: [{ messageId: '<new@example.org>', from: 'layla.khatib@example.org', subject: 'RE: تذكير', outcome: 'held', filed: [] }],
      waiting: [{ messageId: '<old@example.org>', receivedOn: '2027-01-12', from: 'omar.hassan@example.org', subject: 'RE: تذكير' }],
    }; // prettier-ignore
    const lines = commandLines(formatIntake(summary, false, tag));
    expect(lines.map((line) => line.trim())).toEqual([releaseCommand('<new@example.org>'), releaseCommand('<old@example.org>')]);
    for (const line of lines) expect(line).not.toMatch(MARKS);
  }); // prettier-ignore

  /** Each message that gives a command, its values, and the command it gives. */
  const GIVEN: [MessageId, Record<string, unknown>, string[]][] = [
    ['dashboard.held', { day: '2027-01-14', command: command(HELD) }, [HELD]],
    ['config.refusedFix', {}, ['ogp-tracker config push --config committee.yaml']],
    ['errors.noStoredConfig', { location: 'firestore:ogp-jo' }, ['ogp-tracker config push --config committee.yaml']],
    ['errors.initCurrency', { code: 'XK' }, ['ogp-tracker init']],
    ['errors.initTimeZone', { code: 'XK' }, ['ogp-tracker init']],
    ['cli.configPushUsage', {}, ['ogp-tracker config push --config committee.yaml']],
    ['cli.configPushRosterWorkbook', { file: 'committee.yaml', workbook: 'اللجنة.xlsx', form: 'x' }, ['ogp-tracker roster import']],
    ['cli.sendUnreachableWhere', { where: 'smtp_url', paged: true, page: '/docs/mail-setup.md' }, ['ogp-tracker mail-check']],
    ['cli.noConfig', { cwd: '/home/amal', example: command('/opt/ogp/examples/jordanie-2025/committee.yaml') }, ['ogp-tracker init', '--config /opt/ogp/examples/jordanie-2025/committee.yaml']],
    ['deploy.resume', {}, ['npm run deploy']],
  ]; // prettier-ignore

  it.each(
    TAGS.flatMap((tag) => GIVEN.map(([id, values, given]) => [tag, id, values, given] as const)),
  )('%s: %s gives its command alone on its line', (tag, id, values, given) => {
    const text = translate(tag, id, values as never);
    expect(commandLines(text).map((line) => line.trim())).toEqual(given);
    for (const line of commandLines(text)) expect(line).not.toMatch(MARKS);
    // Said as an error, the message keeps its command line bare too.
    const error = translate(tag, 'cli.error', { code: 'usage', message: text });
    expect(commandLines(error).map((line) => line.trim())).toEqual(given);
    for (const line of commandLines(error)) expect(line).not.toMatch(MARKS);
  });

  it('is written in no catalogue inside a sentence', () => {
    // Commands named, not given: the usages, the deployment plan's comments, who wrote a file.
    const named = new Set([
      'cli.usage',
      'deploy.usage',
      'deploy.dryRunNote',
      'deploy.configNote',
      'starter.intro',
    ]);
    const inline = Object.entries(MESSAGE_FILES).flatMap(([file, parts]) =>
      Object.entries(parts ?? {}).flatMap(([part, messages]) =>
        Object.entries(messages)
          .filter(([key]) => !named.has(`${part}.${key}`))
          .flatMap(([key, text]) =>
            text
              .split('\n')
              .filter((line) => /(?:ogp-tracker (?:init|template|roster|validate|consolidate|tick|remind|report|intake|schedule|mail-check|config)|npm run |npx )/.test(line))
              .filter((line) => !/^\s*(?:npx |npm run |ogp-tracker )\S/.test(line) || MARKS.test(line))
              .map((line) => `${file}: ${part}.${key}: ${line}`),
          ),
      ),
    ); // prettier-ignore
    expect(inline).toEqual([]);
  });

  it.each(TAGS)('%s: the report gives each held message’s release command alone on its line', (tag) => {
    const result = parseCommitteeConfig({
      committee: { name: 'اللجنة', locale: tag.slice(0, 2), country: tag.slice(3) || undefined },
      secretariat: { name: 'S', emails: ['secretariat@example.org'] },
      plan: { name: 'Plan', start: '2027-01-01', end: '2028-12-31' },
      commitments: [{ id: 1, title: 'E1', institution: 'I', focalPoint: { name: 'Layla', email: 'layla.khatib@example.org' } }],
      meetings: [{ date: '2027-02-04', time: '10:00', place: 'Amman' }],
      reports: { beforeMeeting: 2 },
      charter: TEST_CHARTER,
      mail: { from: 'S <secretariat@example.org>' },
    }, libraryCountryFacts);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const config = result.config;
    const now = new Date('2027-02-02T09:00:00Z');
    const mailbox = [{ outcome: 'held' as const, from: 'layla.khatib@example.org', subject: 'RE', receivedAt: '2027-01-14T08:00:00Z', note: 'dmarc=fail', messageId: '<new@example.org>' }];
    const model = buildConsolidation(config, new Map(), now);
    const report = dueEmails({ config, model, fresh: new Map(), delivered: () => false, now, mailbox }).find((e) => e.kind === 'report-meeting');
    const email = renderEmail(report!, config.committee.name);
    expect(commandLines(email.text).map((line) => line.trim())).toEqual([releaseCommand('<new@example.org>')]);
    expect(commandLines(email.text)[0]).not.toMatch(MARKS);
    // In the HTML too: its own block, left to right by its own attribute, with no mark in it.
    expect(email.html).toContain(`<pre dir="ltr">${escapeHtml(releaseCommand('<new@example.org>'))}</pre>`);
  }); // prettier-ignore
});

describe('a value of several lines', () => {
  it('is isolated on its first line only: the others are paragraphs of their own', () => {
    const error = translate('ar', 'cli.error', { code: 'usage', message: 'Usage :\nogp-tracker config push' });
    expect(error.split('\n')).toEqual(['خطأ (\u2068usage\u2069): \u2068Usage :\u2069', 'ogp-tracker config push']);
    expect(messageText('ar', 'cli.error')).toBe('خطأ ({code}): {message}');
  }); // prettier-ignore
});
