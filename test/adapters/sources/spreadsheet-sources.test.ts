/**
 * The spreadsheet port against a loopback Sheets and Drive: every sheet of a workbook when
 * asked (the roster), the change-only read (an unchanged sheet costs one Drive call), and who
 * changed it and who may edit it, asked only when wanted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { spreadsheetSource } from '../../../src/adapters/sources/spreadsheet-sources.js';
import type { SpreadsheetSource } from '../../../src/core/spreadsheet-source.js';
import { SUBMISSION_SHEETS } from '../../../src/core/submission-sheets.js';
import { DEFAULT_READ_LIMITS } from '../../../src/adapters/xlsx/reader.js';
import { render } from '../../../src/core/catalogue/render.js';
import { failureReason } from '../../../src/core/failure-message.js';
import { EXAMPLE_DIR } from '../../helpers/example-copy.js';
import { startFakeGoogle, type FakeGoogle } from '../../helpers/fake-google.js';

let google: FakeGoogle;
let sources: SpreadsheetSource;
const ROSTER = {
  modifiedTime: '2019-03-12T09:00:00.000Z',
  sheets: {
    'Mode d’emploi': [['Lisez-moi']],
    Engagements: [
      ['N°', 'Point focal'],
      [5, 'Nadia Alaoui'],
    ],
    Réunions: [['Date'], [43536]],
  },
  lastModifyingUser: { displayName: 'Samira Chraibi', emailAddress: 'samira@example.ma' },
};

beforeAll(async () => {
  google = await startFakeGoogle();
});
afterAll(async () => {
  await google.close();
});
beforeEach(() => {
  google.spreadsheets.clear();
  google.log.length = 0;
  sources = spreadsheetSource({ google: async () => google.clients() });
});

describe('a Google Sheet through the port', () => {
  it('reads every sheet when asked for all, and only those of a submission otherwise', async () => {
    google.spreadsheets.set('r', ROSTER);
    const all = await sources.read({ kind: 'google-sheet', spreadsheetId: 'r' }, { sheets: 'all' });
    if (!all.ok) throw new Error(all.failure.kind);
    expect(all.workbook.sheets.map((s) => [s.name, s.rows.length])).toEqual([['Mode d’emploi', 1], ['Engagements', 2], ['Réunions', 2]]);
    expect(all.workbook.sheets[1]?.rows[1]?.[1]).toEqual({ value: 'Nadia Alaoui' });
    expect(all.access).toBeUndefined();
    const some = await sources.read({ kind: 'google-sheet', spreadsheetId: 'r' }, { sheets: SUBMISSION_SHEETS });
    expect(some.ok && some.workbook.sheets).toEqual([]);
  }); // prettier-ignore

  it('costs one Drive call and no Sheets call while unchanged, and reads it again once changed', async () => {
    google.spreadsheets.set('r', ROSTER);
    const location = { kind: 'google-sheet', spreadsheetId: 'r' } as const;
    const first = await sources.read(location);
    if (!first.ok) throw new Error(first.failure.kind);
    const previous = { modifiedAt: first.modifiedAt.toISOString(), contentHash: first.contentHash, workbook: first.workbook }; // prettier-ignore
    google.log.length = 0;
    const again = await sources.read(location, { previous });
    expect(again.ok && again.unchanged).toBe(true);
    expect(google.log.map((r) => r.api)).toEqual(['drive']);
    google.spreadsheets.set('r', { ...ROSTER, modifiedTime: '2019-03-13T09:00:00.000Z', sheets: { ...ROSTER.sheets, Engagements: [['N°', 'Point focal'], [5, 'Omar Benali']] } }); // prettier-ignore
    const changed = await sources.read(location, { previous });
    expect(changed.ok && !changed.unchanged && changed.contentHash !== first.contentHash).toBe(true);
    expect(sources.requests()).toBeGreaterThan(0);
  }); // prettier-ignore

  it.each([
    ['editable by anyone with the link', { permissions: [{ type: 'user', role: 'owner' }, { type: 'anyone', role: 'writer' }], seen: 'get' as const }, true, 1],
    ['readable by anyone with the link', { permissions: [{ type: 'anyone', role: 'reader' }], seen: 'get' as const }, false, 1],
    ['editable by everyone in the organisation', { permissions: [{ type: 'user', role: 'owner' }, { type: 'domain', role: 'writer' }], seen: 'get' as const }, true, 1],
    ['organised by everyone of a shared drive\'s domain', { permissions: [{ type: 'domain', role: 'fileOrganizer' }], seen: 'list' as const }, true, 2],
    ['readable or commentable by everyone in the organisation', { permissions: [{ type: 'domain', role: 'reader' }, { type: 'domain', role: 'commenter' }], seen: 'get' as const }, false, 1],
    ['editable by a named group and named people only', { permissions: [{ type: 'user', role: 'owner' }, { type: 'group', role: 'writer' }, { type: 'user', role: 'writer' }], seen: 'get' as const }, false, 1],
    ['in a shared drive (permissions.list only)', { permissions: [{ type: 'anyone', role: 'writer' }], seen: 'list' as const }, true, 2],
    ['shared with this account as a reader (not known)', { permissions: [{ type: 'anyone', role: 'writer' }], seen: 'none' as const }, null, 2],
  ])('says who changed it last and whether it is %s', async (_, sharing, anyoneCanEdit, driveCalls) => {
    google.spreadsheets.set('r', { ...ROSTER, sharing });
    const read = await sources.read({ kind: 'google-sheet', spreadsheetId: 'r' }, { access: true, previous: { modifiedAt: ROSTER.modifiedTime, contentHash: 'h', workbook: { sheets: [], date1904: false } } }); // prettier-ignore
    expect(read.ok && read.access).toEqual({ lastModifyingUser: ROSTER.lastModifyingUser, anyoneCanEdit });
    expect(google.log.filter((r) => r.api === 'drive')).toHaveLength(driveCalls);
  }); // prettier-ignore

  it('reads a sheet within a budget of cells, characters and bytes: over it, the workbook is said too large, not read into memory', async () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxCells: 1_000 };
    const small = spreadsheetSource({ google: async () => google.clients(), limits });
    const location = { kind: 'google-sheet', spreadsheetId: 'big' } as const;
    const grid = (rows: number, columns: number, value: (r: number, c: number) => unknown) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => value(r, c)));
    // Within the budget: read.
    google.spreadsheets.set('big', { ...ROSTER, sheets: { ...ROSTER.sheets, Extra: grid(19, 52, (r, c) => r * c) } });
    expect((await small.read(location)).ok).toBe(true);
    // 40 × 52 filled cells: past 1,000.
    google.spreadsheets.set('big', { ...ROSTER, sheets: { ...ROSTER.sheets, Extra: grid(40, 52, (r, c) => r * c) } });
    const cells = await small.read(location);
    expect(cells.ok === false && cells.failure).toEqual({ kind: 'too-many-cells', limit: 1_000 });
    expect(cells.ok === false && render('fr', failureReason(cells.failure))).toContain('plus de 1\u202f000 cellules remplies');
    // Few cells, much text: past 64 characters a cell on average.
    google.spreadsheets.set('big', { ...ROSTER, sheets: { ...ROSTER.sheets, Extra: grid(10, 10, () => 'x'.repeat(700)) } });
    const text = await small.read(location);
    expect(text.ok === false && text.failure).toEqual({ kind: 'too-much-text', limit: 64_000 });
    // An answer past 200 bytes a cell (200 KB) is dropped as it arrives, whatever it holds.
    google.spreadsheets.set('big', { ...ROSTER, sheets: { ...ROSTER.sheets, Extra: grid(3, 3, () => 'x'.repeat(50_000)) } });
    const bytes = await small.read(location);
    expect(bytes.ok === false && bytes.failure.kind).toBe('too-large');
    expect(bytes.ok === false && bytes.failure.kind === 'too-large' && bytes.failure.limit).toBe(200_000);
  }); // prettier-ignore

  it('says a sheet not shared with the account is not found (Drive answers 404)', async () => {
    const read = await sources.read({ kind: 'google-sheet', spreadsheetId: 'absent' }, { access: true }); // prettier-ignore
    expect(read.ok === false && read.failure.kind === 'google' && read.failure.problem).toBe('not-found');
  }); // prettier-ignore
});

describe('a local .xlsx file through the port', () => {
  it('reads it with its modification time and the hash of its bytes, and says a missing one is missing', async () => {
    const path = join(EXAMPLE_DIR, 'submissions', 'engagement-07.xlsx');
    const read = await sources.read({ kind: 'xlsx', path }, { sheets: SUBMISSION_SHEETS });
    expect(read.ok && read.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const gone = await sources.read({ kind: 'xlsx', path: join(EXAMPLE_DIR, 'nowhere.xlsx') });
    expect(gone.ok === false && gone.missing).toBe(true);
    expect(sources.requests()).toBe(0);
  }); // prettier-ignore
});
