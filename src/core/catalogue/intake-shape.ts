/**
 * The words of the mailbox intake's notes: why a message was ignored, held or refused, and
 * why the mailbox was not read, in the committee's language (the secretariat reads them in
 * its report and on the command line).
 */
import type { MessageDefect } from '../message-defect.js';

export interface IntakeWords {
  /**
   * Why the secretariat's receiving server does not vouch for a sender (Authentication-Results,
   * RFC 8601), and what is said of mail no trusted server vouched for.
   */
  /** `seen`: the server of the topmost field, which is not trusted (a name to suggest). */
  noTrustedHeader: (servers: string, seen: string | null) => string;
  unreadableHeader: (server: string) => string;
  unnamedServer: string;
  severalTrusted: (server: string) => string;
  trustedBelow: (server: string, above: string) => string;
  untrustedFailed: (server: string, why: string) => string;
  noDmarcResult: (from: string, results: string | null) => string;
  severalDmarc: (from: string) => string;
  noServerNamed: string;
  /** A message filed without a trusted verdict: « non authentifié », and why. */
  unauthenticated: (why: string) => string;
  /** Said by every run and by mail-check while no receiving server is named. */
  forgedSenders: string;
  noSenderAddress: string;
  dmarcOtherDomain: (said: string, from: string) => string;
  dmarcFailed: (result: string, from: string) => string;
  unaligned: (from: string, results: string | null) => string;
  spfAligned: string;
  dkimAligned: string;
  /** Why a message is automatic mail (automatic-mail.ts). */
  emptyReturnPath: string;
  /** A delivery or read report, by its content type. */
  deliveryReport: (contentType: string) => string;
  /** A mailing list's message, by the header that says so. */
  mailingList: (header: string) => string;
  autoReply: (subject: string) => string;
  /** Sent by a mail server (MAILER-DAEMON, postmaster): a bounce. */
  bounceSender: (address: string) => string;
  /** Filed, not answered: its sender asks for no automatic answer. */
  answerSuppressed: (reason: string) => string;
  /** Why the mailbox was not read this time. */
  notWorkingDay: (day: string, from: string, to: string) => string;
  outsideHours: (clock: string, from: string, to: string) => string;
  storageBusy: string;
  /** The notes of the messages handled. */
  ours: string;
  automatic: (reason: string) => string;
  unknownSender: (from: string) => string;
  noSender: string;
  notAuthenticated: (why: string) => string;
  removedBeforeAnswer: string;
  /** Files of the inbox folder that are not .eml (an Outlook .msg): named, not read. */
  notEml: (names: string) => string;
  /** Messages that cannot be read: the folder or label they are set aside in, and why. */
  setAsideFolder: string;
  defect: (defect: MessageDefect) => string;
  setAside: (why: string) => string;
  /** A message reusing the Message-ID of one handled on that day, with another content. */
  duplicateId: (handledOn: string) => string;
  /** What failed, when a run stopped on a message and could not say. */
  runStopped: string;
  /** A person's message without a spreadsheet: a question. */
  noWorkbook: string;
  refusals: {
    'other-commitment': string;
    'unknown-commitment': string;
    'other-spreadsheet': string;
    unreadable: string;
    'untouched-template': string;
    'file-too-large': string;
    'message-too-large': string;
    'too-many-files': string;
    'message-unreadable': string;
    'forwarded-message': string;
    'too-large-to-keep': string;
  };
}
