import { describe, expect, it } from 'vitest';
import { ACTION_COLUMNS } from '../../sheets-templates/submission-template.js';
import type { RawWorkbook } from '../../src/core/cells.js';
import { ISSUE_CODES, type IssueCode } from '../../src/core/codes.js';
import { isValid } from '../../src/core/issue.js';
import { issueText } from '../../src/core/issue-message.js';
import { validateSubmission, type SubmissionContext } from '../../src/core/validate-submission.js';
import { day, setCell, sheet, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

const ACT = 'Actions de communication';
const JAL = 'Jalons';
const ENG = 'Engagement';

type Tuple = [sheet: string | null, cell: string | null, code: IssueCode];

function tuples(workbook: RawWorkbook, context: SubmissionContext = TEST_CONTEXT): Tuple[] {
  return validateSubmission(workbook, context).issues.map((i) => [i.sheet, i.cell, i.code]);
}

function edited(...edits: [string, string, Parameters<typeof setCell>[3]][]): RawWorkbook {
  const workbook = validWorkbook();
  for (const [sheetName, address, value] of edits) setCell(workbook, sheetName, address, value);
  return workbook;
}

describe('validateSubmission', () => {
  it('finds nothing wrong with a complete submission and returns its typed rows', () => {
    const reading = validateSubmission(validWorkbook(), TEST_CONTEXT);
    expect(reading.issues).toEqual([]);
    expect(reading.engagement).toEqual({
      commitmentId: 3,
      commitmentTitle: 'Gestion des archives publiques',
      institution: 'Archives du Maroc',
      focalPoint: 'Leila Tazi',
      email: 'leila.tazi@example.org',
      updatedAt: '2019-01-07',
    });
    expect(reading.actions[0]).toMatchObject({
      row: 2,
      ref: 'A1',
      type: 'Atelier',
      audience: ['Société civile'],
      plannedDate: '2018-11-20',
      status: 'done',
      budget: 20000,
      achieved: 72,
      logo: true,
    });
    expect(reading.milestones).toEqual([
      {
        row: 2,
        ref: 'J1',
        title: 'Adoption du référentiel',
        start: '2018-09-01',
        end: '2019-06-30',
        progress: 40,
        completion: 'limited',
        evidence: null,
        difficulties: null,
        comment: null,
        invalid: {},
      },
    ]);
  });

  it('keeps what was typed in unreadable cells, so the master loses nothing', () => {
    const reading = validateSubmission(
      edited(
        [ACT, 'F2', '31/02/2019'],
        [ACT, 'I2', { value: null, formula: 'SUM(I3:I4)' }],
        [JAL, 'E2', 'à moitié'],
      ),
      TEST_CONTEXT,
    );
    expect(reading.actions[0]).toMatchObject({
      plannedDate: null,
      budget: null,
      invalid: { plannedDate: '31/02/2019', budget: '=SUM(I3:I4)' },
    });
    expect(reading.milestones[0]?.invalid).toEqual({ progress: 'à moitié' });
  });

  const cases: [name: string, workbook: () => RawWorkbook, expected: Tuple[], context?: SubmissionContext][] = [
    [
      'sheet-missing',
      () => ({ ...validWorkbook(), sheets: validWorkbook().sheets.filter((s) => s.name !== JAL) }),
      [[JAL, null, 'sheet-missing']],
    ],
    ['column-missing', () => edited([ACT, 'Q1', null]), [[ACT, null, 'column-missing']]],
    ['column-duplicate', () => edited([ACT, 'R1', 'statut']), [[ACT, 'R1', 'column-duplicate']]],
    ['column-unknown', () => edited([ACT, 'R1', 'Responsable'], [ACT, 'R2', 'Division OGP']), [[ACT, 'R1', 'column-unknown']]],
    ['commitment-mismatch (expected number)', () => edited([ENG, 'B1', 4]), [[ENG, 'B1', 'commitment-mismatch']]],
    [
      'commitment-mismatch (number the committee does not have)',
      () => edited([ENG, 'B1', 99]),
      [[ENG, 'B1', 'commitment-mismatch']],
      { ...TEST_CONTEXT, expectedCommitmentId: undefined, knownCommitmentIds: [3, 7] },
    ],
    ['value-required (title)', () => edited([ACT, 'C2', null]), [[ACT, 'C2', 'value-required']]],
    ['value-required (ref)', () => edited([JAL, 'A2', '  ']), [[JAL, 'A2', 'value-required']]],
    ['value-required (done date of a realised action)', () => edited([ACT, 'G2', null]), [[ACT, 'G2', 'value-required']]],
    ['value-required (commitment number)', () => edited([ENG, 'B1', null]), [[ENG, 'B1', 'value-required']]],
    [
      'value-required (commitment number row gone)',
      () => edited([ENG, 'A1', null], [ENG, 'B1', null]),
      [[ENG, null, 'value-required']],
    ],
    ['invalid-date', () => edited([ACT, 'F2', '32/01/2019']), [[ACT, 'F2', 'invalid-date']]],
    ['invalid-date (update date)', () => edited([ENG, 'B6', 'hier']), [[ENG, 'B6', 'invalid-date']]],
    ['invalid-number', () => edited([ACT, 'I2', 'vingt mille']), [[ACT, 'I2', 'invalid-number']]],
    ['invalid-number (progress)', () => edited([JAL, 'E2', 'à moitié']), [[JAL, 'E2', 'invalid-number']]],
    ['invalid-number (commitment number)', () => edited([ENG, 'B1', 3.5]), [[ENG, 'B1', 'invalid-number']]],
    ['invalid-choice (status)', () => edited([ACT, 'H3', 'Bientôt']), [[ACT, 'H3', 'invalid-choice']]],
    ['invalid-choice (type)', () => edited([ACT, 'B3', 'Podcast']), [[ACT, 'B3', 'invalid-choice']]],
    ['invalid-choice (logo)', () => edited([ACT, 'O3', 'Peut-être']), [[ACT, 'O3', 'invalid-choice']]],
    ['invalid-choice (funding)', () => edited([ACT, 'J2', 'Mécénat']), [[ACT, 'J2', 'invalid-choice']]],
    ['invalid-url', () => edited([ACT, 'P2', 'javascript:alert(1)']), [[ACT, 'P2', 'invalid-url']]],
    ['invalid-email', () => edited([ENG, 'B5', 'leila.tazi@']), [[ENG, 'B5', 'invalid-email']]],
    ['out-of-range (negative budget)', () => edited([ACT, 'I2', -5]), [[ACT, 'I2', 'out-of-range']]],
    ['out-of-range (progress over 100)', () => edited([JAL, 'E2', 150]), [[JAL, 'E2', 'out-of-range']]],
    ['out-of-range (title over 300 characters)', () => edited([ACT, 'C3', 'x'.repeat(301)]), [[ACT, 'C3', 'out-of-range']]],
    ['duplicate-ref', () => edited([ACT, 'A3', 'a1']), [[ACT, 'A3', 'duplicate-ref']]],
    [
      'date-order',
      () => edited([JAL, 'C2', day('2019-03-01')], [JAL, 'D2', day('2019-02-01')]),
      [[JAL, 'D2', 'date-order']],
    ],
    ['done-in-future', () => edited([ACT, 'G2', day('2019-02-01')]), [[ACT, 'G2', 'done-in-future']]],
    ['result-missing', () => edited([ACT, 'M2', null]), [[ACT, 'M2', 'result-missing']]],
    ['indicator-mismatch', () => edited([ACT, 'K2', 'Nombre de vues']), [[ACT, 'K2', 'indicator-mismatch']]],
    ['missing-hashtag', () => edited([ACT, 'N3', '#OGPMaroc']), [[ACT, 'N3', 'missing-hashtag']]],
    ['missing-hashtag (empty cell)', () => edited([ACT, 'N3', null]), [[ACT, 'N3', 'missing-hashtag']]],
    [
      'formula-without-value',
      () => edited([ACT, 'I2', { value: null, formula: 'SUM(I3:I4)' }]),
      [[ACT, 'I2', 'formula-without-value']],
    ],
    [
      'formula-without-value (error result)',
      () => edited([ACT, 'L2', { value: null, formula: '1/0', error: '#DIV/0!' }]),
      [[ACT, 'L2', 'formula-without-value']],
    ],
    ['logo-not-used', () => edited([ACT, 'O2', 'Non']), [[ACT, 'O2', 'logo-not-used']]],
    ['evidence-missing (realised action)', () => edited([ACT, 'P2', null]), [[ACT, 'P2', 'evidence-missing']]],
    [
      'evidence-missing and progress-inconsistent (achieved milestone at 40 %)',
      () => edited([JAL, 'F2', 'Achevé']),
      [
        [JAL, 'E2', 'progress-inconsistent'],
        [JAL, 'G2', 'evidence-missing'],
      ],
    ],
    ['milestone-late', () => edited([JAL, 'D2', day('2018-12-31')]), [[JAL, 'D2', 'milestone-late']]],
    ['progress-inconsistent (100 % but Limité)', () => edited([JAL, 'E2', 100]), [[JAL, 'E2', 'progress-inconsistent']]],
    ['progress-inconsistent (started but Non démarré)', () => edited([JAL, 'F2', 'Non démarré']), [[JAL, 'E2', 'progress-inconsistent']]],
    ['outside-plan-period', () => edited([ACT, 'F3', day('2021-01-01')]), [[ACT, 'F3', 'outside-plan-period']]],
    ['dangerous-content (formula text)', () => edited([ACT, 'Q2', '=HYPERLINK("https://evil.example")']), [[ACT, 'Q2', 'dangerous-content']]],
    ['dangerous-content (@, +, -)', () => edited([ACT, 'Q2', '@SUM(1)'], [ACT, 'Q3', '+212 5 37 00 00 00'], [JAL, 'I2', '-x']), [
      [ACT, 'Q2', 'dangerous-content'],
      [ACT, 'Q3', 'dangerous-content'],
      [JAL, 'I2', 'dangerous-content'],
    ]],
    [
      'empty-submission',
      () => {
        const workbook = validWorkbook();
        for (const s of workbook.sheets) if (s.name !== ENG) s.rows = s.rows.slice(0, 1);
        return workbook;
      },
      [[null, null, 'empty-submission']],
    ],
    [
      'empty-submission (pre-filled milestones, nothing reported on them)',
      () => {
        const workbook = validWorkbook();
        for (const s of workbook.sheets) if (s.name === ACT) s.rows = s.rows.slice(0, 1);
        for (const cell of ['E2', 'F2']) setCell(workbook, JAL, cell, null);
        return workbook;
      },
      [[null, null, 'empty-submission']],
    ],
    [
      'milestone-missing',
      () => validWorkbook(),
      [[JAL, null, 'milestone-missing']],
      { ...TEST_CONTEXT, milestones: [{ title: 'Adoption du référentiel', end: '2019-06-30' }, { title: 'Publication du guide', end: '2019-12-31' }] },
    ],
    ['percent-ambiguous (a bare 0.45 in « Avancement (%) »)', () => edited([JAL, 'E2', 0.45]), [[JAL, 'E2', 'percent-ambiguous']]],
    ['no warning for 45, nor for 0.45 shown as a percentage', () => {
      const workbook = edited([JAL, 'E2', 0.45]);
      const cell = workbook.sheets.find((s) => s.name === JAL)!.rows[1]![4]!;
      cell.numFmt = '0%';
      return workbook;
    }, []],
    ['done-in-future (a « Date de mise à jour » to come: a day and a month swapped)', () => edited([ENG, 'B6', day('2019-07-01')]), [[ENG, 'B6', 'done-in-future']]],
    ['the example row of the template is not read', () => edited([ACT, 'A3', 'Exemple'], [ACT, 'F3', 'pas une date']), []],
  ]; // prettier-ignore

  it.each(cases)('%s', (_name, workbook, expected, context) => {
    expect(tuples(workbook(), context)).toEqual(expected);
  });

  it('names a cell without a parenthesis inside another: « E2 (Avancement en %) »', () => {
    const messages = cases.flatMap(([, w, , c]) => validateSubmission(w(), c ?? TEST_CONTEXT).issues.map((i) => issueText('fr', i.message)));
    expect(messages.filter((m) => /\)\)|\(\(/.test(m))).toEqual([]);
    expect(issueText('fr', validateSubmission(edited([JAL, 'E2', 0.45]), TEST_CONTEXT).issues[0]!.message)).toMatch(/^E2 \(Avancement en %\) : lu comme 0,45 %/);
  }); // prettier-ignore

  it('has a case for every validation code of a sheet (file-unreadable, calendar-warning and too-many-issues are tested where they arise)', () => {
    const covered = new Set(cases.flatMap(([, w, , c]) => tuples(w(), c).map((t) => t[2])));
    const elsewhere = new Set(['file-unreadable', 'calendar-warning', 'too-many-issues']);
    const missing = ISSUE_CODES.map((c) => c.code).filter(
      (code) => !elsewhere.has(code) && !covered.has(code),
    );
    expect(missing).toEqual([]);
  });

  it('reports several problems of one row in column order, with French messages naming the cell', () => {
    const issues = validateSubmission(
      edited([ACT, 'F2', 'demain'], [ACT, 'B2', 'Atelir'], [ACT, 'O2', 'Non']),
      TEST_CONTEXT,
    ).issues;
    expect(issues.map((i) => [i.cell, i.code, i.severity])).toEqual([
      ['B2', 'invalid-choice', 'error'],
      ['F2', 'invalid-date', 'error'],
    ]);
    expect(issues[0]).toMatchObject({
      sheet: ACT,
      row: 2,
      column: 'B',
      field: 'type',
      value: 'Atelir',
    });
    expect(issueText('fr', issues[0]!.message)).toBe(
      "B2 (Type d'action) : « Atelir » n'est pas une valeur admise : attendu l'une des valeurs : Atelier, Publication réseaux sociaux, Passage média (radio, TV). Vouliez-vous dire « Atelier » ?",
    );
    expect(issueText('fr', issues[1]!.message)).toMatch(
      /^F2 \(Date prévue\) : « demain » n'est pas une date lisible/,
    );
  });

  it('reads headers in any order, case and accents, under a title row', () => {
    const workbook = validWorkbook();
    const actions = workbook.sheets[1]!;
    const order = ACTION_COLUMNS.map((_, i) => i).reverse();
    const header = order.map((i) =>
      ACTION_COLUMNS[i]!.header.toUpperCase().normalize('NFD').replace(/\p{M}/gu, ''),
    );
    const rows = actions.rows.slice(1).map((r) => order.map((i) => r[i]));
    actions.rows = [
      [{ value: 'Fiche des actions de communication — 2019' }],
      header.map((h) => ({ value: `  ${h} ` })),
      ...rows,
    ];
    const reading = validateSubmission(workbook, TEST_CONTEXT);
    expect(reading.issues).toEqual([]);
    expect(reading.actions.map((a) => [a.row, a.ref, a.budget])).toEqual([
      [3, 'A1', 20000],
      [4, 'A2', 0],
    ]);
  });

  it('reads tolerant value forms: text dates, French numbers, percent cells, rich and linked text', () => {
    const workbook = edited(
      [ACT, 'F2', '20 novembre 2018'],
      [ACT, 'G2', '20/11/2018'],
      [ACT, 'I2', '20 000,00 MAD'],
      [ACT, 'L2', '٦٠'],
      [ACT, 'H2', 'realisee'],
      [ACT, 'O2', 'O'],
      [ACT, 'P2', { value: 'Article de presse', hyperlink: 'https://www.example.org/article' }],
      [ACT, 'M2', { value: 72, formula: 'L2+12' }],
      [JAL, 'E2', { value: 0.4, numFmt: '0%' }],
      [JAL, 'F2', 'limite'],
    );
    const reading = validateSubmission(workbook, TEST_CONTEXT);
    expect(reading.issues).toEqual([]);
    expect(reading.actions[0]).toMatchObject({
      plannedDate: '2018-11-20',
      doneDate: '2018-11-20',
      budget: 20000,
      target: 60,
      achieved: 72,
      status: 'done',
      logo: true,
      evidence: 'https://www.example.org/article',
    });
    expect(reading.milestones[0]).toMatchObject({ progress: 40, completion: 'limited' });
  });

  it('reads Excel serial numbers in date columns, in the 1904 system when the workbook says so', () => {
    const workbook = edited([ACT, 'F2', 43424], [ACT, 'G2', 43424]);
    expect(validateSubmission(workbook, TEST_CONTEXT).actions[0]?.plannedDate).toBe('2018-11-20');
    workbook.date1904 = true;
    expect(validateSubmission(workbook, TEST_CONTEXT).actions[0]?.plannedDate).toBe('2022-11-21');
  });

  it('skips empty rows and keeps the row numbers of the sheet', () => {
    const workbook = validWorkbook();
    const actions = workbook.sheets[1]!;
    actions.rows.splice(2, 0, [], [{ value: '   ' }]);
    const reading = validateSubmission(workbook, TEST_CONTEXT);
    expect(reading.issues).toEqual([]);
    expect(reading.actions.map((a) => a.row)).toEqual([2, 5]);
  });

  it('is valid with warnings only, invalid with any error', () => {
    const warned = validateSubmission(edited([ACT, 'O2', 'Non']), TEST_CONTEXT).issues;
    expect([warned.length, isValid(warned)]).toEqual([1, true]);
    const failed = validateSubmission(edited([ACT, 'C2', null]), TEST_CONTEXT).issues;
    expect(isValid(failed)).toBe(false);
  });

  it('does not check rules against a column that is absent (its absence is the issue)', () => {
    const workbook = validWorkbook();
    const actions = workbook.sheets[1]!;
    const doneCol = ACTION_COLUMNS.findIndex((c) => c.field === 'doneDate');
    actions.rows = actions.rows.map((r) => r.filter((_, i) => i !== doneCol));
    expect(tuples(workbook)).toEqual([[ACT, null, 'column-missing']]);
  });

  it('accepts sheet names typed differently', () => {
    const workbook = validWorkbook();
    workbook.sheets[1]!.name = 'actions  de Communication';
    workbook.sheets[2]!.name = 'JALONS';
    expect(tuples(workbook)).toEqual([]);
  });

  it('treats milestones alone as a submission', () => {
    const workbook = validWorkbook();
    workbook.sheets[1] = sheet(ACT, [ACTION_COLUMNS.map((c) => c.header)]);
    const reading = validateSubmission(workbook, TEST_CONTEXT);
    expect([reading.issues, reading.actions.length, reading.milestones.length]).toEqual([[], 0, 1]);
  });
});
