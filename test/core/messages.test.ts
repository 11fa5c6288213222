/**
 * The ICU catalogues (src/core/catalogue/messages/): every message parses, every language
 * has every key of the source (French) with the same arguments, regional variants only
 * override, each key is read somewhere. (catalogue-generated.test.ts checks the generated types.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { catalogueFiles, readPart, SOURCE_LANGUAGE } from '../../scripts/catalogue-types.js';
import { argumentsOf } from '../../src/core/catalogue/message-arguments.js';
import { LOCALES } from '../../src/core/locales.js';
import { formatDay, translate } from '../../src/core/catalogue/render.js';
import { formattingLocale, localeTag } from '../../src/core/locale-tag.js';

const files = catalogueFiles();
const sourceParts = files.get(SOURCE_LANGUAGE) ?? [];
const parse1 = (text: string) => parse(text, { ignoreTag: true });
const signature = (text: string) =>
  [...argumentsOf(parse1(text)).entries()]
    .map(([name, a]) => `${name}:${a.kind}`)
    .sort()
    .join(',');

describe('the ICU catalogues', () => {
  it('hold the five languages, with the same parts', () => {
    for (const locale of LOCALES) expect(files.get(locale), locale).toEqual(sourceParts);
  });

  it.each([...files.keys()])('%s: every message parses, with the source’s keys and arguments', (tag) => {
    const regional = tag.includes('-');
    for (const part of files.get(tag) ?? []) {
      const source = readPart(SOURCE_LANGUAGE, part);
      const own = readPart(tag, part);
      if (!regional) expect(Object.keys(own).sort(), `${tag}/${part}`).toEqual(Object.keys(source).sort());
      for (const [key, text] of Object.entries(own)) {
        expect(source[key], `${tag}/${part}.${key} is not in the source`).toBeDefined();
        expect(() => parse1(text), `${tag}/${part}.${key}`).not.toThrow();
        // Same arguments, same kinds: a translation cannot drop or rename a value.
        expect(signature(text), `${tag}/${part}.${key}`).toEqual(signature(source[key] ?? ''));
        // No ICU quoting: an ASCII apostrophe before { } or # would swallow the text after it.
        expect(text, `${tag}/${part}.${key}: an ASCII apostrophe before { } # or | starts ICU quoting; write ’ or ''`).not.toMatch(/'[{}#|]/);
        expect(text, `${tag}/${part}.${key}: « (s) » is not a plural`).not.toMatch(/\((s|es|x)\)/);
      }
    }
  }); // prettier-ignore

  it('read every key somewhere in the product', () => {
    const sources = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'src', 'functions', 'scripts'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.ts') && !f.endsWith('catalogue/generated.ts'))
      .map((f) => { try { return readFileSync(f, 'utf8'); } catch { return ''; } })
      .join('\n');
    const unread: string[] = [];
    for (const part of sourceParts) {
      for (const key of Object.keys(readPart(SOURCE_LANGUAGE, part))) {
        if (!sources.includes(`'${part}.${key}'`)) unread.push(`${part}.${key}`);
      }
    }
    expect(unread).toEqual([]);
  }); // prettier-ignore
});

describe('rendering', () => {
  it('writes numbers and dates as each country does', () => {
    expect(formattingLocale(localeTag('es', 'MX'))).toBe('es-MX');
    expect(formattingLocale(localeTag('en', 'MA'))).toBe('en-001');
    expect(formattingLocale(localeTag('ar', 'JO'))).toBe('ar-JO-u-nu-latn');
    expect(formattingLocale(localeTag('ar', 'JO', 'arab'))).toBe('ar-JO-u-nu-arab');
    expect(formatDay('en-US', '2025-05-06')).toBe('05/06/2025');
    expect(formatDay('en-MA', '2025-05-06')).toBe('06/05/2025');
    expect(formatDay('fr', '2025-05-06')).toBe('06/05/2025');
  });

  it('isolates a value written the other way', () => {
    const arabic = 'بطاقة أنشطة التواصل';
    expect(translate('en', 'dashboard.mailSource', { sender: arabic })).toBe(`email from \u2068${arabic}\u2069`);
    expect(translate('en', 'dashboard.mailSource', { sender: 'a@b.org' })).toBe('email from a@b.org');
    expect(translate('ar', 'dashboard.mailSource', { sender: 'a@b.org' })).toBe('بريد إلكتروني من \u2068a@b.org\u2069');
    expect(translate('fr', 'dashboard.receivedLate', { date: '2025-05-07', due: '2025-05-06' })).toBe(
      "Reçue le 07/05/2025, après l'échéance du 06/05/2025.",
    );
  }); // prettier-ignore
});

describe('regional variants', () => {
  it('give Jordan its own name of the partnership, over the neutral Arabic', () => {
    expect(translate('ar-JO', 'template.defaultLogoName')).toBe('شعار شراكة الحكومات الشفافة');
    expect(translate('ar', 'template.defaultLogoName')).toBe('شعار الحكومة المنفتحة');
    // A message the variant does not override comes from the language.
    expect(translate('ar-JO', 'dashboard.noSheet')).toBe(translate('ar', 'dashboard.noSheet'));
  });
});
