/**
 * Why a file cannot be read, in each language: every kind of failure said, with what to do,
 * and nothing of another language left in it.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/core/catalogue/render.js';
import {
  failureReason,
  fileMissingMessage,
  unreadableMessage,
} from '../../src/core/failure-message.js';
import { LOCALES } from '../../src/core/locales.js';
import type { ReadFailure } from '../../src/core/read-failure.js';
import { GOOGLE_PROBLEMS } from '../../src/core/read-failure.js';

const FAILURES: ReadFailure[] = [
  { kind: 'directory' },
  { kind: 'missing' },
  { kind: 'io', detail: 'EACCES' },
  { kind: 'too-large', size: 22_020_096, limit: 20_971_520 },
  { kind: 'too-large-unpacked', size: 600 * 1024 * 1024, limit: 500 * 1024 * 1024 },
  ...(['empty', 'empty-archive', 'password', 'xls', 'html', 'pdf', 'xml', 'csv', 'email', 'text', 'ods', 'not-xlsx', 'zip64', 'encrypted', 'no-workbook', 'no-sheet'] as const).map((kind) => ({ kind })),
  { kind: 'corrupt', part: 'xl/worksheets/sheet1.xml' },
  { kind: 'corrupt', part: null },
  { kind: 'bomb', part: 'xl/sharedStrings.xml' },
  { kind: 'compression', method: 14 },
  { kind: 'dtd', part: 'xl/workbook.xml' },
  { kind: 'too-many-rows', sheet: 'Actions', limit: 10_000 },
  { kind: 'too-many-columns', sheet: 'Actions', limit: 200 },
  { kind: 'too-many-cells', limit: 2_000_000 },
  { kind: 'text-too-long', sheet: null, limit: 32_767 },
  { kind: 'too-many-strings', limit: 250_000 },
  { kind: 'too-much-text', limit: 16_000_000 },
  { kind: 'too-many-elements', part: 'xl/worksheets/sheet1.xml', limit: 2_000_000 },
  { kind: 'too-deep', part: 'xl/worksheets/sheet1.xml', limit: 64 },
  { kind: 'tag-too-long', part: 'xl/worksheets/sheet1.xml', limit: 131_068 },
  { kind: 'too-many-links', sheet: 'Actions', limit: 250_000 },
  { kind: 'too-many-sheets', count: 200_000, limit: 1_000 },
  { kind: 'too-many-parts', count: 10_001, limit: 10_000 },
  { kind: 'too-many-styles', limit: 65_536 },
  ...GOOGLE_PROBLEMS.map((problem) => ({ kind: 'google' as const, object: 'sheet' as const, id: '1AbC', account: 'ogp@projet.iam.gserviceaccount.com', problem, tries: 3, status: 503, detail: 'Backend Error' })),
]; // prettier-ignore

/** Words only French uses here: none may be left in another language's message. */
const FRENCH =
  /\b(fichier|classeur|feuille|ouvrez|enregistrez|partagez|introuvable|tentatives?)\b/i;

describe('a file that cannot be read', () => {
  it.each(LOCALES)('is said in %s, each kind with its own sentence', (locale) => {
    const unreadable = (f: ReadFailure) => render(locale, unreadableMessage(f));
    const said = FAILURES.map(unreadable);
    for (const text of said) {
      expect(text).not.toMatch(/undefined|\[object/);
      if (locale !== 'fr') expect(text).not.toMatch(FRENCH);
    }
    // Two different failures never read the same (a reason lost in the wording).
    expect(new Set(said).size).toBe(said.length - 1); // 'password' and 'encrypted' say the same
    // The reason alone is the message without its opening words; Google's name their object.
    expect(unreadable({ kind: 'empty' }).endsWith(render(locale, failureReason({ kind: 'empty' })))).toBe(true);
    expect(unreadable({ kind: 'empty' })).not.toBe(render(locale, failureReason({ kind: 'empty' })));
    expect(unreadable(FAILURES.at(-1)!)).toBe(render(locale, failureReason(FAILURES.at(-1)!)));
  }); // prettier-ignore

  it('says which account to share a sheet with in the reader’s language when its address is not known', () => {
    const unnamed: ReadFailure = { kind: 'google', object: 'sheet', id: '1AbC', account: '', problem: 'not-shared', tries: 1, status: 403, detail: '' };
    const said = (tag: Parameters<typeof render>[0]) => render(tag, unreadableMessage(unnamed));
    expect(said('fr')).toBe("La feuille Google 1AbC n'est pas partagée avec le compte de service du comité (son adresse : google.serviceAccount dans committee.yaml, ou client_email dans son fichier de clé) : partagez-la avec cette adresse (lecture seule suffit).");
    expect(said('en')).toBe("The Google Sheet 1AbC is not shared with the committee's service account (its address: google.serviceAccount in committee.yaml, or client_email in its key file): share it with this address (read-only is enough).");
    for (const tag of LOCALES.filter((l) => l !== 'fr')) expect(said(tag)).not.toMatch(/compte de service|du comité/);
  }); // prettier-ignore

  it('says what to do, and the account to share a sheet with', () => {
    const notShared = FAILURES.find((f) => f.kind === 'google' && f.problem === 'not-shared')!;
    const said = (tag: Parameters<typeof render>[0], f: ReadFailure) => render(tag, unreadableMessage(f));
    expect(said('fr', notShared)).toBe("La feuille Google 1AbC n'est pas partagée avec ogp@projet.iam.gserviceaccount.com : partagez-la avec cette adresse (lecture seule suffit).");
    expect(said('es', notShared)).toBe('La hoja de Google 1AbC no está compartida con ogp@projet.iam.gserviceaccount.com: compártala con esa dirección (basta con solo lectura).');
    expect(said('en', { kind: 'too-large', size: 22_020_096, limit: 20_971_520 })).toBe('Unreadable file: file too large (21.0 MB, at most 20.0 MB): remove the images or the rows not needed.');
    // A read over its budget says what was found, the most accepted, and what to do.
    expect(said('fr', { kind: 'too-many-elements', part: 'xl/worksheets/sheet1.xml', limit: 2_000_000 })).toBe('Fichier illisible : classeur trop volumineux une fois décompressé (plus de 2\u202f000\u202f000 éléments XML, 2\u202f000\u202f000 au plus, atteints dans xl/worksheets/sheet1.xml) : supprimez les lignes, les colonnes et les mises en forme inutiles, ou recopiez les données dans le modèle.');
    // Counts as each country writes them: Jordan's Latin digits grouped, Mexico's 20,000.
    expect(said('ar', { kind: 'too-many-styles', limit: 65_536 })).toBe('ملف غير مقروء: يعرّف المصنف أكثر من 65,536 نمطَ خلية (والحد الأقصى 65,536): انسخوا البيانات في النموذج (لصق خاص > القيم).');
    expect(said('ar-JO', { kind: 'too-many-sheets', count: 1_005, limit: 1_000 })).toBe('ملف غير مقروء: يحتوي المصنف على 1,005 أوراق (والحد الأقصى 1,000): احذفوا الأوراق غير الضرورية.');
    expect(said('ar', { kind: 'too-many-sheets', count: 5, limit: 1_000 })).toBe('ملف غير مقروء: يحتوي المصنف على 5 أوراق (والحد الأقصى 1,000): احذفوا الأوراق غير الضرورية.');
    expect(said('es-MX', { kind: 'too-many-cells', limit: 20_000 })).toBe('Archivo ilegible: el libro tiene más de 20,000 celdas llenas: quite las filas y columnas innecesarias.');
    expect(said('pt-BR', { kind: 'too-large', size: 22_020_096, limit: 20_971_520 })).toBe('Arquivo ilegível: arquivo grande demais (21,0 MB, no máximo 20,0 MB): retire as imagens ou as linhas desnecessárias.');
    expect(render('pt', fileMissingMessage('fichas/compromisso-3.xlsx', 'fichas/compromisso-03.xlsx'))).toBe('Arquivo não encontrado: fichas/compromisso-3.xlsx — você quis dizer fichas/compromisso-03.xlsx?');
    expect(render('fr', fileMissingMessage('fiches/e3.xlsx', null))).toBe('Fichier introuvable : fiches/e3.xlsx');
  }); // prettier-ignore
});
