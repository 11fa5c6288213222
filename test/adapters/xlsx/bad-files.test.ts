/**
 * The corpus of hostile and broken files (test/fixtures/bad/, written by
 * scripts/make-bad-fixtures.ts): each gives a clear issue, and a run that meets them all
 * still consolidates every other submission as usual.
 */
import { render } from '../../../src/core/catalogue/render.js';
import { unreadableMessage } from '../../../src/core/failure-message.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { packageRoot } from '../../../src/adapters/local/package-files.js';
import { readXlsxBytes, readXlsxFile } from '../../../src/adapters/xlsx/reader.js';
import { BOMBS, manyParts } from './bomb-files.js';
import { consolidate } from '../../../src/jobs/consolidate.js';
import { runCalendar } from '../../../src/jobs/send-calendar.js';
import { validateFiles } from '../../../src/jobs/validate-files.js';
import { recordFigures } from '../../../scripts/chaos-figures.js';
import { exampleCopy } from '../../helpers/example-copy.js';

const BAD = join(packageRoot(), 'test', 'fixtures', 'bad');
const NOW = new Date('2019-01-07T09:00:00Z');
const ACTIONS = 'Actions de communication';

/** Files that are not readable workbooks, and what the focal point is told. */
const UNREADABLE: [file: string, reason: RegExp][] = [
  ['random-bytes.xlsx', /ce n'est pas un classeur \.xlsx \(contenu non reconnu\)/],
  ['truncated.xlsx', /corrompu ou incomplet/],
  ['csv-renamed.xlsx', /fichier texte \(CSV\)/],
  ['legacy-excel-97.xlsx', /ancien classeur Excel 97-2003 \(\.xls\)/],
  ['encrypted.xlsx', /protégé par un mot de passe/],
  ['zip-bomb.xlsx', /le contenu décompressé dépasserait 150,0 Mo \(100,0 Mo au plus\)/],
  ['zip-bomb-lying.xlsx', /se décompresse au-delà de la taille annoncée \(archive piégée\)/],
  ['xml-entity-expansion.xlsx', /déclare une DTD : contenu refusé/],
  ['million-rows.xlsx', /dépasse 10\s000 lignes/],
  ['too-many-columns.xlsx', /dépasse 100 colonnes/],
  ['too-many-cells.xlsx', /le classeur a plus de 250\s000 cellules remplies/],
  ['cell-over-32767.xlsx', /un texte dépasse 32\s767 caractères/],
  ...BOMBS.map(([file, , reason]) => [file, reason] as [string, RegExp]),
];

/** Readable submissions with hostile content: commitment number and the issues expected. */
const HOSTILE: [file: string, id: number, issues: [string, string, string][]][] = [
  ['formulas-everywhere.xlsx', 101, [[ACTIONS, 'L3', 'formula-without-value']]],
  [
    'html-script.xlsx',
    102,
    [
      [ACTIONS, 'Q2', 'dangerous-content'],
      [ACTIONS, 'F3', 'invalid-date'],
    ],
  ],
  ['crlf-names-emails.xlsx', 103, [['Engagement', 'B5', 'invalid-email']]],
  ['rtl-override.xlsx', 104, [[ACTIONS, 'C2', 'dangerous-content']]],
  ['emoji.xlsx', 105, []],
  ['long-cells.xlsx', 106, [[ACTIONS, 'C3', 'out-of-range']]],
];

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-bad-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The example's configuration with one more commitment per corpus file. */
function withCorpus(text: string): string {
  const entries = [
    ...HOSTILE.map(([file, id]) => [id, file] as const),
    ...UNREADABLE.map(([file], i) => [201 + i, file] as const),
  ].map(([id, file]) =>
    [
      `  - id: ${id}`,
      `    title: "Engagement ${id}"`,
      `    institution: "Institution ${id}"`,
      `    focalPoint: { name: "Point focal ${id}", email: pf${id}@example.org }`,
      `    source: { kind: xlsx, path: ${JSON.stringify(join(BAD, file))} }`,
    ].join('\n'),
  );
  return text.replace(/^commitments:\n/m, `commitments:\n${entries.join('\n')}\n`);
}

describe('the corpus of hostile and broken files', () => {
  it('holds every file the tests name, and nothing untested', async () => {
    const names = (await readdir(BAD)).filter((n) => n.endsWith('.xlsx')).sort();
    expect(names).toEqual([...UNREADABLE.map(([f]) => f), ...HOSTILE.map(([f]) => f)].sort());
  });

  it.each(UNREADABLE)('%s: file-unreadable, with the reason', async (file, reason) => {
    const started = performance.now();
    const reading = await readXlsxFile(join(BAD, file));
    const ms = performance.now() - started;
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(render('fr', unreadableMessage(reading.failure))).toMatch(reason);
    recordFigures({ scenario: `refused ${file}`, badInputs: 1, slowestRefusalMs: Math.round(ms) });
  }, 30_000);

  it.each(HOSTILE)('%s: read, with the issues its content calls for', async (file, id, expected) => {
    const loaded = await exampleCopy(join(root, `validate-${id}`), withCorpus);
    const [result] = await validateFiles([join(BAD, file)], loaded.config, NOW);
    expect(result?.commitment).toBe(id);
    expect(result?.issues.map((i) => [i.sheet, i.cell, i.code])).toEqual(expected);
    recordFigures({ scenario: `read ${file}`, badInputs: 1 });
  });

  it('turns down an archive of 10,001 parts from its directory, before reading any', async () => {
    const reading = await readXlsxBytes(manyParts(10_001));
    expect(reading.ok ? null : render('fr', unreadableMessage(reading.failure))).toMatch(/l'archive contient 10\s001 éléments internes \(10\s000 au plus\)/);
  });

  it('turns down a file over 20 MB without reading it', async () => {
    const big = join(root, 'big.xlsx');
    await writeFile(big, '');
    await truncate(big, 21 * 1024 * 1024); // sparse: nothing is written, only the size
    const reading = await readXlsxFile(big);
    expect(reading.ok ? null : render('fr', unreadableMessage(reading.failure))).toMatch(/fichier trop volumineux \(21,0 Mo, 20,0 Mo au plus\)/);
    recordFigures({ scenario: 'refused a 21 MB file', badInputs: 1 });
  });
}); // prettier-ignore

describe('a run that meets the whole corpus', () => {
  it('consolidates every other submission as usual, and keeps hostile text inert', async () => {
    const clean = await exampleCopy(join(root, 'clean'));
    const baseline = await consolidate(clean.config, { now: NOW, baseDir: clean.dir });
    const loaded = await exampleCopy(join(root, 'corpus'), withCorpus);
    const run = await runCalendar(loaded.config, { command: 'tick', now: NOW, baseDir: loaded.dir });

    // The example's 18 commitments: the same rows as without the corpus.
    const model = (await consolidate(loaded.config, { now: NOW, baseDir: loaded.dir })).model;
    const row = (m: typeof model, id: number) => m.dashboard.find((r) => r.id === id);
    for (const id of clean.config.commitments.map((c) => c.id)) expect(row(model, id)).toEqual(row(baseline.model, id));
    // Each hostile file is the example's first submission (3 actions) with its content changed.
    expect(run.actions - baseline.summary.actions).toBe(HOSTILE.length * 3);

    // Each unreadable file: its commitment flagged, with the reason.
    const flagged = model.anomalies.filter((a) => (a.commitmentId ?? 0) >= 201);
    expect(flagged.map((a) => [a.commitmentId, a.issue.code])).toEqual(UNREADABLE.map((_, i) => [201 + i, 'file-unreadable']));

    // Hostile text reaches the master as plain text, whole.
    const master = new ExcelJS.Workbook();
    await master.xlsx.readFile(run.master);
    const actions = master.getWorksheet(ACTIONS)!;
    const texts: unknown[] = [];
    actions.eachRow((r) => r.eachCell((cell) => texts.push(cell.value)));
    const formulas = texts.filter((v) => typeof v === 'object' && v !== null && 'formula' in v);
    expect(formulas).toEqual([]);
    expect(texts).toEqual(expect.arrayContaining([
      '<script>alert("ogp")</script>Atelier <b>de lancement</b>',
      '=HYPERLINK("https://evil.example/","Cliquez ici")',
      'Atelier 🎉 droit d’accès 👩🏽‍💻 🇲🇦',
      'Atelier fdp.exe\u202c', // the override removed: what is shown is what is held
      'Atelier de lancement\nSubject: faux sujet\n\ncorps injecté', // XML reads CR LF as LF
      'ورشة عمل حول الحق في الحصول على المعلومات',
    ]));
    const long = texts.find((v) => typeof v === 'string' && v.startsWith('Compte rendu détaillé'));
    expect((long as string).length).toBe(30_000);
    expect(texts.some((v) => typeof v === 'string' && v.includes('\u202e'))).toBe(false);

    // The emails quote hostile text escaped, and no header was injected.
    const outbox = join(loaded.dir, 'out', 'outbox');
    const emails = await Promise.all((await readdir(outbox)).map(async (f) => simpleParser(await readFile(join(outbox, f)))));
    expect(emails.length).toBeGreaterThan(0);
    for (const email of emails) {
      expect(email.html || '').not.toMatch(/<(script|iframe|img)\b/i);
      expect(email.headers.has('bcc')).toBe(false);
    }
    const html = emails.find((e) => e.to && JSON.stringify(e.to).includes('pf102@'))?.html || '';
    expect(html).toContain('« &lt;script&gt;alert(1)&lt;/script&gt; »');

    const rows = (m: typeof model) => m.dashboard.filter((r) => r.id <= 18).reduce((n, r) => n + r.actionsPlanned + r.milestonesTotal, 0);
    recordFigures({ scenario: 'consolidated the example beside the corpus', rowsLost: rows(baseline.model) - rows(model) });
  }, 180_000);
}); // prettier-ignore
