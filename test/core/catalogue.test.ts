/**
 * One catalogue per language: every key in every language, and no key that nothing reads
 * (a text left behind when the code stopped saying it).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/core/catalogue/index.js';
import { CELL_WORDS } from '../../src/core/catalogue/cell-words.js';
import { CALENDAR_WORDS } from '../../src/core/catalogue/calendar-words.js';
import { DASHBOARD_WORDS } from '../../src/core/catalogue/dashboard-words.js';
import { CLI_WORDS } from '../../src/core/catalogue/cli-words.js';
import { CONFIG_WORDS } from '../../src/core/catalogue/config-words.js';
import { ERROR_WORDS } from '../../src/core/catalogue/errors-words.js';
import { INTAKE_WORDS } from '../../src/core/catalogue/intake-words.js';
import { DEPLOY_WORDS } from '../../src/core/catalogue/deploy-words.js';
import { execFileSync } from 'node:child_process';
import type { Catalogue } from '../../src/core/catalogue/shape.js';
import { LOCALES } from '../../src/core/config-schema.js';
import { plural } from '../../src/core/text.js';

/** Where each part of a catalogue is read, and the name it is read through there. */
const READERS: Record<keyof Catalogue, { file: string; via: string; also?: string }> = {
  // The invitation's calendar file is written beside the email.
  email: { file: 'src/core/email-templates.ts', via: 's', also: 'src/jobs/send-calendar.ts' },
  report: { file: 'src/core/email-templates.ts', via: 'r' },
  page: { file: 'src/adapters/documents/status-page.ts', via: 'w' },
  starter: { file: 'src/core/starter-committee.ts', via: 'w' },
  template: { file: 'src/adapters/documents/template-workbook.ts', via: 't' },
  master: { file: 'src/adapters/documents/master-workbook.ts', via: 'm' },
  openData: { file: 'src/core/open-data.ts', via: 'w' },
};

/** Keys read by a computed name (a milestone's state: `w[stateOf(m)]`). */
const READ_BY_NAME = new Set(['page.done', 'page.overdue', 'page.toCome']);

const keysOf = (part: object) => Object.keys(part).sort();

/** The catalogues' own text, where a part may use another of its keys. */
async function catalogueSources(): Promise<string> {
  const files = ['fr', 'en', 'ar', 'es', 'pt'].map((l) => `src/core/catalogue/${l}.ts`);
  return (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
}

describe('the catalogues', () => {
  it('cover the five languages', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((l) => l !== 'fr'))('%s has every key French has, and no other', (locale) => {
    for (const part of Object.keys(READERS) as (keyof Catalogue)[]) {
      expect(keysOf(CATALOGUES[locale][part]), `${locale}.${part}`).toEqual(keysOf(CATALOGUES.fr[part]));
    }
  }); // prettier-ignore

  it('have no key that nothing reads', async () => {
    const unused: string[] = [];
    for (const [part, { file, via, also }] of Object.entries(READERS)) {
      // A key may also be read by another of its part (email.commitment in the bodies).
      const text =
        (await readFile(file, 'utf8')) +
        (also ? await readFile(also, 'utf8') : '') +
        (await catalogueSources());
      for (const key of keysOf(CATALOGUES.fr[part as keyof Catalogue])) {
        const read = new RegExp(`\\b(${via}|${part})\\.${key}\\b`);
        if (!read.test(text) && !READ_BY_NAME.has(`${part}.${key}`)) unused.push(`${part}.${key}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('give the validator every word in every language, each read somewhere', async () => {
    for (const locale of LOCALES) expect(keysOf(CELL_WORDS[locale]), locale).toEqual(keysOf(CELL_WORDS.fr));
    // The validator's, and the reasons a file cannot be read: where it is read, and the emails refusing it.
    const files = ['src/core/validate-submission.ts', 'src/core/read-cells.ts', 'src/core/parse-values.ts', 'src/core/issue.ts', 'src/core/consolidation.ts', 'src/jobs/consolidate.ts', 'src/adapters/google/drive-output.ts', 'src/core/catalogue/fr.ts', 'src/core/catalogue/errors/fr.ts'];
    const text = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
    expect(keysOf(CELL_WORDS.fr).filter((key) => !new RegExp(`\\b(w|words|cells|\\]|fr)\\.${key}\\b`).test(text))).toEqual([]);
  }); // prettier-ignore

  it('give the calendar every word in every language, each read somewhere', async () => {
    for (const locale of LOCALES) {
      expect(keysOf(CALENDAR_WORDS[locale]), locale).toEqual(keysOf(CALENDAR_WORDS.fr));
      expect(keysOf(CALENDAR_WORDS[locale].kinds), locale).toEqual(keysOf(CALENDAR_WORDS.fr.kinds));
    }
    const files = ['src/core/schedule.ts', 'src/core/consolidation.ts', 'src/core/calendar-checks.ts', 'src/core/config-schema.ts'];
    const text = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
    expect(keysOf(CALENDAR_WORDS.fr).filter((key) => !new RegExp(`\\b(w|calendarWords|\\])\\.${key}\\b`).test(text))).toEqual([]);
  }); // prettier-ignore

  it('give the dashboard every word in every language, each read somewhere', async () => {
    for (const locale of LOCALES) expect(keysOf(DASHBOARD_WORDS[locale]), locale).toEqual(keysOf(DASHBOARD_WORDS.fr));
    const files = ['src/core/consolidation.ts', 'src/jobs/consolidate.ts', 'src/jobs/intake-workbooks.ts', 'src/jobs/send-calendar.ts'];
    const text = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
    expect(keysOf(DASHBOARD_WORDS.fr).filter((key) => !new RegExp(`\\b(w|\\])\\.${key}\\b`).test(text))).toEqual([]);
  }); // prettier-ignore

  it('give the command line every word in every language, each read somewhere', async () => {
    for (const locale of LOCALES) {
      expect(keysOf(CLI_WORDS[locale]), locale).toEqual(keysOf(CLI_WORDS.fr));
      for (const part of ['severity', 'via', 'intakeOutcomes'] as const) expect(keysOf(CLI_WORDS[locale][part]), `${locale}.${part}`).toEqual(keysOf(CLI_WORDS.fr[part]));
      expect(CLI_WORDS[locale].scheduleHead, locale).toHaveLength(5);
    }
    const text = (await Promise.all(['src/cli.ts', 'src/cli/format.ts'].map((f) => readFile(f, 'utf8')))).join('\n');
    expect(keysOf(CLI_WORDS.fr).filter((key) => !new RegExp(`\\bw\\.${key}\\b`).test(text))).toEqual([]);
  }); // prettier-ignore

  it('give the configuration’s problems every word in every language, each said somewhere', async () => {
    for (const locale of LOCALES) {
      expect(keysOf(CONFIG_WORDS[locale]), locale).toEqual(keysOf(CONFIG_WORDS.fr));
      for (const part of ['labels', 'yamlErrors', 'typeNames'] as const) expect(keysOf(CONFIG_WORDS[locale][part]), `${locale}.${part}`).toEqual(keysOf(CONFIG_WORDS.fr[part]));
    }
    const text = (await Promise.all(['src/core/config-schema.ts', 'src/adapters/config/committee-file.ts', 'src/jobs/config-alert.ts'].map((f) => readFile(f, 'utf8')))).join('\n');
    const said = (key: string) => new RegExp(`\\b(w|words)\\.${key}\\b|say\\('${key}'|'${key}'`).test(text);
    expect(keysOf(CONFIG_WORDS.fr).filter((key) => !said(key))).toEqual([]);
  }); // prettier-ignore

  it('give the errors that stop a command every word in every language, each said somewhere', async () => {
    for (const locale of LOCALES) expect(keysOf(ERROR_WORDS[locale]), locale).toEqual(keysOf(ERROR_WORDS.fr));
    // Named by key where an error is raised: anywhere in the product but the catalogues.
    const files = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ts') && !f.startsWith('src/core/catalogue/'));
    const text = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
    expect(keysOf(ERROR_WORDS.fr).filter((key) => !text.includes(`'${key}'`) && !new RegExp(`\\bw\\.${key}\\b`).test(text))).toEqual([]);
  }); // prettier-ignore

  it('give the intake’s notes every word in every language, each read somewhere', async () => {
    for (const locale of LOCALES) {
      expect(keysOf(INTAKE_WORDS[locale]), locale).toEqual(keysOf(INTAKE_WORDS.fr));
      expect(keysOf(INTAKE_WORDS[locale].refusals), locale).toEqual(keysOf(INTAKE_WORDS.fr.refusals));
    }
    const text = (await Promise.all(['src/core/inbound-mail.ts', 'src/jobs/intake.ts'].map((f) => readFile(f, 'utf8')))).join('\n');
    expect(keysOf(INTAKE_WORDS.fr).filter((key) => !new RegExp(`\\b(w|\\])\\.${key}\\b`).test(text))).toEqual([]);
  }); // prettier-ignore

  it('give the deployment every word in every language, each read somewhere', async () => {
    for (const locale of LOCALES) {
      expect(keysOf(DEPLOY_WORDS[locale]), locale).toEqual(keysOf(DEPLOY_WORDS.fr));
      expect(keysOf(DEPLOY_WORDS[locale].accounts), locale).toEqual(keysOf(DEPLOY_WORDS.fr.accounts));
    }
    const text = (await Promise.all(['scripts/deploy.ts', 'scripts/deploy-plan.ts'].map((f) => readFile(f, 'utf8')))).join('\n');
    expect(keysOf(DEPLOY_WORDS.fr).filter((key) => !new RegExp(`\\b(w|\\]|fr)\\.${key}\\b`).test(text))).toEqual([]);
  }); // prettier-ignore

  it('agree counts by each language’s plural rules', () => {
    const errors = { zero: 'لا أخطاء', one: 'خطأ واحد', two: 'خطآن', few: '# أخطاء', many: '# خطأً', other: '# خطأ' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, errors))).toEqual(['لا أخطاء', 'خطأ واحد', 'خطآن', '3 أخطاء', '11 خطأً', '100 خطأ']);
    const fr = { one: '# erreur', other: '# erreurs' };
    expect([0, 1, 2].map((n) => plural('fr', n, fr))).toEqual(['0 erreur', '1 erreur', '2 erreurs']);
    expect([0, 1, 2].map((n) => plural('es', n, { one: '# error', other: '# errores' }))).toEqual(['0 errores', '1 error', '2 errores']);
    expect([0, 1, 2].map((n) => plural('pt', n, { one: '# erro', other: '# erros' }))).toEqual(['0 erro', '1 erro', '2 erros']);
  }); // prettier-ignore
});
