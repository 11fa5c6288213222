/**
 * The committee.yaml `init --country` writes: a committee of that country, in its language,
 * with its currency, time zone, weekend and holiday source, a plan of two years, two example
 * commitments, one collection round before one meeting and a small charter. Nothing
 * of Morocco's; every address an example.org placeholder.
 */
import type { IsoDate } from './calendar-date.js';
import { translate } from './catalogue/render.js';
import { defaultLogoName, LOCALES, type Locale } from './config-schema.js';
import { localeTag } from './locale-tag.js';
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

/**
 * The starter committee.yaml text, in the committee's language as its country writes it
 * (`ar-MA`: Morocco's words over plain Arabic).
 */
export function starterCommittee(input: StarterInput): string {
  const tag = localeTag(input.locale, input.country);
  const place = input.placeName;
  const secretariat = translate(tag, 'starter.secretariat');
  const years = `${input.plan.start.slice(0, 4)}-${input.plan.end.slice(0, 4)}`;
  const commitments = [1, 2].flatMap((id) => {
    const file = `submissions/${translate(tag, 'starter.fileStem')}-${String(id).padStart(2, '0')}.xlsx`;
    return [
      `  - id: ${id}`,
      `    title: ${q(translate(tag, 'starter.commitmentTitle', { id }))}`,
      `    institution: ${q(translate(tag, 'starter.institution', { id }))}`,
      `    focalPoint: { name: ${q(translate(tag, 'starter.focalPoint', { id }))}, email: point.focal.${id}@example.org }`,
      `    source: { kind: xlsx, path: ${file} }`,
    ];
  });
  const holidays = input.holidaysKnown
    ? [
        `# ${translate(tag, 'starter.holidaysKnown', { place })}`,
        'holidays:',
        '  add: []',
        '  remove: []',
      ]
    : [
        `# ${translate(tag, 'starter.holidaysUnknown', { place })}`,
        'holidays:',
        // One day of each year of the plan: a year without one is warned about.
        `  add: [${planYears(input.plan)
          .map((year) => `${year}-05-01`)
          .join(', ')}]`,
        '  remove: []',
      ];
  return [
    `# ${translate(tag, 'starter.intro', { place })}`,
    `# ${translate(tag, 'starter.placeholders')}`,
    '',
    'committee:',
    `  name: ${q(translate(tag, 'starter.committeeName', { place }))}`,
    `  country: ${input.country}`,
    `  timezone: ${input.timeZone}`,
    `  locale: ${input.locale}`,
    `  currency: ${input.currency}`,
    `  weekend: [${input.weekend.join(', ')}] # ${translate(tag, 'starter.weekend')}`,
    '',
    'secretariat:',
    `  name: ${q(secretariat)}`,
    '  emails: [secretariat@example.org]',
    '',
    'plan:',
    `  name: ${q(translate(tag, 'starter.planName', { years }))}`,
    `  start: ${input.plan.start}`,
    `  end: ${input.plan.end}`,
    '',
    `# ${translate(tag, 'starter.commitments')}`,
    'commitments:',
    ...commitments,
    '',
    'meetings:',
    `  - { date: ${input.meeting}, time: '10:00', place: ${q(translate(tag, 'starter.place'))} }`,
    '',
    `# ${translate(tag, 'starter.campaigns')}`,
    'campaigns:',
    `  - { id: update, title: ${q(translate(tag, 'starter.campaignTitle'))}, dueBeforeEachMeeting: 5 }`,
    '',
    'charter:',
    `  logoName: ${q(defaultLogoName(tag))}`,
    "  hashtags: ['#OpenGov']",
    '  actionTypes:',
    `    - { name: ${q(translate(tag, 'starter.workshop'))}, indicator: ${q(translate(tag, 'starter.participants'))} }`,
    `    - { name: ${q(translate(tag, 'starter.socialPost'))}, indicator: ${q(translate(tag, 'starter.impressions'))}, hashtags: true }`,
    `    - { name: ${q(translate(tag, 'starter.pressRelease'))}, indicator: ${q(translate(tag, 'starter.articles'))}, logo: false }`,
    '',
    ...holidays,
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
