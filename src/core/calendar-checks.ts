/**
 * What is odd in a committee's calendar, said as a warning: a meeting or a deadline on a
 * weekend or a holiday, a meeting outside the plan, two meetings the same day, a deadline
 * on or after the meeting it prepares. Shown by every command that loads the configuration
 * and in the master's Anomalies.
 */
import { formatFrenchDate, type IsoDate } from './calendar-date.js';
import { campaignRounds } from './campaigns.js';
import type { CommitteeConfig } from './config-schema.js';
import { isoWeekday, type Holiday, type WorkingCalendar } from './working-days.js';

/** French weekday names, by ISO weekday (1 = Monday). */
export const FRENCH_DAY_NAMES = [
  '',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
] as const;

/** « Aïd al-Fitr, date estimée : elle dépend de l'observation de la lune ». */
export function holidayLabel(holiday: Holiday): string {
  if (holiday.estimate) {
    return `${holiday.name}, date estimée : elle dépend de l'observation de la lune, à confirmer dans holidays.add`;
  }
  return holiday.origin === 'committee'
    ? `${holiday.name}, liste holidays de la configuration`
    : holiday.name;
}

/** Why `date` is not a working day, or null when it is one. */
function dayOff(date: IsoDate, calendar: WorkingCalendar): string | null {
  const day = isoWeekday(date);
  if (calendar.weekend.includes(day)) {
    return `${formatFrenchDate(date)} est un ${FRENCH_DAY_NAMES[day]}`;
  }
  const holiday = calendar.holidayOn(date);
  if (holiday) return `${formatFrenchDate(date)} est un jour férié (${holidayLabel(holiday)})`;
  return null;
}

/** Every warning about the calendar, in French, in date order. */
export function calendarWarnings(config: CommitteeConfig): string[] {
  const out: [IsoDate, string][] = [];
  const { plan, calendar } = config;
  if (!calendar.countryKnown() && config.holidays.add.length === 0) {
    out.push([
      '',
      `Aucun jour férié connu pour ${config.committee.country} : les rappels ne tiennent compte ` +
        'que du week-end. Donnez les jours fériés du pays dans holidays.add (par exemple - 2026-05-25).',
    ]);
  }
  for (const day of calendar.removalsMatchingNothing()) {
    out.push([
      day,
      `holidays.remove : le ${formatFrenchDate(day)} n'est pas un jour férié de ${config.committee.country} ` +
        "d'après la liste du pays : rien n'est retiré (vérifiez la date).",
    ]);
  }
  const seen = new Map<IsoDate, number>();
  for (const meeting of config.meetings) {
    const off = dayOff(meeting.date, calendar);
    if (off) out.push([meeting.date, `Réunion du ${formatFrenchDate(meeting.date)} : ${off}.`]);
    if (meeting.date < plan.start || meeting.date > plan.end) {
      out.push([
        meeting.date,
        `Réunion du ${formatFrenchDate(meeting.date)} en dehors du plan (du ${formatFrenchDate(plan.start)} ` +
          `au ${formatFrenchDate(plan.end)}).`,
      ]);
    }
    seen.set(meeting.date, (seen.get(meeting.date) ?? 0) + 1);
  }
  for (const [date, count] of seen) {
    if (count > 1)
      out.push([
        date,
        `${count} réunions le ${formatFrenchDate(date)} : une seule est attendue par jour.`,
      ]);
  }
  for (const campaign of config.campaigns) {
    if (!('due' in campaign)) continue;
    const off = dayOff(campaign.due, calendar);
    if (off)
      out.push([
        campaign.due,
        `Échéance « ${campaign.title} » du ${formatFrenchDate(campaign.due)} : ${off}.`,
      ]);
  }
  for (const round of campaignRounds(config)) {
    if (round.meeting && round.due >= round.meeting) {
      out.push([
        round.due,
        `Échéance « ${round.title} » du ${formatFrenchDate(round.due)} : le jour même de ` +
          `la réunion du ${formatFrenchDate(round.meeting)} qu'elle prépare, ou après (dueBeforeEachMeeting ≥ 1 attendu).`,
      ]);
    }
  }
  return out.sort((a, b) => a[0].localeCompare(b[0])).map(([, text]) => text);
}
