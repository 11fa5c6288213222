/**
 * One catalogue per language: every key in every language, and no key that nothing reads
 * (a text left behind when the code stopped saying it).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/core/catalogue/index.js';
import { INTAKE_WORDS } from '../../src/core/catalogue/intake-words.js';
import type { Catalogue } from '../../src/core/catalogue/shape.js';
import { LOCALES, type Locale } from '../../src/core/config-schema.js';
import { plural } from '../../src/core/text.js';

/** Where each part of a catalogue is read, and the name it is read through there. */
const READERS: Record<keyof Catalogue, { file: string; via: string; also?: string }> = {
  // The invitation's calendar file is written beside the email.
  email: { file: 'src/core/email-templates.ts', via: 's', also: 'src/jobs/send-calendar.ts' },
  report: { file: 'src/core/email-templates.ts', via: 'r' },
  page: {
    file: 'src/adapters/documents/status-page.ts',
    via: 'w',
    also: 'src/core/value-labels.ts',
  },
  master: { file: 'src/adapters/documents/master-workbook.ts', via: 'm' },
  openData: { file: 'src/core/open-data.ts', via: 'w' },
};

/** Keys read by a computed name (a milestone's state: `w[stateOf(m)]`). */
const READ_BY_NAME = new Set(['page.done', 'page.overdue', 'page.toCome']);

const keysOf = (part: object) => Object.keys(part).sort();

/** Where each smaller catalogue is read: its files, the names it is read through, its nested parts. */
const SUB_CATALOGUES: {
  what: string;
  words: Record<Locale, object>;
  parts: readonly string[];
  files: () => string[];
  via: string;
  /** Also read by its key in quotes (`say('key')`). */
  byKey?: boolean;
}[] = [
  { what: 'the intake’s notes', words: INTAKE_WORDS, parts: ['refusals'], files: () => ['src/core/inbound-mail.ts', 'src/core/sender-authentication.ts', 'src/jobs/intake.ts', 'src/jobs/intake-examine.ts', 'src/core/automatic-mail.ts', 'src/jobs/intake-answers.ts', 'src/jobs/mailboxes.ts'], via: 'w|\\]' },
]; // prettier-ignore

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

  it.each(SUB_CATALOGUES.map((c) => [c.what, c] as const))('give %s every word in every language, each read somewhere', async (_, c) => {
    for (const locale of LOCALES) {
      expect(keysOf(c.words[locale]), locale).toEqual(keysOf(c.words.fr));
      const partOf = (l: Locale, part: string) => (c.words[l] as Record<string, object>)[part] as object;
      for (const part of c.parts) expect(keysOf(partOf(locale, part)), `${locale}.${part}`).toEqual(keysOf(partOf('fr', part)));
    }
    const text = (await Promise.all(c.files().map((f) => readFile(f, 'utf8')))).join('\n');
    const read = (key: string) => new RegExp(`\\b(${c.via})\\.${key}\\b`).test(text) || (c.byKey === true && text.includes(`'${key}'`));
    expect(keysOf(c.words.fr).filter((key) => !read(key))).toEqual([]);
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
