/**
 * An .xlsx written with exceljs as a careless (or hostile) focal point sends it: the valid
 * test submission plus thousands of action rows, every cell of them unreadable.
 */
import ExcelJS from 'exceljs';
import { validWorkbook } from './raw-workbook.js';

/** One action row whose every cell breaks its column's rule (about ten issues a row). */
function badActionRow(n: number): (string | number)[] {
  return [
    `X${n}`, 'Type inconnu', `Action ${n}`, 'Public inconnu', 'Canal', 'pas une date',
    'jamais', 'Peut-être', 'beaucoup', 'Financement inconnu', 'Indicateur inconnu', 'cent',
    'mille', 'sans hashtag', 'Peut-être', 'pas un lien', 'commentaire',
  ]; // prettier-ignore
}

/** The bytes of the valid test workbook with `badRows` invalid action rows added. */
export async function floodedWorkbookBytes(badRows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const raw of validWorkbook().sheets) {
    const ws = book.addWorksheet(raw.name);
    for (const cells of raw.rows) ws.addRow(cells.map((c) => c?.value ?? null));
    if (raw.name === 'Actions de communication') {
      for (let n = 1; n <= badRows; n++) ws.addRow(badActionRow(n));
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
