/**
 * The committee workbook, written and read back as a real file: every example's people and
 * plan go through the workbook and come back as the same configuration; LibreOffice opens it
 * and keeps its dates and lists; Arabic sheets read from the right; long lists are fed by the
 * hidden lists sheet.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryCountryFacts } from '../../../src/adapters/country/country-facts.js';
import { writeRosterFile } from '../../../src/adapters/documents/roster-workbook.js';
import { readXlsxFile } from '../../../src/adapters/xlsx/reader.js';
import {
  parseCommitteeConfig,
  ROSTER_KEYS,
  type CommitteeConfig,
} from '../../../src/core/config-schema.js';
import { readRoster } from '../../../src/core/roster/read-roster.js';
import type { RosterReading } from '../../../src/core/roster/roster-data.js';
import { convertWithLibreOffice, describeWithLibreOffice } from '../../helpers/libreoffice.js';
import { EXAMPLE_ONE_FILE } from '../../helpers/example-copy.js';

const EXAMPLES = ['maroc-2019', 'mexico-2025', 'sao-paulo-2025', 'jordanie-2025'] as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-roster-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A configuration without its calendar (functions): what equality can compare. */
function comparable(config: CommitteeConfig): unknown {
  return Object.fromEntries(Object.entries(config).filter(([key]) => key !== 'calendar'));
}

/** An example's YAML and its configuration as written (paths not resolved). */
async function exampleYaml(
  name: string,
): Promise<{ data: Record<string, unknown>; config: CommitteeConfig }> {
  // Morocco's people and plan are in its workbook: its one-file form holds them as YAML.
  const path = name === 'maroc-2019' ? EXAMPLE_ONE_FILE : join('examples', name, 'committee.yaml');
  const data = parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  const parsed = parseCommitteeConfig(data, libraryCountryFacts);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { data, config: parsed.config };
}

/** The YAML's technical settings with the workbook's people and plan, validated. */
function merged(yaml: Record<string, unknown>, reading: RosterReading) {
  const technical = Object.fromEntries(
    Object.entries(yaml).filter(([key]) => !(ROSTER_KEYS as readonly string[]).includes(key)),
  );
  return parseCommitteeConfig({ ...technical, ...reading.data }, libraryCountryFacts);
}

async function readBack(file: string, config: CommitteeConfig): Promise<RosterReading> {
  const read = await readXlsxFile(file);
  if (!read.ok) throw new Error(`unreadable: ${JSON.stringify(read.failure)}`);
  return readRoster(read.workbook, config.committee.tag);
}

describe('the committee workbook round trip', () => {
  for (const name of EXAMPLES) {
    it(`gives back ${name}'s configuration`, async () => {
      const { data, config } = await exampleYaml(name);
      const file = join(dir, `${name}.xlsx`);
      await writeRosterFile(file, config);
      const reading = await readBack(file, config);
      expect(reading.issues).toEqual([]);
      const again = merged(data, reading);
      if (!again.ok) throw new Error(JSON.stringify(again.problems, null, 2));
      expect(comparable(again.config)).toEqual(comparable(config));
    });
  }
});

describe('the workbook as a person sees it', () => {
  it('reads from the right in Arabic, from the left in French', async () => {
    for (const [name, rtl] of [
      ['jordanie-2025', true],
      ['maroc-2019', false],
    ] as const) {
      const { config } = await exampleYaml(name);
      const file = join(dir, `view-${name}.xlsx`);
      await writeRosterFile(file, config);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      for (const ws of workbook.worksheets.filter((w) => w.state !== 'hidden')) {
        expect(Boolean(ws.views[0]?.rightToLeft), ws.name).toBe(rtl);
      }
    }
  });

  it('explains the institution of a commitment and of a committee member, each as it is', async () => {
    const { config } = await exampleYaml('maroc-2019');
    const file = join(dir, 'notes.xlsx');
    await writeRosterFile(file, config);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const noteOf = (sheet: string, header: string): string => {
      let note = '';
      workbook
        .getWorksheet(sheet)!
        .getRow(1)
        .eachCell((cell) => {
          if (cell.text !== header) return;
          const said = cell.note as string | { texts?: { text: string }[] } | undefined;
          note = typeof said === 'string' ? said : (said?.texts ?? []).map((t) => t.text).join('');
        });
      return note;
    };
    expect(noteOf('Engagements', 'Institution')).toBe("L'institution qui porte l'engagement.");
    expect(noteOf('Comités', 'Institution')).toBe("L'institution que le membre représente.");
  });

  it('feeds every dropdown from the hidden lists, the long ones too', async () => {
    const { config } = await exampleYaml('maroc-2019');
    const file = join(dir, 'lists.xlsx');
    await writeRosterFile(file, config);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const lists = workbook.worksheets.find((w) => w.state === 'hidden');
    expect(lists?.name).toBe('Listes');
    // The time zones, over 255 characters once joined: only a range can hold them.
    const zones = lists?.getColumn(3).values.filter((v) => typeof v === 'string') as string[];
    expect(zones.join(',').length).toBeGreaterThan(255);
    const committee = workbook.getWorksheet('Comité');
    const zone = committee?.getCell('B5').dataValidation;
    expect(zone?.type).toBe('list');
    expect(zone?.formulae?.[0]).toMatch(/^Listes!\$C\$2:\$C\$\d+$/);
    const people = workbook.getWorksheet('Personnes');
    const email = people?.getCell('D3').dataValidation;
    expect(email?.type).toBe('custom');
    expect(people?.getCell('B3').dataValidation.formulae?.[0]).toMatch(/^Listes!\$E\$2/);
    const milestones = workbook.getWorksheet('Jalons');
    expect(milestones?.getCell('D2').value).toBeInstanceOf(Date);
    expect(milestones?.getCell('D2').numFmt).toBe('dd/mm/yyyy');
  });
});

describeWithLibreOffice('the workbook through LibreOffice', () => {
  it('is opened and saved by LibreOffice with the same people and plan', async () => {
    const { data, config } = await exampleYaml('maroc-2019');
    const source = join(dir, 'lo', 'comite.xlsx');
    await writeRosterFile(source, config);
    const out = join(dir, 'lo-out');
    await convertWithLibreOffice([source], out, 'xlsx');
    const reading = await readBack(join(out, 'comite.xlsx'), config);
    expect(reading.issues).toEqual([]);
    const again = merged(data, reading);
    if (!again.ok) throw new Error(JSON.stringify(again.problems, null, 2));
    expect(comparable(again.config)).toEqual(comparable(config));
  }, 200_000);
});
