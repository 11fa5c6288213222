/**
 * Every email to the secretariat opens and closes as its reports do: « Bonjour, » and « Le
 * secrétariat » with the committee's name (« Hello, » and « The secretariat of the … » in
 * English) — the notice of a refused committee workbook or configuration and the requests about
 * holidays too, which began with their first sentence and, for the notices, ended unsigned.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RosterStatus } from '../../src/adapters/config/roster-config.js';
import { parseConfigText } from '../../src/adapters/config/committee-file.js';
import { packageRoot } from '../../src/adapters/local/package-files.js';
import type { CommitteeConfig } from '../../src/core/config-schema.js';
import type { DueEmail } from '../../src/core/due-emails.js';
import { renderEmail } from '../../src/core/email-templates.js';
import { daysOffPlace } from '../../src/core/roster/days-off-place.js';
import { refusedConfigNotice } from '../../src/jobs/config-alert.js';
import { refusedRosterNotice } from '../../src/jobs/roster-alert.js';
import { noticeEmail } from '../../src/jobs/secretariat-notice.js';
import { loadExample } from '../helpers/example-copy.js';

async function committee(folder: string, edit = (t: string) => t): Promise<CommitteeConfig> {
  const file = join(packageRoot(), 'examples', folder, 'committee.yaml');
  return parseConfigText(edit(await readFile(file, 'utf8')), file).config;
}

/** The example committee (in one committee.yaml), in French or, edited, in English. */
const maroc = async () => (await loadExample()).config;
const english = async () => (await loadExample((t) => t.replace('  locale: fr', '  locale: en'))).config; // prettier-ignore

const roster = {
  source: 'comite.xlsx',
  label: 'comite.xlsx',
  modifiedTime: '2019-01-07T08:00:00Z',
} as RosterStatus;
const refused = { sha256: 'c'.repeat(64), key: 'k'.repeat(64), problems: ['Sheet “People”, cell D2: an address is expected.'] }; // prettier-ignore

describe('the notice of a refused committee workbook', () => {
  it('is greeted and signed as the other emails to the secretariat (French)', async () => {
    const config = await maroc();
    const email = noticeEmail(config, refusedRosterNotice(config, roster, refused), 'x@example.org'); // prettier-ignore
    const lines = email.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Bonjour,',
      '',
      'La dernière version du classeur du comité (comite.xlsx) n’est pas appliquée : 1 problème à corriger.',
    ]); // prettier-ignore
    expect(lines.slice(-3)).toEqual(['', 'Le secrétariat', config.committee.name]);
    expect(email.html).toContain('<body><p>Bonjour,</p>');
    expect(email.html).toMatch(
      /<p>Le secrétariat<br>Comité d.implémentation OGP Maroc<\/p><\/body>/,
    );
  });

  it('is greeted and signed in the committee’s language (English)', async () => {
    const config = await english();
    const email = noticeEmail(config, refusedRosterNotice(config, roster, refused), 'x@example.org'); // prettier-ignore
    const lines = email.text.split('\n');
    expect(lines[0]).toBe('Hello,');
    expect(lines.at(-1)).toBe(`The secretariat of the ${config.committee.name}`);
  });

  it('is the same for a refused configuration', async () => {
    const config = await committee('mexico-2025');
    const notice = refusedConfigNotice(config, { sha256: 'ab'.repeat(32), file: 'committee.yaml', details: ['x'] }); // prettier-ignore
    const lines = noticeEmail(config, notice, 'x@example.org').text.split('\n');
    expect(lines[0]).toBe('Buen día:');
    expect(lines.slice(-2)).toEqual(['La secretaría', config.committee.name]);
  });
});

describe('the requests about holidays', () => {
  it('are greeted as the reports are', async () => {
    const config = await maroc();
    const secretariat = { name: config.secretariat.name, email: 'secretariat@example.org' };
    const base = { tag: 'fr' as const, to: [secretariat], cc: [], attachMaster: false };
    const check: DueEmail = {
      ...base, key: 'h', kind: 'holiday-check',
      content: { type: 'holiday-check', committeeName: config.committee.name, daysOff: daysOffPlace(config), holiday: { name: 'Aïd al-Fitr', first: '2019-06-04', last: '2019-06-05', estimate: true } },
    } as DueEmail; // prettier-ignore
    const missing: DueEmail = {
      ...base, key: 'm', kind: 'holiday-check',
      content: { type: 'holidays-missing', committeeName: config.committee.name, daysOff: daysOffPlace(config), year: 2020, first: '2020-01-01', country: 'JO' },
    } as DueEmail; // prettier-ignore
    for (const email of [check, missing]) {
      const text = renderEmail(email, config.committee.name).text;
      expect(text.split('\n')[0]).toBe('Bonjour,');
      expect(text.trimEnd().endsWith(`Le secrétariat\n${config.committee.name}`)).toBe(true);
    }
  });
});
