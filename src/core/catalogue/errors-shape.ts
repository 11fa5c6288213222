/**
 * The words of the errors that stop a command (broken infrastructure, bad usage, missing
 * settings), in the language of the one who runs it. An error names its words by key
 * (`said`); the command line says it in its language, logs in French.
 */
export interface ErrorWords {
  intakeNotConfigured: string;
  intakeNeedsMail: string;
  /** `held`: the held messages still waiting, « <id> (from, day) » joined, or '' when none. */
  noHeldMessage: (id: string, held: string) => string;
  messageGone: (id: string, mailbox: string) => string;
  /** The held copy is still there, but its bytes are no longer those that were held. */
  releaseChanged: (id: string, mailbox: string) => string;
  mailFromMissing: string;
  initCountry: (code: string) => string;
  /** A well-formed code that is no country (`ZZ`, `XX`). */
  initCountryUnknown: (code: string) => string;
  /** A city or region of a state the holiday source does not know (`BR-SP-XX`). */
  initRegion: (
    code: string,
    region: string,
    state: string,
    near: string | null,
    known: string | null,
  ) => string;
  initSubdivision: (
    code: string,
    subdivision: string,
    country: string,
    near: string | null,
    known: string | null,
  ) => string;
  initLocale: (locale: string, locales: string) => string;
  initCurrency: (code: string) => string;
  initTimeZone: (code: string) => string;
  imapUrlMissing: string;
  intakeFolderNeedsDir: string;
  smtpUrlMissing: string;
  smtpUrlUnreadable: string;
  smtpProtocol: (protocol: string) => string;
  imapProtocol: (protocol: string) => string;
  noStoredConfig: (location: string) => string;
  /** The folder intake's folder is not there (mail-check). */
  inboxMissing: (dir: string) => string;
  inboxUnreadable: (dir: string, code: string) => string;
  graphMailbox: (mailbox: string, detail: string) => string;
  gmailMailbox: (mailbox: string, detail: string) => string;
  imapFolderMissing: (location: string) => string;
  imapMessageMissing: (uid: string, location: string) => string;
  imapNotMoved: (id: string, folder: string, location: string) => string;
  imapFailed: (location: string, said: string, loginRefused: boolean) => string;
  /**
   * A mailbox's service refused or did not answer, as mail-check explains it: `answer` as
   * received, `advice` the id of its cause and fix (MAIL_ADVICE_IDS), or '' when unknown.
   */
  mailServiceFailed: (mailbox: string, answer: string, advice: string) => string;
  /** A Firestore call refused while doing `operation` (told apart by its gRPC code). */
  firestoreDenied: (where: string, operation: string) => string;
  firestoreNoDatabase: (where: string, operation: string) => string;
  firestoreAuth: (where: string, operation: string) => string;
  firestoreUnavailable: (where: string, operation: string, detail: string) => string;
  firestoreRefused: (where: string, operation: string, detail: string) => string;
  firestoreTooLarge: (name: string, mib: number, maxMillions: number) => string;
  notClaimed: (key: string, recipient: string) => string;
  myDriveRefused: (folderId: string, account: string) => string;
  /** Google refused a write to the output folder (`problem`: one of GOOGLE_PROBLEMS). */
  driveOutputFailed: (
    problem: string,
    folderId: string,
    account: string,
    operation: string,
    tries: number,
    status: number,
    detail: string,
  ) => string;
  driveNoId: (name: string) => string;
  runInProgress: (who: string | null, minutes: number, lockPlace: string) => string;
  lockHolder: (pid: number, host: string, since: string) => string;
  writeFailed: (path: string) => string;
  outboxFailed: (folder: string) => string;
  ledgerUnreadable: (path: string) => string;
  ledgerUnwritable: (path: string) => string;
  lockFailed: (location: string) => string;
  masterFailed: (location: string) => string;
  stateUnreadable: (path: string) => string;

  /** What `mail-check` found working, and its test email. */
  oauthToken: string;
  smtpChecked: (host: string, relay: boolean) => string;
  graphToken: (mailbox: string) => string;
  googleToken: (mailbox: string) => string;
  outboxOnly: (folder: string) => string;
  inboxFolderChecked: (dir: string, files: number) => string;
  gmailChecked: (mailbox: string, messages: number) => string;
  graphChecked: (mailbox: string, messages: number) => string;
  imapChecked: (location: string, messages: number) => string;
  noMailKey: string;
  addMailKey: string;
  accepted: string;
  testSubject: (committee: string) => string;
  testBody: (day: string, time: string, committee: string, transport: string) => string;

  /** What a run was doing when storage failed (« écriture de suivi.html »). */
  checkFolder: string;
  writing: (name: string) => string;
  reading: (name: string) => string;
  masterVersions: string;
  readingLedger: string;
  claiming: (key: string, recipient: string) => string;
  recording: (key: string, recipient: string) => string;
  takingLease: string;
  releasingLease: string;
  readingConfig: string;
  writingConfig: string;
}
