/** The intake's notes in English. */
import type { IntakeWords } from '../intake-shape.js';

export const intake: IntakeWords = {
  noAuthHeader: 'no Authentication-Results header',
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
  refusals: {
    'other-commitment': "another commitment's sheet",
    'unknown-commitment': 'no commitment number of the committee',
    'other-spreadsheet': 'not in .xlsx format',
    unreadable: 'unreadable workbook',
    'untouched-template': 'template not filled in',
    'file-too-large': 'file too large',
    'message-too-large': 'message too large',
    'too-many-files': 'too many workbooks',
  },
};
