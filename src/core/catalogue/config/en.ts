/** The configuration's problems in English. */
import { counted } from '../../text.js';
import type { ConfigWords } from '../config-shape.js';

export const config: ConfigWords = {
  labels: { configuration: 'Configuration', deployment: 'Deployment' },
  fileNotFound: (label, file) => `${label} ${file}: file not found.`,
  fileUnreadable: (label, file) => `${label} ${file}: cannot be read.`,
  yamlInvalid: (label, file) => `${label} ${file}: invalid YAML syntax.`,
  problems: (label, file, count) =>
    `${label} ${file}: ${counted(count, 'problem', 'problems', 'en')} to correct.`,
  problemAt: (where, path, message) => `${where}: ${path} — ${message}`,
  yamlUnreadable: (where, reason) => `${where}: unreadable YAML — ${reason}`,
  yamlErrors: {
    BAD_INDENT:
      'wrong indentation: the items of one list or one object start at the same column, ' +
      'and a list in brackets closes with ]',
    TAB_AS_INDENT: 'a tab is used for indentation: indent with spaces',
    DUPLICATE_KEY: 'this key is already given above at the same level: keep only one',
    MISSING_CHAR: 'a quote, a bracket or a brace is not closed',
    BAD_DQ_ESCAPE:
      'unknown escape sequence in double quotes (write \\\\ for a backslash, or use single quotes)',
    BLOCK_AS_IMPLICIT_KEY: 'two “:” on one line: put the value in quotes when it contains “:”',
    MULTILINE_IMPLICIT_KEY: 'a key cannot span several lines',
    UNEXPECTED_TOKEN: 'unexpected content here (indentation, or “-” and “:” mixed)',
    BAD_SCALAR_START: 'a value cannot start with this character: put it in quotes',
    BLOCK_IN_FLOW: 'a list or an object on several lines cannot be inside brackets or braces',
    MULTIPLE_DOCS: 'the file holds several documents (“---”): one is expected',
    KEY_OVER_1024_CHARS: 'key too long (over 1024 characters)',
    BAD_ALIAS: 'invalid alias (*name)',
    TAG_RESOLVE_FAILED: 'invalid typed value (!!…)',
  },
  yamlOther: (code, detail) => `invalid syntax (${code}: ${detail})`,
  root: '(root)',

  unknownKey: (near) => `unknown key${near ? `: did you mean ${near}?` : ''}`,
  missingKey: (expected) => `required key missing (${expected} expected)`,
  expected: (expected) => `${expected} expected`,
  oneOf: (values) => `expected value: ${values}`,
  typeNames: {
    string: 'text',
    number: 'number',
    boolean: 'true or false',
    array: 'list',
    object: 'object (keys and values)',
    int: 'whole number',
  },

  isoDate: 'a date as YYYY-MM-DD is expected',
  isoDateReal: 'a date as YYYY-MM-DD is expected (a day that exists)',
  time: 'a time as HH:MM is expected',
  timeExample: 'a time as HH:MM is expected, for example 09:00',
  hour: 'a time is expected, for example 08:00',
  hourExample: 'a time as HH:MM is expected, for example 08:00',
  hoursOrder: 'the start time must come before the end time',
  email: 'an email address is expected',
  emailExample: 'an email address is expected, for example first.last@institution.org',
  text: 'text is expected',
  textNonEmpty: 'non-empty text is expected',
  oneLine: 'text on a single line is expected, with no line break or control character',
  sender: 'a sender is expected: address@domain or Name <address@domain>',
  timeZone: 'an IANA time zone is expected',
  timeZoneUnknown: 'unknown IANA time zone (for example Africa/Casablanca)',
  locale: 'expected language: fr, en, ar, es or pt',
  source: 'expected source: { kind: xlsx, path: … } or { kind: google-sheet, spreadsheetId: … }',
  https: 'an https address is expected',
  httpsExample: 'an http(s) address is expected, for example https://login.microsoftonline.com',
  port: 'a port number is expected',
  provider: 'expected provider: { kind: microsoft, tenant, clientId } or { kind: google }',
  transport: (kinds) => `expected transport: kind among ${kinds}`,
  authPolicy: 'expected value: required or when-present',
  authservId:
    'the name of a receiving server is expected, as it signs its Authentication-Results headers (for example mx.google.com), or a list of names',
  authservIdRequired:
    "with authentication: required, name the secretariat's receiving server (authservId, the first word of its Authentication-Results headers, for example mx.example.org): without it no verdict can be trusted and every message would be held",
  mailbox: (kinds) => `expected mailbox: kind among ${kinds}`,
  oauthNeedsHost:
    'with an OAuth 2.0 provider, host and user are required (the mailbox and its server)',
  commitmentId: 'a commitment number is expected (a whole number)',
  commitmentIdPositive: 'a commitment number is expected (a positive whole number)',
  level: (levels) => `expected level: ${levels}`,
  milestones: 'a list of milestones is expected: [{ title, start?, end }]',
  workingDays: 'a number of working days ≥ 0',
  campaign:
    'expected campaign: { id, title, due: YYYY-MM-DD } or { id, title, dueBeforeEachMeeting: N }',
  days: 'a number of days is expected',
  wholeDays: 'a whole number of days is expected',
  integer: 'a whole number is expected',
  atLeast: (minimum) => `a number ≥ ${minimum} is expected`,
  positive: 'a number > 0 is expected',
  driveRevisions: 'Drive keeps at most 200 versions per file',
  prefix: 'lower-case letters, digits and hyphens, for example morocco-2019',
  state: 'expected state: { kind: firestore, prefix: … } or { kind: local, dir: … }',
  output: 'expected output: { kind: drive, folderId: … } or { kind: local, dir: … }',
  storage: 'expected storage: { kind: local, dir: … } or { state: …, output: … }',
  driveState:
    'storage: { kind: drive } is no longer accepted: a service account has no Drive storage ' +
    'and cannot create the runs’ state there. Write storage: { state: { kind: firestore, ' +
    'prefix: my-committee }, output: { kind: drive, folderId: … } } (a folder of a shared ' +
    'drive), or storage: { kind: local, dir: … } on a machine.',
  daySpan: 'a date YYYY-MM-DD or a period YYYY-MM-DD/YYYY-MM-DD is expected',
  daySpanExample: (text) =>
    `${text}: a date YYYY-MM-DD or a period YYYY-MM-DD/YYYY-MM-DD is expected (for example 2019-06-05/2019-06-06)`,
  daySpanTooLong: (text) =>
    `${text}: a period goes from a date to a later date, over 31 days at most`,
  holiday:
    'a public holiday is expected: 2019-06-05, 2019-06-05/2019-06-06 or { date: 2019-06-05, name: Eid al-Fitr }',
  country:
    'an ISO 3166-1 country code is expected, for example MA, or BR-SP for a state (BR-SP-SP for its city)',
  countryExample:
    'an ISO 3166-1 country code is expected, for example MA, MX, or BR-SP for a state (BR-SP-SP for its city)',
  countryUnknown: 'unknown ISO 3166-1 country code (for example MA, MX, JO, BR)',
  noSubdivisions: (country) =>
    `no public holidays are known for ${country}, so none for its subdivisions: write country: ${country} and give the holidays under holidays.add`,
  unknownSubdivision: (subdivision, country, near, known) =>
    `unknown subdivision ${subdivision} of ${country}` +
    (near ? `: did you mean ${country}-${near}?` : '') +
    ` (known: ${known || 'none'})`,
  unknownRegion: (region, state, near, known) =>
    `unknown city or region ${region} of ${state}: write ${state} (its holidays)` +
    (near ? ` or did you mean ${state}-${near}?` : '') +
    ` (known: ${known || 'none'})`,
  holidayType: (near, types) =>
    `unknown kind of holiday` + (near ? `: did you mean ${near}?` : '') + ` (kinds: ${types})`,
  holidayTypes: (types) =>
    `a list of the kinds of holiday that are days off is expected, for example [public, bank] (kinds: ${types})`,
  currency: 'an ISO 4217 currency code is expected, for example MAD',
  currencyExample: 'an ISO 4217 currency code is expected, for example MAD, MXN',
  currencyUnknown: 'unknown ISO 4217 currency code (for example MAD, MXN, JOD, BRL)',
  noCurrency: (country) =>
    `the currency of ${country} is unknown: give it (an ISO 4217 code, for example MAD)`,
  boolean: 'true or false is expected',
  weekday: 'an ISO weekday is expected: 1 (Monday) to 7 (Sunday)',
  weekendDays: 'one or two days are expected, for example [5, 6] for Friday and Saturday',
  dayTwice: 'a day given twice',
  oneEmail: 'at least one email address',
  planOrder: 'the plan’s end comes before its start',
  oneCommitment: 'at least one commitment',
  hashtag: 'a hashtag is expected, for example #OGPMorocco',
  oneActionType: 'at least one type of action',
  dateSource: 'expected value: modified or declared',
  idTaken: (id, first) => `number ${id} already used by commitments[${first}]`,
  endBeforeStart: (end, start) => `the end (${end}) comes before the start (${start})`,
  typeTwice: (name) => `type of action “${name}” already defined`,

  refusedSubject: (committee) => `Configuration refused — ${committee}`,
  refusedIntro: (file, count) =>
    `The configuration sent (${file}) is not applied: ${counted(count, 'problem', 'problems', 'en')} to correct.`,
  refusedKept: 'The last valid configuration stays in service: the sends go on as before.',
  refusedFix:
    'Correct the file, then send it again: ogp-tracker config push --config committee.yaml',
};
