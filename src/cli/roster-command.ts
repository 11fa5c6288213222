/**
 * `ogp-tracker roster export|import`: the committee workbook written from committee.yaml, and
 * read back, cell by cell, into a complete committee.yaml (the technical settings of the
 * current file, the people and the plan of the workbook). Neither writes over a file without
 * --force; a workbook with problems writes nothing and says each at its sheet and cell.
 */
import { access, readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { LoadedConfig } from '../adapters/config/committee-file.js';
import { libraryCountryFacts } from '../adapters/country/country-facts.js';
import { readXlsxFile } from '../adapters/xlsx/reader.js';
import { render, translate } from '../core/catalogue/render.js';
import { OgpError } from '../core/codes.js';
import { parseCommitteeConfig, ROSTER_KEYS, type CommitteeConfig } from '../core/config-schema.js';
import { unreadableMessage } from '../core/failure-message.js';
import { rosterFileName } from '../core/file-names.js';
import type { LocaleTag } from '../core/locale-tag.js';
import { readRoster } from '../core/roster/read-roster.js';
import type { RosterReading } from '../core/roster/roster-data.js';
import { rosterIssueText } from '../core/roster/roster-issue-text.js';

/** What the command line gives the roster commands. */
export interface RosterCommandOptions {
  out?: string | undefined;
  workbook?: string | undefined;
  force: boolean;
  json: boolean;
  quiet: boolean;
}

/** Runs `roster export` or `roster import`; resolves to the exit code. */
export async function runRosterCommand(
  action: 'export' | 'import',
  loaded: LoadedConfig,
  options: RosterCommandOptions,
  io: { stdout: (text: string) => void },
  tag: LocaleTag,
): Promise<number> {
  const defaultWorkbook = resolve(loaded.dir, rosterFileName(loaded.config.committee.tag));
  if (action === 'export') {
    const out = options.out ? resolve(options.out) : defaultWorkbook;
    await refuseOverwrite(out, options.force, tag);
    const { writeRosterFile } = await import('../adapters/documents/roster-workbook.js');
    await writeRosterFile(out, asWritten(loaded));
    say(io, options, { workbook: out }, translate(tag, 'cli.rosterExported', { file: out }));
    return 0;
  }
  const workbook = options.workbook ? resolve(options.workbook) : defaultWorkbook;
  const out = options.out ? resolve(options.out) : loaded.file;
  await refuseOverwrite(out, options.force, tag);
  const read = await readXlsxFile(workbook);
  if (!read.ok) {
    const reason = render(tag, unreadableMessage(read.failure));
    throw new OgpError('config-invalid', translate(tag, 'cli.rosterUnreadable', { workbook, reason })); // prettier-ignore
  }
  const reading = readRoster(read.workbook, loaded.config.committee.tag);
  if (reading.issues.length > 0) {
    problems(
      workbook,
      reading.issues.map((issue) => rosterIssueText(tag, issue)),
      tag,
    );
  }
  const text = await readFile(loaded.file, 'utf8');
  const yaml = mergedYaml(text, reading);
  checkMerged(yaml, reading, workbook, tag);
  const temporary = `${out}.${process.pid}.tmp`;
  await writeFile(temporary, yaml.toString({ lineWidth: 100 }), 'utf8');
  await rename(temporary, out);
  say(io, options, { config: out, workbook }, translate(tag, 'cli.rosterImported', { file: out, workbook })); // prettier-ignore
  return 0;
}

function say(
  io: { stdout: (text: string) => void },
  options: RosterCommandOptions,
  json: Record<string, string>,
  text: string,
): void {
  if (options.json) io.stdout(`${JSON.stringify(json)}\n`);
  else if (!options.quiet) io.stdout(`${text}\n`);
}

async function refuseOverwrite(path: string, force: boolean, tag: LocaleTag): Promise<void> {
  if (force) return;
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new OgpError('usage', translate(tag, 'cli.outExists', { file: path }));
}

/** The configuration with its sources' paths as committee.yaml writes them (from its folder). */
function asWritten({ config, dir }: LoadedConfig): CommitteeConfig {
  return {
    ...config,
    commitments: config.commitments.map((c) => {
      if (c.source?.kind !== 'xlsx' || !isAbsolute(c.source.path)) return c;
      const path = relative(dir, c.source.path).split(sep).join('/');
      return { ...c, source: { ...c.source, path } };
    }),
  };
}

/** The current YAML (its comments kept) with the workbook's people and plan, and no `roster`. */
function mergedYaml(text: string, reading: RosterReading) {
  const doc = parseDocument(text);
  keepFileHeader(doc);
  doc.delete('roster');
  for (const key of ROSTER_KEYS) {
    const value = reading.data[key];
    if (value !== undefined) doc.set(key, doc.createNode(value));
  }
  return doc;
}

/**
 * When `roster:` is the file's first key (as init writes it), the comments above it hold the
 * file's own header too: the schema line editors read (`# yaml-language-server: $schema=…`) and
 * what the file is. That header, up to the last blank line, stays at the top; the paragraph right
 * above `roster:`, which says the people are in the workbook, goes with it.
 */
function keepFileHeader(doc: ReturnType<typeof parseDocument>): void {
  const map = doc.contents;
  const [first, second] = isMap(map) ? map.items : [];
  if (!isScalar(first?.key) || first.key.value !== 'roster') return;
  const lines = (first.key.commentBefore ?? '').split('\n');
  const blank = lines.lastIndexOf('');
  const header = (
    blank >= 0 ? lines.slice(0, blank) : lines.filter((l) => l.startsWith(' yaml-language-server:'))
  ).join('\n');
  if (header.trim())
    doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n${header}` : header;
  // The next key starts the mapping: no blank line before it (the header is followed by one).
  if (isNode(second?.key)) second.key.spaceBefore = false;
}

/** The merged configuration validated; its problems said at the workbook's cells. */
function checkMerged(
  yaml: ReturnType<typeof parseDocument>,
  reading: RosterReading,
  workbook: string,
  tag: LocaleTag,
): void {
  const result = parseCommitteeConfig(yaml.toJS(), libraryCountryFacts, tag);
  if (result.ok) return;
  const lines = result.problems.map((p) => {
    const cell = reading.cellOf(pathOf(p.path));
    return cell
      ? translate(tag, 'roster.issueAt', { sheet: cell.sheet, cell: cell.cell, problem: p.message })
      : `${p.path} : ${p.message}`;
  });
  problems(workbook, lines, tag);
}

/** `commitments[4].focalPoint.email` → `['commitments', 4, 'focalPoint', 'email']`. */
function pathOf(text: string): (string | number)[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''),
  );
}

function problems(workbook: string, lines: string[], tag: LocaleTag): never {
  const head = translate(tag, 'cli.rosterProblems', { count: lines.length, workbook });
  throw new OgpError('config-invalid', [head, ...lines.map((l) => `  ${l}`)].join('\n'));
}
