/**
 * A sheet too large to inflate at once is read as it inflates (1 MiB pieces): rows cut
 * between two pieces, hyperlinks after the cells, and the limits hold as with a small one.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_LIMITS, ReadBudget } from '../../../src/adapters/xlsx/limits.js';
import { parseXlsx } from '../../../src/adapters/xlsx/workbook.js';
import { workbookParts, zipArchive } from '../../../scripts/make-bad-fixtures.js';

const ROWS = 9_000;
const text = (r: number, c: number) => `Ligne ${r} colonne ${c} : ${'é'.repeat(40)} & <fin>`;

function bigWorkbook(): Buffer {
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    const cells = Array.from({ length: 10 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${text(r, i + 1).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</t></is></c>`);
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows.join('')}</sheetData><hyperlinks><hyperlink ref="J8999" r:id="rIdL1"/></hyperlinks></worksheet>`;
  expect(sheet.length).toBeGreaterThan(8 * 1024 * 1024); // above the 4 MiB of a whole inflate
  return zipArchive([
    ...workbookParts('Actions de communication', sheet),
    {
      name: 'xl/worksheets/_rels/sheet1.xml.rels',
      content: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdL1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.example.org/preuve" TargetMode="External"/></Relationships>',
    },
  ]);
} // prettier-ignore

describe('a sheet read as it inflates', () => {
  const bytes = bigWorkbook();

  it('gives every row and cell, and the hyperlinks found after them', async () => {
    const book = await parseXlsx(bytes);
    const rows = book.sheets[0]!.rows;
    expect(rows).toHaveLength(ROWS);
    for (const r of [1, 1000, 4567, ROWS]) {
      expect(rows[r - 1]!.map((c) => c?.value)).toEqual(Array.from({ length: 10 }, (_, i) => text(r, i + 1)));
    }
    expect(rows[8998]![9]).toMatchObject({ value: text(8999, 10), hyperlink: 'https://www.example.org/preuve' });
    expect(rows.flat().filter((c) => c?.hyperlink)).toHaveLength(1);
  });

  it('holds the row, column and cell limits as a small sheet does', async () => {
    await expect(parseXlsx(bytes, { ...DEFAULT_PARSE_LIMITS, maxRows: 5_000 })).rejects.toThrow(/dépasse 5\s000 lignes/);
    await expect(parseXlsx(bytes, { ...DEFAULT_PARSE_LIMITS, maxColumns: 8 })).rejects.toThrow(/dépasse 8 colonnes/);
    // The text allowed follows the cells (64 characters each): kept at its default here.
    await expect(parseXlsx(bytes, { ...DEFAULT_PARSE_LIMITS, maxCells: 50_000, maxTextChars: 16_000_000 })).rejects.toThrow(/plus de 50\s000 cellules/);
  });
}); // prettier-ignore

describe('the read budget', () => {
  it('follows the file limits: a real submission is 10,000 rows × 20 columns', () => {
    const budget = new ReadBudget(DEFAULT_PARSE_LIMITS);
    expect({ ...budget, limits: undefined }).toEqual({
      limits: undefined,
      maxSharedStrings: 250_000,
      maxTextChars: 16_000_000,
      maxElements: 2_000_000,
      maxLinks: 250_000,
      maxTagChars: 131_068,
      maxDepth: 64,
      maxSheets: 1_000,
      maxParts: 10_000,
      maxStyles: 65_536,
      elementsLeft: 2_000_000,
      cells: 0,
      inflated: 0,
      text: 0,
    });
    // Lifted with the file limits (the real-world corpus reads with them lifted).
    expect(new ReadBudget({ ...DEFAULT_PARSE_LIMITS, maxCells: 1_000_000 }).maxSharedStrings).toBe(1_000_000);
  });

  it('holds what a cell gathers from several formulas to the limit of a cell', async () => {
    const formulas = '<f>1+1+1+1+1+1+1+1+1</f>'.repeat(30_000);
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1">${formulas}<v>9</v></c></row></sheetData></worksheet>`;
    await expect(parseXlsx(zipArchive(workbookParts('Feuille', sheet)))).rejects.toThrow(/une cellule de « Feuille » dépasse 32\s767 caractères/);
  });
}); // prettier-ignore
