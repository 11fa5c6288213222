/**
 * The committee `init --country` writes: a committee of that country, in its language, with its
 * currency, time zone, weekend and holiday source, a plan of two years, two example commitments,
 * one collection round before one meeting (the people and the plan, for the committee workbook)
 * and a short committee.yaml of technical settings and a small charter that names the workbook.
 * Nothing of Morocco's; every address an example.org placeholder.
 */
import type { IsoDate } from './calendar-date.js';
import { translate } from './catalogue/render.js';
import { defaultLogoName, LOCALES, type Locale } from './config-schema.js';
import { localeTag, type LocaleTag } from './locale-tag.js';
import type { RosterData } from './roster/roster-data.js';
import type { IsoWeekday } from './working-days.js';

/** What the starter is made of. */
export interface StarterInput {
  /** `MX`, or `BR-SP` for a local member (`BR-SP-SP`: its city, where the holiday source has it). */
  country: string;
  /** The country (or state) named in the committee's language. */
  placeName: string;
  locale: Locale;
  timeZone: string;
  currency: string;
  weekend: readonly IsoWeekday[];
  plan: { start: IsoDate; end: IsoDate };
  /** The first meeting, a working day; its collection round closes five working days before. */
  meeting: IsoDate;
}

/**
 * Where a country's administration writes in another of our languages than the first the
 * holiday source and CLDR give: Morocco's writes French (its circulars, its ministries'
 * sites; the bundled example).
 */
const ADMINISTRATION_LOCALES: Readonly<Record<string, Locale>> = { MA: 'fr' };

/** The starter's language: the administration's, else the country's first among ours, else English. */
export function starterLocale(country: string, languages: readonly string[]): Locale {
  return (
    ADMINISTRATION_LOCALES[country] ??
    languages.find((l): l is Locale => (LOCALES as readonly string[]).includes(l)) ??
    'en'
  );
}

/** A YAML scalar, quoted: the words may hold « : », « # » or quotes. */
function q(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The secretariat's address the starter writes, to be replaced. */
const STARTER_SECRETARIAT_EMAIL = 'secretariat@example.org';

/** A commitment's person of the starter: a placeholder name and example.org address. */
function focalPoint(tag: LocaleTag, id: number) {
  return {
    name: translate(tag, 'starter.focalPoint', { id }),
    email: `point.focal.${id}@example.org`,
  };
}

/** An address the starter writes for someone to come (a focal point, the secretariat). */
function isStarterAddress(email: string): boolean {
  const address = email.toLowerCase();
  return address === STARTER_SECRETARIAT_EMAIL || /^point\.focal\.\d+@example\.org$/.test(address);
}

/**
 * Whether a version of the committee workbook still holds the starter's placeholder people
 * (a focal point or the secretariat's address as init wrote them): the secretariat is still
 * filling it in, and what it types over them is no change for the committee's history.
 */
export function holdsStarterPlaceholders(data: RosterData): boolean {
  return [
    ...(data.secretariat?.emails ?? []),
    ...(data.commitments ?? []).map((c) => c.focalPoint.email),
  ].some(isStarterAddress);
}

/**
 * The starter's people and plan ({@link RosterData}, committee.yaml's own form), in the
 * committee's language as its country writes it (`ar-MA`: Morocco's words over plain Arabic):
 * what `init` writes into the committee workbook.
 */
export function starterRoster(input: StarterInput): RosterData {
  const tag = localeTag(input.locale, input.country);
  const place = input.placeName;
  const years = `${input.plan.start.slice(0, 4)}-${input.plan.end.slice(0, 4)}`;
  const stem = translate(tag, 'starter.fileStem');
  return {
    committee: {
      name: translate(tag, 'starter.committeeName', { place }),
      country: input.country,
      timezone: input.timeZone,
      locale: input.locale,
      currency: input.currency,
      weekend: [...input.weekend],
    },
    secretariat: {
      name: translate(tag, 'starter.secretariat'),
      emails: [STARTER_SECRETARIAT_EMAIL],
    },
    plan: { name: translate(tag, 'starter.planName', { years }), ...input.plan },
    commitments: [1, 2].map((id) => ({
      id,
      title: translate(tag, 'starter.commitmentTitle', { id }),
      institution: translate(tag, 'starter.institution', { id }),
      focalPoint: focalPoint(tag, id),
      source: { kind: 'xlsx', path: `submissions/${stem}-${String(id).padStart(2, '0')}.xlsx` },
    })) as RosterData['commitments'],
    meetings: [
      { date: input.meeting, time: '10:00', place: translate(tag, 'starter.place') },
    ] as RosterData['meetings'],
    campaigns: [
      { id: 'update', title: translate(tag, 'starter.campaignTitle'), dueBeforeEachMeeting: 5 },
    ] as RosterData['campaigns'],
    // No day off of our own, even where the holiday source lacks the country: a placeholder day
    // would read as its holidays set. Its days-off sheet shows the example row, its guide and
    // every command ask for them.
    holidays: { add: [], remove: [] },
  };
}

/**
 * The starter committee.yaml text: the technical settings only, in the committee's language,
 * naming the committee workbook (`workbook`, e.g. comite.xlsx) that holds the people and the plan.
 */
export function starterCommittee(input: StarterInput, workbook: string): string {
  const tag = localeTag(input.locale, input.country);
  const place = input.placeName;
  const secretariat = translate(tag, 'starter.secretariat');
  return [
    `# ${translate(tag, 'starter.intro', { place })}`,
    `# ${translate(tag, 'starter.placeholders')}`,
    '',
    `# ${translate(tag, 'starter.roster', { workbook })}`,
    `roster: { workbook: ${q(workbook)} }`,
    '',
    'charter:',
    `  logoName: ${q(defaultLogoName(tag))}`,
    "  hashtags: ['#OpenGov']",
    '  actionTypes:',
    `    - { name: ${q(translate(tag, 'starter.workshop'))}, indicator: ${q(translate(tag, 'starter.participants'))} }`,
    `    - { name: ${q(translate(tag, 'starter.socialPost'))}, indicator: ${q(translate(tag, 'starter.impressions'))}, hashtags: true }`,
    `    - { name: ${q(translate(tag, 'starter.pressRelease'))}, indicator: ${q(translate(tag, 'starter.articles'))}, logo: false }`,
    '',
    'storage: { kind: local, dir: ./out, keepHistory: 10 }',
    `# ${translate(tag, 'starter.intake')}`,
    `# ${translate(tag, 'starter.intakeAuth')}`,
    '# intake: { kind: folder, dir: inbox, authservId: mx.example.org }',
    'intake: { kind: folder, dir: inbox }',
    `mail: { from: ${q(`${secretariat} <secretariat@example.org>`)} }`,
    '',
  ].join('\n');
}
