/**
 * Why a file cannot be read, in each language: every kind of failure said, with what to do,
 * and nothing of another language left in it.
 */
import { describe, expect, it } from 'vitest';
import { CELL_WORDS } from '../../src/core/catalogue/cell-words.js';
import { LOCALES } from '../../src/core/locales.js';
import type { ReadFailure } from '../../src/core/read-failure.js';
import { GOOGLE_PROBLEMS } from '../../src/core/read-failure.js';

const FAILURES: ReadFailure[] = [
  { kind: 'directory' },
  { kind: 'missing' },
  { kind: 'io', detail: 'EACCES' },
  { kind: 'too-large', size: 22_020_096, limit: 20_971_520 },
  { kind: 'too-large-unpacked', size: 600 * 1024 * 1024, limit: 500 * 1024 * 1024 },
  ...(['empty', 'empty-archive', 'password', 'xls', 'html', 'pdf', 'xml', 'csv', 'ods', 'not-xlsx', 'zip64', 'encrypted', 'no-workbook', 'no-sheet'] as const).map((kind) => ({ kind })),
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
    const w = CELL_WORDS[locale];
    const said = FAILURES.map((f) => w.unreadable(f));
    for (const text of said) {
      expect(text).not.toMatch(/undefined|\[object/);
      if (locale !== 'fr') expect(text).not.toMatch(FRENCH);
    }
    // Two different failures never read the same (a reason lost in the wording).
    expect(new Set(said).size).toBe(said.length - 1); // 'password' and 'encrypted' say the same
    // The reason alone is the message without its opening words; Google's name their object.
    expect(w.unreadable({ kind: 'empty' })).toBe(w.unreadablePrefix + w.unreadableReason({ kind: 'empty' }));
  }); // prettier-ignore

  it('says what to do, and the account to share a sheet with', () => {
    const notShared = FAILURES.find((f) => f.kind === 'google' && f.problem === 'not-shared')!;
    expect(CELL_WORDS.fr.unreadable(notShared)).toBe("La feuille Google 1AbC n'est pas partagée avec ogp@projet.iam.gserviceaccount.com : partagez-la avec cette adresse (lecture seule suffit).");
    expect(CELL_WORDS.es.unreadable(notShared)).toBe('La hoja de Google 1AbC no está compartida con ogp@projet.iam.gserviceaccount.com: compártala con esa dirección (basta con solo lectura).');
    expect(CELL_WORDS.en.unreadable({ kind: 'too-large', size: 22_020_096, limit: 20_971_520 })).toBe('Unreadable file: file too large (21.0 MB, at most 20.0 MB): remove the images or the rows not needed.');
    // A read over its budget says what was found, the most accepted, and what to do.
    expect(CELL_WORDS.fr.unreadable({ kind: 'too-many-elements', part: 'xl/worksheets/sheet1.xml', limit: 2_000_000 })).toBe('Fichier illisible : classeur trop volumineux une fois décompressé (plus de 2\u202f000\u202f000 éléments XML, 2\u202f000\u202f000 au plus, atteints dans xl/worksheets/sheet1.xml) : supprimez les lignes, les colonnes et les mises en forme inutiles, ou recopiez les données dans le modèle.');
    expect(CELL_WORDS.ar.unreadable({ kind: 'too-many-styles', limit: 65_536 })).toBe('ملف غير مقروء: يعرّف المصنف أكثر من 65536 نمطَ خلية (والحد الأقصى 65536): انسخوا البيانات في النموذج (لصق خاص > القيم).');
    expect(CELL_WORDS.ar.unreadable({ kind: 'too-many-sheets', count: 1_005, limit: 1_000 })).toBe('ملف غير مقروء: يحتوي المصنف على 1005 أوراق (والحد الأقصى 1000): احذفوا الأوراق غير الضرورية.');
    expect(CELL_WORDS.pt.fileMissing('fichas/compromisso-3.xlsx', 'fichas/compromisso-03.xlsx')).toBe('Arquivo não encontrado: fichas/compromisso-3.xlsx — você quis dizer fichas/compromisso-03.xlsx?');
  }); // prettier-ignore
});
