/** The errors that stop a command, in French. */
import type { GoogleProblem } from '../../read-failure.js';
import { cells } from '../cells/fr.js';
import { counted } from '../../text.js';
import type { ErrorWords } from '../errors-shape.js';
import { adviceIn } from '../mail-advice-shape.js';
import { advice } from '../mail-advice/fr.js';

export const errors: ErrorWords = {
  intakeNotConfigured:
    "La configuration n'a pas de clé intake : ajoutez par exemple intake: { kind: folder } " +
    '(des .eml enregistrés dans inbox/) ou intake: { kind: imap } (voir « Réponses par courriel »).',
  intakeNeedsMail:
    "intake répond aux points focaux : ajoutez mail: { from: … } (l'adresse que lisent leurs réponses).",
  noHeldMessage: (id, held) =>
    `Aucun message retenu n'a l'identifiant ${id}. ` +
    (held
      ? `Messages retenus en attente : ${held}.`
      : "Aucun message n'est retenu en ce moment (le rapport du secrétariat liste ceux qui le sont)."),
  releaseChanged: (id, mailbox) =>
    `Le message ${id} de ${mailbox} n'est plus celui qui a été retenu (son contenu a changé) : ` +
    "rien n'est enregistré ; vérifiez-le dans la boîte, puis demandez à son expéditeur de le renvoyer.",
  messageGone: (id, mailbox) =>
    `Le message ${id} n'est plus dans la boîte ${mailbox} : ` +
    "il a été déplacé ou supprimé ; demandez à l'expéditeur de le renvoyer.",
  mailFromMissing:
    "Des courriels sont dus mais la configuration n'a pas de clé mail.from : ajoutez mail: { from: … }.",
  initCountry: (code) =>
    `init --country ${code} : code pays ISO 3166-1 attendu, par exemple MX, JO, ou BR-SP pour un État.`,
  initCountryUnknown: (code) =>
    `init --country ${code} : pays inconnu (code ISO 3166-1, par exemple MX, JO, ou BR-SP pour un État).`,
  initRegion: (code, region, state, near, known) =>
    `init --country ${code} : ville ou région ${region} inconnue pour ${state}` +
    (near ? ` (vouliez-vous dire ${state}-${near} ?)` : '') +
    (known ? `. Connues : ${known}.` : ` : écrivez ${state} (ses jours fériés).`),
  initSubdivision: (code, subdivision, country, near, known) =>
    `init --country ${code} : subdivision ${subdivision} inconnue pour ${country}` +
    (near ? ` (vouliez-vous dire ${country}-${near} ?)` : '') +
    (known ? `. Connues : ${known}.` : ' : aucune n’est connue pour ce pays.'),
  initLocale: (locale, locales) => `init --locale ${locale} : langue attendue parmi ${locales}.`,
  initCurrency: (code) =>
    `init --country ${code} : monnaie du pays inconnue ; partez de ogp-tracker init sans --country et indiquez-la dans committee.yaml.`,
  initTimeZone: (code) =>
    `init --country ${code} : fuseau horaire du pays inconnu ; partez de ogp-tracker init sans --country et indiquez-le dans committee.yaml.`,
  imapUrlMissing:
    "intake.kind est imap, mais IMAP_URL n'est pas défini dans l'environnement : indiquez " +
    'imaps://utilisateur:motdepasse@hote:993 (un mot de passe d’application), ou un ' +
    'fournisseur OAuth 2.0 (intake: { kind: imap, host, user, provider: … }).',
  intakeFolderNeedsDir:
    'intake: { kind: folder } lit un dossier de cette machine : indiquez-le (intake.dir), ' +
    'le dossier de sortie étant dans Drive.',
  smtpUrlMissing:
    "mail.transport est smtp, mais SMTP_URL n'est pas défini dans l'environnement : indiquez " +
    'smtp://utilisateur:motdepasse@hote:587 (ou smtp://hote:587 pour un relais).',
  smtpUrlUnreadable: 'SMTP_URL illisible : attendu smtp://utilisateur:motdepasse@hote:port',
  smtpProtocol: (protocol) =>
    `SMTP_URL : protocole ${protocol} non pris en charge (smtp: ou smtps:).`,
  imapProtocol: (protocol) =>
    `IMAP_URL : protocole ${protocol} non pris en charge (imaps: ou imap:).`,
  noStoredConfig: (location) =>
    `Aucune configuration dans ${location} : envoyez-la avec « ogp-tracker config push --config committee.yaml ».`,
  inboxMissing: (dir) =>
    `Le dossier de réception ${dir} n'existe pas : créez-le (ou corrigez intake.dir dans committee.yaml), puis enregistrez-y les réponses des points focaux au format .eml.`,
  inboxUnreadable: (dir, code) => `Dossier de réception illisible : ${dir} (${code}).`,
  graphMailbox: (mailbox, detail) => `Boîte Graph ${mailbox} : ${detail}`,
  gmailMailbox: (mailbox, detail) => `Boîte Gmail ${mailbox} : ${detail}`,
  imapFolderMissing: (location) => `Dossier IMAP ${location} introuvable.`,
  imapMessageMissing: (uid, location) => `Message ${uid} introuvable dans ${location}.`,
  imapNotMoved: (id, folder, location) =>
    `Le message ${id} n'a pas pu être rangé dans « ${folder} » (${location}).`,
  imapFailed: (location, said, loginRefused) =>
    `Boîte IMAP ${location} : ${said} — ` +
    (loginRefused
      ? "identifiant refusé : vérifiez l'utilisateur et le mot de passe d'application (IMAP_URL), ou les droits de l'application (OAuth 2.0)"
      : 'serveur injoignable ou dossier absent : vérifiez hôte, port et dossier') +
    '.',
  mailServiceFailed: (mailbox, answer, id) => {
    const a = adviceIn(advice, id);
    return (
      `Boîte ${mailbox} — réponse du serveur : ${answer}` +
      (a ? `\n  Cause : ${a.cause}.\n  À faire : ${a.fix}.` : '')
    );
  },
  firestoreDenied: (where, operation) =>
    `${where} (${operation}) : accès refusé. Donnez au compte de service de la fonction le rôle « Utilisateur Cloud Datastore » (roles/datastore.user).`,
  firestoreNoDatabase: (where, operation) =>
    `${where} (${operation}) : base Firestore introuvable. Créez-la en mode natif (gcloud firestore databases create --location=eur3).`,
  firestoreAuth: (where, operation) =>
    `${where} (${operation}) : authentification Google refusée. Vérifiez les identifiants du compte de service.`,
  firestoreUnavailable: (where, operation, detail) =>
    `${where} (${operation}) : Firestore injoignable pour le moment (${detail}) ; nouvel essai au prochain passage.`,
  firestoreRefused: (where, operation, detail) =>
    `${where} (${operation}) : refusé par Firestore (${detail}).`,
  firestoreTooLarge: (name, mib, maxMillions) =>
    `${name} est trop volumineux pour Firestore (${mib} Mo de données, ${maxMillions} millions de caractères au plus) : réduisez la fiche concernée.`,
  notClaimed: (key, recipient) => `Envoi non réservé par cette exécution : ${key} → ${recipient}.`,
  myDriveRefused: (folderId, account) =>
    `Le dossier Drive ${folderId} n'est pas dans un Drive partagé : le compte de service ` +
    `${account} n'a pas d'espace de stockage à lui et ne peut pas y créer de fichier. ` +
    `Créez un dossier dans un Drive partagé (Google Workspace), ajoutez-y ${account} ` +
    'comme « Gestionnaire de contenu » et mettez son identifiant dans storage.output.folderId ; ' +
    'sans Google Workspace, gardez les fichiers sur une machine : storage.output: { kind: local, dir: … }.',
  // Google's refusals are said as when reading, the folder being the output one.
  driveOutputFailed: (problem, id, account, operation, tries, status, detail) =>
    cells.google({
      object: 'output',
      id,
      account,
      operation,
      problem: problem as GoogleProblem,
      tries,
      status,
      detail,
    }),
  driveNoId: (name) => `Drive n'a pas donné d'identifiant pour ${name}.`,
  runInProgress: (who, minutes, lockPlace) =>
    `Une autre exécution d'ogp-tracker utilise ce stockage (${who ?? 'inconnue'}) : rien n'a été lu ni envoyé, réessayez quand elle sera finie. ` +
    `Un verrou abandonné expire après ${minutes} minutes (${lockPlace}).`,
  lockHolder: (pid, host, since) => `processus ${pid} sur ${host}, depuis ${since} UTC`,
  writeFailed: (path) => `Écriture impossible de ${path}.`,
  outboxFailed: (folder) => `Écriture impossible dans la boîte d'envoi ${folder}.`,
  ledgerUnreadable: (path) => `Lecture impossible du registre des envois ${path}.`,
  ledgerUnwritable: (path) => `Écriture impossible du registre des envois ${path}.`,
  lockFailed: (location) => `Verrou impossible dans ${location}.`,
  masterFailed: (location) =>
    `Le classeur consolidé n'a pas pu être écrit dans ${location} (le précédent est intact).`,
  stateUnreadable: (path) => `Lecture impossible de l'état ${path}.`,

  oauthToken: 'Jeton OAuth 2.0 obtenu.',
  smtpChecked: (host, relay) =>
    `Serveur SMTP ${host} : connexion et ${relay ? 'session sans authentification (relais)' : 'authentification'} réussies.`,
  graphToken: (mailbox) => `Jeton Microsoft Graph obtenu pour la boîte ${mailbox}.`,
  googleToken: (mailbox) =>
    `Jeton Google obtenu pour la boîte ${mailbox} (délégation au niveau du domaine).`,
  outboxOnly: (folder) =>
    `Aucun serveur de courriel : les courriels sont écrits en fichiers .eml dans ${folder}.`,
  inboxFolderChecked: (dir, files) =>
    `Dossier de réception ${dir} : ${counted(files, 'fichier', 'fichiers')} .eml.`,
  gmailChecked: (mailbox, messages) =>
    `Boîte Gmail ${mailbox} : accès réussi, ${counted(messages, 'message', 'messages')}.`,
  graphChecked: (mailbox, messages) =>
    `Boîte Graph ${mailbox} : accès réussi, ${counted(messages, 'message', 'messages')} dans la boîte de réception.`,
  imapChecked: (location, messages) =>
    `Boîte IMAP ${location} : connexion réussie, ${counted(messages, 'message', 'messages')} dans le dossier.`,
  noMailKey: "la configuration n'a pas de clé mail",
  addMailKey: 'ajoutez mail: { from: … } à committee.yaml',
  accepted: 'accepté',
  testSubject: (committee) => `Courriel de test — ${committee}`,
  testBody: (day, time, committee, transport) =>
    `Ce courriel de test a été envoyé le ${day} à ${time} (UTC) par ogp-tracker pour le ${committee}, ` +
    `avec le transport « ${transport} ». Les relances, retours et rapports partiront par le même chemin.`,

  checkFolder: 'vérification du dossier',
  writing: (name) => `écriture de ${name}`,
  reading: (name) => `lecture de ${name}`,
  masterVersions: 'versions du classeur',
  readingLedger: 'lecture du registre des envois',
  claiming: (key, recipient) => `réservation de l'envoi ${key} → ${recipient}`,
  recording: (key, recipient) => `enregistrement de l'envoi ${key} → ${recipient}`,
  takingLease: 'prise du bail d’exécution',
  releasingLease: 'libération du bail d’exécution',
  readingConfig: 'lecture de la configuration',
  writingConfig: 'écriture de la configuration',
};
