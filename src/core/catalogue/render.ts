/**
 * Messages as data: a message travels as `{ id, values }` from where it is decided to where it
 * is shown, and is rendered there, in the reader's language, by the ICU catalogues
 * (`./messages/<language>.json`, part by part, formatted by intl-messageformat). Numbers, plurals
 * and dates follow the reader's locale (`Intl`); a value written in the other direction than
 * the message (an Arabic title in an English subject) is isolated (FSI … PDI) so it cannot
 * reorder the words around it.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { parse } from '@formatjs/icu-messageformat-parser';
import {
  MESSAGE_FILES,
  type MessageId,
  type MessageValues,
  type NoValues,
  type Shown,
} from './generated.js';
import { argumentsOf, type MessageArgument } from './message-arguments.js';
import { catalogueChain, directionOf, formattingLocale, type LocaleTag } from '../locale-tag.js';

export type { MessageId, MessageValues, Shown } from './generated.js';

/** A message to show: its id and the values it takes (none for a message without any). */
export type Message<K extends MessageId = MessageId> = [MessageId] extends [K]
  ? AnyMessage
  : {
      [P in K]: MessageValues[P] extends NoValues
        ? { id: P; values?: NoValues }
        : { id: P; values: MessageValues[P] };
    }[K];

/**
 * Any message: its id, and values checked where it was made (by `message()`). Not the union
 * of every message's own type: with about a thousand messages, TypeScript gives up on that
 * union (TS2590, « too complex to represent ») wherever messages are passed around.
 */
export interface AnyMessage {
  id: MessageId;
  values?: Readonly<Record<string, unknown>>;
}

/** The values argument of `message(id, …)`: nothing for a message that takes none. */
export type ValuesOf<K extends MessageId> = MessageValues[K] extends NoValues
  ? []
  : [values: MessageValues[K]];

/** The descriptor of message `id` with its values, to render where it is shown. */
export function message<K extends MessageId>(id: K, ...[values]: ValuesOf<K>): Message<K> {
  return (values === undefined ? { id } : { id, values }) as Message<K>;
}

/**
 * A command the reader copies into a terminal, as a message's value: shown as it is, never
 * isolated, since a copy would take the marks along. The catalogue gives it a line of its own
 * (« …:\n{command} »), which is left to right by itself.
 */
export interface Command {
  command: string;
}

/** `text` as a command to copy: see {@link Command}. */
export function command(text: string): Command {
  return { command: text };
}

function isCommand(value: unknown): value is Command {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { command?: unknown }).command === 'string'
  );
}

/** True for a value that is a message descriptor. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    (value as { id: string }).id.includes('.')
  );
}

/** Message `id` rendered for a reader of `tag`. */
export function translate<K extends MessageId>(
  tag: LocaleTag,
  id: K,
  ...[values]: ValuesOf<K>
): string {
  return renderWith(tag, id, values as Record<string, unknown> | undefined);
}

/** A message descriptor rendered for a reader of `tag`. */
export function render(tag: LocaleTag, shown: Message | Shown): string {
  if (typeof shown === 'string') return shown;
  if (typeof shown === 'number') return formatNumber(tag, shown);
  if (isList(shown)) return joinList(tag, shown);
  if (isCommand(shown)) return shown.command;
  return renderWith(tag, shown.id, shown.values as Record<string, unknown> | undefined);
}

/** A number as the reader writes it (`20,000` in Mexico, `20.000` in Brazil). */
export function formatNumber(
  tag: LocaleTag,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(formattingLocale(tag), options).format(value);
}

/** A calendar day (`2025-05-06`) as the reader writes dates: `06/05/2025`. */
export function formatDay(tag: LocaleTag, iso: string): string {
  const date = dayAt(iso);
  return date
    ? new Intl.DateTimeFormat(formattingLocale(tag), DATE_FORMATS.short).format(date)
    : iso;
}

/** A day of the week (ISO: 1 = Monday … 7 = Sunday) as the reader's language names it (CLDR). */
export function formatWeekday(tag: LocaleTag, isoWeekday: number): string {
  const format = new Intl.DateTimeFormat(formattingLocale(tag), DATE_FORMATS.weekday);
  // 2024-01-01 was a Monday.
  return format.format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

/** The text of message `id` in the first catalogue of the chain that has it; French else. */
export function messageText(tag: LocaleTag, id: string): string | undefined {
  const dot = id.indexOf('.');
  const part = id.slice(0, dot);
  const key = id.slice(dot + 1);
  for (const catalogue of [...catalogueChain(tag), 'fr']) {
    const text = MESSAGE_FILES[catalogue]?.[part]?.[key];
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * Dates in messages are calendar days, given as ISO text and drawn at UTC midnight: formatted
 * in UTC they stay the day they are, wherever the server runs. `short` is the numeric form
 * with the year in full (06/05/2025), which every template and sheet uses.
 */
const DATE_FORMATS = {
  short: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
  medium: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  weekday: { weekday: 'long', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

interface Compiled {
  format: IntlMessageFormat;
  args: Map<string, MessageArgument>;
}

const compiled = new Map<string, Compiled>();

function compile(tag: LocaleTag, id: string): Compiled {
  const memo = `${tag}\u0000${id}`;
  const known = compiled.get(memo);
  if (known) return known;
  const text = messageText(tag, id) ?? id;
  const options = { ignoreTag: true } as const;
  const format = new IntlMessageFormat(
    text,
    formattingLocale(tag),
    { date: DATE_FORMATS, time: DATE_FORMATS },
    options,
  );
  const entry = { format, args: argumentsOf(parse(text, options)) };
  compiled.set(memo, entry);
  return entry;
}

function renderWith(
  tag: LocaleTag,
  id: string,
  values: Record<string, unknown> | undefined,
): string {
  const { format, args } = compile(tag, id);
  const ready: Record<string, string | number | Date> = {};
  for (const [name, argument] of args) {
    ready[name] = prepare(tag, argument, values?.[name]);
  }
  const out = format.format(ready);
  return typeof out === 'string' ? out : String(out);
}

function prepare(
  tag: LocaleTag,
  argument: MessageArgument,
  value: unknown,
): string | number | Date {
  switch (argument.kind) {
    case 'date':
      return (typeof value === 'string' && dayAt(value)) || String(value ?? '');
    case 'flag':
      return value === true ? 'true' : 'false';
    case 'number':
      return typeof value === 'number' ? value : Number(value ?? 0);
    case 'select':
      return typeof value === 'string' ? value : 'other';
    case 'text':
      if (typeof value === 'number') return formatNumber(tag, value);
      if (isMessage(value)) return render(tag, value);
      if (isList(value)) return joinList(tag, value);
      if (isCommand(value)) return value.command;
      return isolate(tag, String(value ?? ''));
  }
}

function isList(
  value: unknown,
): value is { anyOf: readonly string[] } | { allOf: readonly string[] } {
  return typeof value === 'object' && value !== null && ('anyOf' in value || 'allOf' in value);
}

/** A list as the reader joins one: « fr, en ou ar », « fr, en y ar », « fr وen وar ». */
function joinList(
  tag: LocaleTag,
  list: { anyOf: readonly string[] } | { allOf: readonly string[] },
): string {
  const [items, type] =
    'anyOf' in list ? [list.anyOf, 'disjunction' as const] : [list.allOf, 'conjunction' as const];
  return new Intl.ListFormat(formattingLocale(tag), { type }).format(
    items.map((i) => isolate(tag, i)),
  );
}

function dayAt(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : null;
}

// Letters only: Arabic-Indic digits (٠١٢) and the Arabic comma do not make a value right-to-left.
const RTL_LETTER = /(?=[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])\p{L}/u;
const LTR_LETTER = /(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])\p{L}/u;

/**
 * A value isolated (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE) when it
 * holds letters written the other way than the message: Unicode's bidi algorithm (UAX #9)
 * then lays it out as one block, and the words around it keep their order. Only its first line
 * runs on in the message's line: the next ones are paragraphs of their own, which no isolate
 * crosses, so they go bare (a command on its own line keeps no mark a copy would take along).
 */
export function isolate(tag: LocaleTag, value: string): string {
  const other = directionOf(tag) === 'rtl' ? LTR_LETTER : RTL_LETTER;
  const end = value.indexOf('\n');
  const first = end < 0 ? value : value.slice(0, end);
  const rest = end < 0 ? '' : value.slice(end);
  return (other.test(first) ? `\u2068${first}\u2069` : first) + rest;
}

/** A neutral id as a `select` case names it: `to-fix` → `to_fix`. */
export type Selector<S extends string> = S extends `${infer A}-${infer B}`
  ? `${A}_${Selector<B>}`
  : S;

/**
 * A neutral id as a `select` case: ICU selectors are identifiers, which take no « - » (a
 * Pattern_Syntax character: `{kind, select, report-meeting {…}}` does not parse), so the
 * catalogues write `report_meeting` where the code says `report-meeting`.
 */
export function selector<S extends string>(id: S): Selector<S> {
  return id.replaceAll('-', '_') as Selector<S>;
}
