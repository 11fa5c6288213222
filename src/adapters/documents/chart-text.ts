/**
 * The text of the status page's charts, measured and laid out before ECharts draws it.
 * Drawn on a server, ECharts has no canvas to measure text with: its fallback counts every
 * character outside ASCII as wide as the font is high (an Arabic letter, half that wide,
 * counted double), then cut names short to fit. Here each character has the width DejaVu
 * Sans gives it (the page's first font, and among the widest sans-serif fonts, so the same
 * text in Arial or Segoe UI only comes out narrower), measured once in Chromium.
 */

/** Advance widths of ASCII 32–126 in DejaVu Sans, in hundredths of the font size. */
const ASCII_WIDTHS = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
  64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79,
  60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63,
  63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
] as const;

/** Characters beyond ASCII that a label commonly holds, in hundredths of the font size. */
const OTHER_WIDTHS: Readonly<Record<string, number>> = {
  '«': 62,
  '»': 62,
  '—': 100,
  '–': 50,
  '’': 32,
  '‘': 32,
  '“': 52,
  '”': 52,
  '…': 100,
  œ: 103,
  æ: 99,
  Œ: 107,
  Æ: 98,
  ß: 63,
  '·': 32,
  '•': 59,
  '°': 50,
  º: 48,
  ª: 48,
  '\u00a0': 32,
  '\u202f': 20,
  '،': 33,
  '؛': 32,
  '؟': 54,
  ـ: 30,
};

/**
 * An Arabic letter: joined to its neighbours, DejaVu Sans draws them 0.5 of the font size on
 * average (measured on the examples' titles and the levels' names), from 0.3 (a medial ب) to
 * 1.2 (an isolated س). Counted 0.62: a short word of wide letters (« جوهري ») still fits.
 */
const ARABIC_LETTER = 62;
/** What nothing above names: as wide as the font is high (CJK ideographs are). */
const UNKNOWN = 100;

/** Marks drawn over or under a letter, joiners and direction marks: no width of their own. */
const ZERO_WIDTH =
  /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** One character's width, in hundredths of the font size. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32] ?? UNKNOWN;
  const known = OTHER_WIDTHS[char];
  if (known !== undefined) return known;
  if (ZERO_WIDTH.test(char)) return 0;
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0xfb50 && code <= 0xfeff))
    return code >= 0x0660 && code <= 0x0669 ? 54 : ARABIC_LETTER;
  // A Latin letter with an accent is as wide as the letter (é as e, Ç as C in DejaVu Sans).
  const base = char.normalize('NFD').charAt(0);
  if (base !== char) return charWidth(base);
  return UNKNOWN;
}

/** The width of `text` drawn at `fontSize` pixels (bold: a tenth wider), in pixels. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let hundredths = 0;
  for (const char of text) hundredths += charWidth(char);
  return ((hundredths * fontSize) / 100) * (bold ? 1.1 : 1);
}

/**
 * zrender's `measureText` (ECharts' platform API): `font` is CSS shorthand such as
 * « bold 12px DejaVu Sans, sans-serif ».
 */
export function measureChartText(text: string, font?: string): { width: number } {
  const size = /(\d+(?:\.\d+)?)px/.exec(font ?? '');
  return { width: textWidth(text ?? '', size ? Number(size[1]) : 12, /\bbold\b/.test(font ?? '')) };
}

/** Unicode's first-strong isolate: what `dir="auto"` is in HTML, for text inside an SVG. */
export const FSI = '\u2068';
/** Unicode's right-to-left isolate. */
export const RLI = '\u2067';
/** Pops an isolate. */
export const PDI = '\u2069';

/** What a person typed, isolated: read in its own direction inside text in the other. */
export function typedIsolated(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/**
 * `text` in at most `maxLines` lines of at most `width` pixels at `fontSize`, broken between
 * words; cut with « … » only when it does not fit in them. A word wider than a line is broken
 * inside.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines = 2,
): { lines: string[]; cut: boolean } {
  const fits = (line: string) => textWidth(line, fontSize) <= width;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      i--; // the word starts the next line
    } else {
      // One word wider than a line: as much of it as fits.
      let part = '';
      for (const char of word) {
        if (!fits(part + char) && part) break;
        part += char;
      }
      lines.push(part);
      const rest = word.slice(part.length);
      if (rest) words.splice(i + 1, 0, rest);
    }
    if (lines.length === maxLines) {
      const rest = [line, ...words.slice(i + 1)].filter(Boolean).join(' ');
      if (!rest) return { lines, cut: false };
      lines[maxLines - 1] = ellipsed(`${lines[maxLines - 1] ?? ''} ${rest}`, width, fontSize);
      return { lines, cut: true };
    }
  }
  if (line) lines.push(line);
  return { lines, cut: false };
}

/** `text` cut to `width` pixels, ending in « … ». */
function ellipsed(text: string, width: number, fontSize: number): string {
  const chars = [...text];
  while (chars.length && textWidth(`${chars.join('').trimEnd()}…`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
