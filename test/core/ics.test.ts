/**
 * The invitation's calendar event (RFC 5545): a value typed in the committee workbook (a
 * meeting's place, its agenda) stays inside its own property, whatever line break it holds.
 */
import { describe, expect, it } from 'vitest';
import { meetingEvent } from '../../src/core/ics.js';
import type { Meeting } from '../../src/core/schedule.js';

const OPTIONS = {
  summary: 'Réunion — Comité',
  agendaLabel: 'Ordre du jour :',
  timeZone: 'Africa/Casablanca',
  now: new Date('2019-05-01T00:00:00Z'),
  domain: 'example.org',
};

/** The content lines, unfolded (RFC 5545 §3.1: CRLF followed by one space continues a line). */
function contentLines(event: string): string[] {
  return event.replace(/\r\n /g, '').split('\r\n');
}

const meeting = (place: string, agenda: string[] = []): Meeting => ({
  kind: 'meeting',
  date: '2019-05-20',
  time: '10:00',
  place,
  agenda,
  invite: ['focal-points'],
});

describe('a meeting as an iCalendar event', () => {
  it.each([
    ['a lone CR', 'Rabat\rORGANIZER:mailto:intrus@evil.example'],
    ['a lone LF', 'Rabat\nORGANIZER:mailto:intrus@evil.example'],
    ['a CRLF', 'Rabat\r\nORGANIZER:mailto:intrus@evil.example'],
  ])('keeps a place holding %s in its LOCATION (§3.3.11)', (_, place) => {
    const event = meetingEvent(meeting(place), OPTIONS);
    const lines = contentLines(event);
    expect(lines).toContain('LOCATION:Rabat\\nORGANIZER:mailto:intrus@evil.example');
    expect(lines.some((line) => line.startsWith('ORGANIZER'))).toBe(false);
    // No CR or LF left anywhere but in the CRLF that ends each line.
    expect(event.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps an agenda item holding a CR in its DESCRIPTION, and drops other control characters', () => {
    const event = meetingEvent(meeting('Rabat', ['Bilan\rATTENDEE:mailto:x@evil.example', 'Plan\u0007']), OPTIONS); // prettier-ignore
    const lines = contentLines(event);
    expect(lines).toContain('DESCRIPTION:Ordre du jour :\\n- Bilan\\nATTENDEE:mailto:x@evil.example\\n- Plan'); // prettier-ignore
    expect(lines.some((line) => line.startsWith('ATTENDEE'))).toBe(false);
  });
});
