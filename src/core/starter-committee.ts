/**
 * The committee.yaml `init --country` writes: a committee of that country, in its language,
 * with its currency, time zone, weekend and holiday source, a plan of two years, two example
 * commitments, one collection round before one meeting and a small charter. Nothing
 * of Morocco's; every address an example.org placeholder.
 */
import type { IsoDate } from './calendar-date.js';
import { CATALOGUES } from './catalogue/index.js';
import { DEFAULT_LOGO_NAMES, LOCALES, type Locale } from './config-schema.js';
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
  /** Whether the holiday source knows the country (else the committee lists its holidays). */
  holidaysKnown: boolean;
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

/** The years a plan covers. */
function planYears(plan: { start: IsoDate; end: IsoDate }): number[] {
  const years: number[] = [];
  for (let y = Number(plan.start.slice(0, 4)); y <= Number(plan.end.slice(0, 4)); y++)
    years.push(y);
  return years;
}

/** The starter committee.yaml text. */
export function starterCommittee(input: StarterInput): string {
  const w = CATALOGUES[input.locale].starter;
  const years = `${input.plan.start.slice(0, 4)}-${input.plan.end.slice(0, 4)}`;
  const commitments = [1, 2].flatMap((id) => {
    const file = `submissions/${w.fileStem}-${String(id).padStart(2, '0')}.xlsx`;
    return [
      `  - id: ${id}`,
      `    title: ${q(w.commitmentTitle(id))}`,
      `    institution: ${q(w.institution(id))}`,
      `    focalPoint: { name: ${q(w.focalPoint(id))}, email: point.focal.${id}@example.org }`,
      `    source: { kind: xlsx, path: ${file} }`,
    ];
  });
  const holidays = input.holidaysKnown
    ? [`# ${w.holidaysKnown(input.placeName)}`, 'holidays:', '  add: []', '  remove: []']
    : [
        `# ${w.holidaysUnknown(input.placeName)}`,
        'holidays:',
        // One day of each year of the plan: a year without one is warned about.
        `  add: [${planYears(input.plan)
          .map((year) => `${year}-05-01`)
          .join(', ')}]`,
        '  remove: []',
      ];
  return [
    `# ${w.intro(input.placeName)}`,
    `# ${w.placeholders}`,
    '',
    'committee:',
    `  name: ${q(w.committeeName(input.placeName))}`,
    `  country: ${input.country}`,
    `  timezone: ${input.timeZone}`,
    `  locale: ${input.locale}`,
    `  currency: ${input.currency}`,
    `  weekend: [${input.weekend.join(', ')}] # ${w.weekend}`,
    '',
    'secretariat:',
    `  name: ${q(w.secretariat)}`,
    '  emails: [secretariat@example.org]',
    '',
    'plan:',
    `  name: ${q(w.planName(years))}`,
    `  start: ${input.plan.start}`,
    `  end: ${input.plan.end}`,
    '',
    `# ${w.commitments}`,
    'commitments:',
    ...commitments,
    '',
    'meetings:',
    `  - { date: ${input.meeting}, time: '10:00', place: ${q(w.place)} }`,
    '',
    `# ${w.campaigns}`,
    'campaigns:',
    `  - { id: update, title: ${q(w.campaignTitle)}, dueBeforeEachMeeting: 5 }`,
    '',
    'charter:',
    `  logoName: ${q(DEFAULT_LOGO_NAMES[input.locale])}`,
    "  hashtags: ['#OpenGov']",
    '  actionTypes:',
    `    - { name: ${q(w.workshop)}, indicator: ${q(w.participants)} }`,
    `    - { name: ${q(w.socialPost)}, indicator: ${q(w.impressions)}, hashtags: true }`,
    `    - { name: ${q(w.pressRelease)}, indicator: ${q(w.articles)}, logo: false }`,
    '',
    ...holidays,
    '',
    'storage: { kind: local, dir: ./out, keepHistory: 10 }',
    `# ${w.intake}`,
    `# ${w.intakeAuth}`,
    '# intake: { kind: folder, dir: inbox, authservId: mx.example.org }',
    'intake: { kind: folder, dir: inbox }',
    `mail: { from: ${q(`${w.secretariat} <secretariat@example.org>`)} }`,
    '',
  ].join('\n');
}
