/** The calendar's words in French. */
import { formatFrenchDate } from '../../calendar-date.js';
import type { CalendarWords } from '../calendar-shape.js';

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
  withoutSheet: 'Points focaux sans fiche valide (copie : suppléants)',
  late: (escalated) =>
    `Points focaux en retard (copie : suppléants${escalated ? ', secrétariat' : ''})`,
  secretariat: 'Secrétariat',
  everyone: 'Points focaux et suppléants, secrétariat',
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
  meeting: 'Réunion du comité de suivi',
  roundBeforeMeeting: (date) => `Fiches à jour avant la réunion du ${date}`,
  roundForAll: 'Fiches attendues de tous les engagements',
  date: formatFrenchDate,
};
