/**
 * A committee's master and status page stored under their name in its language, and printed
 * so: Morocco's (French) as always, a Spanish committee's in Spanish, and a folder written in
 * French before (by an earlier version, or before the committee changed language) renamed
 * on the next run, its previous master kept in history and its runs in the journal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { exampleCopy } from '../helpers/example-copy.js';
import { cli } from '../helpers/run-cli.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-file-names-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const consolidateAt = (dir: string, now: string) =>
  cli('consolidate', '--config', join(dir, 'committee.yaml'), '--now', now);

describe('the secretariat’s files in the committee’s language', () => {
  it('keeps Morocco’s French names, then renames them when the committee writes Spanish', async () => {
    const copy = await exampleCopy(join(root, 'maroc'));
    const out = join(copy.dir, 'out');
    const french = await consolidateAt(copy.dir, '2019-01-07T09:00');
    expect(french.code).toBe(1); // done, with the example's sheets to correct
    expect(french.stdout).toContain(`Classeur de suivi consolidé : ${join(out, 'suivi-consolide.xlsx')}`);
    expect(french.stdout).toContain(`Page de suivi : ${join(out, 'suivi.html')} (`);
    expect((await readdir(out)).filter((n) => /\.(xlsx|html)$/.test(n)).sort()).toEqual(['suivi-consolide.xlsx', 'suivi.html']);
    const frenchMaster = await readFile(join(out, 'suivi-consolide.xlsx'));

    // The same committee, now in Spanish: its files take their Spanish names, nothing is left behind.
    const config = join(copy.dir, 'committee.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('locale: fr', 'locale: es'));
    const spanish = await consolidateAt(copy.dir, '2019-01-08T09:00');
    expect(spanish.code).toBe(1);
    expect(spanish.stdout).toContain(`Libro de seguimiento consolidado: ${join(out, 'seguimiento-consolidado.xlsx')}`);
    expect(spanish.stdout).toContain(`Página de seguimiento: ${join(out, 'seguimiento.html')} (`);
    expect(spanish.stdout).not.toMatch(/suivi/);
    expect((await readdir(out)).filter((n) => /\.(xlsx|html)$/.test(n)).sort()).toEqual(['seguimiento-consolidado.xlsx', 'seguimiento.html']);
    expect(await readFile(join(out, 'seguimiento.html'), 'utf8')).toMatch(/<html lang="es"/);
    // The French run's master is the previous one, kept in history as it was.
    const history = await readdir(join(out, 'history'));
    expect(history).toHaveLength(1);
    expect((await readFile(join(out, 'history', history[0]!))).equals(frenchMaster)).toBe(true);
    // The Spanish master carries both runs in its journal and the same commitments.
    const master = new ExcelJS.Workbook();
    await master.xlsx.readFile(join(out, 'seguimiento-consolidado.xlsx'));
    expect(master.getWorksheet('Registro')!.rowCount).toBe(3); // header and two runs
    expect(master.getWorksheet('Tablero')!.getCell('B4').text).not.toBe('');
  }, 60_000); // prettier-ignore
});
