/** Text helpers shared by the parsers and header matching. */

/** Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits as ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * A comparison key: lower case, no accents, any run of punctuation or space as one space.
 * "Date de réalisation " and "date de realisation" give the same key; so do "N°" and "n".
 */
export function normalizeKey(text: string): string {
  // Choices, headers and labels repeat endlessly across thousands of rows: remember them.
  const known = keyMemo.get(text);
  if (known !== undefined) return known;
  const key = computeKey(text);
  if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
  keyMemo.set(text, key);
  return key;
}

const KEY_MEMO_LIMIT = 20_000;
const keyMemo = new Map<string, string>();

function computeKey(text: string): string {
  return toAsciiDigits(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The option closest to `input`, if it is close enough to be a plausible typo or
 * abbreviation; compared on {@link normalizeKey} forms.
 */
export function closestOption<T extends string>(input: string, options: readonly T[]): T | null {
  const key = normalizeKey(input);
  if (!key) return null;
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const option of options) {
    const optionKey = normalizeKey(option);
    if (key.length >= 3 && optionKey.startsWith(key)) return option;
    const distance = editDistance(key, optionKey);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(key.length / 3));
  return bestDistance <= tolerance ? best : null;
}

/** Text that a spreadsheet would run as a formula if written as typed (CWE-1236). */
export function looksLikeFormula(text: string): boolean {
  return /^[\s]*[=+\-@]/.test(text) || /^[\t\r]/.test(text);
}

/** Quotes a value for a French message, shortened. */
export function quote(value: unknown, max = 60): string {
  const text = String(value).replace(/[\r\n\t]+/g, ' ');
  return `« ${shorten(text, max)} »`;
}

/**
 * `text` cut to its first `max` UTF-16 units and an ellipsis, never in the middle of a
 * surrogate pair (an emoji cut in half is not text: mail and XML writers choke on it).
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Bidirectional override characters (LRO, RLO): invisible, they reverse how the text after
 * them is shown, so that a title or a link can display something other than what it holds
 * (CVE-2021-42574, "Trojan Source"). Arabic text never needs them: it has its own direction.
 */
export const BIDI_OVERRIDES = /[\u202d\u202e]/g;

/** Whether `text` holds a bidirectional override character. */
export function hasBidiOverride(text: string): boolean {
  return /[\u202d\u202e]/.test(text);
}
