/** The dashboard's remarks in English. */
import type { DashboardWords } from '../dashboard-shape.js';

export const dashboard: DashboardWords = {
  stale: (problem, readOn) => `Source unreadable today (${problem}): data as read on ${readOn}.`,
  missingWith: (problem) => `${problem} (no sheet received).`,
  templateUntouched: 'The prefilled template has not been filled in yet: no sheet received.',
  noSheet: 'No sheet received.',
  noSource: 'No source configured for this commitment.',
  viaMail: (day, time, from) => `Received by email on ${day} at ${time} (${from}).`,
  notUpdated: (sheetDate, due) =>
    `Sheet of ${sheetDate}, not yet updated for the deadline of ${due}.`,
  receivedLate: (date, due) => `Received on ${date}, after the deadline of ${due}.`,
  unknownType: '(type not recognised)',
  possiblyTwice: (delivery) => `possibly sent twice (resumed after an interruption): ${delivery}`,
  mailSource: (sender) => `email from ${sender}`,
};
