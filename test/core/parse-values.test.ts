import { describe, expect, it } from 'vitest';
import { type CellScalar } from '../../src/core/cells.js';
import { issueText } from '../../src/core/issue-message.js';
import {
  extractHashtags,
  parseBoolean,
  parseChoice,
  parseDate,
  parseEmail,
  parseHttpUrl,
  parseList,
  parseNumber,
  parsePercent,
} from '../../src/core/parse-values.js';
import { day } from '../helpers/raw-workbook.js';

const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : 'ERR');

describe('parseDate', () => {
  it.each<[CellScalar, string]>([
    [day('2019-01-09'), '2019-01-09'],
    [new Date('2019-01-09T23:59:59.990Z'), '2019-01-10'], // serial float noise rounds to the minute
    [new Date('2019-01-09T14:30:00Z'), '2019-01-09'], // a time of day stays on its day
    [43474, '2019-01-09'], // Excel 1900 serial
    ['09/01/2019', '2019-01-09'],
    ['9/1/2019', '2019-01-09'],
    ['9-1-2019', '2019-01-09'],
    ['09.01.2019', '2019-01-09'],
    ['9/1/19', '2019-01-09'],
    ['2019-01-09', '2019-01-09'],
    ['2019/01/09', '2019-01-09'],
    ['2019-01-09T10:00:00', '2019-01-09'],
    ['9 janvier 2019', '2019-01-09'],
    ['1er février 2019', '2019-02-01'],
    ['1er fevrier 2019', '2019-02-01'],
    ['15 août 2019', '2019-08-15'],
    ['3 déc. 2019', '2019-12-03'],
    ['9 January 2019', '2019-01-09'],
    ['mercredi 09/01/2019', '2019-01-09'],
    ['le mercredi 09/01/2019', '2019-01-09'],
    ['٠٩/٠١/٢٠١٩', '2019-01-09'], // Arabic-Indic digits
    ['29/02/2020', '2020-02-29'],
    ['  09/01/2019  ', '2019-01-09'],
    ['09/01/2019 10h30', '2019-01-09'],
  ])('reads %j as %s', (input, expected) => {
    expect(value(parseDate(input, { date1904: false }))).toBe(expected);
  });

  it('reads serials in the 1904 date system', () => {
    expect(value(parseDate(42012, { date1904: true }))).toBe('2019-01-09');
    expect(value(parseDate(42012, { date1904: false }))).toBe('2015-01-08');
  });

  it.each<[CellScalar, RegExp]>([
    ['31/02/2019', /n'existe pas au calendrier/],
    ['29/02/2019', /n'existe pas au calendrier/],
    ['32/01/2019', /n'existe pas/],
    ['janvier 2019', /n'indique pas le jour/],
    ['09/01', /n'indique pas l'année/],
    ['9 brumaire 2019', /mois inconnu/],
    ['bientôt', /n'est pas une date lisible/],
    ['', /n'est pas une date/],
    [2019, /date plausible/], // a year alone is not a date
    [true, /n'est pas une date/],
    [new Date(Number.NaN), /date invalide/],
  ])('refuses %j', (input, reason) => {
    const parsed = parseDate(input, { date1904: false });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(issueText('fr', parsed.reason)).toMatch(reason);
  });
});

describe('parseNumber', () => {
  it.each<[CellScalar, number]>([
    [1234.5, 1234.5],
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5], // no-break space
    ['1\u202f234,5', 1234.5], // narrow no-break space (French typography)
    ['1 234 567', 1234567],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['15 000 MAD', 15000],
    ['8 000,00 DH', 8000],
    ['١٢٣٤٫٥', 1234.5], // Arabic-Indic digits and decimal separator
    ['۱۲۳', 123], // Extended Arabic-Indic (Persian) digits
    ['-5', -5],
    ['+7', 7],
    ['0', 0],
  ])('reads %j as %d', (input, expected) => {
    expect(value(parseNumber(input))).toBe(expected);
  });

  it.each<CellScalar>([
    'vingt',
    '15 000 DH environ',
    '1,2,3',
    '1.2.3,4,5',
    '',
    'N/A',
    true,
    day('2019-01-01'),
    Infinity,
  ])('refuses %j', (input) => {
    expect(parseNumber(input).ok).toBe(false);
  });
});

describe('parseNumber, one mark before three digits', () => {
  it('reads it as the reader groups thousands, else as a decimal', () => {
    // Mexico groups with a comma, Brazil with a dot: their 15,000 and 20.000 are thousands.
    expect(value(parseNumber('15,000', ','))).toBe(15000);
    expect(value(parseNumber('20.000', '.'))).toBe(20000);
    // A French reader groups with a space: their 15,000 is fifteen.
    expect(value(parseNumber('15,000'))).toBe(15);
    // Not a group of three, or the other mark: a decimal, whoever reads.
    expect(value(parseNumber('12,5', ','))).toBe(12.5);
    expect(value(parseNumber('15.000', ','))).toBe(15);
    expect(value(parseNumber('1234,000', ','))).toBe(1234);
  });
});

describe('parsePercent', () => {
  it.each<[CellScalar, string | undefined, number]>([
    [45, undefined, 45],
    ['45', undefined, 45],
    ['45 %', undefined, 45],
    ['45%', undefined, 45],
    ['45,5 %', undefined, 45.5],
    ['٤٥٪', undefined, 45], // Arabic percent sign
    [0.45, '0%', 45],
    [0.455, '0.0%', 45.5],
    [1, '0%', 100],
    [0, undefined, 0],
  ])('reads %j (format %s) as %d', (input, numFmt, expected) => {
    expect(value(parsePercent(input, numFmt))).toBe(expected);
  });

  it.each<CellScalar>(['beaucoup', '45 pour cent', true])('refuses %j', (input) => {
    const parsed = parsePercent(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(issueText('fr', parsed.reason)).toMatch(/pourcentage/);
  });
});

describe('parseChoice', () => {
  const statuses = ['Prévue', 'En cours', 'Réalisée', 'Reportée', 'Annulée'] as const;
  it.each([
    ['Réalisée', 'Réalisée'],
    ['réalisée', 'Réalisée'],
    ['REALISEE', 'Réalisée'],
    ['  en   cours ', 'En cours'],
    ['en-cours', 'En cours'],
  ])('matches %j to %s', (input, expected) => {
    expect(value(parseChoice(input, statuses))).toBe(expected);
  });

  it.each([
    ['Realisé', 'Réalisée'],
    ['Reporte', 'Reportée'],
    ['Annul', 'Annulée'],
    ['Prevu', 'Prévue'],
  ])('refuses %j and suggests %s', (input, suggestion) => {
    const parsed = parseChoice(input, statuses);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.suggestion).toBe(suggestion);
      expect(issueText('fr', parsed.reason)).toContain(`Vouliez-vous dire « ${suggestion} » ?`);
      expect(issueText('fr', parsed.reason)).toContain(
        'Prévue, En cours, Réalisée, Reportée, Annulée',
      );
    }
  });

  it('suggests nothing for a value far from every option', () => {
    const parsed = parseChoice('Terminé depuis longtemps', statuses);
    expect(parsed.ok === false && parsed.suggestion).toBeFalsy();
  });
});

describe('parseBoolean', () => {
  it.each<[CellScalar, boolean]>([
    ['Oui', true], ['oui', true], ['O', true], ['Yes', true], ['y', true], ['نعم', true], [true, true], [1, true],
    ['Non', false], ['NON', false], ['N', false], ['No', false], ['لا', false], [false, false], [0, false],
  ])('reads %j as %s', (input, expected) => {
    expect(value(parseBoolean(input))).toBe(expected);
  }); // prettier-ignore

  it.each<CellScalar>(['Peut-être', 2, 'ouais'])('refuses %j', (input) => {
    expect(parseBoolean(input).ok).toBe(false);
  });
});

describe('parseHttpUrl', () => {
  it.each([
    'https://www.example.org/a',
    'http://example.ma',
    'https://data.gov.ma/fr/dataset?x=1#y',
  ])('accepts %s', (input) => expect(value(parseHttpUrl(input))).toBe(input));

  it('refuses a bare domain and suggests the https form', () => {
    const parsed = parseHttpUrl('www.example.org/page');
    expect(parsed).toMatchObject({ ok: false, suggestion: 'https://www.example.org/page' });
  });

  it.each([
    'javascript:alert(1)',
    'ftp://example.org/x',
    'file:///etc/passwd',
    'https://exa mple.org',
    'https://example.org/\nSet-Cookie: x',
    'voir le rapport',
    'https://localhost',
  ])('refuses %j', (input) => {
    expect(parseHttpUrl(input).ok).toBe(false);
  });
});

describe('parseEmail', () => {
  it.each(['leila.tazi@example.org', ' a.b@mmsp.gov.ma '])('accepts %j', (input) => {
    expect(value(parseEmail(input))).toBe(input.trim());
  });
  it.each([
    's.alaoui.example.org',
    'leila@',
    '@example.org',
    'a b@example.org',
    'a@example',
    'Leila <leila@example.org>',
    'a@example.org\r\nBcc: x@y.z',
    'a@b@example.org',
    'a@example..org',
  ])('refuses %j', (input) => {
    expect(parseEmail(input).ok).toBe(false);
  });
});

describe('lists and hashtags', () => {
  it('splits lists on commas, semicolons, Arabic commas and lines', () => {
    expect(parseList('Jeunes, Femmes;Élus\nSociété civile، Médias ,, ')).toEqual([
      'Jeunes',
      'Femmes',
      'Élus',
      'Société civile',
      'Médias',
    ]);
  });
  it('extracts hashtags, accented and Arabic ones included', () => {
    expect(
      extractHashtags('#OGPMaroc, #GouvernementOuvert et #Société_civile #الحكومة_المنفتحة'),
    ).toEqual(['#OGPMaroc', '#GouvernementOuvert', '#Société_civile', '#الحكومة_المنفتحة']);
  });
});
