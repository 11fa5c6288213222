/**
 * A country whose subdivisions are not known is a problem said where the committee fixes it:
 * committee.yaml's `country:` and `holidays.add`, or, for a committee keeping its people and
 * plan in its workbook, the workbook's « Comité » sheet and « Jours chômés » sheet (a real
 * comite.xlsx written and read back), never YAML it must not type there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import { writeRosterFile } from '../../src/adapters/documents/roster-workbook.js';
import { OgpError } from '../../src/core/codes.js';
import { EXAMPLE_DIR } from '../helpers/example-copy.js';
import { asWrittenIn } from '../helpers/roster-as-written.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-country-place-'));
  await cp(EXAMPLE_DIR, root, { recursive: true, filter: (s) => !s.startsWith(join(EXAMPLE_DIR, 'out')) }); // prettier-ignore
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a country without known subdivisions, in a committee workbook', () => {
  it('is said at the Comité sheet, with the days off in the Jours chômés sheet', async () => {
    const yaml = join(root, 'committee.yaml');
    const { config } = await loadConfigFile(yaml);
    const jordan = { ...config, committee: { ...config.committee, country: 'JO-AM' } };
    await writeRosterFile(join(root, 'comite.xlsx'), asWrittenIn(jordan, root));
    const failure = await loadConfigFile(yaml).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(OgpError);
    const said = [(failure as OgpError).message, ...(failure as OgpError).details].join('\n');
    expect(said).toContain(
      'pas de jours fériés connus pour JO, ni donc pour ses subdivisions : dans la feuille « Comité », écrivez JO comme « Pays », et donnez les jours fériés dans la feuille « Jours chômés » (une ligne par jour ou par période)',
    );
    expect(said).not.toContain('holidays.add');
    expect(said).not.toContain('country:');
  });
});
