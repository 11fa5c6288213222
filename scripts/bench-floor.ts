/**
 * The floor of the benchmark: every submission read with exceljs's streaming reader and
 * every row written with its streaming writer — no validation, no formatting. Run as
 * `node dist-dev/scripts/bench-floor.js SUBMISSIONS_DIR OUT.xlsx`.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export async function copyAllRows(dir: string, out: string): Promise<number> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useSharedStrings: false,
    useStyles: false,
  });
  const actions = writer.addWorksheet('Actions');
  const milestones = writer.addWorksheet('Jalons');
  let rows = 0;
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.xlsx')).sort()) {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(join(dir, name), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
    });
    for await (const sheet of reader) {
      const title = (sheet as unknown as { name: string }).name;
      const target =
        title === 'Actions de communication' ? actions : title === 'Jalons' ? milestones : null;
      for await (const row of sheet) {
        if (target) {
          target.addRow(row.values as ExcelJS.CellValue[]).commit();
          rows++;
        }
      }
    }
  }
  actions.commit();
  milestones.commit();
  await writer.commit();
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out) throw new Error('usage: bench-floor SUBMISSIONS_DIR OUT.xlsx');
  const rows = await copyAllRows(dir, out);
  process.stdout.write(`${rows}\n`);
}
