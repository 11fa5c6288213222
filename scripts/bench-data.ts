/**
 * Synthetic but realistic submissions for the benchmark: N filled-in templates (dropdowns,
 * validations, notes and all), each with 200 communication actions and 20 milestones, in
 * the mixed forms focal points type (real dates and text dates, French numbers, percent
 * cells, lower-case choices), with a few mistakes, and the committee.yaml that lists them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  ACTION_COLUMNS,
  MILESTONE_COLUMNS,
  SHEET_NAMES,
} from '../sheets-templates/submission-template.js';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { exampleConfigPath } from '../src/adapters/local/package-files.js';
import { rosterDataOf } from '../src/core/roster/roster-data-of.js';
import { parse, stringify } from 'yaml';
import {
  buildTemplateWorkbook,
  writeWorkbookFile,
} from '../src/adapters/documents/template-workbook.js';

export const ACTIONS_PER_FILE = 200;
export const MILESTONES_PER_FILE = 20;

/** A small deterministic generator, so that every run measures the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

const TYPES = [
  ['Atelier', 'Nombre de participants'],
  ['Séminaire / conférence', 'Nombre de participants'],
  ['Formation', 'Nombre de personnes formées'],
  ['Publication réseaux sociaux', "Nombre d'impressions"],
  ['Communiqué de presse', 'Nombre de reprises dans la presse'],
  ['Article sur site web', 'Nombre de visites'],
  ['Vidéo / capsule', 'Nombre de vues'],
  ['Caravane de sensibilisation', 'Nombre de personnes sensibilisées'],
] as const;
const PLACES = ['Rabat', 'Casablanca', 'Fès', 'Tanger', 'Marrakech', 'Agadir', 'Oujda', 'Laâyoune'];
const AUDIENCES = ['Société civile', 'Jeunes', 'Élus', 'Médias', 'Administrations', 'Grand public'];
const TAGS = '#OGPMaroc #GouvernementOuvert';

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function day(next: () => number, from: number, to: number): Date {
  const start = Date.UTC(2018, 8, 1);
  return new Date(start + Math.floor(from + next() * (to - from)) * 86_400_000);
}

function frenchDate(date: Date): string {
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

function fill(workbook: ExcelJS.Workbook, id: number): void {
  const next = random(id * 7919);
  workbook.getWorksheet(SHEET_NAMES.engagement)!.getCell('B6').value = new Date(
    Date.UTC(2019, 0, 7),
  );
  const actions = workbook.getWorksheet(SHEET_NAMES.actions)!;
  const col = (field: string) => ACTION_COLUMNS.findIndex((c) => c.field === field) + 1;
  for (let i = 0; i < ACTIONS_PER_FILE; i++) {
    const row = actions.getRow(i + 2);
    const [type, indicator] = pick(next, TYPES);
    const realised = next() < 0.35;
    const planned = day(next, 0, 700);
    const set = (field: string, value: ExcelJS.CellValue) => {
      row.getCell(col(field)).value = value;
    };
    set('ref', `A${i + 1}`);
    set('type', next() < 0.1 ? type.toLowerCase() : type);
    set(
      'title',
      `${type} ${pick(next, PLACES)} n° ${i + 1} : ${pick(next, AUDIENCES).toLowerCase()} et gouvernement ouvert`,
    );
    set('audience', `${pick(next, AUDIENCES)}, ${pick(next, AUDIENCES)}`);
    set('channel', `Présentiel, ${pick(next, PLACES)}`);
    set('plannedDate', next() < 0.3 ? frenchDate(planned) : planned);
    set(
      'status',
      realised
        ? 'Réalisée'
        : next() < 0.1
          ? 'prévue'
          : pick(next, ['Prévue', 'En cours', 'Reportée']),
    );
    if (realised) {
      const done = new Date(Math.min(planned.getTime(), Date.UTC(2019, 0, 5)));
      set('doneDate', next() < 0.2 ? frenchDate(done) : done);
      set('achieved', Math.floor(next() * 500));
      set('evidence', next() < 0.95 ? `https://www.example.org/e${id}/a${i + 1}` : null);
    }
    const budget = Math.floor(next() * 80) * 1000;
    set('budget', next() < 0.3 ? `${budget.toLocaleString('fr-FR')} MAD` : budget);
    set(
      'funding',
      pick(next, [
        "Budget de l'institution",
        'MRAFP',
        'Sans coût',
        'Partenaire technique et financier',
      ]),
    );
    set('indicator', next() < 0.02 ? 'Nombre de vues' : indicator);
    set('target', Math.floor(next() * 1000));
    set(
      'hashtags',
      type === 'Publication réseaux sociaux' ||
        type === 'Vidéo / capsule' ||
        type === 'Article sur site web'
        ? TAGS
        : null,
    );
    set('logo', next() < 0.9 ? 'Oui' : 'Non');
    if (next() < 0.2) set('comment', 'Action coordonnée avec le secrétariat du comité.');
  }
  const milestones = workbook.getWorksheet(SHEET_NAMES.milestones)!;
  const mcol = (field: string) => MILESTONE_COLUMNS.findIndex((c) => c.field === field) + 1;
  for (let i = 0; i < MILESTONES_PER_FILE; i++) {
    const row = milestones.getRow(i + 2);
    const start = day(next, 0, 300);
    const progress = Math.floor(next() * 11) * 10;
    row.getCell(mcol('ref')).value = `J${i + 1}`;
    row.getCell(mcol('title')).value = `Jalon ${i + 1} de l'engagement ${id}`;
    row.getCell(mcol('start')).value = start;
    row.getCell(mcol('end')).value = new Date(start.getTime() + 200 * 86_400_000);
    const progressCell = row.getCell(mcol('progress'));
    if (next() < 0.3) {
      progressCell.value = progress / 100;
      progressCell.numFmt = '0%';
    } else progressCell.value = next() < 0.5 ? `${progress} %` : progress;
    row.getCell(mcol('completion')).value =
      progress === 0
        ? 'Non démarré'
        : progress === 100
          ? 'Achevé'
          : progress < 50
            ? 'Limité'
            : 'Substantiel';
    if (progress === 100)
      row.getCell(mcol('evidence')).value = `https://www.example.org/e${id}/j${i + 1}`;
  }
}

/** Writes `count` submissions and their committee.yaml into `dir`; returns the config path. */
export async function writeBenchData(dir: string, count: number): Promise<string> {
  const submissions = join(dir, 'submissions');
  await mkdir(submissions, { recursive: true });
  // The example's settings, people and plan, with `count` commitments of its own.
  const example = await readFile(exampleConfigPath(), 'utf8');
  const { config } = await loadConfigFile(exampleConfigPath());
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  // Without `roster`: the benchmark committee keeps everything in its committee.yaml.
  const settings = parse(example) as Record<string, unknown>;
  delete settings.roster;
  const commitments = ids.map((id) => {
    const n = String(id).padStart(3, '0');
    return {
      id,
      title: `Engagement ${id}`,
      institution: `Institution ${id}`,
      focalPoint: { name: `Point focal ${id}`, email: `pf${n}@example.org` },
      source: { kind: 'xlsx', path: `submissions/engagement-${n}.xlsx` },
    };
  });
  const yaml = stringify({
    ...rosterDataOf(config),
    commitments,
    ...settings,
    storage: { kind: 'local', dir: './out', keepHistory: 2 },
  });
  const configPath = join(dir, 'committee.yaml');
  await writeFile(configPath, yaml);
  for (const id of ids) {
    const workbook = buildTemplateWorkbook({
      // The focal point wrote over the example row.
      exampleRow: false,
      committeeName: config.committee.name,
      planName: config.plan.name,
      plan: config.plan,
      charter: config.charter,
      currency: config.committee.currency,
      commitment: {
        id,
        title: `Engagement ${id}`,
        institution: `Institution ${id}`,
        focalPoint: { name: `Point focal ${id}`, email: `pf${id}@example.org` },
        substitutes: [],
        communicationOfficers: [],
      },
    });
    fill(workbook, id);
    await writeWorkbookFile(
      workbook,
      join(submissions, `engagement-${String(id).padStart(3, '0')}.xlsx`),
    );
  }
  return configPath;
}
