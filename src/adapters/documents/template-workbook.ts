/**
 * Writes the submission template (SPEC §3) with exceljs: the three data sheets with header
 * notes, frozen headers and fitted widths; dropdowns fed by the hidden `Listes` sheet over a
 * bounded range; date and number validation; and a French `Mode d'emploi`.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import {
  actionColumnsFor,
  ENGAGEMENT_LABELS,
  FIXED_CHOICES,
  MILESTONE_COLUMNS,
  SHEET_NAMES,
  TEMPLATE_ROWS,
  type TemplateTerms,
  type ChoiceSource,
  type ColumnDef,
} from '../../../sheets-templates/submission-template.js';
import { OgpError } from '../../core/codes.js';
import { campaignRounds } from '../../core/campaigns.js';
import type { Charter, Commitment, CommitteeConfig } from '../../core/config-schema.js';
import { columnLetter } from '../../core/issue.js';
import { formatFrenchDate, type IsoDate } from '../../core/calendar-date.js';
import {
  EXAMPLE_REF,
  TEMPLATE_MARKER_PREFIX,
  TEMPLATE_MARKER_TITLE,
  prefillFingerprint,
  templatePrefill,
  type TemplatePrefill,
} from '../../core/template-content.js';

/** What the template is made for. */
export interface TemplateOptions {
  committeeName: string;
  planName: string;
  plan: { start: IsoDate; end: IsoDate };
  charter: Charter;
  /** The committee's currency (ISO 4217), named by the budget column. */
  currency: string;
  /** Pre-fills the Engagement sheet and the milestones for this commitment. */
  commitment?: Commitment;
  /** The deadlines of the collection rounds, said in the Mode d'emploi. */
  deadlines?: readonly { title: string; due: IsoDate }[];
  /** Where the completed sheet goes back: the address to send it to. */
  replyTo?: string;
  /** Row 2 of the actions shows an example (default); false for a sheet filled from row 2. */
  exampleRow?: boolean;
}

/** The template of a configuration, for one commitment or for none in particular. */
export function templateOptionsFor(
  config: CommitteeConfig,
  commitment?: Commitment,
): TemplateOptions {
  const replyTo = config.mail?.replyTo ?? config.secretariat.emails[0];
  return {
    committeeName: config.committee.name,
    planName: config.plan.name,
    plan: config.plan,
    charter: config.charter,
    currency: config.committee.currency,
    deadlines: campaignRounds(config).map((r) => ({ title: r.title, due: r.due })),
    ...(replyTo ? { replyTo } : {}),
    ...(commitment ? { commitment } : {}),
  };
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FF1F4E79' },
};
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const LABEL_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDEBF7' },
};
const EXAMPLE_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};
const DATE_FORMAT = 'dd/mm/yyyy';
/** A4 landscape, as wide as the page: a printed fiche keeps its columns together. */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/** The lists of the hidden `Listes` sheet, one column each, in this order. */
const LIST_COLUMNS: readonly { source: ChoiceSource; title: string }[] = [
  { source: 'actionTypes', title: "Types d'action" },
  { source: 'indicators', title: 'Indicateurs unifiés' },
  { source: 'statuses', title: 'Statuts' },
  { source: 'funding', title: 'Sources de financement' },
  { source: 'completion', title: "Niveaux d'achèvement" },
  { source: 'yesNo', title: 'Oui / Non' },
];

/** Builds the template workbook in memory. */
export function buildTemplateWorkbook(options: TemplateOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ogp-tracker';
  workbook.title = options.commitment
    ? `Fiche de suivi — engagement n° ${options.commitment.id}`
    : 'Fiche de suivi — modèle';
  workbook.subject = options.planName;
  workbook.company = options.committeeName;
  workbook.created = new Date(Date.UTC(2019, 0, 1));
  workbook.modified = workbook.created;

  const lists = listValues(options.charter);
  const prefill = templatePrefill(options.commitment);
  // The Mode d'emploi comes first: it is what a focal point sees on opening the file.
  addGuideSheet(workbook, options);
  addEngagementSheet(workbook, prefill);
  const actions = addTableSheet(
    workbook,
    SHEET_NAMES.actions,
    actionColumnsFor(termsOf(options)),
    TEMPLATE_ROWS.actions,
    lists,
  );
  if (options.exampleRow !== false) addExampleRow(actions, options);
  const milestones = addTableSheet(
    workbook,
    SHEET_NAMES.milestones,
    MILESTONE_COLUMNS,
    TEMPLATE_ROWS.milestones,
    lists,
  );
  prefill.milestones.forEach((m, index) => {
    const row = milestones.getRow(index + 2);
    row.getCell(1).value = m.ref;
    row.getCell(2).value = m.title;
    row.getCell(3).value = m.start ? excelDate(m.start) : null;
    row.getCell(4).value = excelDate(m.end);
  });
  addListsSheet(workbook, lists, prefillFingerprint(prefill));
  return workbook;
}

/** A calendar day as the Date exceljs writes as that day (UTC midnight). */
function excelDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Row 2 of the actions: one example, greyed and marked « Exemple » in its reference, which
 * the reading skips (the focal point may leave it or delete it).
 */
function addExampleRow(ws: ExcelJS.Worksheet, options: TemplateOptions): void {
  const { charter } = options;
  const type = charter.actionTypes[0];
  const values: Record<string, string | number | Date | null> = {
    ref: EXAMPLE_REF,
    type: type?.name ?? null,
    title: 'Exemple : atelier de présentation de l’engagement aux associations (ligne ignorée)',
    audience: 'Société civile, Jeunes',
    channel: 'Atelier en présentiel',
    plannedDate: null,
    doneDate: null,
    status: 'Prévue',
    budget: 15000,
    funding: FIXED_CHOICES.funding[0] ?? null,
    indicator: type?.indicator ?? null,
    target: 40,
    achieved: null,
    hashtags: charter.hashtags.join(' ') || null,
    logo: 'Oui',
    evidence: null,
    comment: 'Ligne d’exemple, ignorée à la lecture : écrivez vos actions à partir de la ligne 3.',
  };
  const row = ws.getRow(2);
  actionColumnsFor(termsOf(options)).forEach((def, index) => {
    const cell = row.getCell(index + 1);
    cell.value = values[def.field] ?? null;
    cell.font = { italic: true, color: { argb: 'FF7F7F7F' } };
    cell.fill = EXAMPLE_FILL;
  });
  row.getCell(1).note =
    'Ligne d’exemple : ogp-tracker ne la lit pas. Gardez « Exemple » dans cette cellule, ou effacez toute la ligne.';
}

/** What the template names of the committee's own: its currency and its charter's logo. */
function termsOf(options: TemplateOptions): TemplateTerms {
  return { currency: options.currency, logoName: options.charter.logoName };
}

/** Writes the template to `path` (through a temporary file, so a failed write leaves no half file). */
export async function writeTemplateFile(path: string, options: TemplateOptions): Promise<void> {
  const workbook = buildTemplateWorkbook(options);
  await writeWorkbookFile(workbook, path);
}

/** Writes any exceljs workbook atomically. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const buffer = await workbook.xlsx.writeBuffer();
    await writeFile(temporary, Buffer.from(buffer));
    await rename(temporary, path);
  } catch (cause) {
    throw new OgpError('write-failed', `Écriture impossible de ${path}.`, { cause });
  }
}

function listValues(charter: Charter): Map<ChoiceSource, readonly string[]> {
  return new Map<ChoiceSource, readonly string[]>([
    ['actionTypes', charter.actionTypes.map((t) => t.name)],
    ['indicators', [...new Set(charter.actionTypes.map((t) => t.indicator))]],
    ['statuses', FIXED_CHOICES.statuses],
    ['funding', FIXED_CHOICES.funding],
    ['completion', FIXED_CHOICES.completion],
    ['yesNo', FIXED_CHOICES.yesNo],
  ]);
}

function listRange(source: ChoiceSource, lists: Map<ChoiceSource, readonly string[]>): string {
  const index = LIST_COLUMNS.findIndex((l) => l.source === source);
  const letter = columnLetter(index + 1);
  const count = lists.get(source)?.length ?? 0;
  return `${SHEET_NAMES.lists}!$${letter}$2:$${letter}$${Math.max(2, count + 1)}`;
}

function addEngagementSheet(workbook: ExcelJS.Workbook, prefilled: TemplatePrefill): void {
  const ws = workbook.addWorksheet(SHEET_NAMES.engagement, {
    properties: { tabColor: { argb: 'FF1F4E79' } },
    pageSetup: PAGE_SETUP,
  });
  ws.columns = [{ width: 30 }, { width: 60 }];
  const prefill = prefilled.engagement as unknown as Record<string, string | number | null>;
  ENGAGEMENT_LABELS.forEach((def, index) => {
    const row = ws.getRow(index + 1);
    const label = row.getCell(1);
    label.value = def.label;
    label.font = { bold: true };
    label.fill = LABEL_FILL;
    label.note = def.note;
    const value = row.getCell(2);
    value.value = prefill[def.field] ?? null;
    value.alignment = { wrapText: true, vertical: 'top' };
    if (def.kind === 'date') {
      value.numFmt = DATE_FORMAT;
      value.dataValidation = dateValidation();
    }
  });
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnDef[],
  rowCount: number,
  lists: Map<ChoiceSource, readonly string[]>,
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    pageSetup: { ...PAGE_SETUP, printTitlesRow: '1:1' },
  });
  ws.columns = columns.map((def) => ({ width: def.width }));
  const header = ws.getRow(1);
  header.height = 32;
  columns.forEach((def, index) => {
    const cell = header.getCell(index + 1);
    cell.value = def.header;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.note = def.note;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  columns.forEach((def, index) => {
    const validation = columnValidation(def, lists);
    const numFmt =
      def.kind === 'date' ? DATE_FORMAT : def.kind === 'number' ? '#,##0.##' : undefined;
    if (!validation && !numFmt && def.kind !== 'text') return;
    const column = ws.getColumn(index + 1);
    if (def.kind === 'text') column.alignment = { wrapText: true, vertical: 'top' };
    // One rule per column over a bounded range (a whole-column rule makes every reader
    // expand a million cells). Given cell by cell, exceljs would regroup the cells into
    // overlapping ranges (B2:B301 and B10:B301: it sorts addresses as text).
    const letter = columnLetter(index + 1);
    if (validation) rangeValidations(ws).add(`${letter}2:${letter}${rowCount + 1}`, validation);
    if (numFmt) {
      for (let row = 2; row <= rowCount + 1; row++) ws.getCell(row, index + 1).numFmt = numFmt;
    }
  });
  return ws;
}

/** exceljs keeps a sheet's rules by address; its typings leave the collection out. */
function rangeValidations(ws: ExcelJS.Worksheet): {
  add(range: string, validation: ExcelJS.DataValidation): void;
} {
  return (ws as unknown as { dataValidations: ReturnType<typeof rangeValidations> })
    .dataValidations;
}

function columnValidation(
  def: ColumnDef,
  lists: Map<ChoiceSource, readonly string[]>,
): ExcelJS.DataValidation | undefined {
  if (def.choices) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [listRange(def.choices, lists)],
      showErrorMessage: true,
      // A warning, not a stop: the checker tolerates variants and explains what it refuses.
      errorStyle: 'warning',
      errorTitle: def.header,
      error: 'Choisissez une valeur de la liste déroulante.',
    };
  }
  if (def.kind === 'date') return dateValidation();
  if (def.kind === 'number' || def.kind === 'percent') {
    const max = def.max ?? 1_000_000_000_000;
    return {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [def.min ?? 0, max],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: def.header,
      error:
        def.max === undefined
          ? 'Saisissez un nombre positif ou nul, sans texte.'
          : `Saisissez un nombre de ${def.min ?? 0} à ${def.max}.`,
    };
  }
  return undefined;
}

function dateValidation(): ExcelJS.DataValidation {
  return {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Date',
    error: 'Saisissez une date au format jj/mm/aaaa.',
  };
}

function addListsSheet(
  workbook: ExcelJS.Workbook,
  lists: Map<ChoiceSource, readonly string[]>,
  fingerprint: string,
): void {
  const ws = workbook.addWorksheet(SHEET_NAMES.lists, { state: 'hidden' });
  LIST_COLUMNS.forEach((list, index) => {
    const column = index + 1;
    ws.getCell(1, column).value = list.title;
    ws.getCell(1, column).font = { bold: true };
    (lists.get(list.source) ?? []).forEach((value, row) => {
      ws.getCell(row + 2, column).value = value;
    });
    ws.getColumn(column).width = 34;
  });
  // What the template was written with: a file that still holds exactly that is no submission.
  const marker = LIST_COLUMNS.length + 2;
  ws.getCell(1, marker).value = TEMPLATE_MARKER_TITLE;
  ws.getCell(2, marker).value = `${TEMPLATE_MARKER_PREFIX}${fingerprint}`;
  ws.getColumn(marker).width = 40;
}

function addGuideSheet(workbook: ExcelJS.Workbook, options: TemplateOptions): void {
  const ws = workbook.addWorksheet(SHEET_NAMES.guide, {
    properties: { tabColor: { argb: 'FF70AD47' } },
    pageSetup: { ...PAGE_SETUP, orientation: 'portrait' },
  });
  ws.columns = [{ width: 30 }, { width: 30 }, { width: 14 }, { width: 12 }];
  const c = options.commitment;
  const milestonesHow = c?.milestones?.length
    ? 'les jalons du plan d’action sont pré-remplis ; indiquez'
    : 'une ligne par jalon de l’engagement, avec';
  const deadlines = options.deadlines ?? [];
  const sendTo = options.replyTo
    ? `en réponse au courriel du secrétariat, ou à l'adresse ${options.replyTo}`
    : 'en réponse au courriel du secrétariat';
  const headings = new Set([
    'Ce qui est attendu',
    'Comment remplir la fiche',
    'Comment la renvoyer',
    'Charte de communication commune',
  ]);
  const lines: (string | [string, string, string, string])[] = [
    `Fiche de suivi — ${options.committeeName}`,
    `${options.planName} (du ${formatFrenchDate(options.plan.start)} au ${formatFrenchDate(options.plan.end)})`,
    ...(c ? [`Engagement n° ${c.id} « ${c.title} » — ${c.institution}`] : []),
    '',
    'Ce qui est attendu',
    'À chaque échéance, la fiche à jour : vos actions de communication (prévues et réalisées) ' +
      'et l’avancement de chaque jalon de l’engagement.',
    ...(deadlines.length
      ? ['Échéances :', ...deadlines.map((d) => `• ${formatFrenchDate(d.due)} — ${d.title}`)]
      : []),
    '',
    'Comment remplir la fiche',
    `1. Feuille « ${SHEET_NAMES.engagement} » : vérifiez le numéro et l'intitulé de l'engagement ` +
      `(pré-remplis), le point focal et son email, puis indiquez la date de mise à jour.`,
    `2. Feuille « ${SHEET_NAMES.actions} » : une ligne par action, avec une référence ` +
      `unique (A1, A2…). La ligne 2, grisée, est un exemple : elle n'est pas lue ; écrivez à partir de la ligne 3.`,
    `3. Feuille « ${SHEET_NAMES.milestones} » : ${milestonesHow} ` +
      `son avancement (de 0 à 100, par exemple 45 ou 45 %) et son niveau d'achèvement.`,
    '4. Choisissez les types, statuts, sources de financement et niveaux dans les listes déroulantes.',
    '5. Saisissez les dates au format jj/mm/aaaa (par exemple 09/01/2019) et les montants en chiffres (par exemple 15 000).',
    '6. Une action « Réalisée » demande sa date de réalisation, la valeur réalisée de son indicateur et un lien justificatif.',
    "7. Utilisez l'indicateur unifié de chaque type d'action et, quand la charte l'exige, " +
      `tous ses hashtags et le ${options.charter.logoName}.`,
    '8. Ne renommez ni les feuilles ni les colonnes ; ne supprimez pas de colonne (laissez-la vide si besoin).',
    '',
    'Comment la renvoyer',
    `Enregistrez la fiche au format Excel (.xlsx), sans changer son nom, et renvoyez-la ` +
      `${sendTo}. Le secrétariat vous répond avec chaque cellule à corriger, par son adresse (par exemple F12).`,
    '',
    'Charte de communication commune',
    ['Type d’action', 'Indicateur unifié', 'Hashtags exigés', 'Logo exigé'],
    ...options.charter.actionTypes.map(
      (t) =>
        [t.name, t.indicator, t.hashtags ? 'Oui' : 'Non', t.logo ? 'Oui' : 'Non'] as [
          string,
          string,
          string,
          string,
        ],
    ),
    '',
    `Hashtags de la charte : ${options.charter.hashtags.join(' ') || '(aucun)'}`,
  ];
  lines.forEach((line, index) => {
    const row = ws.getRow(index + 1);
    if (typeof line === 'string') {
      const cell = row.getCell(1);
      cell.value = line;
      // A sentence wraps over the page's width instead of running off it.
      if (line) {
        ws.mergeCells(index + 1, 1, index + 1, 4);
        cell.alignment = { wrapText: true, vertical: 'top' };
        row.height = index === 0 ? 22 : 15 * Math.max(1, Math.ceil(line.length / 95));
      }
      if (index === 0) cell.font = { bold: true, size: 14 };
      if (headings.has(line)) cell.font = { bold: true, size: 12 };
    } else {
      line.forEach((value, col) => {
        row.getCell(col + 1).value = value;
        row.getCell(col + 1).alignment = { wrapText: true, vertical: 'top' };
      });
      if (line[0] === 'Type d’action') {
        row.font = { bold: true };
        row.height = 30; // « Hashtags exigés » wraps in its column
      }
    }
  });
}
