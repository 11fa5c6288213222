/**
 * The memory bombs of the corpus (test/fixtures/bad/, written by scripts/make-bad-fixtures.ts)
 * and what each is refused for, shared by the test of each file and the test that reads them
 * all under the deployed function's flags; and an archive too large to keep as a fixture.
 */
import type { ReadFailure } from '../../../src/core/read-failure.js';
import { zipArchive, type ZipInput } from '../../../scripts/make-bad-fixtures.js';

/**
 * Memory bombs: small files whose XML would cost a function far more memory or time than any
 * submission, each refused by the read budget (src/adapters/xlsx/limits.ts) with its reason.
 */
export const BOMBS: [file: string, kind: ReadFailure['kind'], reason: RegExp][] = [
  [
    'shared-strings-bomb.xlsx',
    'too-many-strings',
    /le classeur contient plus de 250\s000 textes différents \(250\s000 au plus\)/,
  ],
  [
    'too-much-text.xlsx',
    'too-much-text',
    /le classeur contient plus de 16\s000\s000 caractères de texte/,
  ],
  [
    'nesting-bomb.xlsx',
    'too-deep',
    /structure anormale dans xl\/worksheets\/sheet1\.xml \(plus de 64 niveaux d'éléments imbriqués/,
  ],
  [
    'empty-cells-bomb.xlsx',
    'too-many-elements',
    /classeur trop volumineux une fois décompressé \(plus de 2\s000\s000 éléments XML, 2\s000\s000 au plus, atteints dans xl\/worksheets\/sheet1\.xml\)/,
  ],
  [
    'empty-rows-bomb.xlsx',
    'too-many-rows',
    /la feuille « Actions de communication » dépasse 10\s000 lignes/,
  ],
  [
    'attribute-bomb.xlsx',
    'tag-too-long',
    /balise anormale dans xl\/worksheets\/sheet1\.xml \(plus de 131\s068 caractères/,
  ],
  [
    'giant-text.xlsx',
    'text-too-long',
    /une cellule de « Actions de communication » dépasse 32\s767 caractères/,
  ],
  ['giant-comment.xlsx', 'tag-too-long', /balise anormale dans xl\/worksheets\/sheet1\.xml/],
  [
    'hyperlink-bomb.xlsx',
    'too-many-links',
    /la feuille « Actions de communication » a plus de 250\s000 liens hypertexte/,
  ],
  ['many-sheets.xlsx', 'too-many-sheets', /le classeur a 200\s000 feuilles \(1\s000 au plus\)/],
  [
    'same-part-again.xlsx',
    'too-large-unpacked',
    /le contenu décompressé dépasserait 2\s?000,\d Mo \(100,0 Mo au plus\)/,
  ],
  ['styles-bomb.xlsx', 'too-many-styles', /le classeur définit plus de 65\s536 styles de cellule/],
];

/**
 * An archive of `count` empty parts (a workbook's but for that): 78 bytes a part, too many
 * to keep as a file of the corpus, made when needed.
 */
export function manyParts(count: number): Buffer {
  const inputs: ZipInput[] = Array.from({ length: count }, (_, i) => ({
    name: `x/${i}`,
    content: '',
  }));
  return zipArchive(inputs);
}
