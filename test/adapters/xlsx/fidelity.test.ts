/**
 * Workbooks as other programs write them, one cause each, in small files crafted here: .NET
 * SDK prefixes, Strict OOXML, parts outside `xl/`, XML conformance, and the date rules. Every
 * case reads as Excel shows it (the real-world corpus in ../shared/realworld-xlsx holds the
 * files these causes were found in; realworld-corpus.test.ts reads them all).
 */
import { render } from '../../../src/core/catalogue/render.js';
import { unreadableMessage } from '../../../src/core/failure-message.js';
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '../../../src/adapters/xlsx/workbook.js';
import { readXlsxBytes } from '../../../src/adapters/xlsx/reader.js';
import { DEFAULT_PARSE_LIMITS, ReadBudget } from '../../../src/adapters/xlsx/limits.js';
import { feedPart } from '../../../src/adapters/xlsx/ooxml-package.js';
import { XmlTokenizer } from '../../../src/adapters/xlsx/xml-tokenizer.js';
import type { RawCell, RawWorkbook } from '../../../src/core/cells.js';
import { zipArchive, type ZipInput } from '../../../scripts/make-bad-fixtures.js';

const T = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkg: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const STRICT = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  pkg: T.pkg,
};

interface Package {
  /** Namespaces: Transitional (default) or Strict. */
  ns?: typeof T;
  /** Where the workbook is, and the names of its parts (relative to its folder). */
  workbookPath?: string;
  sheetTarget?: string;
  sheetEntry?: string;
  /** The package relationship to the workbook (false: none, found by content type). */
  rootRels?: boolean;
  workbook?: (ns: typeof T) => string;
  sheet: (ns: typeof T) => string;
  sharedStrings?: (ns: typeof T) => string;
  styles?: (ns: typeof T) => string;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** An .xlsx package built from its parts' XML, with the relationships between them. */
function pack(p: Package): Buffer {
  const ns = p.ns ?? T;
  const workbookPath = p.workbookPath ?? 'xl/workbook.xml';
  const folder = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : ''; // prettier-ignore
  const base = workbookPath.slice(folder.length);
  const sheetTarget = p.sheetTarget ?? 'worksheets/sheet1.xml';
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${ns.rel}/${type}" Target="${target}"/>`; // prettier-ignore
  const parts: ZipInput[] = [
    {
      name: '[Content_Types].xml',
      content: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${workbookPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      content: `${XML}<Relationships xmlns="${ns.pkg}">${p.rootRels === false ? '' : rel('rId1', 'officeDocument', workbookPath)}</Relationships>`,
    },
    {
      name: workbookPath,
      content: p.workbook?.(ns) ?? `${XML}<workbook xmlns="${ns.main}" xmlns:r="${ns.rel}"><sheets><sheet name="Feuille" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: `${folder}_rels/${base}.rels`,
      content: `${XML}<Relationships xmlns="${ns.pkg}">${rel('rId1', 'worksheet', sheetTarget)}${p.sharedStrings ? rel('rId2', 'sharedStrings', 'sharedStrings.xml') : ''}${p.styles ? rel('rId3', 'styles', 'styles.xml') : ''}</Relationships>`,
    },
    { name: p.sheetEntry ?? `${folder}${sheetTarget}`, content: p.sheet(ns) },
    ...(p.sharedStrings ? [{ name: `${folder}sharedStrings.xml`, content: p.sharedStrings(ns) }] : []),
    ...(p.styles ? [{ name: `${folder}styles.xml`, content: p.styles(ns) }] : []),
  ];
  return zipArchive(parts);
} // prettier-ignore

/** A sheet of cells given as their XML, in row 1. */
const cells = (xml: string) => (ns: typeof T) =>
  `${XML}<worksheet xmlns="${ns.main}"><sheetData><row r="1">${xml}</row></sheetData></worksheet>`;

/** Styles whose cellXfs use these number formats (custom ones from id 164). */
const styles =
  (codes: (string | number)[], extra = '') =>
  (ns: typeof T) => {
    const custom = codes.filter((c): c is string => typeof c === 'string');
    const numFmts = custom.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code.replace(/"/g, '&quot;')}"/>`).join(''); // prettier-ignore
    let next = 164;
    const xfs = codes.map((c) => `<xf numFmtId="${typeof c === 'number' ? c : next++}"/>`).join('');
    return `${XML}<styleSheet xmlns="${ns.main}"><numFmts count="${custom.length}">${numFmts}</numFmts><cellXfs count="${codes.length}">${xfs}</cellXfs>${extra}</styleSheet>`;
  };

const first = (book: RawWorkbook) => book.sheets[0]!.rows;
const iso = (value: unknown) => (value instanceof Date ? value.toISOString().replace(/Z$/, '') : value); // prettier-ignore
const values = (row: (RawCell | undefined)[] | undefined) => (row ?? []).map((c) => iso(c?.value));

describe('names by namespace, not by prefix', () => {
  it('reads a .NET SDK export: x: on every element, r:id under another prefix', async () => {
    const book = await parseXlsx(
      pack({
        workbook: (ns) => `\ufeff${XML}<x:workbook xmlns:x="${ns.main}"><x:sheets><x:sheet name="Données" sheetId="1" ns:id="rId1" xmlns:ns="${ns.rel}"/></x:sheets></x:workbook>`,
        sheet: (ns) => `\ufeff${XML}<x:worksheet xmlns:x="${ns.main}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        sharedStrings: (ns) => `${XML}<s:sst xmlns:s="${ns.main}"/>`,
      }),
    );
    expect(book.sheets.map((s) => s.name)).toEqual(['Données']);
    expect(values(first(book)[0])).toEqual(['a', 3]);
  }); // prettier-ignore

  it('reads rich text whose runs are prefixed, and skips phonetic hints', async () => {
    const book = await parseXlsx(
      pack({
        sheet: cells('<c t="s"><v>0</v></c><c t="inlineStr"><is><s:r xmlns:s="' + T.main + '"><s:t>in</s:t></s:r><r><t>line</t></r></is></c>'),
        sharedStrings: (ns) => `${XML}<p:sst xmlns:p="${ns.main}"><p:si><p:r><p:t>Atelier </p:t></p:r><p:r><p:rPr><p:b/></p:rPr><p:t>régional</p:t></p:r><p:rPh sb="0" eb="1"><p:t>ふりがな</p:t></p:rPh></p:si></p:sst>`,
      }),
    );
    expect(values(first(book)[0])).toEqual(['Atelier régional', 'inline']);
  }); // prettier-ignore

  it('ignores elements of other namespaces that share a local name', async () => {
    const book = await parseXlsx(
      pack({
        sheet: cells(`<c r="A1"><v>1</v><x14:f xmlns:x14="urn:ext">SUM(B1)</x14:f></c><c r="B1"><ext:v xmlns:ext="urn:ext">9</ext:v></c>`),
      }),
    );
    expect(first(book)[0]).toEqual([{ value: 1 }]);
  }); // prettier-ignore

  it('reads Strict OOXML (ISO/IEC 29500 Strict namespaces)', async () => {
    const book = await parseXlsx(
      pack({
        ns: STRICT,
        sheet: cells('<c t="s"><v>0</v></c><c s="0"><v>43466</v></c>'),
        sharedStrings: (ns) => `${XML}<sst xmlns="${ns.main}"><si><t>strict</t></si></sst>`,
        styles: styles(['dd/mm/yyyy']),
      }),
    );
    expect(values(first(book)[0])).toEqual(['strict', '2019-01-01T00:00:00.000']);
  });
});

describe('parts found through the relationships', () => {
  it('reads a workbook whose parts are outside xl/, with absolute and relative targets', async () => {
    const book = await parseXlsx(
      pack({
        workbookPath: 'wtf/book.xml',
        sheetTarget: '/wtf/sheets/one.xml',
        sheetEntry: 'wtf/sheets/one.xml',
        sheet: cells('<c t="s"><v>0</v></c><c s="0"><v>43466.5</v></c>'),
        sharedStrings: (ns) => `${XML}<sst xmlns="${ns.main}"><si><t>ailleurs</t></si></sst>`,
        styles: styles(['m/d/yyyy h:mm']),
      }),
    );
    expect(values(first(book)[0])).toEqual(['ailleurs', '2019-01-01T12:00:00.000']);
  });

  it('finds a part whose name differs in case or is percent-encoded in the target', async () => {
    for (const [target, entry] of [
      ['Worksheets/Sheet1.XML', 'xl/worksheets/sheet1.xml'],
      ['worksheets/my%20sheet.xml', 'xl/worksheets/my sheet.xml'],
    ]) {
      const book = await parseXlsx(pack({ sheetTarget: target, sheetEntry: entry, sheet: cells('<c><v>7</v></c>') })); // prettier-ignore
      expect(values(first(book)[0]), target).toEqual([7]);
    }
  });

  it('finds the workbook by its content type when the package relationships do not name it', async () => {
    const book = await parseXlsx(pack({ workbookPath: 'data/wb.xml', rootRels: false, sheet: cells('<c><v>5</v></c>') })); // prettier-ignore
    expect(values(first(book)[0])).toEqual([5]);
  });

  it('leaves out a sheet whose part is not in the archive, as Excel does on repair', async () => {
    const book = await parseXlsx(
      pack({
        workbook: (ns) => `${XML}<workbook xmlns="${ns.main}" xmlns:r="${ns.rel}"><sheets><sheet name="Là" sheetId="1" r:id="rId1"/><sheet name="Absente" sheetId="2" r:id="rId9"/></sheets></workbook>`,
        sheet: cells('<c><v>1</v></c>'),
      }),
    );
    expect(book.sheets.map((s) => s.name)).toEqual(['Là']);
  }); // prettier-ignore

  it('reads rows and cells that carry no reference', async () => {
    const book = await parseXlsx(
      pack({ sheet: (ns) => `${XML}<worksheet xmlns="${ns.main}"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row></sheetData></worksheet>` }),
    );
    expect(first(book).map(values)).toEqual([[1, 2], [undefined, undefined, 3, 4]]);
  }); // prettier-ignore

  it.each(['little', 'big'])('reads a part written in UTF-16 %s-endian, however its bytes arrive', async (endian) => {
    const xml = cells('<c t="inlineStr"><is><t>ça 😀</t></is></c>')(T).replace('UTF-8', 'UTF-16');
    const le = Buffer.from(xml, 'utf16le');
    const utf16 = endian === 'little' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
    const book = await parseXlsx(pack({ sheet: () => utf16 as unknown as string }));
    expect(values(first(book)[0])).toEqual(['ça 😀']);
    // As it inflates: pieces of an odd number of bytes, a character astride two of them.
    for (const size of [1, 3, 7, 101]) {
      const texts: string[] = [];
      const pieces = Array.from({ length: Math.ceil(utf16.length / size) }, (_, i) => utf16.subarray(i * size, (i + 1) * size));
      await feedPart(new XmlTokenizer({ open() {}, close() {}, text: (t) => texts.push(t) }, 'sheet1.xml'), pieces, new ReadBudget(DEFAULT_PARSE_LIMITS));
      expect(texts.join('')).toBe('ça 😀');
    }
  }); // prettier-ignore
});

describe('text as XML 1.0 and OOXML define it', () => {
  it.each([
    ['a literal CR LF is a line feed', '<c t="inlineStr"><is><t>Date\r\nprévue</t></is></c>', 'Date\nprévue'],
    ['a CR written as _x000D_ stays', '<c t="inlineStr"><is><t>ABC_x000D_\r\nDEF</t></is></c>', 'ABC\r\nDEF'],
    ['_x005F_ escapes an underscore, in one pass', '<c t="inlineStr"><is><t>_x005F_x0041_ _x0041_</t></is></c>', '_x0041_ A'],
    ['a CDATA section is text', '<c t="inlineStr"><is><t><![CDATA[<b> & co]]></t></is></c>', '<b> & co'],
    ['a cached string result keeps its spaces', '<c t="str"><f>A2&amp;" "</f><v xml:space="preserve"> endsWithSpace </v></c>', ' endsWithSpace '],
    ['a single space is a value', '<c t="str"><f>" "</f><v xml:space="preserve"> </v></c>', ' '],
    ['an escape in a cached string result', '<c t="str"><f>1</f><v>a_x000A_b</v></c>', 'a\nb'],
  ])('%s', async (_, xml, expected) => {
    const book = await parseXlsx(pack({ sheet: cells(xml) }));
    expect(first(book)[0]?.[0]?.value).toBe(expected);
  }); // prettier-ignore

  it('applies the same rules to shared strings', async () => {
    const book = await parseXlsx(
      pack({
        sheet: cells('<c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c>'),
        sharedStrings: (ns) => `${XML}<sst xmlns="${ns.main}"><si><t>Room/\r\narea</t></si><si><t xml:space="preserve"> x </t></si><si><t><![CDATA[a&b]]>_x0009_</t></si></sst>`,
      }),
    );
    expect(values(first(book)[0])).toEqual(['Room/\narea', ' x ', 'a&b\t']);
  }); // prettier-ignore

  it('reads an empty cached value as no value, not as zero', async () => {
    const book = await parseXlsx(pack({ sheet: cells('<c r="A1"><v></v></c><c r="B1"><v/></c><c r="C1"><v>0</v></c>') })); // prettier-ignore
    expect(values(first(book)[0])).toEqual([undefined, undefined, 0]);
  });
});

describe('dates as Excel shows them', () => {
  it('counts serials before 1 March 1900 from 1 January 1900 (Excel’s 1900 leap year)', async () => {
    const book = await parseXlsx(
      pack({ sheet: cells('<c s="0"><v>1</v></c><c s="0"><v>59</v></c><c s="0"><v>61</v></c><c s="0"><v>0.5</v></c>'), styles: styles([14]) }),
    );
    expect(values(first(book)[0])).toEqual(['1900-01-01T00:00:00.000', '1900-02-28T00:00:00.000', '1900-03-01T00:00:00.000', '1899-12-30T12:00:00.000']);
  }); // prettier-ignore

  it('takes number formats from cellXfs, never from the conditional formats (dxfs)', async () => {
    const dxfs = '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00"/></dxf></dxfs>';
    const book = await parseXlsx(pack({ sheet: cells('<c s="0"><v>43466</v></c>'), styles: styles(['yyyy-mm-dd'], dxfs) })); // prettier-ignore
    expect(values(first(book)[0])).toEqual(['2019-01-01T00:00:00.000']);
  });

  it('shows elapsed-time formats as the date-time of their serial', async () => {
    const book = await parseXlsx(
      pack({ sheet: cells('<c s="0"><v>10.6320601851852</v></c><c s="1"><v>1.5</v></c><c s="2"><v>0.25</v></c>'), styles: styles(['[hh]:mm:ss', '[s]', '[mm]']) }),
    );
    expect(values(first(book)[0])).toEqual(['1900-01-10T15:10:10.000', '1900-01-01T12:00:00.000', '1899-12-30T06:00:00.000']);
  }); // prettier-ignore

  it('reads ISO cells (t="d"), a time alone on day 0 of the date system', async () => {
    const book = await parseXlsx(pack({ sheet: cells('<c t="d"><v>2019-03-05T10:00:00</v></c><c t="d"><v>12:30:00</v></c><c t="d"><v>bientôt</v></c>') })); // prettier-ignore
    expect(values(first(book)[0])).toEqual([
      '2019-03-05T10:00:00.000',
      '1899-12-30T12:30:00.000',
      'bientôt',
    ]);
  });

  it('counts from 1904 when the workbook says so, with no leap-year shift', async () => {
    const book = await parseXlsx(
      pack({
        workbook: (ns) => `${XML}<workbook xmlns="${ns.main}" xmlns:r="${ns.rel}"><workbookPr date1904="true"/><sheets><sheet name="F" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        sheet: cells('<c s="0"><v>1</v></c><c s="0"><v>42004</v></c>'),
        styles: styles([14]),
      }),
    );
    expect(book.date1904).toBe(true);
    expect(values(first(book)[0])).toEqual(['1904-01-02T00:00:00.000', '2019-01-01T00:00:00.000']);
  }); // prettier-ignore
});

describe('XML that is not a workbook part', () => {
  it.each([
    ['a DTD in a sheet', (ns: typeof T) => `${XML}<!DOCTYPE w [<!ENTITY x "y">]><worksheet xmlns="${ns.main}"/>`, /déclare une DTD/],
    ['a truncated sheet', (ns: typeof T) => `${XML}<worksheet xmlns="${ns.main}"><sheetData><row r="1"><c><v>1</v></c>`, /corrompu ou incomplet \(Feuille\) : ouvrez-le/],
    ['an undeclared prefix', () => `${XML}<x:worksheet/>`, /corrompu ou incomplet \(xl\/worksheets\/sheet1\.xml\)/],
  ])('is refused with its reason: %s', async (_, sheet, reason) => {
    const reading = await readXlsxBytes(pack({ sheet }));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(render('fr', unreadableMessage(reading.failure))).toMatch(reason);
  }); // prettier-ignore
});
