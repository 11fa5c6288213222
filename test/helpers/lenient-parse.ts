/**
 * mailparser as the loopback mail APIs use it, for messages it refuses: Gmail and Exchange
 * Online store a message of 6,000 parts or 21 nested levels as delivered (their limits are
 * the message's size), where mailparser stops (« Max allowed child nodes exceeded »). Such a
 * message is then known by its own headers, with no attachment listed.
 */
import { simpleParser, type ParsedMail } from 'mailparser';

/** The message parsed, or its top headers alone when mailparser refuses it. */
export async function parseLeniently(raw: Buffer): Promise<ParsedMail> {
  try {
    return await simpleParser(raw);
  } catch {
    const text = raw.subarray(0, 64 * 1024).toString('latin1');
    const end = text.search(/\r?\n\r?\n/);
    const head = end < 0 ? text : text.slice(0, end);
    const lines = head.split(/\r?\n(?![ \t])/).filter(Boolean);
    const value = (name: string) =>
      lines
        .find((l) => l.toLowerCase().startsWith(`${name}:`))
        ?.slice(name.length + 1)
        .trim();
    return {
      messageId: value('message-id'),
      subject: value('subject'),
      attachments: [],
      headerLines: lines.map((line) => ({
        key: line.slice(0, line.indexOf(':')).toLowerCase(),
        line,
      })),
      headers: new Map(),
      html: false,
    } as unknown as ParsedMail;
  }
}
