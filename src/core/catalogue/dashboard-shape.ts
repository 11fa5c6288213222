/**
 * The words of the master's dashboard remarks and record sources, in the committee's
 * language. Kept apart from the rest of the catalogue: consolidation is core, and needs
 * nothing else.
 */
export interface DashboardWords {
  /** A source unreadable today whose last reading stands in; `readOn` is already a date. */
  stale: (problem: string, readOn: string) => string;
  /** A configured file that is not there: what was found, and that no sheet came. */
  missingWith: (problem: string) => string;
  templateUntouched: string;
  noSheet: string;
  noSource: string;
  viaMail: (day: string, time: string, from: string) => string;
  notUpdated: (sheetDate: string, due: string) => string;
  receivedLate: (date: string, due: string) => string;
  /** The indicators' row of actions whose type the charter does not know. */
  unknownType: string;
  /** The journal's note on a send that may have gone twice (a run resumed after a stop). */
  possiblyTwice: (delivery: string) => string;
  /** Where a row read from a workbook sent by email came from. */
  mailSource: (sender: string) => string;
}
