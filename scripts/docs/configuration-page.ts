/**
 * docs/configuration.md, committee.yaml key by key, written from its JSON Schema
 * (committeeJsonSchema(), itself generated from the zod schema with each key's description and
 * examples): for the person who sets a committee up (a secretariat's IT person). Every key
 * has its heading, named by its dotted path (`mail.transport.kind`, `commitments[].source`),
 * so its anchor stays while the schema grows; the variants of a key (`mail.transport` by
 * `kind`, `storage` as one folder or two places) are sub-sections of it.
 */
import {
  isEmptyMapping,
  committeeJsonSchema,
  COMMITTEE_SCHEMA_FILE,
  ALSO_IN_SHEETS,
  type JsonSchema,
} from '../../src/core/config-json-schema.js';
import { ROSTER_KEYS, type RosterKey } from '../../src/core/config-schema.js';
import { rosterFileName } from '../../src/core/file-names.js';
import { localeTag } from '../../src/core/locale-tag.js';
import { sheetName, SHEET_OF_KEY, type RosterSheet } from '../../src/core/roster/roster-layout.js';
import { starterCommittee } from '../../src/core/starter-committee.js';
import { code, fenced, githubAnchor, Headings, yamlEntry } from './markdown.js';

/** The page's path in the repository. */
export const CONFIGURATION_PAGE = 'docs/configuration.md';

/** Where a key is: its path, and what a YAML example of it must hold around it. */
interface Place {
  /** `mail.transport.kind`, `commitments[].focalPoint`. */
  path: string;
  /** From the top: each key, whether a list item follows it, and the keys beside it (`kind`). */
  steps: Step[];
}

interface Step {
  key: string;
  /** The key holds a list: what follows is one of its items. */
  list: boolean;
  /** Keys written beside what follows (a variant's `kind: graph`). */
  beside: Record<string, unknown>;
}

/** What the page is being written with. */
interface Writer {
  lines: string[];
  headings: Headings;
  /** The first key that showed each shape of mapping: later ones link to it. */
  shapes: Map<string, { path: string; anchor: string }>;
}

/** Whether a key must be written, may be, or is where `roster` decides. */
type Presence = 'required' | 'optional' | 'roster';

/** docs/configuration.md, before prettier formats it. */
export function configurationPage(): string {
  const schema = committeeJsonSchema({ sayDefaults: false });
  const writer: Writer = { lines: [], headings: new Headings(), shapes: new Map() };
  const out = writer.lines;
  out.push(
    '<!-- Generated from src/core/config-schema.ts by `npm run docs`: do not edit by hand. -->',
    '',
    '# committee.yaml, key by key',
    '',
    ...intro(),
  );
  const properties = schema.properties as Record<string, JsonSchema>;
  const required = new Set(schema.required as string[]);
  const rosterKeys: readonly string[] = ROSTER_KEYS;
  const presence = (key: string): Presence =>
    required.has(key) ? 'required' : rosterKeys.includes(key) ? 'roster' : 'optional';

  out.push(writer.headings.line(2, 'Every key at a glance').line, '');
  out.push(
    'The keys at the top of the file, in the order below. Further down, each key holds its own;',
    'one said to be required must be written whenever the key holding it is.',
    '',
  );
  out.push('| key | what it holds | when |', '| --- | --- | --- |');
  for (const [key, node] of Object.entries(properties)) {
    const must = presence(key);
    const when =
      must === 'required'
        ? 'required'
        : must === 'optional'
          ? 'optional'
          : isRequiredWithoutRoster(schema, key)
            ? 'required without `roster`'
            : 'optional, without `roster`';
    out.push(`| [${code(key)}](#${githubAnchor(key)}) | ${firstSentence(node)} | ${when} |`);
  }
  out.push('');

  for (const [key, node] of Object.entries(properties)) {
    const must = presence(key);
    writeKey(writer, node, {
      place: { path: key, steps: [{ key, list: false, beside: {} }] },
      level: 2,
      presence: must === 'roster' && !isRequiredWithoutRoster(schema, key) ? 'optional' : must,
      rosterOptional: must === 'roster' && !isRequiredWithoutRoster(schema, key),
    });
  }
  out.push(
    '---',
    '',
    `This page is written from the schema in [src/core/config-schema.ts](../src/core/config-schema.ts) by \`npm run docs\`, which writes [${COMMITTEE_SCHEMA_FILE}](../${COMMITTEE_SCHEMA_FILE}) from it too; a test fails when either is not current. To change what a key says, change its \`.meta({ description, examples })\` there and run \`npm run docs\`.`,
    '',
  );
  return out.join('\n');
}

function isRequiredWithoutRoster(schema: JsonSchema, key: string): boolean {
  const otherwise = schema.else as { required?: string[] } | undefined;
  return otherwise?.required?.includes(key) ?? false;
}

/** The page's opening: where the file is, how an editor helps, what is not in it, two examples. */
function intro(): string[] {
  const sheets = (sheet: RosterSheet) =>
    `“${sheetName('en', sheet)}” (« ${sheetName('fr', sheet)} »)`;
  const rosterRows = ROSTER_KEYS.map((key: RosterKey) => {
    const also = (ALSO_IN_SHEETS[key] ?? []).map(
      ({ part, sheet }) => `; ${part.replace(/^their /, 'its commitments’ ')}: ${sheets(sheet)}`,
    );
    return `| [${code(key)}](#${githubAnchor(key)}) | ${sheets(SHEET_OF_KEY[key])}${also.join('')} |`;
  });
  const starterTag = localeTag('en', 'KE');
  const workbook = rosterFileName(starterTag);
  const starter = starterCommittee(
    {
      country: 'KE',
      placeName: 'Kenya',
      locale: 'en',
      timeZone: 'Africa/Nairobi',
      currency: 'KES',
      weekend: [6, 7],
      plan: { start: '2027-01-01', end: '2028-12-31' },
      meeting: '2027-04-01',
    },
    workbook,
  ).trimEnd();
  return [
    '`committee.yaml` holds a committee’s settings: where runs keep their state, how mail goes',
    'out and where replies are read, the rhythm of reminders and reports, the communication',
    'charter sheets are checked against, and — unless a committee workbook holds them — its',
    'people and its plan. This page gives every key it may hold, with its type, its default and an',
    'example; [workbooks.md](workbooks.md) describes the workbooks, [emails.md](emails.md) what',
    'is sent when, [mail-setup.md](mail-setup.md) the mail settings of each provider and',
    '[countries.md](countries.md) a country’s holidays, weekend and language.',
    '',
    '- **Where it is.** `ogp-tracker init DIR` writes `DIR/committee.yaml` (a copy of the bundled',
    '  Moroccan example, or with `--country XX` a starter for that country) and never overwrites',
    '  it. Every command reads `committee.yaml` in the current folder, or the file `--config`',
    '  names ([command-line.md](command-line.md)). Paths written in it (`storage.dir`, a',
    '  `source.path`, `roster.workbook`, `intake.dir`) are read from its own folder.',
    '- **What is never in it.** Passwords, keys and secrets: they come from the environment',
    '  (`SMTP_URL`, `IMAP_URL`, `MAIL_CLIENT_SECRET`, `MAIL_CLIENT_CERTIFICATE`, `MAIL_GOOGLE_KEY`,',
    '  `GOOGLE_APPLICATION_CREDENTIALS`): see',
    '  [command-line.md](command-line.md#environment-variables).',
    '- **When it is checked.** Every command that works on the committee reads and checks it first',
    '  (`ogp-tracker schedule` is a quick one: it sends nothing and prints the calendar).',
    '',
    'A file with problems stops the command with `config-invalid` (exit code 2), each problem at',
    'its line and key, in the committee’s language (here in English, `--locale en`):',
    '',
    ...fenced('', [
      'Error (config-invalid): Configuration /home/secretariat/kenya/committee.yaml: 1 problem to correct.',
      '  /home/secretariat/kenya/committee.yaml:21:1: mial — unknown key: did you mean mail?',
    ]),
    '',
    '## The people and the plan: here or in the committee workbook',
    '',
    'The keys of the people and the plan can be written here, or in the committee workbook that',
    '[`roster`](#roster) names — what `init` does, so that the secretariat edits them in Excel or',
    'LibreOffice. With `roster`, each of these keys is the workbook’s alone: one left in',
    '`committee.yaml` is an error naming the sheet where it now lives. The workbook’s sheets are',
    'named in the committee’s language (English and French here):',
    '',
    '| key | sheet of the committee workbook |',
    '| --- | --- |',
    ...rosterRows,
    '',
    'Their columns are in [workbooks.md](workbooks.md#its-sheets-cell-by-cell); the keys below say',
    'what each value means, whichever file holds it.',
    '',
    '## Completion and checking in your editor',
    '',
    `The package ships [${COMMITTEE_SCHEMA_FILE}](../${COMMITTEE_SCHEMA_FILE}), the JSON Schema`,
    '(draft-07) of this file, generated with this page. `init` writes, as the first line of the',
    '`committee.yaml` it creates, the line that names it:',
    '',
    ...fenced('yaml', [
      `# yaml-language-server: $schema=file:///home/secretariat/ogp-tracker/${COMMITTEE_SCHEMA_FILE}`,
    ]),
    '',
    `- It names the ${code(COMMITTEE_SCHEMA_FILE)} of the copy of ogp-tracker that ran \`init\`, as an`,
    '  absolute `file://` address: ogp-tracker is cloned and installed with `npm ci`, not from a',
    '  package registry, so the file is wherever the clone is, and no web site serves a versioned',
    '  copy. If the clone moves, or `committee.yaml` is copied to another machine, correct that',
    `  line (or delete it: nothing else reads it). The examples in \`examples/\` name it relatively,`,
    `  \`../../${COMMITTEE_SCHEMA_FILE}\`.`,
    '- **In VS Code**, install the extension « YAML » by Red Hat (`redhat.vscode-yaml`), then open',
    '  `committee.yaml`: Ctrl+Space proposes the keys a place may hold, hovering over a key shows',
    '  what this page says of it, and a misspelt key or a value of the wrong kind is underlined',
    '  with the reason. Other editors that use the YAML language server (yaml-language-server)',
    '  read the same first line.',
    '- The editor checks the form only. What a schema cannot say — that a date exists, a time',
    '  zone or a currency is known, a country has that state, an `id` is used once — is checked by',
    '  ogp-tracker when it reads the file.',
    '',
    '## Two examples',
    '',
    `What \`ogp-tracker init --country KE --locale en\` writes: the technical settings, and the`,
    `people and the plan in the committee workbook it writes beside it, ${code(workbook)}.`,
    '',
    ...fenced('yaml', [
      `# yaml-language-server: $schema=file:///home/secretariat/ogp-tracker/${COMMITTEE_SCHEMA_FILE}`,
      ...starter.split('\n'),
    ]),
    '',
    'The same kind of committee with its people and its plan written here instead (no `roster`),',
    'shortened to one commitment; the Mexican, São Paulo and Jordanian committees of `examples/`',
    'are written so in full:',
    '',
    ...fenced('yaml', ONE_FILE_EXAMPLE.trimEnd().split('\n')),
    '',
  ];
}

/**
 * A committee.yaml holding its people and plan: short, complete, valid (the test checks it
 * against the schema and the tool's own loader).
 */
export const ONE_FILE_EXAMPLE = `committee:
  name: 'Open Government Committee of Kenya'
  country: KE
  timezone: Africa/Nairobi
  locale: en
secretariat:
  name: 'Committee secretariat'
  emails: [secretariat@example.org]
plan:
  name: 'National Action Plan 2027-2028'
  start: 2027-01-01
  end: 2028-12-31
commitments:
  - id: 1
    title: 'Open contracting in public procurement'
    institution: 'Public Procurement Regulatory Authority'
    focalPoint: { name: 'Achieng Otieno', email: achieng.otieno@example.org }
    source: { kind: xlsx, path: submissions/commitment-01.xlsx }
    milestones:
      - { title: 'Publish every tender as open data', end: 2027-12-31 }
meetings:
  - { date: 2027-04-01, time: '10:00', place: 'Nairobi' }
campaigns:
  - { id: update, title: 'Progress update', dueBeforeEachMeeting: 5 }
charter:
  hashtags: ['#OpenGov']
  actionTypes:
    - { name: 'Workshop', indicator: 'Number of participants' }
    - { name: 'Social media post', indicator: 'Number of impressions', hashtags: true }
storage: { kind: local, dir: ./out }
mail: { from: 'Committee secretariat <secretariat@example.org>' }
intake: { kind: folder, dir: inbox }
`;

/** What is known of a key as it is written. */
interface KeyInfo {
  place: Place;
  level: number;
  presence: Presence;
  /** A people-and-plan key that is optional even without `roster`. */
  rosterOptional?: boolean;
  /** The variant it belongs to (`graph`), said after its heading. */
  variant?: string;
  /** Keys written instead of this one (`roster.sheet` for `roster.workbook`). */
  instead?: string[];
}

/** The pages that say more of a key of the top, and where. */
const SEE_ALSO: Readonly<Record<string, string>> = {
  roster: '[workbooks.md](workbooks.md#the-committee-workbook)',
  committee: '[countries.md](countries.md)',
  commitments: '[workbooks.md](workbooks.md#the-submission-template)',
  meetings: '[emails.md](emails.md#invitations-and-workshops)',
  campaigns: '[emails.md](emails.md#reminders-before-and-after-a-deadline)',
  reminders: '[emails.md](emails.md#reminders-before-and-after-a-deadline)',
  reports: '[emails.md](emails.md#reports-to-the-secretariat)',
  invitations: '[emails.md](emails.md#invitations-and-workshops)',
  charter: '[workbooks.md](workbooks.md#the-submission-template)',
  holidays: '[countries.md](countries.md)',
  storage: '[deploy.md](deploy.md)',
  mail: '[mail-setup.md](mail-setup.md)',
  intake: '[mail-setup.md](mail-setup.md), [emails.md](emails.md#replies-by-email) and [security.md](security.md#forged-senders)', // prettier-ignore
};

/** One key: its heading, description, facts, example, then the keys it holds. */
function writeKey(writer: Writer, node: JsonSchema, info: KeyInfo): void {
  const { lines, headings } = writer;
  const title = `${code(info.place.path)}${info.variant ? ` (${info.variant})` : ''}`;
  const heading = headings.line(info.level, title);
  lines.push(heading.line, '');
  if (typeof node.description === 'string') lines.push(node.description, '');
  const more = info.level === 2 ? SEE_ALSO[info.place.path] : undefined;
  if (more) lines.push(`More in ${more}.`, '');
  lines.push(...facts(node, info), '');
  lines.push(...exampleBlock(node, info.place), '');
  writeInside(writer, node, info, heading.anchor);
}

/** The type, presence, default, allowed values and bounds of a key, as a list. */
function facts(node: JsonSchema, info: KeyInfo): string[] {
  const out = [`- Type: ${typeName(node)}.`];
  const fallback = node.default;
  const hasDefault = fallback !== undefined && !isEmptyMapping(fallback);
  const defaultText = hasDefault
    ? Array.isArray(fallback) && fallback.length === 0
      ? 'none (an empty list)'
      : code(yamlInlineText(fallback))
    : null;
  switch (info.presence) {
    case 'required':
      out.push(
        info.instead
          ? `- Required, unless ${info.instead.map((path) => `[${code(path)}](#${githubAnchor(path)})`).join(' or ')} is given instead.` // prettier-ignore
          : '- Required.',
      );
      break;
    case 'roster':
      out.push(
        '- Required without [`roster`](#roster); with it, written in the committee workbook and refused here.',
      );
      break;
    case 'optional':
      out.push(
        info.rosterOptional
          ? `- Optional${defaultText ? `, default ${defaultText}` : ''}; with [\`roster\`](#roster), written in the committee workbook and refused here.`
          : `- Optional${defaultText ? `, default ${defaultText}` : ''}.`,
      );
      break;
  }
  const allowed = allowedValues(node);
  if (allowed) out.push(`- Allowed values: ${allowed}.`);
  const bounds = boundsOf(node);
  if (bounds) out.push(`- ${bounds}.`);
  return out;
}

/** The values an enum (or a list of one) allows, as code. */
function allowedValues(node: JsonSchema): string | null {
  const values = (node.enum ??
    (node.items as JsonSchema | undefined)?.enum ??
    (node.const !== undefined ? [node.const] : undefined)) as unknown[] | undefined;
  return values ? values.map((v) => code(String(v))).join(', ') : null;
}

/** A number's or a list's bounds, said in words. */
function boundsOf(node: JsonSchema): string | null {
  const min = node.minimum as number | undefined;
  const max = node.maximum as number | undefined;
  const above = node.exclusiveMinimum as number | undefined;
  if (min !== undefined && max !== undefined) return `From ${min} to ${max}`;
  if (above !== undefined && max !== undefined) return `Above ${above}, at most ${max}`;
  if (min !== undefined) return `At least ${min}`;
  if (above !== undefined) return `Above ${above}`;
  if (max !== undefined) return `At most ${max}`;
  return null;
}

/** The options of a union, when the key is one. */
function optionsOf(node: JsonSchema): JsonSchema[] | null {
  return (node.oneOf ?? node.anyOf ?? null) as JsonSchema[] | null;
}

function isMapping(node: JsonSchema): boolean {
  return node.type === 'object' && typeof node.properties === 'object';
}

/** What kind of value a key holds, in words. */
function typeName(node: JsonSchema, plural = false): string {
  const options = optionsOf(node);
  if (options) {
    const names = [...new Set(options.map((o) => typeName(o, plural)))];
    return names.join(plural ? ' or ' : ', or ');
  }
  if (node.const !== undefined) return code(String(node.const));
  switch (node.type) {
    case 'string':
      return plural ? 'texts' : 'text';
    case 'integer':
      return plural ? 'whole numbers' : 'whole number';
    case 'number':
      return plural ? 'numbers' : 'number';
    case 'boolean':
      return plural ? '`true` or `false` values' : '`true` or `false`';
    case 'array': {
      const items = node.items as JsonSchema | undefined;
      return `list of ${items ? typeName(items, true) : 'values'}`;
    }
    case 'object':
      return plural ? 'mappings' : 'mapping';
    default:
      return plural ? 'values' : 'any value';
  }
}

/** The first sentence of a key's description, for the table at the top. */
function firstSentence(node: JsonSchema): string {
  const text = String(node.description ?? '');
  const end = text.search(/[.:](\s|$)/);
  return (end >= 0 ? text.slice(0, end) : text).replace(/\|/g, '\\|');
}

function yamlInlineText(value: unknown): string {
  const [line = ''] = yamlEntry('x', value, '');
  return line.slice(3);
}

/** A key's example: its own examples, else its default, else one made of what it must hold. */
function examplesOf(node: JsonSchema): unknown[] {
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples as unknown[];
  const made = madeExample(node);
  return made === undefined ? [] : [made];
}

/** An example value made of a schema: its default, its constant, or its required keys. */
function madeExample(node: JsonSchema): unknown {
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  if (node.const !== undefined) return node.const;
  if (node.default !== undefined && !isEmptyMapping(node.default)) {
    if (!(Array.isArray(node.default) && node.default.length === 0)) return node.default;
  }
  if (Array.isArray(node.enum)) return node.enum[0];
  const options = optionsOf(node);
  if (options) {
    const mapping = options.find(isMapping) ?? options[0];
    return mapping ? madeExample(mapping) : undefined;
  }
  if (isMapping(node)) {
    const properties = node.properties as Record<string, JsonSchema>;
    const required = new Set((node.required as string[] | undefined) ?? []);
    const keys = Object.keys(properties).filter((key) => required.has(key));
    // A mapping of optional keys only: its keys with their defaults.
    const shown = keys.length > 0 ? keys : Object.keys(properties);
    const made = Object.fromEntries(
      shown.flatMap((key) => {
        const value = madeExample(properties[key] as JsonSchema);
        return value === undefined ? [] : [[key, value]];
      }),
    );
    return Object.keys(made).length > 0 ? made : undefined;
  }
  if (node.type === 'array' && node.items) {
    const item = madeExample(node.items as JsonSchema);
    return item === undefined ? undefined : [item];
  }
  return undefined;
}

/** The YAML block showing a key's examples where they are written, `# or` between them. */
function exampleBlock(node: JsonSchema, place: Place): string[] {
  const examples = examplesOf(node);
  if (examples.length === 0) return [];
  const body = examples.flatMap((example, i) => [
    ...(i > 0 ? ['# or'] : []),
    ...placed(place, example),
  ]);
  return ['Example:', '', ...fenced('yaml', body)];
}

/** `value` written at `place`: the keys above it, list dashes and `kind` beside it included. */
function placed(place: Place, value: unknown): string[] {
  const lines: string[] = [];
  let indent = '';
  let dash = false;
  const write = (line: string) => {
    lines.push(dash ? `${indent.slice(2)}- ${line.slice(indent.length)}` : line);
    dash = false;
  };
  place.steps.forEach((step, index) => {
    const last = index === place.steps.length - 1;
    if (last) {
      const entry = yamlEntry(step.key, value, indent);
      entry.forEach((line, i) => (i === 0 ? write(line) : lines.push(line)));
      return;
    }
    write(`${indent}${step.key}:`);
    indent += '  ';
    if (step.list) {
      indent += '  ';
      dash = true;
    }
    for (const [key, beside] of Object.entries(step.beside)) {
      write(`${indent}${key}: ${yamlInlineText(beside)}`);
    }
  });
  return lines;
}

/** One step further in: a key of the mapping at `place`, through a list when `list`. */
function inside(place: Place, key: string, beside: Record<string, unknown> = {}): Place {
  const steps = place.steps.map((s) => ({ ...s }));
  const last = steps[steps.length - 1] as Step;
  last.beside = { ...last.beside, ...beside };
  return {
    path: `${place.path}.${key}`,
    steps: [...steps, { key, list: false, beside: {} }],
  };
}

/** `place`, its value a list whose items are written next. */
function asList(place: Place): Place {
  const steps = place.steps.map((s) => ({ ...s }));
  (steps[steps.length - 1] as Step).list = true;
  return { path: `${place.path}[]`, steps };
}

/** The keys a key holds: a mapping's, a list's items', a union's forms and variants. */
function writeInside(writer: Writer, node: JsonSchema, info: KeyInfo, anchor: string): void {
  if (node.type === 'array' && node.items) {
    const items = node.items as JsonSchema;
    if (isMapping(items) || optionsOf(items)?.some(isMapping)) {
      writeInside(writer, items, { ...info, place: asList(info.place) }, anchor);
    }
    return;
  }
  if (isMapping(node)) {
    writeMapping(writer, node, info, anchor);
    return;
  }
  const options = optionsOf(node);
  if (!options) return;
  const mappings = options.filter(isMapping);
  if (mappings.length === 1) {
    writeMapping(writer, mappings[0] as JsonSchema, info, anchor);
    return;
  }
  // A list form beside mappings (`holidays: [...]` or `{ add, remove }`) says its items' keys.
  if (mappings.length === 0) {
    const list = options.find((o) => o.type === 'array');
    if (list) writeInside(writer, list, info, anchor);
    return;
  }
  writeForms(writer, mappings, info, anchor);
}

/** The keys of one mapping, each at the next level; a shape shown before is linked to. */
function writeMapping(writer: Writer, node: JsonSchema, info: KeyInfo, anchor: string): void {
  const properties = node.properties as Record<string, JsonSchema>;
  const shape = JSON.stringify(properties);
  const seen = writer.shapes.get(shape);
  if (seen) {
    const keys = Object.keys(properties).map(code).join(', ');
    writer.lines.push(
      `Its keys (${keys}) are those of [${code(seen.path)}](#${seen.anchor}), described there.`,
      '',
    );
    return;
  }
  writer.shapes.set(shape, { path: info.place.path, anchor });
  const required = new Set((node.required as string[] | undefined) ?? []);
  for (const [key, child] of Object.entries(properties)) {
    writeKey(writer, child, {
      place: inside(info.place, key),
      level: Math.min(info.level + 1, 6),
      presence: required.has(key) ? 'required' : 'optional',
      ...(info.variant ? { variant: info.variant } : {}),
    });
  }
}

/**
 * A key of several forms of mapping. Told apart by `kind` (`mail.transport`, `intake`): its
 * `kind` with each value, the keys every kind shares, then each kind's own keys. Else by their
 * keys (`storage`, `roster`, `campaigns[]`): the keys all share, then each form's.
 */
function writeForms(writer: Writer, forms: JsonSchema[], info: KeyInfo, anchor: string): void {
  const shape = JSON.stringify(forms);
  const seen = writer.shapes.get(shape);
  if (seen) {
    writer.lines.push(`Its forms and keys are those of [${code(seen.path)}](#${seen.anchor}), described there.`, ''); // prettier-ignore
    return;
  }
  writer.shapes.set(shape, { path: info.place.path, anchor });
  const props = (form: JsonSchema) => form.properties as Record<string, JsonSchema>;
  const kindOf = (form: JsonSchema) => props(form).kind?.const as string | undefined;
  const byKind = forms.every((form) => kindOf(form) !== undefined);
  const [first] = forms;
  if (!first) return;
  const shared = Object.keys(props(first)).filter(
    (key) =>
      key !== 'kind' &&
      forms.every((form) => JSON.stringify(props(form)[key]) === JSON.stringify(props(first)[key])), // prettier-ignore
  );
  const level = Math.min(info.level + 1, 6);
  // Forms of one key each (`roster`: `workbook` or `sheet`): the keys, each instead of the others.
  if (!byKind && forms.every((form) => Object.keys(props(form)).length === 1)) {
    const keys = forms.map((form) => Object.keys(props(form))[0] as string);
    forms.forEach((form, i) => {
      const key = keys[i] as string;
      writeKey(writer, props(form)[key] as JsonSchema, {
        place: inside(info.place, key),
        level,
        presence: 'required',
        instead: keys.filter((k) => k !== key).map((k) => `${info.place.path}.${k}`),
      });
    });
    return;
  }
  if (byKind) {
    const kinds = forms.map((form) => {
      const kind = props(form).kind as JsonSchema;
      return `  - ${code(String(kind.const))}: ${String(kind.description ?? '')}`;
    });
    const heading = writer.headings.line(level, code(`${info.place.path}.kind`));
    writer.lines.push(
      heading.line,
      '',
      'Which kind it is; each is described below with its own keys.',
      '',
      '- Type: text.',
      '- Required.',
      '- Allowed values:',
      ...kinds,
      '',
    );
  }
  const requiredIn = (form: JsonSchema) => new Set((form.required as string[] | undefined) ?? []);
  for (const key of shared) {
    writeKey(writer, props(first)[key] as JsonSchema, {
      place: inside(info.place, key),
      level,
      presence: forms.every((f) => requiredIn(f).has(key)) ? 'required' : 'optional',
    });
  }
  for (const form of forms) {
    const kind = kindOf(form);
    const own = Object.keys(props(form)).filter((key) => key !== 'kind' && !shared.includes(key));
    const label = byKind
      ? `${code(`kind: ${kind}`)}`
      : kind !== undefined
        ? code(`kind: ${kind}`)
        : own.map(code).join(' and ');
    const heading = writer.headings.line(level, `${code(info.place.path)} with ${label}`);
    const describedKind = kind !== undefined ? (props(form).kind as JsonSchema) : null;
    writer.lines.push(heading.line, '');
    if (describedKind?.description) writer.lines.push(String(describedKind.description), '');
    const example = madeExample(form) as Record<string, unknown> | undefined;
    if (example) {
      writer.lines.push(...fencedExample(info.place, example), '');
    }
    const required = requiredIn(form);
    for (const key of byKind ? own : own.filter((k) => k !== 'kind' || kind === undefined)) {
      writeKey(writer, props(form)[key] as JsonSchema, {
        place: inside(info.place, key, byKind || kind !== undefined ? { kind } : {}),
        level: Math.min(level + 1, 6),
        presence: required.has(key) ? 'required' : 'optional',
        ...(byKind ? { variant: String(kind) } : {}),
      });
    }
  }
}

/** A form's example, written where it goes. */
function fencedExample(place: Place, example: Record<string, unknown>): string[] {
  const steps = place.steps;
  const last = steps[steps.length - 1] as Step;
  if (last.list) {
    // A list item: shown as the list's one item.
    return fenced('yaml', placed({ ...place, steps: [...steps.slice(0, -1), { ...last, list: false }] }, [example])); // prettier-ignore
  }
  return fenced('yaml', placed(place, example));
}
