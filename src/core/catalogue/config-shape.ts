/**
 * The words of a configuration's problems (`committee.yaml` that does not load), in the
 * language of the committee it describes (or `--locale`'s). The schema names each message by
 * its key; they are said when the problems are, in the reader's language.
 */
export interface ConfigWords {
  /** What a file holds: « Configuration », « Déploiement ». */
  labels: { configuration: string; deployment: string };
  fileNotFound: (label: string, file: string) => string;
  fileUnreadable: (label: string, file: string) => string;
  yamlInvalid: (label: string, file: string) => string;
  /** « Configuration committee.yaml : 3 problèmes à corriger. » */
  problems: (label: string, file: string, count: number) => string;
  /** Where a problem is: « committee.yaml:12:5 : committee.locale — … ». */
  problemAt: (where: string, path: string, message: string) => string;
  yamlUnreadable: (where: string, reason: string) => string;
  /** What each YAML parser error code means, with what to do. */
  yamlErrors: Record<string, string>;
  yamlOther: (code: string, detail: string) => string;
  root: string;

  unknownKey: (near: string | null) => string;
  missingKey: (expected: string) => string;
  expected: (expected: string) => string;
  oneOf: (values: string) => string;
  typeNames: {
    string: string;
    number: string;
    boolean: string;
    array: string;
    object: string;
    int: string;
  };

  isoDate: string;
  isoDateReal: string;
  time: string;
  timeExample: string;
  hour: string;
  hourExample: string;
  hoursOrder: string;
  email: string;
  emailExample: string;
  text: string;
  textNonEmpty: string;
  oneLine: string;
  sender: string;
  timeZone: string;
  timeZoneUnknown: string;
  locale: string;
  source: string;
  https: string;
  httpsExample: string;
  port: string;
  provider: string;
  transport: (kinds: string) => string;
  authPolicy: string;
  /** intake.authservId: the receiving servers whose Authentication-Results are trusted. */
  authservId: string;
  authservIdRequired: string;
  mailbox: (kinds: string) => string;
  oauthNeedsHost: string;
  commitmentId: string;
  commitmentIdPositive: string;
  level: (levels: string) => string;
  milestones: string;
  workingDays: string;
  campaign: string;
  days: string;
  wholeDays: string;
  integer: string;
  atLeast: (minimum: number) => string;
  positive: string;
  driveRevisions: string;
  prefix: string;
  state: string;
  output: string;
  storage: string;
  driveState: string;
  daySpan: string;
  daySpanExample: (text: string) => string;
  daySpanTooLong: (text: string) => string;
  holiday: string;
  country: string;
  countryExample: string;
  countryUnknown: string;
  noSubdivisions: (country: string) => string;
  unknownSubdivision: (
    subdivision: string,
    country: string,
    near: string | null,
    known: string,
  ) => string;
  /** A city or region of a state the holiday source does not know (`BR-SP-XX`). */
  unknownRegion: (region: string, state: string, near: string | null, known: string) => string;
  /** A kind of holiday in `holidays.types` that is none of `types`, with the one meant when close. */
  holidayType: (near: string | null, types: string) => string;
  /** `holidays.types`: a list of kinds of holiday is expected. */
  holidayTypes: (types: string) => string;
  currency: string;
  currencyExample: string;
  currencyUnknown: string;
  noCurrency: (country: string) => string;
  boolean: string;
  weekday: string;
  weekendDays: string;
  dayTwice: string;
  oneEmail: string;
  planOrder: string;
  oneCommitment: string;
  hashtag: string;
  oneActionType: string;
  dateSource: string;
  idTaken: (id: number, first: number) => string;
  endBeforeStart: (end: string, start: string) => string;
  typeTwice: (name: string) => string;

  /** The email to the secretariat when a configuration sent to Firestore is refused. */
  refusedSubject: (committee: string) => string;
  refusedIntro: (file: string, count: number) => string;
  refusedKept: string;
  refusedFix: string;
}
