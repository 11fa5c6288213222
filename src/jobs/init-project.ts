/**
 * The `init` job: a starter committee — its workbook of people and plan and a short
 * committee.yaml naming it (`--country`), or the bundled example — and one pre-filled template
 * per commitment.
 */
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadConfigFile, readConfigDocument } from '../adapters/config/committee-file.js';
import { rosterSettingOf } from '../adapters/config/roster-config.js';
import { libraryCountryFacts } from '../adapters/country/country-facts.js';
import { committeeSchemaUrl, exampleConfigPath } from '../adapters/local/package-files.js';
import { writeRosterFile } from '../adapters/documents/roster-workbook.js';
import { templateOptionsFor, writeTemplateFile } from '../adapters/documents/template-workbook.js';
import { localDateAt } from '../core/calendar-date.js';
import { message } from '../core/catalogue/render.js';
import { OgpError } from '../core/codes.js';
import {
  COUNTRY_CODE_FORM,
  parseCommitteeConfig,
  parseCountryCode,
  xlsxSourcePaths,
} from '../core/config-schema.js';
import { isLocale, LOCALES, type Locale } from '../core/locales.js';
import { commitmentNumberInName, rosterFileName } from '../core/file-names.js';
import { localeTag } from '../core/locale-tag.js';
import { buildWorkingCalendar, countryWeekend } from '../core/holidays.js';
import {
  starterCommittee,
  starterLocale,
  starterRoster,
  type StarterInput,
} from '../core/starter-committee.js';
import { closestOption } from '../core/text.js';
import { addDays, onOrAfterWorkingDay, type IsoWeekday } from '../core/working-days.js';

/** The committee `init --country` started: what it took from the country. */
export interface StarterCountry {
  country: string;
  name: string;
  locale: Locale;
  currency: string;
  timeZone: string;
  weekend: readonly IsoWeekday[];
  /** Whether the holiday source knows the country: else the committee lists its holidays. */
  holidaysKnown: boolean;
}

/** What `init` wrote, and what it found already there and left alone. */
export interface InitResult {
  config: string;
  /** False when `committee.yaml` was there already (and kept). */
  configWritten: boolean;
  /** The committee workbook committee.yaml names (the people and the plan), when it names one. */
  workbook?: string;
  /** False when the workbook was there already (and kept). */
  workbookWritten?: boolean;
  written: string[];
  kept: string[];
  /** Submission files of commitments the configuration no longer has. */
  stale: string[];
  /** The country the starter was written for (`--country`), when it was written. */
  starter?: StarterCountry;
}

/**
 * Writes `DIR/committee.yaml` (the bundled example, to edit) unless it is there, and a
 * template for every commitment whose submission file does not exist yet. Never overwrites
 * a file; with `force`, the templates of existing files are written again (what a focal
 * point filled in there is lost). Lists the submission files of commitments the
 * configuration no longer has.
 */
export async function initProject(
  dir: string,
  options: {
    force?: boolean;
    starter?: string;
    country?: string;
    locale?: string;
    now?: Date;
  } = {},
): Promise<InitResult> {
  const target = resolve(dir);
  const config = join(target, 'committee.yaml');
  const configWritten = !(await exists(config));
  // Checked before anything is written: a wrong code leaves the folder as it was.
  const country = options.country
    ? startFor(options.country, options.locale, options.now ?? new Date())
    : null;
  let workbook: { path: string; written: boolean } | null = null;
  if (configWritten) {
    await mkdir(target, { recursive: true });
    if (country) {
      const { input } = country;
      const name = rosterFileName(localeTag(input.locale, input.country));
      const text = starterCommittee(input, name);
      workbook = await writeStarterWorkbook(join(target, name), input, text);
      await writeFile(config, withSchemaLine(text), { flag: 'wx' });
    } else {
      const starter = options.starter ?? exampleConfigPath();
      await writeFile(config, withSchemaLine(await readFile(starter, 'utf8')), { flag: 'wx' });
      workbook = await copyNamedWorkbook(starter, target);
    }
  }
  // With the workbook it names, read as it is now (no run state is written by init).
  const { config: committee } = await loadConfigFile(config);
  // The folder the focal points' replies are saved into, ready (mail-check says when it is not).
  if (committee.intake?.kind === 'folder' && committee.intake.dir) {
    await mkdir(resolve(target, committee.intake.dir), { recursive: true });
  }
  const written: string[] = [];
  const kept: string[] = [];
  const folders = new Set<string>();
  for (const commitment of committee.commitments) {
    if (commitment.source?.kind !== 'xlsx') continue;
    const path = commitment.source.path;
    folders.add(dirname(path));
    if (!options.force && (await exists(path))) {
      kept.push(path);
      continue;
    }
    await writeTemplateFile(path, templateOptionsFor(committee, commitment));
    written.push(path);
  }
  // A submission file whose commitment is no longer configured: said, never deleted.
  const configured = new Set(committee.commitments.map((c) => c.id));
  const sources = xlsxSourcePaths(committee);
  const stale: string[] = [];
  for (const folder of folders) {
    for (const name of (await readdir(folder).catch(() => [] as string[])).sort()) {
      const id = name.endsWith('.xlsx') ? commitmentNumberInName(name) : null;
      if (id !== null && !configured.has(id) && !sources.has(join(folder, name)))
        stale.push(join(folder, name));
    }
  }
  return {
    config,
    configWritten,
    written,
    kept,
    stale,
    ...(workbook ? { workbook: workbook.path, workbookWritten: workbook.written } : {}),
    ...(country && configWritten ? { starter: country.starter } : {}),
  };
}

/** What a committee.yaml's schema line starts with (yaml-language-server's modeline). */
const SCHEMA_LINE = '# yaml-language-server: $schema=';

/**
 * `yaml` with, as its first line, the one that tells an editor (VS Code's YAML extension, any
 * yaml-language-server client) where its schema is: the installed package's file, as an absolute
 * `file://` URL (see committeeSchemaUrl). A copied example's own line (relative to the
 * repository's examples/) is replaced.
 */
function withSchemaLine(yaml: string): string {
  const line = `${SCHEMA_LINE}${committeeSchemaUrl()}\n`;
  return (
    line + (yaml.startsWith(SCHEMA_LINE) ? yaml.slice(yaml.indexOf('\n') + 1 || yaml.length) : yaml)
  );
}

/**
 * The starter's committee workbook (comite.xlsx in French) at `path`, unless one is there
 * already: then it is kept, and committee.yaml names it.
 */
async function writeStarterWorkbook(
  path: string,
  input: StarterInput,
  yaml: string,
): Promise<{ path: string; written: boolean }> {
  if (await exists(path)) return { path, written: false };
  // committee.yaml's settings with the people and the plan: the configuration the workbook shows.
  const settings = { ...readConfigDocument(yaml, path).data };
  delete settings.roster;
  const data = { ...settings, ...starterRoster(input) };
  const result = parseCommitteeConfig(data, libraryCountryFacts, input.locale);
  // The starter is ours: a problem in it is a bug, not the user's data.
  if (!result.ok) throw new Error(`starter committee invalid: ${JSON.stringify(result.problems)}`);
  await writeRosterFile(path, result.config);
  return { path, written: true };
}

/**
 * The workbook a copied committee.yaml names (the bundled example's comite.xlsx), copied
 * beside it unless one is there already; null when it names none.
 */
async function copyNamedWorkbook(
  starter: string,
  target: string,
): Promise<{ path: string; written: boolean } | null> {
  const { data } = readConfigDocument(await readFile(starter, 'utf8'), starter);
  const setting = rosterSettingOf(data);
  if (!setting || !('workbook' in setting)) return null;
  const path = resolve(target, setting.workbook);
  if (await exists(path)) return { path, written: false };
  await copyFile(resolve(dirname(starter), setting.workbook), path);
  return { path, written: true };
}

/**
 * The starter committee of a country (`MX`, `BR-SP`, `BR-SP-SP`): its language (`locale`,
 * else its administration's among ours, else English), currency, capital's time zone, weekend and
 * holiday source; a plan of two years from next month, its first meeting three months in.
 */
function startFor(
  code: string,
  locale: string | undefined,
  now: Date,
): { input: StarterInput; starter: StarterCountry } {
  const upper = parseCountryCode(code);
  if (!upper) {
    // Well formed but no country (`ZZ`): said as such, not as a code badly written.
    const problem = COUNTRY_CODE_FORM.test(code.trim())
      ? message('errors.initCountryUnknown', { code })
      : message('errors.initCountry', { code });
    throw new OgpError('usage', problem);
  }
  const [country = '', subdivision, region] = upper.split('-');
  const facts = libraryCountryFacts;
  const known = facts.subdivisionsOf(country);
  if (subdivision && !known?.includes(subdivision)) {
    const near = known ? closestOption(subdivision, known) : null;
    throw new OgpError(
      'usage',
      message('errors.initSubdivision', {
        code,
        subdivision,
        country,
        near: near ?? '',
        hasNear: Boolean(near),
        known: known?.join(', ') ?? '',
        hasKnown: Boolean(known?.length),
      }),
    );
  }
  const cities = subdivision ? facts.regionsOf(country, subdivision) : [];
  if (subdivision && region && !cities.includes(region)) {
    const state = `${country}-${subdivision}`;
    const near = closestOption(region, cities);
    throw new OgpError(
      'usage',
      message('errors.initRegion', {
        code,
        region,
        state,
        near: near ?? '',
        hasNear: Boolean(near),
        known: cities.join(', '),
        hasKnown: cities.length > 0,
      }),
    );
  }
  if (locale !== undefined && !isLocale(locale)) {
    throw new OgpError(
      'usage',
      message('errors.initLocale', { locale, locales: { anyOf: LOCALES } }),
    );
  }
  const chosen: Locale = locale ?? starterLocale(country, facts.languagesOf(country));
  const currency = facts.currencyOf(country);
  const timeZone = facts.timeZoneOf(country, subdivision);
  if (!currency || !timeZone) {
    throw new OgpError(
      'usage',
      currency
        ? message('errors.initTimeZone', { code })
        : message('errors.initCurrency', { code }),
    );
  }
  const weekend = countryWeekend(country);
  const today = localDateAt(now, timeZone);
  const start = `${today.slice(0, 7)}-01` < today ? nextMonth(today) : today;
  const end = addDays(`${Number(start.slice(0, 4)) + 2}${start.slice(4)}`, -1);
  const calendar = buildWorkingCalendar({
    country,
    ...(subdivision ? { subdivision } : {}),
    ...(region ? { region } : {}),
    weekend,
    add: [],
    remove: [],
    language: chosen,
    facts,
    committeeHolidayName: '',
  });
  const meeting = onOrAfterWorkingDay(nextMonth(nextMonth(nextMonth(start))), calendar);
  // The place in the committee's language, for its file and the command's summary.
  const name = new Intl.DisplayNames(chosen, { type: 'region' }).of(country) ?? country;
  const state = subdivision ? facts.subdivisionName(country, subdivision) : undefined;
  const city =
    subdivision && region ? facts.subdivisionName(country, subdivision, region) : undefined;
  const local = [...(region ? [city ?? region] : []), state ?? subdivision].join(', ');
  const place = subdivision ? `${local} (${name})` : name;
  const starter: StarterCountry = {
    country: upper,
    name: place,
    locale: chosen,
    currency,
    timeZone,
    weekend,
    holidaysKnown: known !== null,
  };
  const input: StarterInput = {
    country: upper,
    placeName: place,
    locale: chosen,
    timeZone,
    currency,
    weekend,
    plan: { start, end },
    meeting,
  };
  return { input, starter };
}

/** The first day of the month after `date`'s. */
function nextMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
