/** A meeting as an iCalendar event (RFC 5545), attached to invitations. */
import { instantAtLocal } from './calendar-date.js';
import type { Meeting } from './schedule.js';

/** Default length of a committee meeting when the configuration gives none. */
const MEETING_HOURS = 2;

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma, and every line break
 * — CRLF, a lone CR as well as a lone LF — as `\n`, so no typed value (a meeting place
 * `Rabat\rORGANIZER:…`) can start a property of its own. Other control characters, which
 * TEXT does not allow, are dropped (a tab is kept).
 */
function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- the control characters TEXT does not allow
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * The VCALENDAR of a meeting or a training workshop, times in UTC from the committee's zone,
 * a stable UID (a workshop's apart from a meeting's of the same day).
 */
export function meetingEvent(
  meeting: Meeting,
  options: {
    /** The event's title and the agenda's, in the reader's language. */
    summary: string;
    agendaLabel: string;
    timeZone: string;
    now: Date;
    domain: string;
  },
): string {
  const start = instantAtLocal(meeting.date, meeting.time ?? '09:00', options.timeZone);
  const end = new Date(start.getTime() + MEETING_HOURS * 3_600_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ogp-tracker//Comite OGP//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${meeting.kind === 'workshop' ? 'atelier' : 'reunion'}-${meeting.date}@${options.domain}`,
    `DTSTAMP:${stamp(options.now)}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${escapeText(options.summary)}`,
    ...(meeting.place ? [`LOCATION:${escapeText(meeting.place)}`] : []),
    ...(meeting.agenda.length
      ? [`DESCRIPTION:${escapeText(`${options.agendaLabel}\n- ${meeting.agenda.join('\n- ')}`)}`]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
