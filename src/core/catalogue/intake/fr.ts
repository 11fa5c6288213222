/** The intake's notes in French. */
import type { IntakeWords } from '../intake-shape.js';

export const intake: IntakeWords = {
  noTrustedHeader: (servers, seen) =>
    `aucun en-tête Authentication-Results de ${servers}` +
    (seen
      ? ` ; le premier est de ${seen} : si c'est le serveur de réception du secrétariat, écrivez « authservId: ${seen} » sous intake: dans committee.yaml`
      : ''),
  unreadableHeader: (server) => `en-tête Authentication-Results de ${server} illisible`,
  unnamedServer: 'un serveur sans nom',
  severalTrusted: (server) =>
    `plusieurs en-têtes Authentication-Results se disent de ${server} : l'un a été ajouté en chemin`,
  trustedBelow: (server, above) =>
    `l'en-tête Authentication-Results de ${server} est sous un autre, de ${above}, ajouté en chemin`,
  untrustedFailed: (server, why) => `${why}, selon un en-tête de ${server}, serveur non reconnu`,
  noDmarcResult: (from, results) =>
    `aucun résultat DMARC pour ${from} (${results ?? 'aucun résultat'})`,
  severalDmarc: (from) => `plusieurs résultats DMARC pour ${from}`,
  noServerNamed:
    "aucun serveur de réception nommé (intake.authservId) : un expéditeur contrefait ne s'y distingue pas",
  unauthenticated: (why) => `non authentifié : ${why}`,
  forgedSenders:
    "le serveur de réception du secrétariat n'est pas nommé (intake.authservId) : un expéditeur contrefait ne se distingue pas d'un vrai, et les fiches reçues sont classées « non authentifiées » (un échec DMARC les retient). Pour le nommer : ouvrez un courriel reçu dans la boîte du secrétariat, affichez sa source (« Afficher l'original » dans Gmail, « Afficher la source » dans Outlook) ; le premier mot après « Authentication-Results: » est son nom. Écrivez-le dans committee.yaml, par exemple « intake: { kind: imap, authservId: mx.ministere.ma } ».",
  noSenderAddress: 'expéditeur sans adresse',
  dmarcOtherDomain: (said, from) => `dmarc=pass pour ${said}, pas pour ${from}`,
  dmarcFailed: (result, from) => `dmarc=${result} pour ${from}`,
  unaligned: (from, results) =>
    `${from} sans DMARC, et ni SPF ni DKIM alignés (${results ?? 'aucun résultat'})`,
  spfAligned: 'spf=pass, aligné (pas de DMARC)',
  dkimAligned: 'dkim=pass, aligné (pas de DMARC)',
  emptyReturnPath: 'Return-Path vide',
  deliveryReport: (type) => `rapport de remise ou de lecture (${type})`,
  mailingList: (header) => `liste de diffusion (${header})`,
  autoReply: (subject) => `réponse automatique (« ${subject} »)`,
  bounceSender: (address) => `envoyé par un serveur de messagerie (${address})`,
  answerSuppressed: (reason) =>
    `sans réponse : l'expéditeur demande qu'on ne lui réponde pas automatiquement (${reason})`,
  notWorkingDay: (day, from, to) =>
    `jour non ouvré (${day}) : la boîte est lue les jours ouvrés, de ${from} à ${to}.`,
  outsideHours: (clock, from, to) =>
    `hors des heures de lecture (${clock}) : la boîte est lue de ${from} à ${to}, les jours ouvrés.`,
  storageBusy: 'une autre exécution utilise le stockage : la suivante lira la boîte.',
  ours: 'notre propre courriel',
  automatic: (reason) => `courriel automatique (${reason})`,
  unknownSender: (from) => `${from} n'est ni point focal, ni suppléant, ni du secrétariat`,
  noSender: 'sans expéditeur',
  notAuthenticated: (why) => `non authentifié par le serveur du secrétariat : ${why}`,
  removedBeforeAnswer: 'retiré de la boîte avant sa réponse',
  /* Messages that cannot be read, set aside. */
  notEml: (names) =>
    `Dans le dossier de réception, ${names} n'${names.includes(',') ? 'ont' : 'a'} pas été lu : seuls les courriels enregistrés au format .eml le sont (dans Outlook : Fichier > Enregistrer sous > « Format MIME / .eml », ou glissez le message vers un dossier depuis Thunderbird).`,
  setAsideFolder: 'non lu par ogp-tracker',
  defect: (d) => {
    switch (d.kind) {
      case 'too-many-parts':
        return `message de ${d.found} parties MIME, au-delà des ${d.limit} que nous lisons`;
      case 'text-too-large':
        return `plus de ${Math.round(d.limit / 1024 / 1024)} Mo de texte hors pièces jointes`;
      case 'too-deep':
        return `parties MIME imbriquées sur plus de ${d.limit} niveaux`;
      case 'headers-too-large':
        return `en-têtes de plus de ${Math.round(d.limit / 1024)} Kio`;
      case 'malformed':
        return 'structure MIME illisible';
      case 'failed':
        return `lecture échouée ${d.tries} fois (${d.detail})`;
    }
  },
  setAside: (why) => `mis de côté sans être lu : ${why}`,
  duplicateId: (at) =>
    `même Message-ID qu'un message déjà traité le ${at}, mais d'un autre contenu : retenu`,
  runStopped: 'la lecture a arrêté l’exécution (mémoire ou temps épuisés)',
  noWorkbook: 'aucune fiche jointe',
  refusals: {
    'other-commitment': "fiche d'un autre engagement",
    'unknown-commitment': "sans numéro d'engagement du comité",
    'other-spreadsheet': 'pas au format .xlsx',
    unreadable: 'classeur illisible',
    'untouched-template': 'modèle non rempli',
    'file-too-large': 'fichier trop volumineux',
    'message-too-large': 'message trop volumineux',
    'too-many-files': 'trop de classeurs',
    'message-unreadable': 'message illisible',
    'too-large-to-keep': 'trop volumineux pour être conservé',
    'forwarded-message': 'message transféré (non ouvert)',
  },
};
