/**
 * A small streaming XML tokenizer for the parts of an .xlsx archive: the XML 1.0 features
 * that real workbooks use, done as the specification says, and nothing that can blow up.
 *
 * - Names are resolved by namespace URI (Namespaces in XML 1.0), never by literal prefix:
 *   `<x:c>` with `xmlns:x` bound to SpreadsheetML is the same element as `<c>`.
 * - End-of-line handling (XML 1.0 §2.11): a literal CR LF or lone CR is read as LF; a
 *   character reference `&#13;` stays CR.
 * - Attribute-value normalisation (§3.3.3): literal tabs and line ends become spaces.
 * - The five predefined entities and character references are decoded; CDATA sections are
 *   text, taken literally; comments and processing instructions are skipped.
 * - A document type declaration is refused: no DTD is ever read, so no entity can expand.
 *
 * Input arrives as strings in pieces of any size (a sheet is read as it inflates); only an
 * incomplete last token is kept between pieces, so memory follows the largest token, not the
 * document. Bounds (the read budget, limits.ts) keep that so whatever the document holds:
 * a tag, comment or CDATA section longer than `maxTagChars` is refused, a longer text is
 * handed on in parts, elements deeper than `maxDepth` or more than the read's count are
 * refused.
 */

import type { ReadFailure } from '../../core/read-failure.js';
import { DEFAULT_PARSE_LIMITS, ReadBudget } from './limits.js';

/**
 * Why a part is not XML we can read: `failure` as data (the reader's person gets it in their
 * language), the message, in French and technical, for logs and tests.
 */
export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    message: string,
    readonly failure: ReadFailure,
  ) {
    super(message);
  }
}

/** An attribute, its name resolved: `ns` is its namespace URI ('' when unprefixed). */
export interface XmlAttribute {
  ns: string;
  local: string;
  value: string;
}

/**
 * How much one document may take: a {@link ReadBudget}, whose count of elements is shared by
 * every part of a workbook.
 */
export interface XmlBounds {
  readonly maxDepth: number;
  readonly maxTagChars: number;
  readonly maxElements: number;
  /** Elements still allowed; counted down as each opens. */
  elementsLeft: number;
}

/** Namespace prefixes in scope at once: real parts bind a few dozen. */
const MAX_PREFIXES = 1_000;
/** The longest character or entity reference a text may end on, cut between two pieces. */
const LONGEST_REFERENCE = 32;

/** What the tokenizer reports, in document order. A self-closing element opens then closes. */
export interface XmlHandler {
  /**
   * `attributes` is valid during the call only (it is reused for the next element); `empty`
   * says the element is self-closing (`<c r="A1" s="2"/>`), so no child or text follows.
   */
  open(ns: string, local: string, attributes: XmlAttributes, empty: boolean): void;
  close(ns: string, local: string): void;
  /** Character data: decoded text or a CDATA section (one element's text may come in parts). */
  text(text: string): void;
}

/** The namespace of the `xml:` prefix, bound by definition. */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g;

/** Entity and character references decoded; an unknown entity is kept as written. */
function decodeReferences(raw: string): string {
  return raw.replace(REFERENCE, (whole, e: string) => {
    if (e[0] !== '#') return PREDEFINED[e] ?? whole;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** XML 1.0 end-of-line handling (§2.11): a literal CR LF or lone CR becomes LF. */
function normaliseLineEnds(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

/** Character data as the XML processor hands it on: line ends normalised, references decoded. */
export function decodeText(raw: string): string {
  const out = normaliseLineEnds(raw);
  return out.includes('&') ? decodeReferences(out) : out;
}

/** An attribute value normalised (§3.3.3), then its references decoded. */
function decodeAttribute(raw: string): string {
  let out = normaliseLineEnds(raw);
  if (out.includes('\n') || out.includes('\t')) out = out.replace(/[\t\n]/g, ' ');
  return out.includes('&') ? decodeReferences(out) : out;
}

/** A well-formed start tag: its name, the text of its attributes, a closing slash. */
const START_TAG = /<([^\s/>=<!?]+)((?:\s+[^\s/>=<]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
/** One attribute in the text START_TAG matched. */
const ATTRIBUTE = /([^\s/>=<]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

/** The attributes of a start tag matched by START_TAG, as written (not yet decoded). */
function attributePairs(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  if (!text) return pairs;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    pairs.push([m[1] as string, m[2] ?? m[3] ?? '']);
  }
  return pairs;
}

/**
 * The attributes of the element being opened, read from its tag only when asked for: most
 * elements of a sheet (`<v>`, `<row spans>`…) never have theirs read.
 */
export class XmlAttributes {
  private text = '';
  private pairs: [string, string][] | null = null;
  private parsed: XmlAttribute[] | null = null;

  constructor(private readonly resolve: (prefix: string, name: string) => string) {}

  /** Points at the next element's attributes: their text as written, or pairs already split. */
  reset(text: string, pairs: [string, string][] | null): void {
    this.text = text;
    this.pairs = pairs;
    this.parsed = null;
  }

  /** Every attribute but namespace declarations, names resolved, values decoded. */
  list(): XmlAttribute[] {
    if (this.parsed) return this.parsed;
    const out: XmlAttribute[] = [];
    for (const [name, value] of (this.pairs ??= attributePairs(this.text))) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const colon = name.indexOf(':');
      out.push(
        colon < 0
          ? { ns: '', local: name, value: decodeAttribute(value) }
          : {
              ns: this.resolve(name.slice(0, colon), name),
              local: name.slice(colon + 1),
              value: decodeAttribute(value),
            },
      );
    }
    return (this.parsed = out);
  }

  /** The value of an attribute by local name and namespace ('' for an unprefixed one). */
  get(local: string, ns = ''): string | undefined {
    if (this.text === '' && this.pairs === null) return undefined;
    if (ns === '' && this.parsed === null && this.pairs === null) {
      // An unprefixed attribute is found in the tag's text without splitting it all.
      const m = unprefixed(local).exec(this.text);
      return m ? decodeAttribute(m[1] ?? m[2] ?? '') : undefined;
    }
    for (const a of this.list()) if (a.local === local && a.ns === ns) return a.value;
    return undefined;
  }
}

const UNPREFIXED = new Map<string, RegExp>();

/**
 * Finds `name="…"` in a tag's attributes text, skipping whole attributes from the start (so
 * never inside another's value, never `p:name`).
 */
function unprefixed(name: string): RegExp {
  let re = UNPREFIXED.get(name);
  if (!re) {
    const skip = `(?:\\s+[^\\s=]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*?`;
    re = new RegExp(`^${skip}\\s+${name.replace(/[.]/g, '\\.')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    UNPREFIXED.set(name, re);
  }
  return re;
}

/** Namespace bindings in force: prefix ('' for the default namespace) → URI. */
type Scope = ReadonlyMap<string, string>;

const ROOT_SCOPE: Scope = new Map([['xml', XML_NAMESPACE]]);

interface OpenElement {
  qname: string;
  ns: string;
  local: string;
  /** The scope in force outside this element (restored when it closes). */
  outer: Scope;
}

/** True for the characters that end a name: whitespace, `/`, `>`, `=`. */
function endsName(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x2f ||
    code === 0x3e ||
    code === 0x3d
  );
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Tokenizes one XML document fed in pieces; `end()` checks it was complete. */
export class XmlTokenizer {
  private pending = '';
  private scope: Scope = ROOT_SCOPE;
  private readonly open: OpenElement[] = [];
  private started = false;
  private rootClosed = false;
  private readonly attributes = new XmlAttributes((prefix, name) => this.resolve(prefix, name));

  constructor(
    private readonly handler: XmlHandler,
    /** The part's name, for messages. */
    private readonly part: string,
    private readonly bounds: XmlBounds = new ReadBudget(DEFAULT_PARSE_LIMITS),
  ) {}

  /** What a reader of this part is told when it is not XML. */
  private get corrupt(): ReadFailure {
    return { kind: 'corrupt', part: this.part };
  }

  /** Feeds the next piece of the document. */
  write(piece: string): void {
    let input = this.pending ? this.pending + piece : piece;
    if (!this.started && input.length) {
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1); // byte order mark
      this.started = input.length > 0;
    }
    const used = this.tokenize(input, false);
    this.pending = used < input.length ? input.slice(used) : '';
    // What is left is the start of one token (text is handed on before it grows that long).
    if (this.pending.length > this.bounds.maxTagChars) throw this.tagTooLong();
  }

  private tagTooLong(): XmlError {
    const limit = this.bounds.maxTagChars;
    return new XmlError(`${this.part} : une balise dépasse ${limit} caractères`, {
      kind: 'tag-too-long',
      part: this.part,
      limit,
    });
  }

  /** Ends the document: what is left must be complete and every element closed. */
  end(): void {
    const input = this.pending;
    this.pending = '';
    const used = this.tokenize(input, true);
    if (used < input.length || this.open.length > 0 || !this.rootClosed) {
      throw new XmlError(`${this.part} est incomplet (XML tronqué)`, this.corrupt);
    }
  }

  /** Reads the tokens complete in `input`; returns how far it got. */
  private tokenize(input: string, last: boolean): number {
    let at = 0;
    const length = input.length;
    while (at < length) {
      const lt = input.indexOf('<', at);
      if (lt < 0) {
        // Text runs to the end of the piece: wait for its end unless this is the last piece,
        // or it is long already (then what is whole of it goes on now).
        if (!last) return length - at > this.bounds.maxTagChars ? this.partialText(input, at) : at;
        this.characters(input.slice(at));
        return length;
      }
      if (lt > at) this.characters(input.slice(at, lt));
      at = lt;
      const next = input.charCodeAt(at + 1);
      if (next === 0x2f /* / */) {
        const gt = input.indexOf('>', at + 2);
        if (gt < 0) return at;
        // `</name>` for the element open, as nearly always: compared in place, no copy.
        const expected = this.open[this.open.length - 1]?.qname;
        const same =
          expected !== undefined &&
          gt === at + 2 + expected.length &&
          input.startsWith(expected, at + 2);
        this.closeElement(same ? (expected as string) : input.slice(at + 2, gt).trim());
        at = gt + 1;
      } else if (next === 0x3f /* ? */) {
        const end = input.indexOf('?>', at + 2);
        if (end < 0) return at;
        at = end + 2;
      } else if (next === 0x21 /* ! */) {
        if (input.startsWith('<!--', at)) {
          const end = input.indexOf('-->', at + 4);
          if (end < 0) return at;
          at = end + 3;
        } else if (input.startsWith('<![CDATA[', at)) {
          const end = input.indexOf(']]>', at + 9);
          if (end < 0) return at;
          const data = input.slice(at + 9, end);
          if (this.open.length) this.handler.text(normaliseLineEnds(data));
          at = end + 3;
        } else if (at + 9 > length && !last) {
          return at; // too short to tell yet
        } else if (/^<!DOCTYPE/i.test(input.slice(at, at + 9))) {
          throw new XmlError(`${this.part} déclare une DTD : contenu refusé`, {
            kind: 'dtd',
            part: this.part,
          });
        } else {
          throw new XmlError(`${this.part} n'est pas du XML valide`, this.corrupt);
        }
      } else if (next !== next /* NaN: '<' is the last character */) {
        if (!last) return at;
        throw new XmlError(`${this.part} est incomplet (XML tronqué)`, this.corrupt);
      } else {
        // A tag without attributes (`<v>`, `<c/>`, most of a sheet's) is read by hand: a
        // quarter of the time the expression below takes.
        let end = at + 1;
        while (end < length && !endsName(input.charCodeAt(end))) end++;
        const after = input.charCodeAt(end);
        const bare = after === 0x3e || (after === 0x2f && input.charCodeAt(end + 1) === 0x3e);
        if (bare && end > at + 1) {
          this.openElement(input.slice(at + 1, end), '', null, after === 0x2f);
          at = end + (after === 0x2f ? 2 : 1);
          continue;
        }
        // A tag ends at a '>' (the first, unless inside a value): none near, it is too long.
        const gt = input.indexOf('>', at);
        if (gt < 0 ? length - at > this.bounds.maxTagChars : gt - at > this.bounds.maxTagChars)
          throw this.tagTooLong();
        // The common case in one regular expression; anything it does not match (a tag cut
        // by the end of the piece, or not well-formed) is read character by character.
        START_TAG.lastIndex = at;
        const tag = START_TAG.exec(input);
        if (tag) {
          if (START_TAG.lastIndex - at > this.bounds.maxTagChars) throw this.tagTooLong();
          this.openElement(tag[1] as string, tag[2] as string, null, tag[3] === '/');
          at = START_TAG.lastIndex;
        } else {
          const end = this.startTag(input, at);
          if (end < 0) return at;
          at = end;
        }
      }
    }
    return at;
  }

  /**
   * Hands on the text from `at` to the end of the piece, but for what may be the start of a
   * reference or of a CR LF; returns where the rest begins.
   */
  private partialText(input: string, at: number): number {
    let end = input.length;
    if (input.charCodeAt(end - 1) === 0x0d) end--;
    const amp = input.lastIndexOf('&', end - 1);
    if (amp >= at && end - amp <= LONGEST_REFERENCE) end = amp;
    this.characters(input.slice(at, end));
    return end;
  }

  private characters(raw: string): void {
    if (this.open.length) this.handler.text(decodeText(raw));
    else if (raw.trim())
      throw new XmlError(
        `${this.part} n'est pas du XML valide (texte hors de l'élément racine)`,
        this.corrupt,
      );
  }

  /** Reads a start tag at `at`; returns the index after it, or -1 when it is not complete. */
  private startTag(input: string, at: number): number {
    const length = input.length;
    const limit = at + this.bounds.maxTagChars;
    let i = at + 1;
    while (i < length && !endsName(input.charCodeAt(i))) i++;
    if (i >= length) return -1;
    const qname = input.slice(at + 1, i);
    if (!qname) throw new XmlError(`${this.part} n'est pas du XML valide`, this.corrupt);
    const raw: [name: string, value: string][] = [];
    let selfClosing = false;
    for (;;) {
      if (i > limit) throw this.tagTooLong();
      while (i < length && isSpace(input.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const code = input.charCodeAt(i);
      if (code === 0x3e /* > */) {
        i++;
        break;
      }
      if (code === 0x2f /* / */) {
        if (i + 1 >= length) return -1;
        if (input.charCodeAt(i + 1) !== 0x3e)
          throw new XmlError(
            `${this.part} n'est pas du XML valide (balise <${qname}>)`,
            this.corrupt,
          );
        selfClosing = true;
        i += 2;
        break;
      }
      const nameStart = i;
      while (i < length && !endsName(input.charCodeAt(i))) i++;
      const name = input.slice(nameStart, i);
      while (i < length && isSpace(input.charCodeAt(i))) i++;
      if (i >= length) return -1;
      if (input.charCodeAt(i) !== 0x3d /* = */ || !name)
        throw new XmlError(
          `${this.part} n'est pas du XML valide (balise <${qname}>)`,
          this.corrupt,
        );
      i++;
      while (i < length && isSpace(input.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const q = input.charCodeAt(i);
      if (q !== 0x22 && q !== 0x27)
        throw new XmlError(
          `${this.part} n'est pas du XML valide (attribut ${name} sans guillemets)`,
          this.corrupt,
        );
      const close = input.indexOf(q === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      const value = input.slice(i + 1, close);
      if (value.includes('<'))
        throw new XmlError(
          `${this.part} n'est pas du XML valide (« < » dans l'attribut ${name})`,
          this.corrupt,
        );
      raw.push([name, value]);
      i = close + 1;
    }
    this.openElement(qname, '', raw, selfClosing);
    return i;
  }

  /** Opens an element from its attributes' text (or its pairs, when read by hand). */
  private openElement(
    qname: string,
    text: string,
    pairs: [string, string][] | null,
    selfClosing: boolean,
  ): void {
    if (this.rootClosed)
      throw new XmlError(
        `${this.part} n'est pas du XML valide (plusieurs éléments racines)`,
        this.corrupt,
      );
    if (this.open.length >= this.bounds.maxDepth) {
      throw new XmlError(`${this.part} : plus de ${this.bounds.maxDepth} niveaux d'éléments`, {
        kind: 'too-deep',
        part: this.part,
        limit: this.bounds.maxDepth,
      });
    }
    if (--this.bounds.elementsLeft < 0) {
      throw new XmlError(`${this.part} : plus de ${this.bounds.maxElements} éléments lus`, {
        kind: 'too-many-elements',
        part: this.part,
        limit: this.bounds.maxElements,
      });
    }
    const outer = this.scope;
    if (pairs ? pairs.some(([name]) => name.startsWith('xmlns')) : text.includes('xmlns')) {
      pairs ??= attributePairs(text);
      let scope: Map<string, string> | null = null;
      for (const [name, value] of pairs) {
        if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
        scope ??= new Map(outer);
        scope.set(name === 'xmlns' ? '' : name.slice(6), decodeAttribute(value));
      }
      if (scope && scope.size > MAX_PREFIXES)
        throw new XmlError(`${this.part} déclare trop d'espaces de noms`, this.corrupt);
      if (scope) this.scope = scope;
    }
    this.attributes.reset(text, pairs);
    const colon = qname.indexOf(':');
    const ns = colon < 0 ? (this.scope.get('') ?? '') : this.resolve(qname.slice(0, colon), qname);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    this.handler.open(ns, local, this.attributes, selfClosing);
    if (selfClosing) {
      this.handler.close(ns, local);
      this.scope = outer;
      if (this.open.length === 0) this.rootClosed = true;
    } else {
      this.open.push({ qname, ns, local, outer });
    }
  }

  private closeElement(qname: string): void {
    const element = this.open.pop();
    if (!element || element.qname !== qname) {
      throw new XmlError(
        `${this.part} n'est pas du XML valide (</${qname}> ne ferme pas ${element ? `<${element.qname}>` : 'un élément ouvert'})`,
        this.corrupt,
      );
    }
    this.handler.close(element.ns, element.local);
    this.scope = element.outer;
    if (this.open.length === 0) this.rootClosed = true;
  }

  private resolve(prefix: string, name: string): string {
    const uri = this.scope.get(prefix);
    if (uri === undefined) {
      throw new XmlError(
        `${this.part} n'est pas du XML valide (préfixe non déclaré dans ${name})`,
        this.corrupt,
      );
    }
    return uri;
  }
}

/** Tokenizes a whole document held in one string. */
export function tokenizeXml(
  xml: string,
  part: string,
  handler: XmlHandler,
  bounds?: XmlBounds,
): void {
  const tokenizer = new XmlTokenizer(handler, part, bounds);
  tokenizer.write(xml);
  tokenizer.end();
}
