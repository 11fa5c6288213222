/** The intake's notes in English. */
import type { IntakeWords } from '../intake-shape.js';

export const intake: IntakeWords = {
  noTrustedHeader: (servers, seen) =>
    `no Authentication-Results header from ${servers}` +
    (seen
      ? `; the topmost is from ${seen}: if that is the secretariat's receiving server, write “authservId: ${seen}” under intake: in committee.yaml`
      : ''),
  unreadableHeader: (server) => `unreadable Authentication-Results header from ${server}`,
  unnamedServer: 'an unnamed server',
  severalTrusted: (server) =>
    `several Authentication-Results headers claim to be from ${server}: one was added on the way`,
  trustedBelow: (server, above) =>
    `the Authentication-Results header from ${server} is below another one, from ${above}, added on the way`,
  untrustedFailed: (server, why) =>
    `${why}, according to a header from ${server}, a server not recognised`,
  noDmarcResult: (from, results) => `no DMARC result for ${from} (${results ?? 'no result'})`,
  severalDmarc: (from) => `several DMARC results for ${from}`,
  noServerNamed:
    'no receiving server named (intake.authservId): a forged sender cannot be told apart',
  unauthenticated: (why) => `not authenticated: ${why}`,
  forgedSenders:
    "the secretariat's receiving server is not named (intake.authservId): a forged sender cannot be told apart from a real one, and sheets received are filed marked “not authenticated” (a DMARC failure holds them). To name it: open an email received in the secretariat's mailbox and show its source (“Show original” in Gmail, “View source” in Outlook); the first word after “Authentication-Results:” is its name. Write it in committee.yaml, for example “intake: { kind: imap, authservId: mx.ministry.gov }”.",
  noSenderAddress: 'sender without an address',
  dmarcOtherDomain: (said, from) => `dmarc=pass for ${said}, not for ${from}`,
  dmarcFailed: (result, from) => `dmarc=${result} for ${from}`,
  unaligned: (from, results) =>
    `${from} without DMARC, and neither SPF nor DKIM aligned (${results ?? 'no result'})`,
  spfAligned: 'spf=pass, aligned (no DMARC)',
  dkimAligned: 'dkim=pass, aligned (no DMARC)',
  emptyReturnPath: 'empty Return-Path',
  deliveryReport: (type) => `delivery or read report (${type})`,
  mailingList: (header) => `mailing list (${header})`,
  autoReply: (subject) => `automatic reply (“${subject}”)`,
  bounceSender: (address) => `sent by a mail server (${address})`,
  answerSuppressed: (reason) =>
    `not answered: the sender asks not to be answered automatically (${reason})`,
  notWorkingDay: (day, from, to) =>
    `not a working day (${day}): the mailbox is read on working days, from ${from} to ${to}.`,
  outsideHours: (clock, from, to) =>
    `outside the reading hours (${clock}): the mailbox is read from ${from} to ${to}, on working days.`,
  storageBusy: 'another run is using the storage: the next one will read the mailbox.',
  ours: 'our own email',
  automatic: (reason) => `automatic email (${reason})`,
  unknownSender: (from) =>
    `${from} is neither a focal point, nor a substitute, nor of the secretariat`,
  noSender: 'no sender',
  notAuthenticated: (why) => `not authenticated by the secretariat's server: ${why}`,
  removedBeforeAnswer: 'removed from the mailbox before its answer',
  /* Messages that cannot be read, set aside. */
  notEml: (names) =>
    `In the inbox folder, ${names} ${names.includes(',') ? 'were' : 'was'} not read: only emails saved as .eml are (in Outlook: File > Save As > “MIME / .eml”, or drag the message to a folder from Thunderbird).`,
  setAsideFolder: 'not read by ogp-tracker',
  defect: (d) => {
    switch (d.kind) {
      case 'too-many-parts':
        return `a message of ${d.found} MIME parts, beyond the ${d.limit} we read`;
      case 'text-too-large':
        return `over ${Math.round(d.limit / 1024 / 1024)} MB of text besides attachments`;
      case 'too-deep':
        return `MIME parts nested more than ${d.limit} levels deep`;
      case 'headers-too-large':
        return `headers over ${Math.round(d.limit / 1024)} KiB`;
      case 'malformed':
        return 'unreadable MIME structure';
      case 'failed':
        return `reading failed ${d.tries} times (${d.detail})`;
    }
  },
  setAside: (why) => `set aside unread: ${why}`,
  duplicateId: (at) => `same Message-ID as a message handled on ${at}, but different content: held`,
  runStopped: 'reading it stopped the run (out of memory or time)',
  noWorkbook: 'no sheet attached',
  refusals: {
    'other-commitment': "another commitment's sheet",
    'unknown-commitment': 'no commitment number of the committee',
    'other-spreadsheet': 'not in .xlsx format',
    unreadable: 'unreadable workbook',
    'untouched-template': 'template not filled in',
    'file-too-large': 'file too large',
    'message-too-large': 'message too large',
    'too-many-files': 'too many workbooks',
    'message-unreadable': 'unreadable message',
    'too-large-to-keep': 'too large to keep',
    'forwarded-message': 'forwarded message (not opened)',
  },
};
