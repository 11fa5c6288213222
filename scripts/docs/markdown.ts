/**
 * What the generated pages of docs/ share: GitHub's anchors, code spans, and YAML examples
 * written as a person writes them in committee.yaml.
 */
import { yamlInline } from '../../src/core/config-json-schema.js';

/**
 * The anchor GitHub gives a heading: its text lower case, without its Markdown marks and
 * punctuation (letters, digits, `_`, `-` and spaces stay, accented letters too), spaces → `-`.
 */
export function githubAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * The headings of a page, each anchor given once: a second heading with the anchor of another
 * would get GitHub's `-1` suffix, an anchor that moves when the page changes.
 */
export class Headings {
  private readonly taken = new Set<string>();

  /** The heading's line, its anchor claimed; throws when another heading has it. */
  line(level: number, text: string): { line: string; anchor: string } {
    const anchor = githubAnchor(text.replace(/`/g, ''));
    if (this.taken.has(anchor)) throw new Error(`Two headings would have the anchor #${anchor}`);
    this.taken.add(anchor);
    return { line: `${'#'.repeat(level)} ${text}`, anchor };
  }
}

/** `text` as inline code, even when it holds a backtick. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A fenced block. */
export function fenced(language: string, lines: readonly string[]): string[] {
  return [`\`\`\`${language}`, ...lines, '```'];
}

/** The widest line an inline YAML value is kept on. */
const INLINE_WIDTH = 76;

/**
 * `value` as the lines of YAML after `key:` at `indent`: on the same line when it fits
 * (`[7, 2, 0]`, `{ kind: local, dir: ./out }`), else as a block below.
 */
export function yamlEntry(key: string, value: unknown, indent: string): string[] {
  const inline = yamlInline(value);
  const head = `${indent}${key}:`;
  if (!isCollection(value) || head.length + 1 + inline.length <= INLINE_WIDTH) {
    return [`${head} ${inline}`];
  }
  return [head, ...yamlBlock(value, `${indent}  `)];
}

/** A list or a mapping as block YAML lines at `indent`. */
export function yamlBlock(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isCollection(item) || Array.isArray(item)) {
        const inline = yamlInline(item);
        return indent.length + 2 + inline.length <= INLINE_WIDTH
          ? [`${indent}- ${inline}`]
          : [`${indent}-`, ...yamlBlock(item, `${indent}  `)];
      }
      // A mapping in a list: its first key after the dash, the others below it.
      const lines = yamlBlock(item, `${indent}  `);
      return lines.map((line, i) => (i === 0 ? `${indent}- ${line.slice(indent.length + 2)}` : line)); // prettier-ignore
    });
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
    yamlEntry(key, v, indent),
  );
}

function isCollection(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}
