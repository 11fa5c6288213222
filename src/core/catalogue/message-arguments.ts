/**
 * What a message asks of its caller: each argument's name and kind, read from the message's
 * ICU syntax tree. The generated types and the renderer both work from it.
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** The kinds of argument a message may hold. */
export const ARGUMENT_KINDS = ['text', 'number', 'date', 'select', 'flag'] as const;
export type ArgumentKind = (typeof ARGUMENT_KINDS)[number];

/** One argument: its kind and, for a `select`, the cases it names. */
export interface MessageArgument {
  kind: ArgumentKind;
  /** The cases of a `select` (with `other`), sorted. */
  cases?: string[];
}

/** The arguments of a parsed message, by name. `{flag, select, true {…} other {…}}` is a flag. */
export function argumentsOf(ast: readonly MessageFormatElement[]): Map<string, MessageArgument> {
  const found = new Map<string, MessageArgument>();
  const note = (name: string, argument: MessageArgument) => {
    const before = found.get(name);
    // A plain `{n}` beside `{n, plural, …}` is the number; a select's cases win over a plain use.
    if (!before || before.kind === 'text') found.set(name, argument);
    else if (before.kind === 'select' && argument.kind === 'select') {
      const cases = [...new Set([...(before.cases ?? []), ...(argument.cases ?? [])])].sort();
      found.set(name, { kind: 'select', cases });
    }
  };
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          note(element.value, { kind: 'text' });
          break;
        case TYPE.number:
        case TYPE.plural:
          note(element.value, { kind: 'number' });
          break;
        case TYPE.date:
        case TYPE.time:
          note(element.value, { kind: 'date' });
          break;
        case TYPE.select: {
          const cases = Object.keys(element.options).sort();
          const flag = cases.every((c) => c === 'true' || c === 'false' || c === 'other');
          note(element.value, flag ? { kind: 'flag' } : { kind: 'select', cases });
          break;
        }
        default:
          break;
      }
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(ast);
  return found;
}
