/** The errors that stop a command, in English. */
import type { GoogleProblem } from '../../read-failure.js';
import { cells } from '../cells/en.js';
import { counted } from '../../text.js';
import type { ErrorWords } from '../errors-shape.js';
import { adviceIn } from '../mail-advice-shape.js';
import { advice } from '../mail-advice/en.js';

export const errors: ErrorWords = {
  intakeNotConfigured:
    'The configuration has no intake key: add for example intake: { kind: folder } ' +
    '(.eml files saved in inbox/) or intake: { kind: imap } (see “Answers by email”).',
  intakeNeedsMail:
    'intake answers the focal points: add mail: { from: … } (the address their answers go to).',
  noHeldMessage: (id, held) =>
    `No held message has the ID ${id}. ` +
    (held
      ? `Held messages waiting: ${held}.`
      : "No message is held at the moment (the secretariat's report lists those that are)."),
  releaseChanged: (id, mailbox) =>
    `Message ${id} in ${mailbox} is no longer the one that was held (its content changed): ` +
    'nothing is filed; check it in the mailbox, then ask its sender to send it again.',
  messageGone: (id, mailbox) =>
    `The message ${id} is no longer in the mailbox ${mailbox}: it was moved or deleted; ` +
    'ask the sender to send it again.',
  mailFromMissing:
    'Emails are due but the configuration has no mail.from key: add mail: { from: … }.',
  initCountry: (code) =>
    `init --country ${code}: an ISO 3166-1 country code is expected, for example MX, JO, or BR-SP for a state.`,
  initCountryUnknown: (code) =>
    `init --country ${code}: unknown country (an ISO 3166-1 code, for example MX, JO, or BR-SP for a state).`,
  initRegion: (code, region, state, near, known) =>
    `init --country ${code}: unknown city or region ${region} of ${state}` +
    (near ? ` (did you mean ${state}-${near}?)` : '') +
    (known ? `. Known: ${known}.` : `: write ${state} (its holidays).`),
  initSubdivision: (code, subdivision, country, near, known) =>
    `init --country ${code}: unknown subdivision ${subdivision} of ${country}` +
    (near ? ` (did you mean ${country}-${near}?)` : '') +
    (known ? `. Known: ${known}.` : ': none is known for this country.'),
  initLocale: (locale, locales) =>
    `init --locale ${locale}: a language among ${locales} is expected.`,
  initCurrency: (code) =>
    `init --country ${code}: the country's currency is unknown; start from ogp-tracker init without --country and give it in committee.yaml.`,
  initTimeZone: (code) =>
    `init --country ${code}: the country's time zone is unknown; start from ogp-tracker init without --country and give it in committee.yaml.`,
  imapUrlMissing:
    'intake.kind is imap, but IMAP_URL is not set in the environment: give ' +
    'imaps://user:password@host:993 (an app password), or an OAuth 2.0 provider ' +
    '(intake: { kind: imap, host, user, provider: … }).',
  intakeFolderNeedsDir:
    'intake: { kind: folder } reads a folder of this machine: give it (intake.dir), ' +
    'since the output folder is in Drive.',
  smtpUrlMissing:
    'mail.transport is smtp, but SMTP_URL is not set in the environment: give ' +
    'smtp://user:password@host:587 (or smtp://host:587 for a relay).',
  smtpUrlUnreadable: 'SMTP_URL unreadable: smtp://user:password@host:port is expected',
  smtpProtocol: (protocol) => `SMTP_URL: protocol ${protocol} not supported (smtp: or smtps:).`,
  imapProtocol: (protocol) => `IMAP_URL: protocol ${protocol} not supported (imaps: or imap:).`,
  noStoredConfig: (location) =>
    `No configuration in ${location}: send it with “ogp-tracker config push --config committee.yaml”.`,
  inboxMissing: (dir) =>
    `The inbox folder ${dir} does not exist: create it (or correct intake.dir in committee.yaml), then save the focal points' replies there as .eml files.`,
  inboxUnreadable: (dir, code) => `Inbox folder unreadable: ${dir} (${code}).`,
  graphMailbox: (mailbox, detail) => `Graph mailbox ${mailbox}: ${detail}`,
  gmailMailbox: (mailbox, detail) => `Gmail mailbox ${mailbox}: ${detail}`,
  imapFolderMissing: (location) => `IMAP folder ${location} not found.`,
  imapMessageMissing: (uid, location) => `Message ${uid} not found in ${location}.`,
  imapNotMoved: (id, folder, location) =>
    `The message ${id} could not be moved to “${folder}” (${location}).`,
  imapFailed: (location, said, loginRefused) =>
    `IMAP mailbox ${location}: ${said} — ` +
    (loginRefused
      ? 'sign-in refused: check the user and the app password (IMAP_URL), or the app’s permissions (OAuth 2.0)'
      : 'server unreachable or folder missing: check host, port and folder') +
    '.',
  mailServiceFailed: (mailbox, answer, id) => {
    const a = adviceIn(advice, id);
    return (
      `Mailbox ${mailbox} — the server answered: ${answer}` +
      (a ? `\n  Cause: ${a.cause}.\n  To do: ${a.fix}.` : '')
    );
  },
  firestoreDenied: (where, operation) =>
    `${where} (${operation}): access denied. Give the function's service account the “Cloud Datastore User” role (roles/datastore.user).`,
  firestoreNoDatabase: (where, operation) =>
    `${where} (${operation}): Firestore database not found. Create it in native mode (gcloud firestore databases create --location=eur3).`,
  firestoreAuth: (where, operation) =>
    `${where} (${operation}): Google refused the sign-in. Check the service account's credentials.`,
  firestoreUnavailable: (where, operation, detail) =>
    `${where} (${operation}): Firestore unreachable for now (${detail}); another try at the next run.`,
  firestoreRefused: (where, operation, detail) =>
    `${where} (${operation}): refused by Firestore (${detail}).`,
  firestoreTooLarge: (name, mib, maxMillions) =>
    `${name} is too large for Firestore (${mib} MB of data, at most ${maxMillions} million characters): reduce the sheet concerned.`,
  notClaimed: (key, recipient) => `Send not claimed by this run: ${key} → ${recipient}.`,
  myDriveRefused: (folderId, account) =>
    `The Drive folder ${folderId} is not in a shared drive: the service account ${account} ` +
    'has no storage of its own and cannot create files there. Create a folder in a shared ' +
    `drive (Google Workspace), add ${account} to it as “Content manager” and put its ID in ` +
    'storage.output.folderId; without Google Workspace, keep the files on a machine: ' +
    'storage.output: { kind: local, dir: … }.',
  // Google's refusals are said as when reading, the folder being the output one.
  driveOutputFailed: (problem, id, account, operation, tries, status, detail) =>
    cells.google({
      object: 'output',
      id,
      account,
      operation,
      problem: problem as GoogleProblem,
      tries,
      status,
      detail,
    }),
  driveNoId: (name) => `Drive gave no ID for ${name}.`,
  runInProgress: (who, minutes, lockPlace) =>
    `Another run of ogp-tracker is using this storage (${who ?? 'unknown'}): nothing was read or sent; try again when it is over. ` +
    `An abandoned lock expires after ${minutes} minutes (${lockPlace}).`,
  lockHolder: (pid, host, since) => `process ${pid} on ${host}, since ${since} UTC`,
  writeFailed: (path) => `Cannot write ${path}.`,
  outboxFailed: (folder) => `Cannot write to the outbox ${folder}.`,
  ledgerUnreadable: (path) => `Cannot read the send ledger ${path}.`,
  ledgerUnwritable: (path) => `Cannot write the send ledger ${path}.`,
  lockFailed: (location) => `Cannot lock ${location}.`,
  masterFailed: (location) =>
    `The consolidated workbook could not be written in ${location} (the previous one is intact).`,
  stateUnreadable: (path) => `Cannot read the state ${path}.`,

  oauthToken: 'OAuth 2.0 token obtained.',
  smtpChecked: (host, relay) =>
    `SMTP server ${host}: connection and ${relay ? 'session without authentication (relay)' : 'authentication'} succeeded.`,
  graphToken: (mailbox) => `Microsoft Graph token obtained for the mailbox ${mailbox}.`,
  googleToken: (mailbox) =>
    `Google token obtained for the mailbox ${mailbox} (domain-wide delegation).`,
  outboxOnly: (folder) => `No mail server: emails are written as .eml files in ${folder}.`,
  inboxFolderChecked: (dir, files) =>
    `Inbox folder ${dir}: ${counted(files, 'file', 'files', 'en')} .eml.`,
  gmailChecked: (mailbox, messages) =>
    `Gmail mailbox ${mailbox}: access granted, ${counted(messages, 'message', 'messages', 'en')}.`,
  graphChecked: (mailbox, messages) =>
    `Graph mailbox ${mailbox}: access granted, ${counted(messages, 'message', 'messages', 'en')} in the inbox.`,
  imapChecked: (location, messages) =>
    `IMAP mailbox ${location}: connected, ${counted(messages, 'message', 'messages', 'en')} in the folder.`,
  noMailKey: 'the configuration has no mail key',
  addMailKey: 'add mail: { from: … } to committee.yaml',
  accepted: 'accepted',
  testSubject: (committee) => `Test email — ${committee}`,
  testBody: (day, time, committee, transport) =>
    `This test email was sent on ${day} at ${time} (UTC) by ogp-tracker for the ${committee}, ` +
    `with the transport “${transport}”. Reminders, feedback and reports will go the same way.`,

  checkFolder: 'checking the folder',
  writing: (name) => `writing ${name}`,
  reading: (name) => `reading ${name}`,
  masterVersions: 'versions of the workbook',
  readingLedger: 'reading the send ledger',
  claiming: (key, recipient) => `claiming the send ${key} → ${recipient}`,
  recording: (key, recipient) => `recording the send ${key} → ${recipient}`,
  takingLease: 'taking the run lease',
  releasingLease: 'releasing the run lease',
  readingConfig: 'reading the configuration',
  writingConfig: 'writing the configuration',
};
