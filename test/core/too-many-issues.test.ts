import { describe, expect, it } from 'vitest';
import { readXlsxBytes } from '../../src/adapters/xlsx/reader.js';
import { translate } from '../../src/core/catalogue/render.js';
import { countIssues, isValid } from '../../src/core/issue.js';
import { issueText } from '../../src/core/issue-message.js';
import { MAX_ISSUES_PER_SHEET, validateSubmission } from '../../src/core/validate-submission.js';
import { floodedWorkbookBytes } from '../helpers/flooded-workbook.js';
import { TEST_CONTEXT } from '../helpers/raw-workbook.js';

const ACT = 'Actions de communication';

describe('a submission with thousands of bad rows', () => {
  it('keeps the first issues of each sheet and counts the rest in one, in the reader’s language', async () => {
    const bytes = await floodedWorkbookBytes(9990);
    const read = await readXlsxBytes(bytes);
    if (!read.ok) throw new Error('unreadable');

    const started = performance.now();
    const fr = validateSubmission(read.workbook, TEST_CONTEXT);
    const elapsed = performance.now() - started;

    // The rows are all read; only the list of issues is bounded.
    expect(fr.actions).toHaveLength(9992);
    const onActions = fr.issues.filter((i) => i.sheet === ACT);
    expect(onActions).toHaveLength(MAX_ISSUES_PER_SHEET);
    // In sheet and row order: the first bad row's issues come first.
    expect(onActions[0]?.row).toBe(4);
    expect(onActions.map((i) => i.row)).toEqual(
      onActions.map((i) => i.row).sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(isValid(fr.issues)).toBe(false);

    const summary = fr.issues.filter((i) => i.code === 'too-many-issues');
    expect(summary).toHaveLength(1);
    expect(fr.issues.at(-1)).toBe(summary[0]);
    const omitted = Number(summary[0]?.value);
    expect(omitted).toBeGreaterThan(90_000);
    expect(summary[0]).toMatchObject({ severity: 'warning', sheet: null, cell: null });
    const grouped = new Intl.NumberFormat('fr').format(omitted);
    expect(issueText('fr', summary[0]!.message)).toBe(
      `${grouped} autres anomalies non listées (seules les 200 premières de chaque feuille le ` +
        "sont) : corrigez d'abord celles-ci, la plupart se répètent sur chaque ligne, puis " +
        'renvoyez la fiche.',
    );
    expect(countIssues(fr.issues)).toEqual({ errors: MAX_ISSUES_PER_SHEET, warnings: 1 });
    // Generous for a slow machine: it took 47 s before.
    expect(elapsed).toBeLessThan(15_000);

    // The same issue said to an Arabic reader, an English one: only the words change.
    const ar = validateSubmission(read.workbook, { ...TEST_CONTEXT, locale: 'ar' });
    expect(ar.issues).toHaveLength(fr.issues.length);
    const groupedLatin = new Intl.NumberFormat('ar-u-nu-latn').format(omitted);
    expect(issueText('ar', ar.issues.at(-1)!.message)).toBe(
      `${groupedLatin} ملاحظة أخرى غير مدرجة (لا تُدرج إلا أول 200 ملاحظة في كل ورقة): صحّحوا هذه ` +
        'أولًا، فأغلبها يتكرر في كل سطر، ثم أعيدوا إرسال البطاقة.',
    );
    expect(issueText('en', fr.issues.at(-1)!.message)).toMatch(
      /^[\d,]+ more issues not listed \(only the first 200/,
    );
  }, 120_000);

  it('says one issue in the singular, two in the Arabic dual', () => {
    const said = (tag: 'fr' | 'es' | 'ar' | 'pt', omitted: number) =>
      translate(tag, 'cells.tooManyIssues', { omitted, kept: 200 });
    expect(said('fr', 1)).toMatch(/^1 autre anomalie non listée \(/);
    expect(said('es', 1)).toMatch(/^1 anomalía más no listada \(/);
    expect(said('pt', 1)).toMatch(/^1 outra anomalia não listada \(/);
    expect(said('ar', 2)).toMatch(/^ملاحظتان أخريان غير مدرجتين/);
    expect(said('ar', 5)).toMatch(/^5 ملاحظات أخرى/);
  });
});
