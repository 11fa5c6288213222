/**
 * What is odd in a committee's calendar, said as a warning: a meeting or a deadline on a
 * weekend or a holiday, a meeting outside the plan, two meetings the same day, a deadline
 * on or after the meeting it prepares. Shown by every command that loads the configuration
 * and in the master's Anomalies.
 */
import { formatFrenchDate, type IsoDate } from './calendar-date.js';
import { campaignRounds } from './campaigns.js';
import type { CommitteeConfig } from './config-schema.js';
import { fixedHolidayOn, weekday } from './working-days.js';

const DAY_NAMES = [
  'dimanche',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
] as const;

/** Why `date` is not a working day, or null when it is one. */
function dayOff(date: IsoDate, holidays: readonly IsoDate[]): string | null {
  const day = weekday(date);
  if (day === 0 || day === 6) return `${formatFrenchDate(date)} est un ${DAY_NAMES[day]}`;
  const fixed = fixedHolidayOn(date);
  if (fixed) return `${formatFrenchDate(date)} est un jour férié (${fixed.name})`;
  if (holidays.includes(date))
    return `${formatFrenchDate(date)} est un jour férié (liste holidays de la configuration)`;
  return null;
}

/** Every warning about the calendar, in French, in date order. */
export function calendarWarnings(config: CommitteeConfig): string[] {
  const out: [IsoDate, string][] = [];
  const { plan, holidays } = config;
  const seen = new Map<IsoDate, number>();
  for (const meeting of config.meetings) {
    const off = dayOff(meeting.date, holidays);
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
    const off = dayOff(campaign.due, holidays);
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
