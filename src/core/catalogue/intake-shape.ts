/**
 * The words of the mailbox intake's notes: why a message was ignored, held or refused, and
 * why the mailbox was not read, in the committee's language (the secretariat reads them in
 * its report and on the command line).
 */
export interface IntakeWords {
  /** Why the secretariat's server does not vouch for a sender (Authentication-Results). */
  noAuthHeader: string;
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
  refusals: {
    'other-commitment': string;
    'unknown-commitment': string;
    'other-spreadsheet': string;
    unreadable: string;
    'untouched-template': string;
    'file-too-large': string;
    'message-too-large': string;
    'too-many-files': string;
  };
}
