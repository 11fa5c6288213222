/**
 * The example row a sheet gets when it has nothing else (init's starter, a committee without
 * workshops yet): greyed by the writer, skipped by the reader only while it still holds
 * exactly these values (in the language it was written in), so a secretariat that fills it
 * in makes it a row like any other.
 */
import { translate } from '../catalogue/render.js';
import type { IsoDate } from '../calendar-date.js';
import { INVITEE_ROLES } from '../config-schema.js';
import type { LocaleTag } from '../locale-tag.js';
import { inviteField, type TableSheet } from './roster-layout.js';
import { choiceWord } from './roster-words.js';

/** A value written in a cell: text, a number, a calendar day, or nothing. */
export type OutValue = string | number | { date: IsoDate } | null;

/**
 * The example's email as earlier versions wrote it in every language (a reserved domain, never
 * anyone's); each language now writes its own (« nombre.apellido@example.org »).
 */
const FORMER_EXAMPLE_EMAIL = 'prenom.nom@example.org';

/** The example row of a table, by field, for a plan; none for the commitments and people. */
export function exampleRow(
  tag: LocaleTag,
  sheet: TableSheet,
  plan: { start: IsoDate; end: IsoDate },
): Record<string, OutValue> | null {
  switch (sheet) {
    case 'committees':
      return {
        committee: choiceWord(tag, 'committees', 'steering'),
        name: translate(tag, 'roster.example', { example: 'member' }),
        institution: translate(tag, 'roster.example', { example: 'institution' }),
        email: translate(tag, 'roster.example', { example: 'email' }),
        language: null,
      };
    case 'milestones':
      return {
        commitment: 1,
        title: translate(tag, 'roster.example', { example: 'milestone' }),
        start: { date: plan.start },
        end: { date: plan.end },
      };
    case 'meetings':
      return {
        kind: choiceWord(tag, 'meetingKinds', 'workshop'),
        title: translate(tag, 'roster.example', { example: 'workshop' }),
        date: { date: plan.start },
        time: '10:00',
        place: translate(tag, 'roster.example', { example: 'place' }),
        agenda: translate(tag, 'roster.example', { example: 'agenda' }),
        ...Object.fromEntries(
          INVITEE_ROLES.map((role) => [
            inviteField(role),
            choiceWord(tag, 'yesNo', role === 'communication-officers' ? 'yes' : 'no'),
          ]),
        ),
      };
    case 'campaigns':
      return {
        id: translate(tag, 'roster.example', { example: 'campaign_id' }),
        title: translate(tag, 'roster.example', { example: 'campaign_title' }),
        due: null,
        daysBefore: 5,
      };
    case 'daysOff':
      return {
        from: { date: plan.start },
        to: null,
        name: translate(tag, 'roster.example', { example: 'day_off' }),
        change: choiceWord(tag, 'changes', 'added'),
      };
    default:
      return null;
  }
}

/**
 * The example rows of a table a workbook written in `tag` may hold: the current one, and the one
 * earlier versions wrote (the Committees sheet's French example address in every language).
 */
export function exampleRowsRead(
  tag: LocaleTag,
  sheet: TableSheet,
  plan: { start: IsoDate; end: IsoDate },
): Record<string, OutValue>[] {
  const row = exampleRow(tag, sheet, plan);
  if (!row) return [];
  return 'email' in row ? [row, { ...row, email: FORMER_EXAMPLE_EMAIL }] : [row];
}

/** A value as the reader compares it: text trimmed, a number as digits, a day as ISO. */
export function outText(value: OutValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.date;
  return String(value).trim();
}
