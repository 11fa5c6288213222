/** The calendar's words in French. */
import { formatFrenchDate } from '../../calendar-date.js';
import type { CalendarWords } from '../calendar-shape.js';
import { FRENCH_DAY_NAMES } from '../day-names.js';

/** Who gets a copy: « (copie : suppléants, secrétariat) », or nothing. */
const copies = (substitutes: boolean, secretariat: boolean) => {
  const who = [...(substitutes ? ['suppléants'] : []), ...(secretariat ? ['secrétariat'] : [])];
  return who.length ? ` (copie : ${who.join(', ')})` : '';
};

export const calendar: CalendarWords = {
  kinds: {
    reminder: 'Relance',
    overdue: 'Relance après échéance',
    feedback: 'Retour sur la fiche',
    'report-meeting': 'Rapport avant réunion',
    'report-deadline': 'Rapport après échéance',
    invitation: 'Invitation à la réunion',
    'holiday-check': 'Jour férié à confirmer',
    answer: 'Réponse à un courriel reçu',
  },
  withoutSheet: (substitutes) => `Points focaux sans fiche valide${copies(substitutes, false)}`,
  late: (escalated, substitutes) => `Points focaux en retard${copies(substitutes, escalated)}`,
  secretariat: 'Secrétariat',
  everyone: (substitutes) =>
    substitutes ? 'Points focaux et suppléants, secrétariat' : 'Points focaux, secrétariat',
  unnamedHoliday: 'jour férié du comité',
  due: (title, date, days) =>
    `${title} : échéance du ${date}${days ? ` (J-${days})` : ' (jour J)'}`,
  overdue: (title, date, days) => `${title} : échéance dépassée du ${date} (J+${days})`,
  reportDeadline: (date, title) => `Bilan de l'échéance du ${date} : ${title}`,
  reportMeeting: (date) => `Synthèse avant la réunion du ${date}`,
  invitation: (date, time) => `Invitation à la réunion du ${date}${time ? ` à ${time}` : ''}`,
  holiday: (name, first, last) =>
    last === null
      ? `${name} : date estimée le ${first}, à confirmer`
      : `${name} : dates estimées du ${first} au ${last}, à confirmer`,
  holidaysMissing: (year) => `Jours fériés de ${year} à donner dans holidays.add : aucun n'y est`,
  meeting: 'Réunion du comité de suivi',
  roundBeforeMeeting: (date) => `Fiches à jour avant la réunion du ${date}`,
  roundForAll: 'Fiches attendues de tous les engagements',
  date: formatFrenchDate,
  noHolidays: (country) =>
    `Aucun jour férié connu pour ${country} : les rappels ne tiennent compte que du week-end. ` +
    'Donnez les jours fériés du pays dans holidays.add (par exemple - 2026-05-25).',
  noHolidaysIn: (year, country) =>
    `Aucun jour férié en ${year} : la liste de ${country} n'est pas connue de l'outil et holidays.add ` +
    `n'a aucun jour de ${year}, les rappels de cette année-là ne tiennent compte que du week-end. ` +
    `Donnez-les dans holidays.add (par exemple - ${year}-05-01).`,
  removalMatchesNothing: (date, country) =>
    `holidays.remove : le ${date} n'est pas un jour férié de ${country} d'après la liste du pays : ` +
    "rien n'est retiré (vérifiez la date).",
  onWeekend: (date, day) => `${date} est un ${FRENCH_DAY_NAMES[day] ?? ''}`,
  onHoliday: (date, label) => `${date} est un jour férié (${label})`,
  estimatedHoliday: (name) =>
    `${name}, date estimée : elle dépend de l'observation de la lune, à confirmer dans holidays.add`,
  committeeHoliday: (name) => `${name}, liste holidays de la configuration`,
  meetingOff: (date, why) => `Réunion du ${date} : ${why}.`,
  meetingOutsidePlan: (date, start, end) =>
    `Réunion du ${date} en dehors du plan (du ${start} au ${end}).`,
  meetingsSameDay: (count, date) =>
    `${count} réunions le ${date} : une seule est attendue par jour.`,
  deadlineOff: (title, date, why) => `Échéance « ${title} » du ${date} : ${why}.`,
  deadlineAtMeeting: (title, due, meeting) =>
    `Échéance « ${title} » du ${due} : le jour même de la réunion du ${meeting} qu'elle ` +
    'prépare, ou après (dueBeforeEachMeeting ≥ 1 attendu).',
  configuration: 'Configuration du comité',
};
