/** The configuration's problems in French. */
import { counted } from '../../text.js';
import type { ConfigWords } from '../config-shape.js';

export const config: ConfigWords = {
  labels: { configuration: 'Configuration', deployment: 'Déploiement' },
  fileNotFound: (label, file) => `${label} ${file} : fichier introuvable.`,
  fileUnreadable: (label, file) => `${label} ${file} : lecture impossible.`,
  yamlInvalid: (label, file) => `${label} ${file} : syntaxe YAML invalide.`,
  problems: (label, file, count) =>
    `${label} ${file} : ${counted(count, 'problème', 'problèmes')} à corriger.`,
  problemAt: (where, path, message) => `${where} : ${path} — ${message}`,
  yamlUnreadable: (where, reason) => `${where} : YAML illisible — ${reason}`,
  yamlErrors: {
    BAD_INDENT:
      'indentation incorrecte : les éléments d’une même liste ou d’un même objet commencent ' +
      'à la même colonne, et une liste entre crochets se ferme par ]',
    TAB_AS_INDENT: 'une tabulation sert d’indentation : indentez avec des espaces',
    DUPLICATE_KEY: 'cette clé est déjà donnée plus haut au même niveau : gardez-en une seule',
    MISSING_CHAR: 'un guillemet, un crochet ou une accolade n’est pas refermé',
    BAD_DQ_ESCAPE:
      'séquence d’échappement inconnue entre guillemets doubles (écrivez \\\\ pour une ' +
      'barre oblique inverse, ou utilisez des guillemets simples)',
    BLOCK_AS_IMPLICIT_KEY:
      'deux « : » sur une même ligne : mettez la valeur entre guillemets si elle contient « : »',
    MULTILINE_IMPLICIT_KEY: 'une clé ne peut pas s’étendre sur plusieurs lignes',
    UNEXPECTED_TOKEN: 'contenu inattendu à cet endroit (indentation, ou « - » et « : » mélangés)',
    BAD_SCALAR_START:
      'une valeur ne peut pas commencer par ce caractère : mettez-la entre guillemets',
    BLOCK_IN_FLOW:
      'une liste ou un objet sur plusieurs lignes ne peut pas être dans des crochets ou des accolades',
    MULTIPLE_DOCS: 'le fichier contient plusieurs documents (« --- ») : un seul est attendu',
    KEY_OVER_1024_CHARS: 'clé trop longue (plus de 1024 caractères)',
    BAD_ALIAS: 'alias (*nom) invalide',
    TAG_RESOLVE_FAILED: 'valeur typée (!!…) invalide',
  },
  yamlOther: (code, detail) => `syntaxe invalide (${code} : ${detail})`,
  root: '(racine)',

  unknownKey: (near) => `clé inconnue${near ? ` : vouliez-vous dire ${near} ?` : ''}`,
  missingKey: (expected) => `clé obligatoire absente (${expected} attendu)`,
  expected: (expected) => `${expected} attendu`,
  oneOf: (values) => `valeur attendue : ${values}`,
  typeNames: {
    string: 'texte',
    number: 'nombre',
    boolean: 'true ou false',
    array: 'liste',
    object: 'objet (clés et valeurs)',
    int: 'nombre entier',
  },

  isoDate: 'date attendue au format AAAA-MM-JJ',
  isoDateReal: 'date attendue au format AAAA-MM-JJ (un jour qui existe)',
  time: 'heure attendue au format HH:MM',
  timeExample: 'heure attendue au format HH:MM, par exemple 09:00',
  hour: 'heure attendue, par exemple 08:00',
  hourExample: 'heure attendue au format HH:MM, par exemple 08:00',
  hoursOrder: "l'heure de début doit précéder l'heure de fin",
  email: 'adresse email attendue',
  emailExample: 'adresse email attendue, par exemple prenom.nom@institution.ma',
  text: 'texte attendu',
  textNonEmpty: 'texte non vide attendu',
  oneLine: 'texte sur une seule ligne attendu, sans retour à la ligne ni caractère de contrôle',
  sender: 'expéditeur attendu : adresse@domaine ou Nom <adresse@domaine>',
  timeZone: 'fuseau horaire IANA attendu',
  timeZoneUnknown: 'fuseau horaire IANA inconnu (par exemple Africa/Casablanca)',
  locale: 'langue attendue : fr, en, ar, es ou pt',
  source: 'source attendue : { kind: xlsx, path: … } ou { kind: google-sheet, spreadsheetId: … }',
  https: 'adresse https attendue',
  httpsExample: 'adresse http(s) attendue, par exemple https://login.microsoftonline.com',
  port: 'numéro de port attendu',
  provider: 'fournisseur attendu : { kind: microsoft, tenant, clientId } ou { kind: google }',
  transport: (kinds) => `transport attendu : kind parmi ${kinds}`,
  authPolicy: 'valeur attendue : required ou when-present',
  authservId:
    "nom du serveur de réception attendu, tel qu'il signe ses en-têtes Authentication-Results (par exemple mx.google.com), ou une liste de noms",
  authservIdRequired:
    "avec authentication: required, nommez le serveur de réception du secrétariat (authservId, le premier mot de ses en-têtes Authentication-Results, par exemple mx.example.org) : sans lui, aucun verdict n'est fiable et tout message serait retenu",
  mailbox: (kinds) => `boîte attendue : kind parmi ${kinds}`,
  oauthNeedsHost:
    'avec un fournisseur OAuth 2.0, host et user sont requis (la boîte et son serveur)',
  commitmentId: "numéro d'engagement attendu (entier)",
  commitmentIdPositive: "numéro d'engagement attendu (entier positif)",
  level: (levels) => `niveau attendu : ${levels}`,
  milestones: 'liste de jalons attendue : [{ title, start?, end }]',
  workingDays: 'nombre de jours ouvrés ≥ 0',
  campaign:
    'campagne attendue : { id, title, due: AAAA-MM-JJ } ou { id, title, dueBeforeEachMeeting: N }',
  days: 'nombre de jours attendu',
  wholeDays: 'nombre entier de jours attendu',
  integer: 'nombre entier attendu',
  atLeast: (minimum) => `nombre ≥ ${minimum} attendu`,
  positive: 'nombre > 0 attendu',
  driveRevisions: 'Drive garde au plus 200 versions par fichier',
  prefix: 'minuscules, chiffres et tirets, par exemple maroc-2019',
  state: 'état attendu : { kind: firestore, prefix: … } ou { kind: local, dir: … }',
  output: 'sortie attendue : { kind: drive, folderId: … } ou { kind: local, dir: … }',
  storage: 'stockage attendu : { kind: local, dir: … } ou { state: …, output: … }',
  driveState:
    "storage: { kind: drive } n'est plus accepté : un compte de service n'a pas d'espace " +
    "de stockage Drive et ne peut pas y créer l'état des exécutions. " +
    'Écrivez storage: { state: { kind: firestore, prefix: mon-comite }, output: { kind: ' +
    'drive, folderId: … } } (dossier d’un Drive partagé), ' +
    'ou storage: { kind: local, dir: … } sur une machine.',
  daySpan: 'date AAAA-MM-JJ ou période AAAA-MM-JJ/AAAA-MM-JJ attendue',
  daySpanExample: (text) =>
    `${text} : date AAAA-MM-JJ ou période AAAA-MM-JJ/AAAA-MM-JJ attendue (par exemple 2019-06-05/2019-06-06)`,
  daySpanTooLong: (text) =>
    `${text} : une période va d'une date à une date qui la suit, sur 31 jours au plus`,
  holiday:
    'jour férié attendu : 2019-06-05, 2019-06-05/2019-06-06 ou { date: 2019-06-05, name: Aïd al-Fitr }',
  country:
    'code pays ISO 3166-1 attendu, par exemple MA, ou BR-SP pour un État (BR-SP-SP pour sa ville)',
  countryExample:
    'code pays ISO 3166-1 attendu, par exemple MA, MX, ou BR-SP pour un État (BR-SP-SP pour sa ville)',
  countryUnknown: 'code pays ISO 3166-1 inconnu (par exemple MA, MX, JO, BR)',
  noSubdivisions: (country) =>
    `pas de jours fériés connus pour ${country}, ni donc pour ses subdivisions : écrivez country: ${country} et donnez les jours fériés dans holidays.add`,
  unknownSubdivision: (subdivision, country, near, known) =>
    `subdivision ${subdivision} inconnue pour ${country}` +
    (near ? ` : vouliez-vous dire ${country}-${near} ?` : '') +
    ` (connues : ${known || 'aucune'})`,
  unknownRegion: (region, state, near, known) =>
    `ville ou région ${region} inconnue pour ${state} : écrivez ${state} (ses jours fériés)` +
    (near ? ` ou vouliez-vous dire ${state}-${near} ?` : '') +
    ` (connues : ${known || 'aucune'})`,
  holidayType: (near, types) =>
    `type de jour férié inconnu` +
    (near ? ` : vouliez-vous dire ${near} ?` : '') +
    ` (types : ${types})`,
  holidayTypes: (types) =>
    `liste des types de jours fériés chômés attendue, par exemple [public, bank] (types : ${types})`,
  currency: 'code de monnaie ISO 4217 attendu, par exemple MAD',
  currencyExample: 'code de monnaie ISO 4217 attendu, par exemple MAD, MXN',
  currencyUnknown: 'code de monnaie ISO 4217 inconnu (par exemple MAD, MXN, JOD, BRL)',
  noCurrency: (country) =>
    `monnaie de ${country} inconnue : indiquez-la (code ISO 4217, par exemple MAD)`,
  boolean: 'true ou false attendu',
  weekday: 'jour ISO attendu : 1 (lundi) à 7 (dimanche)',
  weekendDays: 'un ou deux jours attendus, par exemple [5, 6] pour vendredi et samedi',
  dayTwice: 'jour donné deux fois',
  oneEmail: 'au moins une adresse email',
  planOrder: 'la fin du plan précède son début',
  oneCommitment: 'au moins un engagement',
  hashtag: 'hashtag attendu, par exemple #OGPMaroc',
  oneActionType: "au moins un type d'action",
  dateSource: 'valeur attendue : modified ou declared',
  idTaken: (id, first) => `numéro ${id} déjà utilisé par commitments[${first}]`,
  endBeforeStart: (end, start) => `la fin (${end}) précède le début (${start})`,
  typeTwice: (name) => `type d'action « ${name} » déjà défini`,

  refusedSubject: (committee) => `Configuration refusée — ${committee}`,
  refusedIntro: (file, count) =>
    `La configuration envoyée (${file}) n'est pas appliquée : ${counted(count, 'problème', 'problèmes')} à corriger.`,
  refusedKept:
    'La dernière configuration valide reste en service : les envois continuent comme avant.',
  refusedFix:
    'Corrigez le fichier, puis renvoyez-le : ogp-tracker config push --config committee.yaml',
};
