/**
 * `ogp-tracker` command line (docs/command-line.md): parses arguments, builds adapters, calls a
 * job, prints the result. Exit codes: 0 done, 1 done with errors found, 2 bad usage or config.
 * It speaks `--locale`'s language, else the committee's once its configuration is read,
 * else the computer's (LC_ALL, LC_MESSAGES, LANG) when it is one of ours, else French.
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  loadConfigFile,
  localeOfConfigFile,
  type LoadedConfig,
} from './adapters/config/committee-file.js';
import { installedGuide, installedPage } from './adapters/local/doc-files.js';
import { exampleConfigPath, packageVersion } from './adapters/local/package-files.js';
import { explainedFailure } from './adapters/mail/mail-failure.js';
import { systemLocale } from './cli/system-locale.js';
import { mailSecretsFrom, type MailSecrets } from './adapters/mail/tokens.js';
import { isIsoDate, localDateAt, parseNowArgument } from './core/calendar-date.js';
import { calendarWarnings } from './core/calendar-checks.js';
import { placedCalendarWarnings, placedWarningText } from './core/roster/roster-calendar.js';
import type { CommitteeLoaded } from './jobs/load-config.js';
import type { NoticeSent } from './jobs/secretariat-notice.js';
import { sendKindLabel } from './core/value-labels.js';
import {
  command as asCommand,
  formatNumber,
  render,
  translate,
  type Shown,
} from './core/catalogue/render.js';
import { OgpError } from './core/codes.js';
import { commandPage } from './core/doc-pages.js';
import { readerTag } from './core/config-schema.js';
import { issueText } from './core/issue-message.js';
import { isLocale, LOCALES, type Locale } from './core/locales.js';
import { languageOf, localeTag, type LocaleTag } from './core/locale-tag.js';
import { estimatedHolidays, plannedSends } from './core/schedule.js';
import { daysOffPlace } from './core/roster/days-off-place.js';
import { consolidate } from './jobs/consolidate.js';
import type { IntakeOptions, IntakeSummary } from './jobs/intake-run.js';
import { runCalendar } from './jobs/send-calendar.js';
import { withAdapters, type RunAdapters } from './jobs/run-adapters.js';
import { validateFiles } from './jobs/validate-files.js';
import {
  formatConsolidation,
  formatInit,
  formatIntake,
  formatMailCheck,
  formatSchedule,
  formatSends,
  formatValidation,
} from './cli/format.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress is shown there. */
  interactive?: boolean;
  /**
   * The computer's language (see system-locale.ts), spoken where no committee names one; the
   * process's own, none in tests unless they pass it.
   */
  locale?: LocaleTag;
}

/**
 * What writes to `stream`, and stops writing once its reader has gone (`ogp-tracker --help |
 * head -1`, a `| more` left with q): a closed pipe (EPIPE) ends the output quietly, as common
 * command-line tools do, instead of Node's trace of an unhandled error. The command itself
 * goes on to its end (a run is never cut in the middle of its sends) and keeps its exit code.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}

/** The process's own output, its listeners added when a command runs (not on import). */
function processIo(): CliIo {
  const locale = systemLocale(process.env);
  return {
    stdout: writerTo(process.stdout),
    stderr: writerTo(process.stderr),
    interactive: Boolean(process.stderr.isTTY),
    ...(locale ? { locale } : {}),
  };
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  now: { type: 'string' },
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  'dry-run': { type: 'boolean', default: false },
  'no-intake': { type: 'boolean', default: false },
  out: { type: 'string', short: 'o' },
  commitment: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'boolean', default: false },
  release: { type: 'string' },
  country: { type: 'string' },
  locale: { type: 'string' },
  workbook: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

type Values = ReturnType<typeof parseCommandLine>['values'];

/** One run of the command line: its options, where it writes, and the language it speaks. */
interface Run {
  values: Values;
  io: CliIo;
  /** `--locale`, when given: it wins over the committee's language. */
  asked: Locale | undefined;
  locale: Locale;
  /**
   * How the reader writes: the committee's tag once its configuration is read (es-MX: 21.7),
   * before that the language alone.
   */
  tag: LocaleTag;
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

/** From now on, the run speaks `locale` (unless `--locale` chose another). */
function speak(run: Run, locale: Locale, tag: LocaleTag = locale): void {
  if (run.asked) return;
  run.locale = locale;
  run.tag = tag;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (cause) {
    // The help in the committee's language, as --help gives it.
    const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: false });
    const named = typeof values.locale === 'string' && isLocale(values.locale) && values.locale;
    const config = typeof values.config === 'string' ? values.config : 'committee.yaml';
    const system = io.locale ? languageOf(io.locale) : 'fr';
    const locale = named || ((await localeOfConfigFile(config)) ?? system);
    io.stderr(
      `${(cause as Error).message}\n\n${translate(locale, 'cli.usage', { languages: { anyOf: LOCALES } })}`,
    );
    io.stderr(whereToRead(locale, locale, undefined));
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  const asked = values.locale !== undefined && isLocale(values.locale) ? values.locale : undefined;
  // Until a committee names its language: the computer's, when it is one of ours.
  const tag = asked ?? io.locale ?? 'fr';
  const run: Run = { values, io, asked, locale: languageOf(tag), tag };
  if (values.locale !== undefined && !asked) {
    return reportError(
      new OgpError(
        'usage',
        translate(run.tag, 'cli.badLocale', {
          value: values.locale,
          locales: { anyOf: LOCALES },
        }),
      ),
      run,
    );
  }
  if (values.version) {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  // The committee's language as soon as a configuration is at hand (--config, ./committee.yaml;
  // for init, the one in the folder it writes to, kept when there): the help and the mistakes on
  // the command line are said in it too.
  const configFile =
    command === 'init'
      ? join(args[0] ?? '.', 'committee.yaml')
      : (values.config ?? 'committee.yaml');
  speak(run, (await localeOfConfigFile(configFile)) ?? run.locale);
  if (values.help || command === undefined || command === 'help') {
    io.stdout(translate(run.tag, 'cli.usage', { languages: { anyOf: LOCALES } }));
    io.stdout(whereToRead(run.locale, run.tag, command === 'help' ? args[0] : command));
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    switch (command) {
      case 'validate':
        return await runValidate(args, run);
      case 'template':
        return await runTemplate(args, run);
      case 'init':
        return await runInit(args, run);
      case 'consolidate':
        return await runConsolidate(args, run);
      case 'tick':
      case 'remind':
      case 'report':
        return await runSends(command, args, run);
      case 'schedule':
        return await runSchedule(args, run);
      case 'config':
        return await runConfig(args, run);
      case 'mail-check':
        return await runMailCheck(args, run);
      case 'roster':
        return await runRoster(args, run);
      case 'intake':
        return await runIntakeCommand(args, run);
      default:
        io.stderr(`${translate(run.tag, 'cli.unknownCommand', { command })}\n\n`);
        io.stderr(translate(run.tag, 'cli.usage', { languages: { anyOf: LOCALES } }));
        io.stderr(whereToRead(run.locale, run.tag, undefined));
        return 2;
    }
  } catch (error) {
    return reportError(error, run);
  }
}

/** `roster export|import`: the committee workbook from committee.yaml, or back into it. */
async function runRoster(args: string[], run: Run): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'export' && action !== 'import') {
    throw new OgpError('usage', translate(run.tag, 'cli.rosterCommand', { value: action ?? '' }));
  }
  noArguments(`roster ${action}`, rest, run);
  const loaded = await loadConfig(run);
  const { runRosterCommand } = await import('./cli/roster-command.js');
  const { out, workbook, force, json, quiet } = run.values;
  return runRosterCommand(action, loaded, { out, workbook, force, json, quiet }, run.io, run.tag);
}

/** A command that takes no positional argument refuses one. */
function noArguments(command: string, args: readonly string[], run: Run): void {
  if (args[0] !== undefined)
    throw new OgpError(
      'usage',
      translate(run.tag, 'cli.unexpectedArgument', { command, argument: args[0] }),
    );
}

/** `intake [--release ID]`: the mailbox read once; what was filed, refused, held, answered. */
async function runIntakeCommand(args: string[], run: Run): Promise<number> {
  noArguments('intake', args, run);
  const { values, io } = run;
  const loaded = await loadConfig(run, { acts: true });
  const { runIntake } = await import('./jobs/intake.js');
  const now = resolveNow(run, loaded.config.committee.timezone);
  const summary = await withAdapters(loaded.config, {}, (adapters) =>
    runIntake(loaded.config, {
      ...intakeOptions(loaded, now),
      ...(values.release ? { release: values.release } : {}),
      adapters,
    }),
  );
  if (values.json) io.stdout(`${JSON.stringify(withTold(summary, loaded), null, 2)}\n`);
  else io.stdout(formatIntake(summary, values.quiet, run.tag) + toldLines(run, loaded));
  return 0;
}

/** What an intake run takes from the command line and the environment. */
function intakeOptions(
  { dir }: LoadedConfig,
  now: Date,
  mailSecrets: MailSecrets = mailSecretsFrom(process.env),
): IntakeOptions {
  const smtpUrl = process.env.SMTP_URL?.trim();
  const imapUrl = process.env.IMAP_URL?.trim();
  return {
    now,
    baseDir: dir,
    ...(smtpUrl ? { smtpUrl } : {}),
    ...(imapUrl ? { imapUrl } : {}),
    mailSecrets,
  };
}

/** What `tick` says of the mailbox it read first: its summary, or why it failed. */
type TickIntake = IntakeSummary | { error: { code: string; message: string } };

/**
 * `tick`'s first step when the committee reads a mailbox (`intake:`): the replies that came
 * in are filed and answered before the day's sends are counted, and the summary says so
 * before the tick's. A failure is said as `intake` says it, and the tick goes on (the day's
 * reminders must go): its exit code is returned to count in the tick's.
 */
async function intakeFirst(
  run: Run,
  loaded: LoadedConfig,
  now: Date,
  secrets: MailSecrets,
  adapters: RunAdapters,
): Promise<{ summary: TickIntake; code: number } | null> {
  const { config } = loaded;
  const { values, io } = run;
  if (!config.intake || values['no-intake']) return null;
  let summary: IntakeSummary;
  if (values['dry-run']) {
    // A trial files nothing and answers no one: the mailbox waits for a real run.
    const { emptySummary } = await import('./jobs/intake-run.js');
    summary = emptySummary(config.intake.kind, translate(run.tag, 'cli.intakeDryRun'));
  } else {
    try {
      const { runIntake } = await import('./jobs/intake.js');
      summary = await runIntake(config, { ...intakeOptions(loaded, now, secrets), adapters });
    } catch (error) {
      const code = reportError(error, run);
      const known = explainedFailure(error);
      const said = known
        ? { code: known.code, message: known.textIn(run.tag ?? run.locale) }
        : { code: 'internal', message: (error as Error)?.message ?? String(error) };
      return { summary: { error: said }, code };
    }
  }
  // The tick says where its master is, after.
  if (!values.json) io.stdout(formatIntake({ ...summary, master: null }, values.quiet, run.tag));
  return { summary, code: 0 };
}

/** `mail-check [--to ADDRESS]`: the transport connects and authenticates; a test email goes. */
async function runMailCheck(args: string[], run: Run): Promise<number> {
  noArguments('mail-check', args, run);
  const { values, io } = run;
  const { config } = await loadConfig(run);
  const { checkMail } = await import('./jobs/mail-check.js');
  const smtpUrl = process.env.SMTP_URL?.trim();
  const result = await withAdapters(config, {}, async (adapters) =>
    checkMail(
      config,
      await adapters.store(),
      { smtpUrl, imapUrl: process.env.IMAP_URL?.trim(), secrets: mailSecretsFrom(process.env) },
      {
        now: resolveNow(run, config.committee.timezone),
        locale: run.locale,
        ...(values.to ? { to: values.to } : {}),
      },
    ),
  );
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout(formatMailCheck(result, run.tag));
  return result.ok ? 0 : 1;
}

/**
 * `config push --config F`: checks the configuration, then keeps it in the Firestore state it
 * names (storage.state), where the deployed functions read it at each run.
 */
async function runConfig(args: string[], run: Run): Promise<number> {
  if (args[0] !== 'push' || args.length > 1 || !run.values.config) {
    throw new OgpError('usage', translate(run.tag, 'cli.configPushUsage'));
  }
  // Checked as the functions will load it: with `roster: { sheet }`, committee.yaml's own settings
  // (the functions read the sheet at each run); a local workbook refused (they have no file).
  const { readFile } = await import('node:fs/promises');
  const { checkConfigForPush } = await import('./jobs/load-config.js');
  const file = resolve(run.values.config);
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) await loadConfigFile(file, run.asked); // says the file cannot be read
  const checked = checkConfigForPush(text ?? '', file, run.asked);
  if (checked.tag) speak(run, languageOf(checked.tag), checked.tag);
  const state = checked.storage.state;
  if (state.kind !== 'firestore') {
    const firestoreSetting = 'storage.state: { kind: firestore, prefix: … }';
    throw new OgpError(
      'usage',
      translate(run.tag, 'cli.configNotFirestore', { file, firestoreSetting }),
    );
  }
  const { openFirestoreState } = await import('./adapters/google/firestore-state.js');
  const { pushConfig } = await import('./adapters/config/firestore-copy.js');
  const store = await openFirestoreState(state);
  try {
    // Checked above, as the functions will load it.
    await pushConfig(store, text ?? '', file, () => checked);
  } finally {
    await store.close();
  }
  const where = `${store.stateLocation}/config/current`;
  run.io.stdout(`${translate(run.tag, 'cli.configPushed', { where })}\n`);
  const { sheet } = checked;
  if (sheet) run.io.stdout(`${translate(run.tag, 'cli.configPushedRoster', { sheet })}\n`);
  return 0;
}

/**
 * A committee workbook whose newest version was refused: said on stderr with each problem (the
 * last accepted version is used; the secretariat has its email once, from a command that acts).
 */
function sayRefusedRoster(run: Run, loaded: CommitteeLoaded): void {
  const { roster } = loaded;
  if (!roster?.refused) return;
  const accepted = roster.modifiedTime.slice(0, 10);
  const said = translate(run.tag, 'cli.rosterRefused', {
    workbook: roster.label,
    count: roster.refused.problems.length,
    hasDate: /^\d{4}-\d\d-\d\d$/.test(accepted),
    accepted,
  });
  run.io.stderr(`${said}\n`);
  for (const problem of roster.refused.problems) run.io.stderr(`  ${problem}\n`);
}

/** The notices this run sent the secretariat, one line each, apart from the emails due. */
function toldLines(run: Run, loaded: CommitteeLoaded): string {
  const line = (t: NoticeSent) =>
    translate(run.tag, 'cli.secretariatTold', { to: t.to.join(', '), subject: t.subject });
  return (loaded.told ?? []).map((t) => `${line(t)}\n`).join('');
}

/** A command's JSON summary with the notices this run sent the secretariat, when any. */
function withTold<T extends object>(summary: T, loaded: CommitteeLoaded): T {
  return loaded.told?.length ? { ...summary, secretariatTold: loaded.told } : summary;
}

/**
 * What the help ends with: where the secretariat's guide is in the committee's `language` (or
 * French, while it has none) and the page of `command`, or of every command, as absolute paths
 * of the installed package; a page not installed is not named.
 */
function whereToRead(language: Locale, tag: LocaleTag, command: string | undefined): string {
  const lines: string[] = [];
  const guide = installedGuide(language);
  if (guide) lines.push(translate(tag, 'cli.helpGuide', { path: guide }));
  const paged = commandPage(command);
  const page = installedPage(paged ?? 'docs/command-line.md');
  if (page && paged && command) {
    lines.push(translate(tag, 'cli.helpCommand', { command, path: page }));
  } else if (page) lines.push(translate(tag, 'cli.helpCommands', { path: page }));
  return lines.length ? `\n${lines.join('\n')}\n` : '';
}

function reportError(thrown: unknown, run: Run): number {
  // A mail service's answer that stopped the intake is said as the intake says it.
  const error = explainedFailure(thrown) ?? thrown;
  // A configuration that does not load is told in the language it names: said so around it too.
  if (error instanceof OgpError && error.locale && isLocale(error.locale)) speak(run, error.locale);
  const { io, tag } = run;
  if (error instanceof OgpError) {
    const message = error.textIn(run.tag ?? run.locale);
    io.stderr(`${translate(tag, 'cli.error', { code: error.code, message })}\n`);
    for (const line of error.details) io.stderr(`  ${line}\n`);
    if (error.code === 'write-failed' && error.cause instanceof Error) {
      io.stderr(`  ${translate(tag, 'cli.cause', { message: error.cause.message })}\n`);
    }
    // The page that explains it, as a file of this machine the person can open.
    const page = error.page && installedPage(error.page);
    if (page) io.stderr(`${translate(tag, 'cli.seePage', { path: page })}\n`);
    return error.exitCode;
  }
  const stack = (error as Error)?.stack ?? String(error);
  io.stderr(`${translate(tag, 'cli.unexpectedError', { stack })}\n`);
  return 1;
}

/**
 * The configuration a command uses: `--config`, else `committee.yaml` in the current folder.
 * Never the bundled example unless named: a command must not act on someone else's data.
 * From here on, the command speaks the committee's language. Only a command that `acts` — runs
 * on a schedule and sends mail anyway: consolidate, tick, remind, report, intake — tells the
 * secretariat about a refused committee workbook; those that only read or show (schedule,
 * validate, template, mail-check, roster export/import) and a trial just say it, here.
 */
async function loadConfig(run: Run, { acts = false } = {}): Promise<CommitteeLoaded> {
  const loaded = await findConfig(run, acts);
  speak(run, loaded.config.committee.locale);
  run.tag = readerTag(loaded.config, run.locale);
  // The calendar's oddities (a meeting on a Sunday…), said by every command that loads it; a
  // committee workbook's at their sheet and cell.
  const tag = readerTag(loaded.config, run.locale);
  sayRefusedRoster(run, loaded);
  const { roster } = loaded;
  const warnings: Shown[] = roster
    ? placedCalendarWarnings(loaded.config, roster.cells ?? {}).map((w) => placedWarningText(tag, w)) // prettier-ignore
    : calendarWarnings(loaded.config);
  for (const warning of warnings) {
    run.io.stderr(`${translate(tag, 'cli.calendarWarning', { warning })}\n`);
  }
  return loaded;
}

async function findConfig(run: Run, acts: boolean): Promise<CommitteeLoaded> {
  // With `roster:`, the committee workbook's people and plan come in (jobs/load-config.ts).
  const { loadCommitteeConfig } = await import('./jobs/load-config.js');
  const smtpUrl = process.env.SMTP_URL?.trim();
  const load = (path: string) =>
    loadCommitteeConfig(path, {
      ...(run.asked ? { locale: run.asked } : {}),
      // A command that only reads or shows, or a trial, tells nobody about a refused workbook.
      alert: acts && !run.values['dry-run'],
      // A trial reads and checks the workbook but keeps nothing of it.
      trial: Boolean(run.values['dry-run']),
      ...(smtpUrl ? { smtpUrl } : {}),
      mailSecrets: mailSecretsFrom(process.env),
    });
  if (run.values.config) return load(run.values.config);
  const here = resolve('committee.yaml');
  const { access } = await import('node:fs/promises');
  const found = await access(here).then(
    () => true,
    () => false,
  );
  if (found) return load(here);
  // The bundled example in the reader's language (Mexico's in Spanish…).
  const path = exampleConfigPath(run.locale);
  const example = relative(process.cwd(), path) || path;
  // Given as an option to copy: on its own line, never isolated.
  const noConfig = translate(run.tag, 'cli.noConfig', { cwd: process.cwd(), example: asCommand(example) }); // prettier-ignore
  throw new OgpError('config-not-found', noConfig);
}

function resolveNow(run: Run, timeZone: string): Date {
  const value = run.values.now;
  if (value === undefined) return new Date();
  const now = parseNowArgument(value, timeZone);
  if (!now) throw new OgpError('usage', translate(run.tag, 'cli.badNow', { value }));
  return now;
}

async function runValidate(files: string[], run: Run): Promise<number> {
  if (files.length === 0) throw new OgpError('usage', translate(run.tag, 'cli.filesNeeded'));
  const { values, io } = run;
  const { config } = await loadConfig(run);
  const now = resolveNow(run, config.committee.timezone);
  const results = await validateFiles(files, config, now);
  if (values.json) {
    const files = results.map(({ file, commitment, valid, issues }) => ({
      file,
      commitment,
      valid,
      // Each message written out, as the text lines say it.
      issues: issues.map((issue) => ({ ...issue, message: issueText(run.tag, issue.message) })),
    }));
    io.stdout(`${JSON.stringify({ files }, null, 2)}\n`);
  } else {
    io.stdout(formatValidation(results, values.quiet, run.tag));
  }
  return results.every((r) => r.valid) ? 0 : 1;
}

async function runTemplate(args: string[], run: Run): Promise<number> {
  noArguments('template', args, run);
  const { values, io } = run;
  if (!values.out) throw new OgpError('usage', translate(run.tag, 'cli.outNeeded'));
  const { config } = await loadConfig(run);
  if (!values.force) {
    const { access } = await import('node:fs/promises');
    if (
      await access(values.out).then(
        () => true,
        () => false,
      )
    ) {
      throw new OgpError('usage', translate(run.tag, 'cli.outExists', { file: values.out }));
    }
  }
  let commitment;
  if (values.commitment !== undefined) {
    const id = Number(values.commitment);
    commitment = config.commitments.find((c) => c.id === id);
    if (!commitment) {
      const configured = config.commitments.map((c) => c.id).join(', ');
      const unknown = { value: values.commitment, configured };
      throw new OgpError('usage', translate(run.tag, 'cli.unknownCommitment', unknown));
    }
  }
  // The template writer loads the whole of exceljs: only the commands that write one pay it.
  const { templateOptionsFor, writeTemplateFile } =
    await import('./adapters/documents/template-workbook.js');
  await writeTemplateFile(values.out, templateOptionsFor(config, commitment));
  if (values.json) io.stdout(`${JSON.stringify({ template: resolve(values.out) })}\n`);
  else if (!values.quiet) {
    io.stdout(`${translate(run.tag, 'cli.templateWritten', { file: values.out })}\n`);
  }
  return 0;
}

async function runInit(args: string[], run: Run): Promise<number> {
  const { values, io } = run;
  if (args.length > 1) throw new OgpError('usage', translate(run.tag, 'cli.initOneFolder'));
  if (values.locale !== undefined && values.country === undefined) {
    throw new OgpError('usage', translate(run.tag, 'cli.localeNeedsCountry'));
  }
  const { initProject } = await import('./jobs/init-project.js');
  const result = await initProject(args[0] ?? '.', {
    force: values.force,
    ...(values.country !== undefined ? { country: values.country } : {}),
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
    ...(values.now !== undefined ? { now: resolveNow(run, 'UTC') } : {}),
  });
  // A starter committee of another country is told about in its language.
  const { starter } = result;
  if (starter) speak(run, starter.locale, localeTag(starter.locale, starter.country));
  if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (!values.quiet) io.stdout(formatInit(result, values.country !== undefined, run.tag));
  return 0;
}

async function runConsolidate(args: string[], run: Run): Promise<number> {
  noArguments('consolidate', args, run);
  const { values, io } = run;
  const loaded = await loadConfig(run, { acts: true });
  const { config, dir } = loaded;
  const now = resolveNow(run, config.committee.timezone);
  const showProgress = io.interactive && !values.quiet && !values.json;
  const { summary } = await withAdapters(config, {}, (adapters) =>
    consolidate(config, {
      now,
      baseDir: dir,
      ...(showProgress
        ? { onProgress: (done, total) => io.stderr(progressBar(done, total, run)) }
        : {}),
      adapters,
    }),
  );
  if (showProgress) io.stderr('\r\u001b[K');
  if (values.json) io.stdout(`${JSON.stringify(withTold(summary, loaded), null, 2)}\n`);
  else io.stdout(formatConsolidation(summary, values.quiet, run.tag) + toldLines(run, loaded));
  return summary.errors > 0 ? 1 : 0;
}

function progressBar(done: number, total: number, run: Run): string {
  const width = 24;
  const filled = total ? Math.round((done / total) * width) : width;
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const count = `${formatNumber(run.tag, done)}/${formatNumber(run.tag, total)}`;
  return `\r${translate(run.tag, 'cli.progress')} ${bar} ${count}`;
}

/**
 * `tick`, `remind`, `report`: consolidates, then sends what is due. `tick` reads the mailbox
 * first (intake:, unless --no-intake): its summary is printed before the tick's, and in
 * `--json` under `intake`.
 */
async function runSends(
  command: 'tick' | 'remind' | 'report',
  args: string[],
  run: Run,
): Promise<number> {
  noArguments(command, args, run);
  const { values, io } = run;
  const loaded = await loadConfig(run, { acts: true });
  const { config, dir } = loaded;
  const now = resolveNow(run, config.committee.timezone);
  // One set of secrets for the command: what it builds shares the tokens it asks.
  const mailSecrets = mailSecretsFrom(process.env);
  const showProgress = io.interactive && !values.quiet && !values.json;
  const smtpUrl = process.env.SMTP_URL?.trim();
  // The intake and the sends share the run's storage and Google clients.
  const { intake, summary } = await withAdapters(config, {}, async (adapters) => {
    const intake =
      command === 'tick' ? await intakeFirst(run, loaded, now, mailSecrets, adapters) : null;
    const summary = await runCalendar(config, {
      now,
      command,
      dryRun: values['dry-run'],
      baseDir: dir,
      ...(smtpUrl ? { smtpUrl } : {}),
      mailSecrets,
      ...(showProgress
        ? { onProgress: (done, total) => io.stderr(progressBar(done, total, run)) }
        : {}),
      adapters,
    });
    return { intake, summary };
  });
  if (showProgress) io.stderr('\r\u001b[K');
  if (values.json) {
    const json = intake ? { ...summary, intake: intake.summary } : summary;
    io.stdout(`${JSON.stringify(withTold(json, loaded), null, 2)}\n`);
  } else {
    const tag = readerTag(config, run.locale);
    const sends = formatSends(summary, values.quiet, tag, installedPage('docs/mail-setup.md'));
    io.stdout(formatConsolidation(summary, values.quiet, tag) + sends + toldLines(run, loaded));
  }
  const code = summary.failed > 0 || summary.errors > 0 ? 1 : 0;
  return Math.max(code, intake?.code ?? 0);
}

async function runSchedule(args: string[], run: Run): Promise<number> {
  noArguments('schedule', args, run);
  const { values, io } = run;
  const loaded = await loadConfig(run);
  const config = loaded.config;
  // The calendar in the language the command speaks (the committee's unless --locale).
  const tag = readerTag(config, run.locale);
  const now = resolveNow(run, config.committee.timezone);
  for (const [flag, value] of [
    ['--from', values.from],
    ['--to', values.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new OgpError('usage', translate(run.tag, 'cli.badDate', { flag, value }));
    }
  }
  const from = values.from ?? localDateAt(now, config.committee.timezone);
  const to = values.to ?? config.plan.end;
  const planned = plannedSends(config, from, to);
  // Holidays set by moon sighting move the sends around them: say which dates are estimates.
  const estimated = from <= to ? estimatedHolidays(config, from, to) : [];
  if (values.json) {
    const sends = planned.map((s) => ({
      day: s.day,
      time: s.time,
      kind: s.kind,
      label: sendKindLabel(tag, s.kind, s.meeting?.kind === 'workshop'),
      offset: s.offset,
      escalated: s.escalated,
      description: render(tag, s.description),
      audience: render(tag, s.audience),
      ...(s.round ? { round: { campaign: s.round.campaignId, due: s.round.due } } : {}),
      ...(s.meeting ? { meeting: s.meeting.date } : {}),
    }));
    io.stdout(`${JSON.stringify({ from, to, sends, estimatedHolidays: estimated }, null, 2)}\n`);
    return 0;
  }
  const period = { from, to, toIsPlanEnd: values.to === undefined };
  io.stdout(formatSchedule(period, planned, estimated, tag, daysOffPlace(config)));
  return 0;
}
