/** The validator's words in French. */
import { formatFrenchDate } from '../../calendar-date.js';
import { decimalComma, quote } from '../../text.js';
import type { CellWords } from '../cell-shape.js';

const DATE_EXPECTED = 'attendu une date jour/mois/année, par exemple 09/01/2019';

export const cells: CellWords = {
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
};
