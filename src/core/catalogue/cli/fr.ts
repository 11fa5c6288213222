/** The command line's words in French. */
import { counted } from '../../text.js';
import type { CliWords } from '../cli-shape.js';
import { dayName } from '../day-names.js';

const list = (items: readonly string[]) =>
  new Intl.ListFormat('fr', { type: 'conjunction' }).format(items);
const issues = (errors: number, warnings: number) =>
  `${counted(errors, 'erreur', 'erreurs')}, ${counted(warnings, 'avertissement', 'avertissements')}`;

export const cli: CliWords = {
  usage: `Usage : ogp-tracker <commande> [options]

Commandes :
  init [DOSSIER] [--force]                  écrit un committee.yaml de départ (s'il n'y en a pas) et une fiche par
                                            engagement qui n'en a pas (--force : les réécrit toutes)
       [--country XX [--locale ll]]         … un comité de ce pays (MX, JO, BR-SP) : sa langue (fr, en, ar,
                                            es, pt), sa monnaie, son fuseau, son week-end, ses jours fériés
  template --out FICHIER [--commitment N]   écrit le modèle de fiche (pré-rempli pour l'engagement N) ;
                                            jamais par-dessus un fichier existant sans --force
  validate [--config F] FICHIER...          vérifie des fiches, cellule par cellule
  consolidate [--config F]                  lit toutes les fiches et écrit le classeur de suivi consolidé
  tick [--config F] [--dry-run]             lit d'abord la boîte du secrétariat (intake:), puis consolide et
       [--no-intake]                        envoie tout ce qui est dû (relances, retours, rapports, invitations) ;
                                            --no-intake : sans lire la boîte
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
  --locale ll        langue de la commande : fr, en, ar, es ou pt (par défaut : celle du comité)
  --json             sortie JSON
  --dry-run          affiche ce qui serait envoyé, sans rien envoyer ni enregistrer
  --quiet, -q        n'affiche que l'essentiel
  --help, -h         cette aide

Courriels : par le transport de mail.transport (smtp, smtp-oauth2, graph, gmail-api, outbox) ; sans
lui, par SMTP si la variable d'environnement SMTP_URL est définie, sinon en fichiers .eml dans le
dossier outbox/ du stockage. Les secrets viennent de l'environnement : SMTP_URL, MAIL_CLIENT_SECRET
ou MAIL_CLIENT_CERTIFICATE (Microsoft), MAIL_GOOGLE_KEY ou GOOGLE_APPLICATION_CREDENTIALS (Google).

Codes de sortie : 0 terminé, 1 erreurs trouvées ou envois échoués, 2 mauvais usage ou configuration.
`,
  unknownCommand: (command) => `Commande inconnue : ${command}`,
  unexpectedArgument: (command, argument) => `${command} : argument inattendu ${argument}.`,
  error: (code, message) => `Erreur (${code}) : ${message}`,
  cause: (message) => `cause : ${message}`,
  unexpectedError: (stack) => `Erreur inattendue (internal) : ${stack}`,
  calendarWarning: (warning) => `Attention (calendrier) : ${warning}`,
  badLocale: (value, locales) => `--locale ${value} : langue attendue parmi ${locales}.`,
  noConfig: (cwd, example) =>
    `Aucune configuration : pas de --config, et pas de committee.yaml dans ${cwd}. ` +
    'Pour commencer : ogp-tracker init (écrit committee.yaml et une fiche par engagement), puis adaptez committee.yaml. ' +
    `Pour essayer l'exemple fourni : --config ${example}.`,
  badNow: (value) =>
    `--now ${value} : attendu une date ISO, par exemple 2019-01-07T09:00 (heure du comité) ou 2019-01-07T08:00Z.`,

  filesNeeded: 'validate : indiquez au moins un fichier .xlsx à vérifier.',
  fileLine: (file, commitment, v) =>
    `${v.valid ? '✓' : '✗'} ${file}${commitment === null ? '' : ` — engagement n° ${commitment}`} : ` +
    (v.valid
      ? v.warnings
        ? `valide, ${counted(v.warnings, 'avertissement', 'avertissements')}`
        : 'valide'
      : issues(v.errors, v.warnings)),
  severity: { error: 'erreur', warning: 'avertissement' },
  filesSummary: (files, valid, errors, warnings) =>
    `${counted(files, 'fichier', 'fichiers')} : ${counted(valid, 'valide', 'valides')}, ` +
    `${files - valid} à corriger — ${issues(errors, warnings)}.`,

  outNeeded: 'template : indiquez le fichier à écrire avec --out FICHIER.xlsx.',
  outExists: (file) =>
    `${file} existe déjà : rien n'a été écrit. Ajoutez --force pour le remplacer (son contenu serait perdu).`,
  unknownCommitment: (value, configured) =>
    `--commitment ${value} : engagement inconnu (configurés : ${configured}).`,
  templateWritten: (file) => `Modèle écrit : ${file}`,

  initOneFolder: 'init : un seul dossier attendu.',
  localeNeedsCountry: 'init --locale : à donner avec --country (la langue du comité de ce pays).',
  configWritten: (file) => `Configuration écrite : ${file} (à adapter à votre comité).`,
  configKept: (file, countryIgnored) =>
    `Configuration existante conservée : ${file}${countryIgnored ? ' (--country ne change pas une configuration existante)' : ''}.`,
  sheetsWritten: (written, kept) =>
    (written === 0
      ? 'Aucune fiche écrite'
      : counted(written, 'fiche pré-remplie écrite', 'fiches pré-remplies écrites')) +
    (kept
      ? `, ${counted(kept, 'fiche existante conservée', 'fiches existantes conservées')}` +
        ' (--force pour les réécrire : leur contenu serait perdu)'
      : '') +
    '.',
  staleSheets: "Fiches d'engagements qui ne sont plus dans la configuration (laissées en place) :",
  starter: (s) =>
    `Pays : ${s.name} (${s.country}) — langue : ${new Intl.DisplayNames('fr', { type: 'language' }).of(s.locale) ?? s.locale}, ` +
    `monnaie : ${s.currency}, fuseau : ${s.timeZone}, week-end : ${list(s.weekend.map((d) => dayName('fr', d)))} ; ` +
    (s.holidaysKnown
      ? "jours fériés : ceux du pays, d'après la bibliothèque date-holidays (à compléter ou corriger dans holidays)."
      : 'aucun jour férié connu pour ce pays : donnez-les dans holidays.add de committee.yaml, sinon les rappels ne tiendront compte que du week-end.'),

  progress: 'Lecture des fiches',
  master: (file) => `Classeur de suivi consolidé : ${file}`,
  page: (file) => `Page de suivi : ${file} (à ouvrir dans un navigateur, à imprimer ou à publier)`,
  openData: (file) => `Données ouvertes : ${file}`,
  sheets: (c) =>
    `${counted(c.commitments, 'engagement', 'engagements')} : ${counted(c.received, 'fiche reçue', 'fiches reçues')}, ` +
    `${c.toFix} à corriger, ${c.toUpdate} à mettre à jour, ${counted(c.missing, 'manquante', 'manquantes')} ; ${c.late} en retard.`,
  records: (actions, milestones, errors, warnings) =>
    `${counted(actions, 'action', 'actions')} de communication, ${counted(milestones, 'jalon', 'jalons')} ; ` +
    `${issues(errors, warnings)} (feuille « Anomalies »).`,
  sourceProblem: (commitment, message) =>
    `Engagement n° ${commitment} : ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
  staleSources: (count) =>
    `${counted(count, 'source illisible', 'sources illisibles')} aujourd'hui : ` +
    `${count > 1 ? 'leurs' : 'ses'} dernières données lues sont conservées et datées.`,

  dryRun: "essai : rien n'est envoyé ni enregistré",
  outbox: (folder) => `fichiers .eml dans ${folder}`,
  via: {
    smtp: 'par SMTP',
    'smtp-oauth2': 'par SMTP (OAuth2)',
    graph: 'par Microsoft Graph',
    'gmail-api': "par l'API Gmail",
  },
  emails: (due, sent, failed, where) =>
    `Courriels : ${counted(due, 'dû', 'dus')}, ${counted(sent, 'envoyé', 'envoyés')}, ` +
    `${counted(failed, 'échec', 'échecs')} (${where}).`,
  copies: (addresses) => ` (copie : ${addresses})`,
  toSend: 'à envoyer',
  failedFor: (who) => `échec pour ${who}`,
  sent: 'envoyé',
  emailLine: (kind, to, copies, subject, state) =>
    `${kind} → ${to}${copies} : ${subject} — ${state}`,

  badDate: (flag, value) => `${flag} ${value} : attendu une date AAAA-MM-JJ.`,
  scheduleEnded: (end, from) =>
    `Aucun envoi prévu : le plan d'action s'est terminé le ${end}, avant le ${from}. Pour voir ses envois : --from.`,
  scheduleEmpty: (to, from) =>
    `Aucun envoi prévu : la période finit le ${to}, avant de commencer le ${from}.`,
  scheduleTitle: (from, to, count) => `Envois prévus du ${from} au ${to} : ${count}`,
  scheduleHead: ['Date', 'Heure', 'Envoi', 'Objet', 'Destinataires'],
  estimatedHolidays: (count) =>
    `${count > 1 ? 'Jours fériés estimés' : 'Jour férié estimé'} de la période ` +
    "(leur date dépend de l'observation de la lune ; les envois en tiennent compte, " +
    'à confirmer ou corriger dans holidays de committee.yaml) :',
  holidaySpan: (first, last, name) => `${first}${last ? ` au ${last}` : ''} : ${name}`,

  configPushUsage: 'Usage : ogp-tracker config push --config committee.yaml',
  configNotFirestore: (file) =>
    `${file} garde son état dans un dossier : config push sert aux fonctions déployées, ` +
    `dont l'état est dans Firestore (storage.state: { kind: firestore, prefix: … }).`,
  configPushed: (where) =>
    `Configuration vérifiée et envoyée : ${where}. Les fonctions la liront à leur prochain passage.`,

  transport: (name) => `Transport : ${name}`,
  testSent: (to, messageId, answer) =>
    `✓ Courriel de test envoyé à ${to} (${messageId}) : ${answer}`,
  failure: (answer) => `✗ Échec — réponse du serveur : ${answer}`,
  failureCause: (cause) => `  Cause : ${cause}.`,
  failureFix: (fix) => `  À faire : ${fix}.`,
  inbox: (mailbox) => `Boîte de réception : ${mailbox}`,
  inboxFailure: (failure) => `✗ Échec — ${failure}`,

  intakeSkipped: (why) => `Boîte de réception non lue : ${why}`,
  intakeDryRun: "essai (--dry-run) : rien n'est enregistré ni répondu.",
  intakeLine: (mailbox, messages, c) =>
    `Boîte ${mailbox} : ${counted(messages, 'nouveau message', 'nouveaux messages')}` +
    (messages
      ? ` — ${counted(c.filed, 'enregistré', 'enregistrés')}, ${counted(c.refused, 'refusé', 'refusés')}, ` +
        `${counted(c.held, 'retenu', 'retenus')}, ${counted(c.unknownSenders, 'expéditeur inconnu', 'expéditeurs inconnus')}, ` +
        `${counted(c.ignored, 'ignoré', 'ignorés')} (automatiques ou les nôtres), ${counted(c.questions, 'question', 'questions')}${c.setAside ? `, ${counted(c.setAside, 'mis de côté sans être lu', 'mis de côté sans être lus')}` : ''} ; ` +
        counted(c.answers, 'réponse envoyée', 'réponses envoyées')
      : '') +
    '.',
  intakeOutcomes: {
    filed: 'Enregistré',
    refused: 'Refusé',
    ignored: 'Ignoré',
    held: 'Retenu',
    'unknown-sender': 'Expéditeur inconnu',
    'set-aside': 'Mis de côté',
    question: 'Question',
  },
  intakeCommitments: (ids) =>
    ` (${ids.length > 1 ? 'engagements' : 'engagement'} ${ids.map((id) => `n° ${id}`).join(', ')})`,
  releaseHint: (id) => `s'il vient bien de son expéditeur : ogp-tracker intake --release '${id}'`,
  intakeDetail: (what, from, subject, note) =>
    `${what} — ${from} : « ${subject} »${note ? ` — ${note}` : ''}`,
  sheetFeedback: (sent) =>
    `Google Sheets modifiées puis laissées dix minutes : ${counted(sent, 'retour envoyé', 'retours envoyés')}.`,
};
