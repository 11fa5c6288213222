/**
 * What a validation issue says, as data: a message of the catalogues (most of them the
 * validator's, the `cells` part of messages/<language>.json) with its values, rendered only where the issue
 * is shown, in the language of the person reading it — the focal point's in the feedback email,
 * the committee's in the master's Anomalies sheet, on the dashboard and on the command line.
 *
 * The template's own words a message names (a sheet, a column, a value of a list) are kept as
 * references ({@link Term}) and written when the message is shown, as the reader's template
 * writes them: a Jordanian secretariat reads « F2 (التاريخ المبرمج) » where its English-speaking
 * focal point read « F2 (Planned date) », from the same issue.
 */
import {
  actionColumnsFor,
  MILESTONE_COLUMNS,
  type LabelDef,
  type TemplateTerms,
} from '../../sheets-templates/submission-template.js';
import { choiceDisplay, columnsIn, labelsIn, templateWords } from './template-words.js';
import type { NoValues } from './catalogue/generated.js';
import {
  isMessage,
  message,
  render,
  translate,
  type Message,
  type MessageId,
  type MessageValues,
  type Shown,
} from './catalogue/render.js';
import type { LocaleTag } from './locale-tag.js';
import { shorten } from './text.js';

/** A word of the submission template, written in the reader's language when shown. */
export type Term =
  /** A sheet of the template, by its role. */
  | { term: 'sheet'; role: 'engagement' | 'actions' | 'milestones' }
  /** A column's header; the budget's names the committee's currency, the logo's its logo. */
  | {
      term: 'column';
      group: 'actions' | 'milestones';
      field: string;
      currency?: string;
      logo?: string;
    }
  /** A label of the Engagement sheet. */
  | { term: 'label'; field: LabelDef['field'] }
  /** A value of a fixed list, by its id (`done`). */
  | { term: 'choice'; value: string }
  /** The values a list allows, in order: ids of a fixed list, or the charter's own names. */
  | { term: 'choices'; values: readonly string[]; fixed: boolean }
  /** A cell and its column: « F12 (Date prévue) », « I5 (Budget en MAD) ». */
  | { term: 'cell'; address: string; label: Term | string };

/** A value of an issue's message: as a message takes it, or a template word to write. */
type Termed<V> = { [P in keyof V]: Shown extends V[P] ? V[P] | Term | IssueMessage : V[P] };

/** A message and its values, template words still to write. */
export interface SaidMessage<K extends MessageId = MessageId> {
  id: K;
  values?: Record<string, unknown>;
}

/**
 * What an issue says: a message to render, or — for an issue stored by a version that wrote
 * its message out — that text, shown as it is.
 */
export type IssueMessage = SaidMessage | string;

/** Message `id` with its values, some of them template words ({@link Term}). */
export function issueMessage<K extends MessageId>(
  id: K,
  ...[values]: MessageValues[K] extends NoValues ? [] : [values: Termed<MessageValues[K]>]
): SaidMessage<K> {
  return values === undefined ? { id } : { id, values: values as Record<string, unknown> };
}

/** Template word constructors, for the validator. */
export const term = {
  sheet: (role: 'engagement' | 'actions' | 'milestones'): Term => ({ term: 'sheet', role }),
  /** A column's header: only the budget's and the logo's need the committee's terms. */
  column: (group: 'actions' | 'milestones', field: string, terms: TemplateTerms): Term =>
    field === 'budget'
      ? { term: 'column', group, field, currency: terms.currency }
      : field === 'logo'
        ? { term: 'column', group, field, logo: terms.logoName }
        : { term: 'column', group, field },
  label: (field: LabelDef['field']): Term => ({ term: 'label', field }),
  choice: (value: string): Term => ({ term: 'choice', value }),
  choices: (values: readonly string[], fixed: boolean): Term => ({
    term: 'choices',
    values,
    fixed,
  }),
  cell: (address: string, label: Term | string): Term => ({ term: 'cell', address, label }),
};

/** What a person typed, as messages quote it: on one line, at most `max` characters. */
export function clip(value: unknown, max = 60): string {
  return shorten(String(value).replace(/[\r\n\t]+/g, ' '), max);
}

/** An issue's message as its reader of `tag` reads it. */
export function issueText(tag: LocaleTag, said: IssueMessage): string {
  return render(tag, issueShown(tag, said));
}

/**
 * An issue's message with its template words written for a reader of `tag`: a message to
 * put inside another (`dashboard.stale`'s problem) or to render.
 */
export function issueShown(tag: LocaleTag, said: IssueMessage): Message | string {
  return typeof said === 'string' ? said : (resolve(tag, said) as Message);
}

function resolve(tag: LocaleTag, said: SaidMessage): SaidMessage {
  if (!said.values) return said;
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(said.values)) values[name] = resolveValue(tag, value);
  return { id: said.id, values };
}

function resolveValue(tag: LocaleTag, value: unknown): unknown {
  if (isTerm(value)) return termShown(tag, value);
  if (isMessage(value)) return resolve(tag, value as SaidMessage);
  return value;
}

function isTerm(value: unknown): value is Term {
  return typeof value === 'object' && value !== null && 'term' in value;
}

/** A template word as the reader's template writes it. */
function termShown(tag: LocaleTag, t: Term): string | Message {
  // The reader's own variant (ar-MA's headers are Morocco's words), not only the language's.
  switch (t.term) {
    case 'sheet':
      return templateWords(tag).sheets[t.role];
    case 'column':
      return headerIn(tag, t);
    case 'label':
      return labelsIn(tag).find((d) => d.field === t.field)?.label ?? t.field;
    case 'choice':
      return choiceDisplay(tag).get(t.value) ?? t.value;
    case 'choices': {
      const display = choiceDisplay(tag);
      const shown = t.values.map((v) => (t.fixed ? (display.get(v) ?? v) : v));
      return shown.join(translate(tag, 'cells.separator'));
    }
    case 'cell': {
      const label = typeof t.label === 'string' ? t.label : termShown(tag, t.label);
      return cellShown(t.address, typeof label === 'string' ? label : render(tag, label));
    }
  }
}

/**
 * A cell and its column's header, the header's unit apart (« Budget (MAD) » is « Budget » in
 * « MAD »): French writes « I5 (Budget en MAD) », never a parenthesis inside another.
 */
function cellShown(address: string, label: string): Message {
  const unit = / \((.+)\)$/.exec(label);
  if (!unit?.[1]) return message('cells.cell', { address, label, unit: '', unitKind: 'other' });
  const kind = unit[1] === '%' || /^[A-Z]{3}$/.test(unit[1]) ? 'code' : 'word';
  return message('cells.cell', {
    address,
    label: label.slice(0, unit.index),
    unit: unit[1],
    unitKind: kind,
  });
}

const headers = new Map<string, string>();

function headerIn(tag: LocaleTag, t: Extract<Term, { term: 'column' }>): string {
  const memo = [tag, t.group, t.field, t.currency, t.logo].join('\u0000');
  let header = headers.get(memo);
  if (header === undefined) {
    const terms = { currency: t.currency ?? '', logoName: t.logo ?? '' };
    const defs = t.group === 'actions' ? actionColumnsFor(terms) : MILESTONE_COLUMNS;
    header =
      columnsIn(defs, t.group, tag, terms).find((d) => d.field === t.field)?.header ?? t.field;
    headers.set(memo, header);
  }
  return header;
}
