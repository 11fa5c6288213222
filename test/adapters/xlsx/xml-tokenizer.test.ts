/**
 * The XML features real workbooks use, each pinned: names by namespace URI, end-of-line
 * handling, attribute normalisation, references, CDATA, comments, and input cut anywhere.
 */
import { describe, expect, it } from 'vitest';
import {
  XmlError,
  XmlTokenizer,
  tokenizeXml,
  type XmlBounds,
  type XmlHandler,
} from '../../../src/adapters/xlsx/xml-tokenizer.js';

/** The events of a document as readable lines: `+{ns}local a=v`, `-{ns}local`, `"text"`. */
function events(pieces: string | string[], bounds?: XmlBounds): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    open: (ns, local, attributes) =>
      out.push(
        `+{${ns}}${local}` +
          attributes.list().map((a) => ` ${a.ns ? `{${a.ns}}` : ''}${a.local}=${JSON.stringify(a.value)}`).join(''),
      ),
    close: (ns, local) => out.push(`-{${ns}}${local}`),
    text: (text) => {
      // Adjacent pieces of text are one text, however the input was cut.
      const last = out.length - 1;
      if (out[last]?.startsWith('"')) out[last] = JSON.stringify(JSON.parse(out[last]!) + text);
      else out.push(JSON.stringify(text));
    },
  };
  const tokenizer = new XmlTokenizer(handler, 'test.xml', bounds);
  for (const piece of typeof pieces === 'string' ? [pieces] : pieces) tokenizer.write(piece);
  tokenizer.end();
  return out;
} // prettier-ignore

const M = 'urn:main';

describe('XmlTokenizer', () => {
  it.each([
    ['a default namespace', `<w xmlns="${M}"><c/></w>`, [`+{${M}}w`, `+{${M}}c`, `-{${M}}c`, `-{${M}}w`]],
    ['a prefix bound to the same URI', `<x:w xmlns:x="${M}"><x:c/></x:w>`, [`+{${M}}w`, `+{${M}}c`, `-{${M}}c`, `-{${M}}w`]],
    ['a prefix declared on the element itself', `<w xmlns="${M}"><s:c xmlns:s="urn:other"/></w>`, [`+{${M}}w`, `+{urn:other}c`, '-{urn:other}c', `-{${M}}w`]],
    ['a declaration that ends with its element', `<w><a xmlns="${M}"/><b/></w>`, ['+{}w', `+{${M}}a`, `-{${M}}a`, '+{}b', '-{}b', '-{}w']],
    ['an attribute under any prefix', `<w xmlns:ns="urn:r"><s ns:id="r1" name="A"/></w>`, ['+{}w', '+{}s {urn:r}id="r1" name="A"', '-{}s', '-{}w']],
    ['xml:space bound by definition', `<t xml:space="preserve"> a </t>`, ['+{}t {http://www.w3.org/XML/1998/namespace}space="preserve"', '" a "', '-{}t']],
    ['CR LF and a lone CR as LF (§2.11)', '<t>a\r\nb\rc</t>', ['+{}t', '"a\\nb\\nc"', '-{}t']],
    ['a character reference to CR kept', '<t>a&#13;&#10;b</t>', ['+{}t', '"a\\r\\nb"', '-{}t']],
    ['predefined entities and references', '<t>&lt;&gt;&amp;&quot;&apos;&#233;&#x1F600;</t>', ['+{}t', '"<>&\\"\'é😀"', '-{}t']],
    ['an unknown entity kept as written', '<t>&nbsp;</t>', ['+{}t', '"&nbsp;"', '-{}t']],
    ['attribute values normalised (§3.3.3)', '<a v="x\r\ny\tz&#10;"/>', ['+{}a v="x y z\\n"', '-{}a']],
    ['single quotes and > inside an attribute', `<n f='[>=100]"a"'/>`, ['+{}n f="[>=100]\\"a\\""', '-{}n']],
    ['a CDATA section taken literally', '<t><![CDATA[a <b> &amp;\r\nc]]></t>', ['+{}t', '"a <b> &amp;\\nc"', '-{}t']],
    ['comments and processing instructions skipped', '<?xml version="1.0"?><!-- x --><t>a<!-- <b> -->b<?pi x?></t>', ['+{}t', '"ab"', '-{}t']],
    ['a byte order mark', '\ufeff<t/>', ['+{}t', '-{}t']],
    ['whitespace around tags', '<t  a = "1" ></t >', ['+{}t a="1"', '-{}t']],
  ])('reads %s', (_, xml, expected) => {
    expect(events(xml)).toEqual(expected);
  }); // prettier-ignore

  it('gives the same events however the input is cut', () => {
    const xml = `\ufeff<?xml version="1.0"?><x:w xmlns:x="${M}" xmlns:r="urn:r"><x:c r:id="a&amp;b">x\r\ny<![CDATA[]]>z]]&gt;</x:c><!-- c --><x:v xml:space="preserve"> 1 </x:v></x:w>`;
    const whole = events(xml);
    for (let cut = 1; cut < xml.length; cut++) {
      expect(events([xml.slice(0, cut), xml.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(events([...xml])).toEqual(whole);
  });

  it.each([
    ['a document type declaration', '<!DOCTYPE t [<!ENTITY a "b">]><t>&a;</t>', /déclare une DTD/],
    ['an undeclared prefix', '<x:t/>', /préfixe non déclaré dans x:t/],
    ['a close tag that does not match', '<a><b></a></b>', /<\/a> ne ferme pas <b>/],
    ['a truncated document', '<a><b>', /incomplet/],
    ['a truncated tag', '<a><b x="1', /incomplet/],
    ['two root elements', '<a/><b/>', /plusieurs éléments racines/],
    ['text outside the root', '<a/>b', /texte hors de l'élément racine/],
    ['an attribute without quotes', '<a b=1/>', /sans guillemets/],
    ['no root at all', '', /incomplet/],
  ])('refuses %s', (_, xml, reason) => {
    expect(() => tokenizeXml(xml, 'part.xml', { open() {}, close() {}, text() {} })).toThrow(XmlError);
    expect(() => tokenizeXml(xml, 'part.xml', { open() {}, close() {}, text() {} })).toThrow(reason);
  }); // prettier-ignore
});

/** Small bounds, so that a few characters reach them. */
function bounds(over: Partial<XmlBounds> = {}): XmlBounds {
  return { maxDepth: 8, maxTagChars: 40, maxElements: 100, elementsLeft: 100, ...over };
}

/** Cuts `text` into pieces of `size` characters. */
function cut(text: string, size: number): string[] {
  return Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
    text.slice(i * size, (i + 1) * size),
  );
}

/** The kind of failure tokenizing `pieces` within `limits` ends with, or null. */
function refusal(pieces: string[], limits: XmlBounds): string | null {
  try {
    events(pieces, limits);
    return null;
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return error.failure.kind;
  }
}

describe('XmlTokenizer within its bounds', () => {
  it('hands a text longer than a tag on in parts, the same however it is cut', () => {
    // References and CR LF astride the cuts: decoded whole all the same.
    const xml = `<t>${'a&amp;b\r\nc&#x1F600;&lt;'.repeat(40)}</t>`;
    for (const doc of [xml, `<t>${'ab\r\ncd\r\n'.repeat(40)}</t>`]) {
      const whole = events(doc);
      for (let size = 1; size <= 60; size++)
        expect(events(cut(doc, size), bounds()), `pieces of ${size}`).toEqual(whole);
    }
    // Never held whole between pieces: handed on as it comes.
    const texts: string[] = [];
    const tokenizer = new XmlTokenizer(
      { open() {}, close() {}, text: (t) => texts.push(t) },
      'test.xml',
      bounds(),
    );
    for (const piece of cut(xml, 30)) tokenizer.write(piece);
    expect(texts.length).toBeGreaterThan(10);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThan(80);
  });

  it.each([
    ['a tag longer than the bound', [`<a b="${'x'.repeat(60)}"/>`], 'tag-too-long'],
    ['a tag longer than the bound, cut in pieces', cut(`<a b="${'x'.repeat(60)}"/>`, 7), 'tag-too-long'],
    ['a tag of attributes without end', cut(`<a${' b=""'.repeat(30)}`, 16), 'tag-too-long'],
    ['a comment never closed', ['<a><!--', '-'.repeat(30), '-'.repeat(30)], 'tag-too-long'],
    ['a CDATA section never closed', ['<a><![CDATA[', 'x'.repeat(30), 'x'.repeat(30)], 'tag-too-long'],
    ['elements nested deeper than the bound', ['<a>'.repeat(9) + '</a>'.repeat(9)], 'too-deep'],
    ['more elements than the read allows', [`<a>${'<b/>'.repeat(100)}</a>`], 'too-many-elements'],
  ])('refuses %s', (_, pieces, kind) => {
    expect(refusal(pieces, bounds())).toBe(kind);
  }); // prettier-ignore

  it('reads what stays within them, and counts elements across the parts of one read', () => {
    expect(refusal(['<a>'.repeat(8) + '</a>'.repeat(8)], bounds())).toBeNull();
    expect(refusal([`<a b="${'x'.repeat(30)}"/>`], bounds())).toBeNull();
    const shared = bounds();
    expect(refusal([`<a>${'<b/>'.repeat(59)}</a>`], shared)).toBeNull();
    expect(refusal([`<a>${'<b/>'.repeat(39)}</a>`], shared)).toBeNull();
    expect(refusal(['<a/>'], shared)).toBe('too-many-elements');
  }); // prettier-ignore
});
