/**
 * Writes the submissions of the example committees of other OGP members (`npm run
 * example:countries`): Mexico (Spanish, MXN), the city of São Paulo (a local member:
 * Portuguese, BRL, the city's days off: BR-SP-SP) and Jordan (Arabic, JOD, a Friday–Saturday
 * weekend, holidays listed by the committee, 2025's only). In each, commitment 1's sheet is complete, commitment
 * 2's holds the mistakes focal points make, and commitment 3 has sent nothing yet. Each sheet
 * is the template of its focal point's language, filled in as that focal point would.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { LocaleTag } from '../src/core/locale-tag.js';
import { prefilledRef, templateWords } from '../src/core/template-words.js';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import {
  buildTemplateWorkbook,
  templateOptionsFor,
  writeWorkbookFile,
} from '../src/adapters/documents/template-workbook.js';
import { packageRoot } from '../src/adapters/local/package-files.js';
import type { Commitment, CommitteeConfig } from '../src/core/config-schema.js';

/** The example committees, by folder. */
export const COUNTRY_EXAMPLES = ['mexico-2025', 'sao-paulo-2025', 'jordanie-2025'] as const;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A commitment's sheet, in its focal point's language, with `rows` of actions. */
function sheetOf(
  config: CommitteeConfig,
  commitment: Commitment,
  fill: (workbook: ExcelJS.Workbook, language: LocaleTag) => void,
): ExcelJS.Workbook {
  const options = { ...templateOptionsFor(config, commitment), exampleRow: false };
  const workbook = buildTemplateWorkbook(options);
  fill(workbook, options.locale ?? 'fr');
  return workbook;
}

/** Commitment 1: complete. Commitment 2: a date that does not exist, a status misspelt, a result missing. */
function fillIn(config: CommitteeConfig, id: 1 | 2) {
  return (workbook: ExcelJS.Workbook, language: LocaleTag) => {
    const words = templateWords(language);
    const [planned, , done] = words.choices.statuses;
    const [yes, no] = words.choices.yesNo;
    const [workshop, social] = config.charter.actionTypes;
    const hashtags = config.charter.hashtags.join(' ');
    const engagement = workbook.getWorksheet(words.sheets.engagement);
    if (engagement) engagement.getCell('B6').value = day(id === 1 ? '2025-02-28' : '2025-03-03');
    const actions = workbook.getWorksheet(words.sheets.actions);
    const start = config.plan.start;
    const rows: unknown[][] =
      id === 1
        ? [
            ['A1', workshop?.name, `${workshop?.name} — ${config.plan.name}`, null, null, day(start), day(start), done, 12000, words.choices.funding[0], workshop?.indicator, 40, 46, null, yes, 'https://example.org/a1'],
            ['A2', social?.name, social?.name, null, null, day('2025-06-15'), null, planned, 0, words.choices.funding[3], social?.indicator, 20000, null, hashtags, yes],
          ]
        : [
            ['A1', workshop?.name, workshop?.name, null, null, '31/02/2025', null, planned, 5000, words.choices.funding[0], workshop?.indicator, 30],
            ['A2', social?.name, social?.name, null, null, day('2025-01-20'), day('2025-01-20'), `${done}x`, 0, words.choices.funding[3], social?.indicator, 10000, 12500, hashtags, no, 'https://example.org/a2'],
            ['A3', workshop?.name, workshop?.name, null, null, day('2025-02-10'), day('2025-02-10'), done, 3000, words.choices.funding[0], workshop?.indicator, 25, null, null, yes, 'https://example.org/a3'],
          ]; // prettier-ignore
    rows.forEach((values, index) => {
      if (actions) actions.getRow(index + 2).values = values as ExcelJS.CellValue[];
    });
    const milestones = workbook.getWorksheet(words.sheets.milestones);
    const first = milestones?.getRow(2);
    if (first && first.getCell(1).value) {
      first.getCell(5).value = id === 1 ? 40 : 10;
      first.getCell(6).value = words.choices.completion[1];
    } else if (milestones) {
      milestones.getRow(2).values = [
        prefilledRef(language, 1),
        words.milestones.title?.[0],
        day(start),
        day('2025-12-31'),
        25,
        words.choices.completion[1],
      ];
    }
  };
}

/** Writes the submissions of one example; returns what it wrote. */
export async function makeCountryExample(folder: string): Promise<string[]> {
  const { config } = await loadConfigFile(
    join(packageRoot(), 'examples', folder, 'committee.yaml'),
  );
  const written: string[] = [];
  for (const commitment of config.commitments) {
    if (commitment.source?.kind !== 'xlsx') continue;
    const path = commitment.source.path;
    if (commitment.id === 3) {
      // Nothing sent yet: the reminders chase it.
      await rm(path, { force: true });
      continue;
    }
    await writeWorkbookFile(
      sheetOf(config, commitment, fillIn(config, commitment.id as 1 | 2)),
      path,
    );
    written.push(path);
  }
  return written;
}

if (process.argv[1]?.endsWith('make-country-examples.js')) {
  for (const folder of COUNTRY_EXAMPLES) {
    const written = await makeCountryExample(folder);
    process.stdout.write(`${folder} : ${written.length} fiches écrites\n`);
  }
}
