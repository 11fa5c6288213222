/**
 * `roster export` and `roster import` on a copy of Morocco's example kept all in YAML: the workbook written
 * beside committee.yaml under its French name, never over a file without --force, read back
 * into a complete committee.yaml, and a wrong email said at its sheet and cell (exit 2).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { runCli } from '../src/cli.js';
import { exampleCopy } from './helpers/example-copy.js';

let root: string;
let dir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-cli-roster-'));
  // The example as a committee that keeps everything in committee.yaml.
  dir = join(root, 'maroc');
  await exampleCopy(dir);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

describe('ogp-tracker roster', () => {
  it('exports the workbook beside committee.yaml, and not twice without --force', async () => {
    const config = join(dir, 'committee.yaml');
    const first = await cli('roster', 'export', '--config', config);
    expect(first.code).toBe(0);
    expect(first.out).toContain('comite.xlsx');
    const again = await cli('roster', 'export', '--config', config);
    expect(again.code).toBe(2);
    expect(again.err).toContain('existe déjà');
    expect((await cli('roster', 'export', '--config', config, '--force')).code).toBe(0);
  });

  it('imports it back into a complete committee.yaml, the same configuration', async () => {
    const config = join(dir, 'committee.yaml');
    const out = join(dir, 'imported.yaml');
    const result = await cli('roster', 'import', '--config', config, '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const written = parse(await readFile(out, 'utf8')) as Record<string, unknown>;
    expect(written.roster).toBeUndefined();
    expect(written.storage).toEqual({ kind: 'local', dir: './out', keepHistory: 10 });
    const before = await loadConfigFile(config);
    const after = await loadConfigFile(out);
    const comparable = (c: object) => Object.entries(c).filter(([key]) => key !== 'calendar');
    expect(comparable(after.config)).toEqual(comparable(before.config));
    // The technical settings' comments are kept.
    expect(await readFile(out, 'utf8')).toContain('# Les réponses des points focaux');
    expect((await cli('roster', 'import', '--config', config, '--out', out)).code).toBe(2);
  });

  it('keeps the first lines of a committee.yaml init wrote: the schema line for editors, what the file is', async () => {
    const fresh = join(root, 'init');
    expect((await cli('init', fresh)).code).toBe(0);
    const config = join(fresh, 'committee.yaml');
    const before = (await readFile(config, 'utf8')).split('\n');
    expect(before[0]).toMatch(/^# yaml-language-server: \$schema=file:\/\//);
    const out = join(fresh, 'imported.yaml');
    expect((await cli('roster', 'import', '--config', config, '--out', out)).code).toBe(0);
    const after = (await readFile(out, 'utf8')).split('\n');
    // The file's own header, up to its first blank line, as it was.
    expect(after.slice(0, before.indexOf('') + 1)).toEqual(before.slice(0, before.indexOf('') + 1));
    // What said the people were in the workbook goes with roster:.
    expect(after.join('\n')).not.toContain('roster');
    expect((await loadConfigFile(out)).config.commitments).toHaveLength(18);
  }); // prettier-ignore

  it('says a wrong email at its sheet and cell and writes nothing', async () => {
    const config = join(dir, 'committee.yaml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'comite.xlsx'));
    workbook.getWorksheet('Personnes')!.getCell('D2').value = 'nadia.idrissi example.org';
    const broken = join(dir, 'broken.xlsx');
    await workbook.xlsx.writeFile(broken);
    const out = join(dir, 'never.yaml');
    const result = await cli('roster', 'import', '--config', config, '--workbook', broken, '--out', out); // prettier-ignore
    expect(result.code).toBe(2);
    expect(result.err).toContain('1 problème dans');
    expect(result.err).toContain(
      "Feuille « Personnes », cellule D2 : « nadia.idrissi example.org » n'est pas une adresse email",
    );
    await expect(readFile(out)).rejects.toThrow();
  });

  it('refuses another action', async () => {
    const result = await cli('roster', 'push', '--config', join(dir, 'committee.yaml'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('« push »');
  });
});
