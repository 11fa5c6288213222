/**
 * Who may decide who is a known sender: the committee workbook read where it lives, through
 * the loading every run does (loadCommitteeConfig). A Google Sheet every account of an
 * organisation may edit is refused like one anyone with the link may edit (the loopback Google
 * server answers Drive's `permissions` as drive/api/reference/rest/v3/permissions describes
 * them); a workbook on disk naming a submission outside the committee's folder is refused at
 * its cell. Each time the last accepted version keeps running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import { writeRosterFile } from '../../src/adapters/documents/roster-workbook.js';
import { readXlsxFile } from '../../src/adapters/xlsx/reader.js';
import type { CommitteeConfig } from '../../src/core/config-schema.js';
import { loadCommitteeConfig } from '../../src/jobs/load-config.js';
import { spreadsheetOf, startFakeGoogle, type FakeGoogle } from '../helpers/fake-google.js';
import { asWrittenIn } from '../helpers/roster-as-written.js';
import { writeRosterProject } from '../helpers/roster-project.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/maroc-2019/committee.yaml');
let root: string;
let example: CommitteeConfig;
let google: FakeGoogle;
let serial = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-roster-security-'));
  example = asWrittenIn((await loadConfigFile(EXAMPLE)).config, join(EXAMPLE, '..'));
  google = await startFakeGoogle();
});
afterAll(async () => {
  await google.close();
  await rm(root, { recursive: true, force: true });
});

/** committee.yaml's technical settings (the example's), naming the workbook for the people and plan. */
async function project(roster: Record<string, string>): Promise<string> {
  return writeRosterProject(join(root, `p${++serial}`), { from: EXAMPLE, roster });
}

const withFocal = (config: CommitteeConfig, id: number, email: string): CommitteeConfig => ({
  ...config,
  commitments: config.commitments.map((c) => (c.id === id ? { ...c, focalPoint: { ...c.focalPoint, email } } : c)),
}); // prettier-ignore
const focalOf = (config: CommitteeConfig, id: number) =>
  config.commitments.find((c) => c.id === id)?.focalPoint.email;

describe('a committee workbook kept as a Google Sheet', () => {
  type Permission = { type: string; role: string };
  async function sheet(id: string, config: CommitteeConfig, modifiedTime: string, permissions: Permission[]) {
    const path = join(root, `${id}.xlsx`);
    await writeRosterFile(path, config);
    const read = await readXlsxFile(path);
    if (!read.ok) throw new Error('unreadable');
    google.spreadsheets.set(id, {
      ...spreadsheetOf(read.workbook),
      modifiedTime,
      lastModifyingUser: { displayName: 'Samira Chraibi', emailAddress: 's.chraibi@example.org' },
      sharing: { permissions: [{ type: 'user', role: 'owner' }, ...permissions], seen: 'get' },
    });
  } // prettier-ignore

  it.each([
    ['everyone in the organisation may edit', [{ type: 'domain', role: 'writer' }], true],
    ['anyone with the link may edit', [{ type: 'anyone', role: 'writer' }], true],
    ['everyone in the organisation may only read', [{ type: 'domain', role: 'reader' }], false],
    ['a named Google Group and named people edit', [{ type: 'group', role: 'writer' }, { type: 'user', role: 'writer' }], false],
  ])('when %s: refused %s', async (_, permissions, refused) => {
    const id = `roster-${++serial}`;
    const options = { google: google.clients(), now: new Date('2019-03-01T10:00:00Z'), alert: false };
    await sheet(id, example, '2019-03-01T09:00:00.000Z', []);
    const yaml = await project({ sheet: id });
    await loadCommitteeConfig(yaml, options);
    await sheet(id, withFocal(example, 1, 'intrus@example.com'), '2019-03-05T09:00:00.000Z', permissions);
    const loaded = await loadCommitteeConfig(yaml, options);
    if (refused) {
      expect(focalOf(loaded.config, 1)).toBe('nadia.idrissi@example.org');
      expect(loaded.roster?.refused?.problems).toEqual([
        expect.stringMatching(/^Toute personne disposant du lien, ou tout le monde dans l’organisation, peut modifier ce classeur Google Sheets.*« Limité ».*personnes nommées seulement/),
      ]);
    } else {
      expect(loaded.roster?.refused).toBeUndefined();
      expect(focalOf(loaded.config, 1)).toBe('intrus@example.com');
    }
  }, 60_000); // prettier-ignore
});

describe('a committee workbook on disk', () => {
  it('refuses a submission path leaving the committee folder, at its cell, and keeps the last accepted version', async () => {
    const yaml = await project({ workbook: 'comite.xlsx' });
    const workbook = join(yaml, '..', 'comite.xlsx');
    await writeRosterFile(workbook, example);
    await utimes(workbook, new Date(Date.UTC(2019, 2, 1, 9)), new Date(Date.UTC(2019, 2, 1, 9)));
    const first = await loadCommitteeConfig(yaml, { now: new Date('2019-03-01T10:00:00Z'), alert: false }); // prettier-ignore
    const before = first.config.commitments.find((c) => c.id === 3)?.source;

    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(workbook);
    const sheet = edited.getWorksheet('Engagements');
    const row = sheet?.getColumn(1).values.findIndex((v) => v === 3) ?? -1;
    expect(row).toBeGreaterThan(1);
    // Column F, « Fichier ou identifiant »: the other committee's submission, beside this one's.
    const place = sheet?.getRow(row).getCell(6);
    expect(place?.value).toBe('submissions/engagement-03.xlsx');
    if (place) place.value = '../autre-comite/submissions/engagement-03.xlsx';
    await edited.xlsx.writeFile(workbook);
    await utimes(workbook, new Date(Date.UTC(2019, 2, 5, 9)), new Date(Date.UTC(2019, 2, 5, 9)));

    const loaded = await loadCommitteeConfig(yaml, { now: new Date('2019-03-05T10:00:00Z'), alert: false }); // prettier-ignore
    expect(loaded.config.commitments.find((c) => c.id === 3)?.source).toEqual(before);
    expect(loaded.roster?.refused?.problems).toEqual([
      expect.stringMatching(/^Feuille « Engagements », cellule F\d+ : « \.\.\/autre-comite\/submissions\/engagement-03\.xlsx » sort du dossier du comité/), // prettier-ignore
    ]);
  }, 60_000);
});
