/**
 * `ogp-tracker` command line (SPEC §7): parses arguments, builds adapters, calls a job,
 * prints the result. Exit codes: 0 done, 1 done with errors found, 2 bad usage or config.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigFile, type LoadedConfig } from './adapters/config/committee-file.js';
import { exampleConfigPath, packageVersion } from './adapters/local/package-files.js';
import { mailSecretsFrom } from './adapters/mail/tokens.js';
import { parseNowArgument } from './core/calendar-date.js';
import { OgpError } from './core/codes.js';
import { calendarWarnings, FRENCH_DAY_NAMES } from './core/calendar-checks.js';
import { CALENDAR_WORDS } from './core/catalogue/calendar-words.js';
import type { StarterCountry } from './jobs/init-project.js';
import { countIssues } from './core/issue.js';
import { counted } from './core/text.js';
import { consolidate, type ConsolidateSummary } from './jobs/consolidate.js';
import { runCalendar, type CalendarRunSummary } from './jobs/send-calendar.js';
import { formatFrenchDate, isIsoDate, localDateAt, type IsoDate } from './core/calendar-date.js';
import {
  estimatedHolidays,
  plannedSends,
  SEND_KIND_LABELS,
  type EstimatedHoliday,
} from './core/schedule.js';
import { validateFiles, type FileResult } from './jobs/validate-files.js';
import type { IntakeSummary } from './jobs/intake.js';
import type { IntakeOutcome } from './core/mailbox.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress is shown there. */
  interactive?: boolean;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  now: { type: 'string' },
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  'dry-run': { type: 'boolean', default: false },
  out: { type: 'string', short: 'o' },
  commitment: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'boolean', default: false },
  release: { type: 'string' },
  country: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

const USAGE = `Usage : ogp-tracker <commande> [options]

Commandes :
  init [DOSSIER] [--force]                  écrit un committee.yaml de départ (s'il n'y en a pas) et une fiche par
                                            engagement qui n'en a pas (--force : les réécrit toutes)
       [--country XX [--locale ll]]         … un comité de ce pays (MX, JO, BR-SP) : sa langue (fr, en, ar,
                                            es, pt), sa monnaie, son fuseau, son week-end, ses jours fériés
  template --out FICHIER [--commitment N]   écrit le modèle de fiche (pré-rempli pour l'engagement N) ;
                                            jamais par-dessus un fichier existant sans --force
  validate [--config F] FICHIER...          vérifie des fiches, cellule par cellule
  consolidate [--config F]                  lit toutes les fiches et écrit le classeur de suivi consolidé
  tick [--config F] [--dry-run]             consolide, puis envoie tout ce qui est dû (relances, retours, rapports, invitations)
  remind [--config F] [--dry-run]           consolide, puis envoie les relances et retours dus
  report [--config F] [--dry-run]           consolide, puis envoie les rapports dus au secrétariat
  schedule [--config F] [--from D --to D]   affiche le calendrier prévu des envois
  config push --config F                    vérifie la configuration et l'envoie dans Firestore, où les
                                            fonctions déployées la lisent à chaque passage
  mail-check [--config F] [--to ADRESSE]    se connecte au serveur de courriel et s'authentifie, sans rien
                                            envoyer ; avec --to, envoie un courriel de test
  intake [--config F] [--release ID]        lit la boîte du secrétariat (intake:), enregistre les fiches
                                            reçues par courriel et répond à chacun dans son fil ; --release
                                            accepte un message retenu (son Message-ID)

Options communes :
  --config, -c F     configuration du comité (par défaut : committee.yaml du dossier courant)
  --now DATE[THH:MM] évaluer à cet instant (heure du comité sans fuseau explicite)
  --json             sortie JSON
  --dry-run          affiche ce qui serait envoyé, sans rien envoyer ni enregistrer
  --quiet, -q        n'affiche que l'essentiel
  --help, -h         cette aide

Courriels : par le transport de mail.transport (smtp, smtp-oauth2, graph, gmail-api, outbox) ; sans
lui, par SMTP si la variable d'environnement SMTP_URL est définie, sinon en fichiers .eml dans le
dossier outbox/ du stockage. Les secrets viennent de l'environnement : SMTP_URL, MAIL_CLIENT_SECRET
ou MAIL_CLIENT_CERTIFICATE (Microsoft), MAIL_GOOGLE_KEY ou GOOGLE_APPLICATION_CREDENTIALS (Google).

Codes de sortie : 0 terminé, 1 erreurs trouvées ou envois échoués, 2 mauvais usage ou configuration.
`;

type Values = ReturnType<typeof parseCommandLine>['values'];

/** « 2 erreurs, 1 avertissement ». */
function issueCounts(errors: number, warnings: number): string {
  return `${counted(errors, 'erreur', 'erreurs')}, ${counted(warnings, 'avertissement', 'avertissements')}`;
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (cause) {
    io.stderr(`${(cause as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.version) {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    io.stdout(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    switch (command) {
      case 'validate':
        return await runValidate(args, values, io);
      case 'template':
        return await runTemplate(args, values, io);
      case 'init':
        return await runInit(args, values, io);
      case 'consolidate':
        return await runConsolidate(args, values, io);
      case 'tick':
      case 'remind':
      case 'report':
        return await runSends(command, args, values, io);
      case 'schedule':
        return await runSchedule(args, values, io);
      case 'config':
        return await runConfig(args, values, io);
      case 'mail-check':
        return await runMailCheck(args, values, io);
      case 'intake':
        return await runIntakeCommand(args, values, io);
      default:
        io.stderr(`Commande inconnue : ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    return reportError(error, io);
  }
}

/** `intake [--release ID]`: the mailbox read once; what was filed, refused, held, answered. */
async function runIntakeCommand(args: string[], values: Values, io: CliIo): Promise<number> {
  if (args.length > 0) throw new OgpError('usage', `intake : argument inattendu ${args[0]}.`);
  const { config, dir } = await loadConfig(values, io);
  const { runIntake } = await import('./jobs/intake.js');
  const smtpUrl = process.env.SMTP_URL?.trim();
  const imapUrl = process.env.IMAP_URL?.trim();
  const summary = await runIntake(config, {
    now: resolveNow(values, config.committee.timezone),
    baseDir: dir,
    ...(smtpUrl ? { smtpUrl } : {}),
    ...(imapUrl ? { imapUrl } : {}),
    mailSecrets: mailSecretsFrom(process.env),
    ...(values.release ? { release: values.release } : {}),
  });
  if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else io.stdout(formatIntake(summary, values.quiet));
  return 0;
}

/** The human report of an intake run. */
export function formatIntake(summary: IntakeSummary, quiet: boolean): string {
  if (summary.skipped) return `Boîte de réception non lue : ${summary.skipped}\n`;
  const outcomes = [
    counted(summary.filed, 'enregistré', 'enregistrés'),
    counted(summary.refused, 'refusé', 'refusés'),
    counted(summary.held, 'retenu', 'retenus'),
    counted(summary.unknownSenders, 'expéditeur inconnu', 'expéditeurs inconnus'),
    `${counted(summary.ignored, 'ignoré', 'ignorés')} (automatiques ou les nôtres)`,
    counted(summary.questions, 'question', 'questions'),
  ].join(', ');
  const answers = counted(summary.answers, 'réponse envoyée', 'réponses envoyées');
  const found = counted(summary.messages, 'nouveau message', 'nouveaux messages');
  // A folder of this machine is shown from here, as the other paths are.
  const where = summary.mailbox.startsWith('/') ? displayPath(summary.mailbox) : summary.mailbox;
  const lines = [
    `Boîte ${where} : ${found}${summary.messages ? ` — ${outcomes} ; ${answers}` : ''}.`,
  ];
  if (!quiet) {
    for (const d of summary.details) {
      const what = d.filed?.length
        ? ` (engagement ${d.filed.map((id) => `n° ${id}`).join(', ')})`
        : '';
      lines.push(
        `  ${INTAKE_LABELS[d.outcome]}${what} — ${d.from} : « ${d.subject} »${d.note ? ` — ${d.note}` : ''}`,
      );
    }
  }
  if (summary.sheetFeedback) {
    const sent = counted(summary.sheetFeedback, 'retour envoyé', 'retours envoyés');
    lines.push(`Google Sheets modifiées puis laissées dix minutes : ${sent}.`);
  }
  if (summary.master) lines.push(`Classeur de suivi : ${displayPath(summary.master)}`);
  return `${lines.join('\n')}\n`;
}

/** How each outcome reads in the command's report. */
const INTAKE_LABELS: Record<IntakeOutcome, string> = {
  filed: 'Enregistré',
  refused: 'Refusé',
  ignored: 'Ignoré',
  held: 'Retenu',
  'unknown-sender': 'Expéditeur inconnu',
  question: 'Question',
};

/** `mail-check [--to ADDRESS]`: the transport connects and authenticates; a test email goes. */
async function runMailCheck(args: string[], values: Values, io: CliIo): Promise<number> {
  if (args.length > 0) throw new OgpError('usage', `mail-check : argument inattendu ${args[0]}.`);
  const { config } = await loadConfig(values, io);
  const { storeFor } = await import('./jobs/stores.js');
  const { checkMail } = await import('./jobs/mail-check.js');
  const store = await storeFor(config);
  const smtpUrl = process.env.SMTP_URL?.trim();
  let result;
  try {
    result = await checkMail(
      config,
      store,
      { smtpUrl, imapUrl: process.env.IMAP_URL?.trim(), secrets: mailSecretsFrom(process.env) },
      {
        now: resolveNow(values, config.committee.timezone),
        ...(values.to ? { to: values.to } : {}),
      },
    );
  } finally {
    await store.close?.();
  }
  if (values.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const lines = [`Transport : ${result.transport}`, ...result.checked.map((l) => `✓ ${l}`)];
    if (result.sent)
      lines.push(
        `✓ Courriel de test envoyé à ${result.sent.to} (${result.sent.messageId}) : ${result.sent.answer}`,
      );
    if (result.failure) {
      lines.push(`✗ Échec — réponse du serveur : ${result.failure.answer}`);
      if (result.failure.cause) lines.push(`  Cause : ${result.failure.cause}.`);
      if (result.failure.fix) lines.push(`  À faire : ${result.failure.fix}.`);
    }
    if (result.intake) {
      lines.push(`Boîte de réception : ${result.intake.mailbox}`);
      lines.push(...result.intake.checked.map((l) => `✓ ${l}`));
      if (result.intake.failure) lines.push(`✗ Échec — ${result.intake.failure}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
  }
  return result.ok ? 0 : 1;
}

/**
 * `config push --config F`: checks the configuration, then keeps it in the Firestore state it
 * names (storage.state), where the deployed functions read it at each run.
 */
async function runConfig(args: string[], values: Values, io: CliIo): Promise<number> {
  if (args[0] !== 'push' || args.length > 1 || !values.config) {
    throw new OgpError('usage', 'Usage : ogp-tracker config push --config committee.yaml');
  }
  const { config, file } = await loadConfigFile(values.config);
  const state = config.storage.state;
  if (state.kind !== 'firestore') {
    throw new OgpError(
      'usage',
      `${file} garde son état dans un dossier : config push sert aux fonctions déployées, ` +
        `dont l'état est dans Firestore (storage.state: { kind: firestore, prefix: … }).`,
    );
  }
  const { readFile } = await import('node:fs/promises');
  const { openFirestoreState } = await import('./adapters/google/firestore-state.js');
  const { pushConfig } = await import('./adapters/config/firestore-copy.js');
  const store = await openFirestoreState(state);
  try {
    await pushConfig(store, await readFile(file, 'utf8'), file);
  } finally {
    await store.close();
  }
  io.stdout(
    `Configuration vérifiée et envoyée : ${store.stateLocation}/config/current. Les fonctions la liront à leur prochain passage.\n`,
  );
  return 0;
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof OgpError) {
    io.stderr(`Erreur (${error.code}) : ${error.message}\n`);
    for (const line of error.details) io.stderr(`  ${line}\n`);
    if (error.code === 'write-failed' && error.cause instanceof Error) {
      io.stderr(`  cause : ${error.cause.message}\n`);
    }
    return error.exitCode;
  }
  io.stderr(`Erreur inattendue (internal) : ${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}

/**
 * The configuration a command uses: `--config`, else `committee.yaml` in the current folder.
 * Never the bundled example unless named: a command must not act on someone else's data.
 */
async function loadConfig(values: Values, io: CliIo): Promise<LoadedConfig> {
  const loaded = await findConfig(values);
  // The calendar's oddities (a meeting on a Sunday…), said by every command that loads it.
  for (const warning of calendarWarnings(loaded.config)) {
    io.stderr(`Attention (calendrier) : ${warning}\n`);
  }
  return loaded;
}

async function findConfig(values: Values): Promise<LoadedConfig> {
  if (values.config) return loadConfigFile(values.config);
  const here = resolve('committee.yaml');
  const { access } = await import('node:fs/promises');
  const found = await access(here).then(
    () => true,
    () => false,
  );
  if (found) return loadConfigFile(here);
  throw new OgpError(
    'config-not-found',
    `Aucune configuration : pas de --config, et pas de committee.yaml dans ${process.cwd()}. ` +
      'Pour commencer : ogp-tracker init (écrit committee.yaml et une fiche par engagement), puis adaptez committee.yaml. ' +
      `Pour essayer l'exemple fourni : --config ${relative(process.cwd(), exampleConfigPath()) || exampleConfigPath()}.`,
  );
}

function resolveNow(values: Values, timeZone: string): Date {
  if (values.now === undefined) return new Date();
  const now = parseNowArgument(values.now, timeZone);
  if (!now) {
    throw new OgpError(
      'usage',
      `--now ${values.now} : attendu une date ISO, par exemple 2019-01-07T09:00 (heure du comité) ou 2019-01-07T08:00Z.`,
    );
  }
  return now;
}

async function runValidate(files: string[], values: Values, io: CliIo): Promise<number> {
  if (files.length === 0) {
    throw new OgpError('usage', 'validate : indiquez au moins un fichier .xlsx à vérifier.');
  }
  const { config } = await loadConfig(values, io);
  const now = resolveNow(values, config.committee.timezone);
  const results = await validateFiles(files, config, now);
  if (values.json) {
    const files = results.map(({ file, commitment, valid, issues }) => ({
      file,
      commitment,
      valid,
      issues,
    }));
    io.stdout(`${JSON.stringify({ files }, null, 2)}\n`);
  } else {
    io.stdout(formatValidation(results, values.quiet));
  }
  return results.every((r) => r.valid) ? 0 : 1;
}

const SEVERITY_LABEL = { error: 'erreur', warning: 'avertissement' } as const;

/** The human report of `validate`: one block per file, issues by cell, then a summary. */
export function formatValidation(results: readonly FileResult[], quiet: boolean): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const counts = countIssues(result.issues);
    errors += counts.errors;
    warnings += counts.warnings;
    const name = displayPath(result.file);
    const which = result.commitment === null ? '' : ` — engagement n° ${result.commitment}`;
    const verdict = result.valid
      ? counts.warnings
        ? `valide, ${counted(counts.warnings, 'avertissement', 'avertissements')}`
        : 'valide'
      : issueCounts(counts.errors, counts.warnings);
    lines.push(`${result.valid ? '✓' : '✗'} ${name}${which} : ${verdict}`);
    if (quiet) continue;
    for (const issue of result.issues) {
      const sheet = issue.sheet ? `[${issue.sheet}] ` : '';
      lines.push(`    ${SEVERITY_LABEL[issue.severity]} ${issue.code} — ${sheet}${issue.message}`);
    }
  }
  const valid = results.filter((r) => r.valid).length;
  lines.push(
    `${counted(results.length, 'fichier', 'fichiers')} : ${counted(valid, 'valide', 'valides')}, ` +
      `${results.length - valid} à corriger — ${issueCounts(errors, warnings)}.`,
  );
  return `${lines.join('\n')}\n`;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel.startsWith('..') ? file : rel;
}

async function runTemplate(args: string[], values: Values, io: CliIo): Promise<number> {
  if (args.length > 0) throw new OgpError('usage', `template : argument inattendu ${args[0]}.`);
  if (!values.out)
    throw new OgpError('usage', 'template : indiquez le fichier à écrire avec --out FICHIER.xlsx.');
  const { config } = await loadConfig(values, io);
  if (!values.force) {
    const { access } = await import('node:fs/promises');
    if (
      await access(values.out).then(
        () => true,
        () => false,
      )
    ) {
      throw new OgpError(
        'usage',
        `${values.out} existe déjà : rien n'a été écrit. Ajoutez --force pour le remplacer (son contenu serait perdu).`,
      );
    }
  }
  let commitment;
  if (values.commitment !== undefined) {
    const id = Number(values.commitment);
    commitment = config.commitments.find((c) => c.id === id);
    if (!commitment) {
      throw new OgpError(
        'usage',
        `--commitment ${values.commitment} : engagement inconnu (configurés : ${config.commitments.map((c) => c.id).join(', ')}).`,
      );
    }
  }
  // The template writer loads the whole of exceljs: only the commands that write one pay it.
  const { templateOptionsFor, writeTemplateFile } =
    await import('./adapters/documents/template-workbook.js');
  await writeTemplateFile(values.out, templateOptionsFor(config, commitment));
  if (values.json) io.stdout(`${JSON.stringify({ template: resolve(values.out) })}\n`);
  else if (!values.quiet) io.stdout(`Modèle écrit : ${values.out}\n`);
  return 0;
}

/** The first line of `schedule`: the period and its count, or why the period is empty. */
function scheduleTitle(from: IsoDate, to: IsoDate, toIsPlanEnd: boolean, count: number): string {
  const [first, last] = [formatFrenchDate(from), formatFrenchDate(to)];
  // A range that ends before it starts is no range: say what closed it.
  if (from > to && toIsPlanEnd) {
    return `Aucun envoi prévu : le plan d'action s'est terminé le ${last}, avant le ${first}. Pour voir ses envois : --from.`;
  }
  if (from > to)
    return `Aucun envoi prévu : la période finit le ${last}, avant de commencer le ${first}.`;
  return `Envois prévus du ${first} au ${last} : ${count}`;
}

async function runInit(args: string[], values: Values, io: CliIo): Promise<number> {
  if (args.length > 1) throw new OgpError('usage', 'init : un seul dossier attendu.');
  const { initProject } = await import('./jobs/init-project.js');
  if (values.locale !== undefined && values.country === undefined) {
    throw new OgpError(
      'usage',
      'init --locale : à donner avec --country (la langue du comité de ce pays).',
    );
  }
  const result = await initProject(args[0] ?? '.', {
    force: values.force,
    ...(values.country !== undefined ? { country: values.country } : {}),
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
    ...(values.now !== undefined ? { now: resolveNow(values, 'UTC') } : {}),
  });
  if (values.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else if (!values.quiet) {
    io.stdout(
      result.configWritten
        ? `Configuration écrite : ${displayPath(result.config)} (à adapter à votre comité).\n`
        : `Configuration existante conservée : ${displayPath(result.config)}${values.country ? ' (--country ne change pas une configuration existante)' : ''}.\n`,
    );
    if (result.starter) io.stdout(starterSummary(result.starter));
    const written = result.written.length;
    const kept = result.kept.length;
    const writtenText =
      written === 0
        ? 'Aucune fiche écrite'
        : counted(written, 'fiche pré-remplie écrite', 'fiches pré-remplies écrites');
    const keptText = kept
      ? `, ${counted(kept, 'fiche existante conservée', 'fiches existantes conservées')}` +
        ' (--force pour les réécrire : leur contenu serait perdu)'
      : '';
    io.stdout(`${writtenText}${keptText}.\n`);
    if (result.stale.length) {
      io.stdout(
        `Fiches d'engagements qui ne sont plus dans la configuration (laissées en place) :\n`,
      );
      for (const path of result.stale) io.stdout(`  ${displayPath(path)}\n`);
    }
  }
  return 0;
}

/** What a starter committee took from its country, and what is left to the committee. */
function starterSummary(s: StarterCountry): string {
  const days = new Intl.ListFormat('fr', { type: 'conjunction' }).format(
    s.weekend.map((d) => FRENCH_DAY_NAMES[d]),
  );
  const language = new Intl.DisplayNames('fr', { type: 'language' }).of(s.locale) ?? s.locale;
  const holidays = s.holidaysKnown
    ? "jours fériés : ceux du pays, d'après la bibliothèque date-holidays (à compléter ou corriger dans holidays)"
    : 'aucun jour férié connu pour ce pays : donnez-les dans holidays.add de committee.yaml, sinon les rappels ne tiendront compte que du week-end';
  return (
    `Pays : ${s.name} (${s.country}) — langue : ${language}, monnaie : ${s.currency}, fuseau : ` +
    `${s.timeZone}, week-end : ${days} ; ${holidays}.\n`
  );
}

async function runConsolidate(args: string[], values: Values, io: CliIo): Promise<number> {
  if (args.length > 0) throw new OgpError('usage', `consolidate : argument inattendu ${args[0]}.`);
  const { config, dir } = await loadConfig(values, io);
  const now = resolveNow(values, config.committee.timezone);
  const showProgress = io.interactive && !values.quiet && !values.json;
  const { summary } = await consolidate(config, {
    now,
    baseDir: dir,
    ...(showProgress ? { onProgress: (done, total) => io.stderr(progressBar(done, total)) } : {}),
  });
  if (showProgress) io.stderr('\r\u001b[K');
  if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else io.stdout(formatConsolidation(summary, values.quiet));
  return summary.errors > 0 ? 1 : 0;
}

function progressBar(done: number, total: number): string {
  const width = 24;
  const filled = total ? Math.round((done / total) * width) : width;
  return `\rLecture des fiches [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
}

/** The human summary of a consolidation. */
export function formatConsolidation(summary: ConsolidateSummary, quiet: boolean): string {
  const lines = [
    `Classeur de suivi consolidé : ${displayPath(summary.master)}`,
    `Page de suivi : ${displayPath(summary.page)} (à ouvrir dans un navigateur, à imprimer ou à publier)`,
    `Données ouvertes : ${displayPath(summary.openData)}`,
  ];
  if (!quiet) {
    lines.push(
      `${counted(summary.commitments, 'engagement', 'engagements')} : ${counted(summary.received, 'fiche reçue', 'fiches reçues')}, ` +
        `${summary.toFix} à corriger, ${summary.toUpdate} à mettre à jour, ${counted(summary.missing, 'manquante', 'manquantes')} ` +
        `; ${summary.late} en retard.`,
      `${counted(summary.actions, 'action', 'actions')} de communication, ${counted(summary.milestones, 'jalon', 'jalons')} ` +
        `; ${counted(summary.errors, 'erreur', 'erreurs')}, ${counted(summary.warnings, 'avertissement', 'avertissements')} ` +
        `(feuille « Anomalies »).`,
    );
    for (const problem of summary.sourceProblems) {
      const message = problem.message;
      lines.push(
        `Engagement n° ${problem.commitment} : ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
      );
    }
    if (summary.stale > 0) {
      const kept = `${summary.stale > 1 ? 'leurs' : 'ses'} dernières données lues sont conservées et datées`;
      const unreadable = counted(summary.stale, 'source illisible', 'sources illisibles');
      lines.push(`${unreadable} aujourd'hui : ${kept}.`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function runSends(
  command: 'tick' | 'remind' | 'report',
  args: string[],
  values: Values,
  io: CliIo,
): Promise<number> {
  if (args.length > 0) throw new OgpError('usage', `${command} : argument inattendu ${args[0]}.`);
  const { config, dir } = await loadConfig(values, io);
  const now = resolveNow(values, config.committee.timezone);
  const showProgress = io.interactive && !values.quiet && !values.json;
  const smtpUrl = process.env.SMTP_URL?.trim();
  const summary = await runCalendar(config, {
    now,
    command,
    dryRun: values['dry-run'],
    baseDir: dir,
    ...(smtpUrl ? { smtpUrl } : {}),
    mailSecrets: mailSecretsFrom(process.env),
    ...(showProgress ? { onProgress: (done, total) => io.stderr(progressBar(done, total)) } : {}),
  });
  if (showProgress) io.stderr('\r\u001b[K');
  if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else
    io.stdout(`${formatConsolidation(summary, values.quiet)}${formatSends(summary, values.quiet)}`);
  return summary.failed > 0 || summary.errors > 0 ? 1 : 0;
}

/** The human report of the emails of a run. */
export function formatSends(summary: CalendarRunSummary, quiet: boolean): string {
  const where =
    summary.transport === 'dry-run'
      ? "essai : rien n'est envoyé ni enregistré"
      : summary.transport === 'smtp'
        ? 'par SMTP'
        : `fichiers .eml dans ${displayPath(summary.outbox)}`;
  const lines = [
    `Courriels : ${counted(summary.due, 'dû', 'dus')}, ${counted(summary.sent, 'envoyé', 'envoyés')}, ` +
      `${counted(summary.failed, 'échec', 'échecs')} (${where}).`,
  ];
  if (!quiet) {
    for (const email of summary.emails) {
      const copies = email.cc.length ? ` (copie : ${email.cc.join(', ')})` : '';
      const state =
        summary.transport === 'dry-run'
          ? 'à envoyer'
          : email.failed.length
            ? `échec pour ${email.failed.map((f) => `${f.address} (${f.reason})`).join(', ')}`
            : 'envoyé';
      lines.push(
        `  ${SEND_KIND_LABELS[email.kind]} → ${email.to.join(', ')}${copies} : ${email.subject} — ${state}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function runSchedule(args: string[], values: Values, io: CliIo): Promise<number> {
  if (args.length > 0) throw new OgpError('usage', `schedule : argument inattendu ${args[0]}.`);
  const { config } = await loadConfig(values, io);
  const now = resolveNow(values, config.committee.timezone);
  for (const [flag, value] of [
    ['--from', values.from],
    ['--to', values.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new OgpError('usage', `${flag} ${value} : attendu une date AAAA-MM-JJ.`);
    }
  }
  const from = values.from ?? localDateAt(now, config.committee.timezone);
  const to = values.to ?? config.plan.end;
  const sends = plannedSends(config, from, to).map((s) => ({
    day: s.day,
    time: s.time,
    kind: s.kind,
    label: CALENDAR_WORDS[config.committee.locale].kinds[s.kind],
    offset: s.offset,
    escalated: s.escalated,
    description: s.description,
    audience: s.audience,
    ...(s.round ? { round: { campaign: s.round.campaignId, due: s.round.due } } : {}),
    ...(s.meeting ? { meeting: s.meeting.date } : {}),
  }));
  // Holidays set by moon sighting move the sends around them: say which dates are estimates.
  const estimated = from <= to ? estimatedHolidays(config, from, to) : [];
  if (values.json) {
    io.stdout(`${JSON.stringify({ from, to, sends, estimatedHolidays: estimated }, null, 2)}\n`);
    return 0;
  }
  const rows = sends.map((s) => [
    formatFrenchDate(s.day),
    s.time,
    s.label,
    s.description,
    s.audience,
  ]);
  const head = ['Date', 'Heure', 'Envoi', 'Objet', 'Destinataires'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  io.stdout(
    [
      scheduleTitle(from, to, values.to === undefined, sends.length),
      line(head),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      ...estimatedHolidaysNote(estimated),
    ].join('\n') + '\n',
  );
  return 0;
}

/** The estimated holidays of the period, after the table, or nothing. */
function estimatedHolidaysNote(holidays: readonly EstimatedHoliday[]): string[] {
  if (holidays.length === 0) return [];
  return [
    '',
    `${holidays.length > 1 ? 'Jours fériés estimés' : 'Jour férié estimé'} de la période ` +
      "(leur date dépend de l'observation de la lune ; les envois en tiennent compte, " +
      'à confirmer ou corriger dans holidays de committee.yaml) :',
    ...holidays.map(
      (h) =>
        `  ${formatFrenchDate(h.first)}${h.last !== h.first ? ` au ${formatFrenchDate(h.last)}` : ''} : ${h.name}`,
    ),
  ];
}
