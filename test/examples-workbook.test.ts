/**
 * Morocco's example ships its people and plan in its committee workbook (comite.xlsx), its
 * committee.yaml keeping the technical settings: the committed workbook reads back without a
 * problem, round-trips, and equals the one-file form the other tests copy and edit.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { buildRosterWorkbook } from '../src/adapters/documents/roster-workbook.js';
import { readXlsxBytes, readXlsxFile } from '../src/adapters/xlsx/reader.js';
import { exampleConfigPath } from '../src/adapters/local/package-files.js';
import { ROSTER_KEYS } from '../src/core/config-schema.js';
import { readRoster } from '../src/core/roster/read-roster.js';
import { EXAMPLE_DIR, loadExample } from './helpers/example-copy.js';

/** A configuration as plain data: Maps and Sets as arrays, functions left out. */
function asData(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      v instanceof Map || v instanceof Set ? [...v] : typeof v === 'function' ? undefined : v,
    ),
  );
}

describe('the Moroccan example’s committee workbook', () => {
  it('is named by a committee.yaml that holds no people and no plan', async () => {
    const data = parse(await readFile(exampleConfigPath(), 'utf8')) as Record<string, unknown>;
    expect(data.roster).toEqual({ workbook: 'comite.xlsx' });
    expect(ROSTER_KEYS.filter((key) => key in data)).toEqual([]);
  });

  it('reads back without a problem, and with committee.yaml is the one-file example', async () => {
    const read = await readXlsxFile(join(EXAMPLE_DIR, 'comite.xlsx'));
    if (!read.ok) throw new Error(JSON.stringify(read.failure));
    expect(readRoster(read.workbook, 'fr').issues).toEqual([]);
    const shipped = await loadConfigFile(exampleConfigPath());
    const oneFile = await loadExample();
    const { roster, ...rest } = shipped.config;
    expect(roster).toEqual({ workbook: 'comite.xlsx' });
    // The calendar holds functions (made anew at each load): compared as data.
    expect(asData(rest)).toEqual(asData(oneFile.config));
    expect(shipped.config.commitments).toHaveLength(18);
  });

  it('is what roster export writes from it: written again, it reads the same', async () => {
    const read = await readXlsxFile(join(EXAMPLE_DIR, 'comite.xlsx'));
    if (!read.ok) throw new Error(JSON.stringify(read.failure));
    const { config } = await loadConfigFile(exampleConfigPath());
    // Its sources' paths as committee.yaml writes them, from its folder.
    const asWritten = {
      ...config,
      commitments: config.commitments.map((c) =>
        c.source?.kind === 'xlsx'
          ? { ...c, source: { ...c.source, path: c.source.path.slice(EXAMPLE_DIR.length + 1) } }
          : c,
      ),
    };
    const bytes = Buffer.from(await buildRosterWorkbook(asWritten).xlsx.writeBuffer());
    const again = await readXlsxBytes(bytes);
    if (!again.ok) throw new Error(JSON.stringify(again.failure));
    expect(readRoster(again.workbook, 'fr').data).toEqual(readRoster(read.workbook, 'fr').data);
  });
});
