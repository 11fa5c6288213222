/** The validator's words in French. */
import { formatFrenchDate } from '../../calendar-date.js';
import { counted, decimalComma, plural, quote } from '../../text.js';
import type { CellWords } from '../cell-shape.js';
import type { GoogleFailure, ReadFailure } from '../../read-failure.js';

const DATE_EXPECTED = 'attendu une date jour/mois/année, par exemple 09/01/2019';

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
const count = (n: number) => new Intl.NumberFormat('fr').format(n);
const RESAVE = 'ouvrez-le puis enregistrez-le à nouveau au format .xlsx';

/** Why a file is not a workbook we can read, and what to do. */
function unreadableReason(f: ReadFailure): string {
  switch (f.kind) {
    case 'google':
      return googleReason(f);
    case 'directory':
      return "c'est un dossier, pas un fichier .xlsx.";
    case 'missing':
      return 'fichier introuvable.';
    case 'io':
      return `lecture impossible (${f.detail}).`;
    case 'too-large':
      return `fichier trop volumineux (${mib(f.size)} Mo, ${mib(f.limit)} Mo au plus) : retirez les images ou les lignes inutiles.`;
    case 'too-large-unpacked':
      return `le contenu décompressé dépasserait ${mib(f.size)} Mo (${mib(f.limit)} Mo au plus) : archive piégée ou beaucoup trop volumineuse.`;
    case 'empty':
      return 'le fichier est vide (0 octet).';
    case 'empty-archive':
      return "l'archive est vide : ce n'est pas un classeur Excel.";
    case 'password':
    case 'encrypted':
      return 'le classeur est protégé par un mot de passe : enregistrez-le sans mot de passe (Fichier > Informations > Protéger le classeur).';
    case 'xls':
      return "c'est un ancien classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx.";
    case 'html':
      return "c'est une page HTML, pas un classeur .xlsx (téléchargez le fichier lui-même, pas la page de partage).";
    case 'pdf':
      return "c'est un document PDF, pas un classeur .xlsx.";
    case 'xml':
      return "c'est un fichier XML, pas un classeur .xlsx.";
    case 'csv':
      return "c'est un fichier texte (CSV), pas un classeur .xlsx : ouvrez-le et enregistrez-le au format .xlsx.";
    case 'ods':
      return "c'est un document OpenDocument (.ods) : enregistrez-le au format Excel .xlsx.";
    case 'not-xlsx':
      return "ce n'est pas un classeur .xlsx (contenu non reconnu).";
    case 'zip64':
      return "archive ZIP64 (plus de 4 Go ou de 65 535 éléments) : ce n'est pas une fiche de suivi.";
    case 'no-workbook':
      return "l'archive ne contient pas de classeur : ce n'est pas un fichier Excel.";
    case 'no-sheet':
      return `le classeur ne contient aucune feuille de calcul : ${RESAVE}.`;
    case 'corrupt':
      return `le classeur est corrompu ou incomplet${f.part ? ` (${f.part})` : ''} : ${RESAVE}.`;
    case 'bomb':
      return `l'élément ${f.part} se décompresse au-delà de la taille annoncée (archive piégée).`;
    case 'compression':
      return `méthode de compression ${f.method} non prise en charge : ${RESAVE}.`;
    case 'dtd':
      return `${f.part} déclare une DTD : contenu refusé.`;
    case 'too-many-rows':
      return `la feuille « ${f.sheet} » dépasse ${count(f.limit)} lignes : supprimez les lignes inutiles.`;
    case 'too-many-columns':
      return `la feuille « ${f.sheet} » dépasse ${count(f.limit)} colonnes : supprimez les colonnes inutiles.`;
    case 'too-many-cells':
      return `le classeur a plus de ${count(f.limit)} cellules remplies : retirez les lignes et les colonnes inutiles.`;
    case 'text-too-long':
      return `${f.sheet ? `une cellule de « ${f.sheet} »` : 'un texte'} dépasse ${count(f.limit)} caractères (la limite d'une cellule Excel).`;
    case 'too-many-strings':
      return `le classeur contient plus de ${count(f.limit)} textes différents (${count(f.limit)} au plus) : supprimez les feuilles et les lignes inutiles, ou recopiez les données dans le modèle.`;
    case 'too-much-text':
      return `le classeur contient plus de ${count(f.limit)} caractères de texte (${count(f.limit)} au plus) : raccourcissez les textes longs ou supprimez les feuilles inutiles.`;
    case 'too-many-elements':
      return `classeur trop volumineux une fois décompressé (plus de ${count(f.limit)} éléments XML, ${count(f.limit)} au plus, atteints dans ${f.part}) : supprimez les lignes, les colonnes et les mises en forme inutiles, ou recopiez les données dans le modèle.`;
    case 'too-deep':
      return `structure anormale dans ${f.part} (plus de ${count(f.limit)} niveaux d'éléments imbriqués, ${count(f.limit)} au plus) : archive piégée ou endommagée ; ${RESAVE}.`;
    case 'tag-too-long':
      return `balise anormale dans ${f.part} (plus de ${count(f.limit)} caractères, ${count(f.limit)} au plus) : archive piégée ou endommagée ; ${RESAVE}.`;
    case 'too-many-links':
      return `la feuille « ${f.sheet} » a plus de ${count(f.limit)} liens hypertexte (${count(f.limit)} au plus) : supprimez les liens inutiles.`;
    case 'too-many-sheets':
      return `le classeur a ${count(f.count)} feuilles (${count(f.limit)} au plus) : supprimez les feuilles inutiles.`;
    case 'too-many-parts':
      return `l'archive contient ${count(f.count)} éléments internes (${count(f.limit)} au plus) : ce n'est pas une fiche de suivi ; repartez du modèle.`;
    case 'too-many-styles':
      return `le classeur définit plus de ${count(f.limit)} styles de cellule (${count(f.limit)} au plus) : recopiez les données dans le modèle (Collage spécial > Valeurs).`;
  }
}

const GOOGLE_NAMES = {
  sheet: 'La feuille Google',
  file: 'Le fichier Drive',
  folder: 'Le dossier Drive',
  output: 'Le dossier de sortie Drive',
} as const;

/** Why Google would not give an object, and what to do (« partagez-la avec … »). */
function googleReason(f: GoogleFailure): string {
  const what = `${GOOGLE_NAMES[f.object]} ${f.id}${f.operation ? ` (${f.operation})` : ''}`;
  const [e, it] = f.object === 'sheet' ? ['e', 'la'] : ['', 'le'];
  const role = f.object === 'output' ? 'comme « Gestionnaire de contenu »' : 'lecture seule suffit';
  const tries = counted(f.tries, 'tentative', 'tentatives');
  switch (f.problem) {
    case 'not-a-file':
      return `${what} est une feuille Google, pas un fichier .xlsx : déclarez-la avec source: { kind: google-sheet, spreadsheetId: … }.`;
    case 'not-shared':
      return `${what} n'est pas partagé${e} avec ${f.account} : partagez-${it} avec cette adresse (${role}).`;
    case 'not-found':
      return `${what} est introuvable, ou pas partagé${e} avec ${f.account} : vérifiez son identifiant et partagez-${it} avec cette adresse.`;
    case 'quota':
      return `${what} : quota de requêtes Google dépassé après ${tries} ; nouvel essai au prochain passage.`;
    case 'denied':
      return `${what} : accès refusé. Partagez-${it} avec ${f.account} (${role}).`;
    case 'gone':
      return `${what} : introuvable. Vérifiez son identifiant et partagez-${it} avec ${f.account}.`;
    case 'auth':
      return `${what} : authentification Google refusée. Vérifiez les identifiants du compte de service (GOOGLE_APPLICATION_CREDENTIALS).`;
    case 'unreachable':
      return `${what} : Google injoignable après ${tries} (${f.detail}).`;
    case 'unavailable':
      return `${what} : Google indisponible (HTTP ${f.status}) après ${tries} ; nouvel essai au prochain passage.`;
    case 'refused':
      return `${what} : refusé${e} par Google (HTTP ${f.status} : ${f.detail}).`;
    case 'failed':
      return `${what} : lecture impossible (${f.detail}).`;
  }
}

export const cells: CellWords = {
  unreadablePrefix: 'Fichier illisible : ',
  // Google's refusals name their object: they need no « file unreadable » before them.
  unreadable: (f) =>
    f.kind === 'google' ? googleReason(f) : `Fichier illisible : ${unreadableReason(f)}`,
  unreadableReason,
  google: googleReason,
  templateAgain: (date) =>
    `Le fichier est redevenu le modèle vierge : les données de la fiche du ${date} sont conservées. Renvoyez la fiche remplie.`,
  fileMissing: (file, near) =>
    `Fichier introuvable : ${file}${near ? ` — vouliez-vous dire ${near} ?` : ''}`,

  quote,
  // « I5 (Budget en MAD) », never « I5 (Budget (MAD)) »: no parenthesis inside another.
  cell: (address, label) =>
    `${address} (${label.replace(/ \((.+)\)$/, (_, unit: string) =>
      unit === '%' || /^[A-Z]{3}$/.test(unit) ? ` en ${unit}` : `, ${unit}`,
    )})`,
  number: decimalComma,
  date: formatFrenchDate,
  colon: ' : ',

  invalidDate: `date invalide : ${DATE_EXPECTED}`,
  notADate: (q) => `${q} n'est pas une date : ${DATE_EXPECTED}`,
  implausibleDate: (q) => `${q} ne correspond pas à une date plausible : ${DATE_EXPECTED}`,
  unknownMonth: (q) => `mois inconnu dans ${q} : ${DATE_EXPECTED}`,
  noDay: (q) => `${q} n'indique pas le jour : ${DATE_EXPECTED}`,
  noYear: (q) => `${q} n'indique pas l'année : ${DATE_EXPECTED}`,
  unreadableDate: (q) => `${q} n'est pas une date lisible : ${DATE_EXPECTED}`,
  noSuchDay: (q) => `${q} n'existe pas au calendrier : ${DATE_EXPECTED}`,
  notFinite: (q) => `${q} n'est pas un nombre fini`,
  dateForNumber: 'une date a été saisie là où un nombre est attendu',
  notANumber: (q) => `${q} n'est pas un nombre : attendu par exemple 1 234,5`,
  notAPercent: (q) => `${q} n'est pas un pourcentage : attendu par exemple 45 ou 45 %`,
  notAChoice: (q, options, suggestion) =>
    `${q} n'est pas une valeur admise : ${options ? `attendu l'une des valeurs : ${options.join(', ')}` : 'attendu une valeur de la liste déroulante'}.` +
    (suggestion ? ` Vouliez-vous dire ${suggestion} ?` : ''),
  notYesNo: (q) => `${q} n'est pas une réponse admise : attendu Oui ou Non`,
  urlWithSpaces: (q) => `${q} n'est pas un lien : il contient des espaces ou des sauts de ligne`,
  urlIncomplete: (q, suggestion) =>
    `${q} n'est pas un lien complet : ajoutez https:// (${suggestion})`,
  notAUrl: (q) => `${q} n'est pas un lien http(s) : attendu par exemple https://exemple.ma/page`,
  notAnEmail: (q) =>
    `${q} n'est pas une adresse email : attendu par exemple prenom.nom@institution.ma`,

  formulaWithoutValue: (formula, error) =>
    `${formula !== undefined ? `la formule =${formula}` : 'la cellule'} ` +
    `${error !== undefined ? `renvoie l'erreur ${error}` : "n'a pas de valeur calculée"} : ` +
    'saisissez la valeur elle-même, ou recalculez et enregistrez le fichier.',
  required: 'valeur obligatoire manquante.',
  formulaText: (q) =>
    `le texte ${q} commence par = + - ou @ : il est conservé comme texte simple, jamais exécuté.`,
  bidiText: (q) =>
    `le texte ${q} contient un caractère invisible qui inverse son affichage (U+202D ou ` +
    'U+202E) : il est retiré dans le classeur consolidé et les courriels.',
  tooLong: (length, max) => `${length} caractères : ${max} au plus.`,
  outOfRange: (value, min, max) =>
    `${value} est hors limites : attendu ${max === undefined ? `un nombre ≥ ${min}` : `un nombre de ${min ?? '…'} à ${max}`}.`,

  sheetMissing: (sheet) =>
    `La feuille ${sheet} est absente du classeur : repartez du modèle fourni par le secrétariat.`,
  emptySubmission: (actions, milestones) =>
    'La fiche ne contient aucune action de communication ni aucun jalon renseigné : remplissez ' +
    `au moins une ligne de la feuille ${actions}, ou l'avancement d'un jalon de la feuille ${milestones}.`,
  milestoneMissing: (title, end, sheet) =>
    `Le jalon ${title} (échéance du ${end}), prévu au plan d'action, manque dans la feuille ` +
    `${sheet} : ajoutez-le avec son avancement.`,
  labelMissing: (label, sheet) =>
    `La ligne ${label} est absente de la feuille ${sheet} : rétablissez-la (libellé en colonne A, valeur en colonne B).`,
  updatedInFuture: (date, today) =>
    `le ${date} est dans le futur (nous sommes le ${today}) : indiquez le jour où vous avez ` +
    'mis la fiche à jour, au format jj/mm/aaaa.',
  commitmentNumber: 'N° engagement',
  notACommitmentNumber: "attendu un numéro d'engagement entier, par exemple 7.",
  commitmentMismatch: (value, expected) =>
    `la fiche porte le n° ${value} alors qu'elle est la source de l'engagement n° ${expected} : ` +
    'corrigez le numéro ou envoyez le bon fichier.',
  unknownCommitment: (value, known) =>
    `le comité n'a pas d'engagement n° ${value} (engagements configurés : ${known}).`,
  columnUnknown: (at, header) =>
    `${at} : la colonne ${header} ne fait pas partie du modèle : son contenu n'est pas repris dans le suivi.`,
  columnDuplicate: (at, header, first) =>
    `${at} : la colonne ${header} figure deux fois (déjà en ${first}) : supprimez ou renommez l'une des deux.`,
  columnMissing: (header, sheet, row) =>
    `La colonne ${header} est absente de la feuille ${sheet} (ligne d'en-tête ${row}) : rétablissez-la, même vide.`,
  percentAmbiguous: (shown, meant) =>
    `lu comme ${shown} % — vouliez-vous dire ${meant} % ? Saisissez ${meant} (ou ${meant} %) si c'est le cas.`,
  duplicateRef: (ref, first) =>
    `la référence ${ref} est déjà utilisée en ${first} : chaque ligne doit avoir sa propre référence.`,
  outsidePlan: (date, start, end) =>
    `le ${date} est hors de la période du plan d'action (du ${start} au ${end}).`,
  doneInFuture: (date, today) =>
    `le ${date} est dans le futur (nous sommes le ${today}) : une action ne peut être réalisée qu'à une date passée.`,
  doneDateRequired: (done) => `obligatoire quand le statut est « ${done} ».`,
  resultMissing: (done, indicator) =>
    `l'action est « ${done} » : indiquez la valeur atteinte de l'indicateur${indicator ? ` (${indicator})` : ''}.`,
  indicatorMismatch: (type, expected, actual) =>
    `l'indicateur unifié du type ${type} est ${expected}, pas ${actual}.`,
  missingHashtag: (type, missing) =>
    `le type ${type} exige les hashtags de la charte : il manque ${missing}.`,
  logoNotUsed: (logo, type) =>
    `action réalisée sans le ${logo}, que la charte demande pour le type ${type}.`,
  actionEvidenceMissing: 'action réalisée sans lien justificatif (article, publication, rapport…).',
  dateOrder: (end, start) => `la date de fin (${end}) précède la date de début (${start}).`,
  milestoneLate: (end, progress) =>
    `l'échéance du ${end} est passée et le jalon n'est pas achevé${progress === null ? '' : ` (${progress} %)`}.`,
  progressInconsistent: (progress, level) =>
    `un avancement de ${progress} % ne correspond pas au niveau ${level} : mettez les deux en accord.`,
  milestoneEvidenceMissing: 'jalon achevé sans lien justificatif.',
  tooManyIssues: (omitted, kept) =>
    `${count(omitted)} ${plural('fr', omitted, { one: 'autre anomalie non listée', other: 'autres anomalies non listées' })} ` +
    `(seules les ${count(kept)} premières de chaque feuille le sont) : corrigez d'abord celles-ci, ` +
    'la plupart se répètent sur chaque ligne, puis renvoyez la fiche.',
};
