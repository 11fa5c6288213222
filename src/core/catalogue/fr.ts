/** French, the committee’s language by default. */
import { failureReason } from '../failure-message.js';
import { render } from './render.js';
import { intake } from './intake/fr.js';
import { counted, decimalComma } from '../text.js';
import { formatFrenchDate } from '../calendar-date.js';
import { COMPLETION_RULE } from '../completion.js';
import {
  countryName,
  holidaySpan,
  type Catalogue,
  type EmailStrings,
  type MasterWords,
  type OpenDataWords,
  type PageWords,
  type ReportStrings,
} from './shape.js';

function frErrors(n: number): string {
  return counted(n, 'erreur', 'erreurs');
}

const email: EmailStrings = {
  dir: 'ltr',
  hello: (name) => `Bonjour ${name},`,
  signature: (committee) => `Le secrétariat du ${committee}`,
  commitment: (id, title) => `engagement n° ${id} « ${title} »`,
  reminderSubject: (c) => {
    const due = formatFrenchDate(c.round.due);
    if (c.received) {
      return (
        `Fiche reçue, ${frErrors(c.errors.length)} à corriger — engagement n° ${c.commitment.id}, ` +
        `${c.type === 'overdue' ? `échéance du ${due} dépassée` : `échéance le ${due}`}`
      );
    }
    return c.type === 'overdue'
      ? `Relance : fiche en retard — engagement n° ${c.commitment.id} (échéance du ${due})`
      : `Rappel : ${c.round.title} — engagement n° ${c.commitment.id}, échéance le ${due}`;
  },
  reminderIntro: (c) => {
    const state = c.received
      ? `Nous avons bien reçu la nouvelle version de votre fiche (${counted(c.received.actions, 'action', 'actions')} ` +
        `de communication, ${counted(c.received.milestones, 'jalon', 'jalons')}), mais elle doit être corrigée.`
      : c.status === 'to-fix'
        ? 'Votre fiche a été reçue mais doit être corrigée.'
        : c.status === 'to-update' && c.lastUpdate
          ? `Votre dernière fiche date du ${formatFrenchDate(c.lastUpdate)} : elle n'a pas encore été mise à jour pour cette échéance.`
          : c.heldOn
            ? `Votre courriel du ${formatFrenchDate(c.heldOn)} n'a pas encore pu être enregistré : le serveur du secrétariat n'en a pas authentifié l'expéditeur, et le secrétariat le vérifie.`
            : "Nous n'avons pas encore reçu votre fiche.";
    const when =
      c.type === 'overdue'
        ? `L'échéance du ${formatFrenchDate(c.round.due)} est dépassée de ${counted(-c.daysLeft, 'jour', 'jours')}.`
        : c.daysLeft === 0
          ? `L'échéance est aujourd'hui, le ${formatFrenchDate(c.round.due)}.`
          : `L'échéance est le ${formatFrenchDate(c.round.due)}, dans ${counted(c.daysLeft, 'jour', 'jours')}.`;
    return `${c.round.title} — ${email.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  reminderExpected: (c) => {
    const what =
      c.status === 'to-fix'
        ? 'la fiche corrigée'
        : "la fiche à jour, avec vos actions de communication et l'avancement de chaque jalon";
    return c.type === 'overdue'
      ? `Attendu dès que possible : ${what}.`
      : `Attendu au plus tard le ${formatFrenchDate(c.round.due)} : ${what}.`;
  },
  templateAttached:
    'Votre fiche pré-remplie est jointe à ce courriel : complétez-la (le « Mode d’emploi » est sa première feuille).',
  fillIn: 'Votre fiche :',
  sendBack: 'Renvoyez la fiche complétée (.xlsx) en réponse à ce courriel.',
  errorsTitle: (n, byCell) => `${frErrors(n)} à corriger${byCell ? ', cellule par cellule' : ''} :`,
  more: (n) => `… et ${counted(n, 'autre erreur', 'autres erreurs')}.`,
  moreWarnings: (n) => `… et ${counted(n, 'autre avertissement', 'autres avertissements')}.`,
  feedbackSubject: (c) =>
    c.errors.length > 0
      ? `Fiche reçue, ${frErrors(c.errors.length)} à corriger — engagement n° ${c.commitment.id}`
      : c.status === 'to-update'
        ? `Fiche reçue, date de mise à jour à vérifier — engagement n° ${c.commitment.id}`
        : `Fiche reçue et complète — engagement n° ${c.commitment.id}`,
  feedbackBody: (c) => {
    const received =
      `Nous avons bien reçu la fiche de l'${email.commitment(c.commitment.id, c.commitment.title)} ` +
      `: ${counted(c.actions, 'action', 'actions')} de communication et ${counted(c.milestones, 'jalon', 'jalons')}.`;
    const deadline = c.deadline
      ? `${formatFrenchDate(c.deadline.due)} (${c.deadline.title})`
      : null;
    if (c.errors.length > 0) {
      return `${received} Merci de corriger les points suivants${deadline ? (c.deadline?.past ? ` dès que possible (échéance du ${deadline} dépassée)` : ` avant le ${deadline}`) : ''} :`;
    }
    if (c.status === 'to-update') {
      return (
        `${received} Elle porte la date de mise à jour du ${c.lastUpdate ? formatFrenchDate(c.lastUpdate) : '?'}, ` +
        `antérieure à la collecte en cours${deadline ? (c.deadline?.past ? ` (échéance du ${deadline} dépassée)` : ` (échéance le ${deadline})`) : ''} ` +
        `: si elle est à jour, indiquez la date du jour dans « Date de mise à jour » (feuille ` +
        `« Engagement ») et renvoyez-la.`
      );
    }
    return `${received} Elle est complète, merci.${deadline ? ` Prochaine échéance : le ${deadline}.` : ''}`;
  },
  warnings: (n) => `${counted(n, 'avertissement', 'avertissements')}, à vérifier sans urgence :`,
  refusalVerdict: 'Fiche non enregistrée',
  refusalIntro: (c) => {
    const which = c.refusals.length > 1 ? 'les fichiers qu’il contient' : 'ce qu’il contient';
    const about = c.subject ? ` « ${c.subject} »` : '';
    return `Nous avons bien reçu votre courriel${about}, mais nous n'avons pas pu enregistrer ${which} :`;
  },
  refusal: (r) => {
    switch (r.reason) {
      case 'other-commitment': {
        const yours = r.yours.map((id) => `n° ${id}`).join(', ');
        return (
          `« ${r.file} » est la fiche de l'engagement n° ${r.commitmentId}, que vous ne suivez pas ` +
          `(vous suivez l'engagement ${yours}) : si c'est la vôtre, corrigez le numéro dans la ` +
          `feuille « Engagement » ; sinon, son point focal l'envoie lui-même.`
        );
      }
      case 'unknown-commitment': {
        const what =
          r.commitmentId === null
            ? 'aucun numéro d’engagement'
            : `pas un numéro d'engagement du comité (elle indique le n° ${r.commitmentId})`;
        return (
          `« ${r.file} » ne porte ${what} : ` +
          'indiquez le numéro de votre engagement dans la feuille « Engagement ».'
        );
      }
      case 'other-spreadsheet':
        return (
          `« ${r.file} » n'est pas au format de la fiche : ouvrez-la dans Excel ou LibreOffice, ` +
          'enregistrez-la au format « Classeur Excel (.xlsx) » et envoyez ce fichier-là.'
        );
      case 'unreadable':
        return `« ${r.file} » : ${render('fr', failureReason(r.failure))}`;
      case 'untouched-template':
        return (
          `« ${r.file} » est la fiche pré-remplie telle que nous l'avons envoyée, sans rien de ` +
          "rempli : ajoutez vos actions de communication et l'avancement de chaque jalon."
        );
      case 'file-too-large':
        return (
          `« ${r.file} » pèse ${decimalComma(r.mib)} Mo, au-delà des ${decimalComma(r.maxMib)} Mo ` +
          'acceptés : retirez-en les images et les lignes inutiles.'
        );
      case 'message-too-large':
        return (
          `votre courriel pèse ${decimalComma(r.mib)} Mo, au-delà des ${decimalComma(r.maxMib)} Mo ` +
          'que nous lisons : envoyez la fiche seule, sans autre pièce jointe.'
        );
      case 'message-unreadable':
        return (
          `nous n'avons pas pu lire votre courriel (${intake.defect(r.defect)}) : ` +
          'envoyez un nouveau courriel, la fiche seule en pièce jointe, sans transférer de message.'
        );
      case 'forwarded-message':
        return (
          `« ${r.file} » est dans un courriel transféré, que nous n'ouvrons pas : ` +
          'enregistrez la fiche, puis joignez-la elle-même à votre réponse.'
        );
      case 'too-large-to-keep':
        return (
          `« ${r.file} » contient plus de données que le suivi ne peut en conserver : ` +
          'retirez les lignes inutiles (et corrigez les erreurs répétées sur de nombreuses lignes), puis renvoyez-la.'
        );
      case 'too-many-files':
        return (
          `votre courriel joint ${counted(r.count, 'classeur', 'classeurs')} ; nous en lisons au plus ` +
          `${r.max} par courriel : envoyez chaque fiche à part.`
        );
    }
  },
  refusalExpected: (c) =>
    c.deadline
      ? `${c.deadline.past ? `Attendu dès que possible, l'échéance du ${formatFrenchDate(c.deadline.due)} étant dépassée` : `Attendu au plus tard le ${formatFrenchDate(c.deadline.due)}`} (${c.deadline.title}) : ` +
        'la fiche (.xlsx), en réponse à ce courriel.'
      : 'Renvoyez la fiche (.xlsx) en réponse à ce courriel.',
  invitationSubject: (c) =>
    `Invitation : réunion du ${c.committeeName} le ${formatFrenchDate(c.meeting.date)}${c.meeting.time ? ` à ${c.meeting.time}` : ''}`,
  meetingEvent: (committee) => `Réunion — ${committee}`,
  invitationBody: (c) => {
    const time = c.meeting.time ? ` à ${c.meeting.time}` : '';
    const place = c.meeting.place ? `, ${c.meeting.place}` : '';
    const when = `le ${formatFrenchDate(c.meeting.date)}${time}${place}`;
    return (
      `Nous avons le plaisir de vous inviter à la réunion du ${c.committeeName} ${when}. ` +
      `L'invitation pour votre agenda est jointe (fichier .ics).`
    );
  },
  agenda: 'Ordre du jour :',
  holidayCheckSubject: (c) =>
    `Jour férié à confirmer : ${c.holiday.name}, estimé au ${formatFrenchDate(c.holiday.first)}`,
  holidayCheckBody: (c) => {
    const { first, last, name } = c.holiday;
    const days =
      first === last
        ? `le ${formatFrenchDate(first)}`
        : `du ${formatFrenchDate(first)} au ${formatFrenchDate(last)}`;
    return (
      `La date de « ${name} » dépend de l'observation de la lune : le calendrier du comité ` +
      `l'estime ${days}, et les rappels, rapports et échéances de la période comptent ces ` +
      'jours comme fériés.'
    );
  },
  holidayCheckAction: (c) =>
    `Dès que la date est annoncée, et avant le ${formatFrenchDate(c.holiday.first)}, ` +
    `confirmez-la dans committee.yaml, rubrique holidays : add: [${holidaySpan(c)}]. Si l'annonce ` +
    `donne d'autres jours, retirez l'estimation (remove: [${holidaySpan(c)}]) et ajoutez les jours ` +
    'annoncés dans add.',
  holidaysMissingSubject: (c) =>
    `Jours fériés de ${c.year} à donner : le calendrier du comité n'en a aucun`,
  holidaysMissingBody: (c) =>
    `L'outil ne connaît pas les jours fériés de ${countryName('fr', c.country)} : le comité les donne ` +
    `lui-même, dans committee.yaml. Il n'en a donné aucun pour ${c.year} : les rappels, rapports ` +
    'et échéances de cette année-là compteront comme ouvrés tous les jours hors week-end, fêtes comprises.',
  holidaysMissingAction: (c) =>
    `Avant le ${formatFrenchDate(c.first)}, ajoutez-les dans committee.yaml, rubrique holidays : ` +
    `add: [${c.year}-05-01, { date: ${c.year}-MM-JJ/${c.year}-MM-JJ, name: … }] (un jour ou une ` +
    'période), les fêtes qui dépendent de la lune à leur date estimée, à confirmer quand elle est annoncée.',
};

const report: ReportStrings = {
  subjectMeeting: (d, c) => `Synthèse avant la réunion du ${d} — ${c}`,
  subjectDeadline: (d, c) => `Bilan de l'échéance du ${d} — ${c}`,
  greeting: 'Bonjour,',
  aboutMeeting: (d) => `la réunion du ${d}`,
  aboutDeadline: (d, title) => `l'échéance du ${d} (${title})`,
  sheets: (today, about, t, n) =>
    `État du suivi au ${today}, pour ${about} : ${counted(n, 'engagement', 'engagements')}, ` +
    `${counted(t.received, 'fiche reçue', 'fiches reçues')}, ${t.toFix} à corriger, ${t.toUpdate} ` +
    `à mettre à jour, ${counted(t.missing, 'manquante', 'manquantes')} ; ${t.late} en retard.`,
  progress: (t) => {
    const average =
      t.averageProgress === null
        ? ''
        : `, avancement moyen de ${decimalComma(t.averageProgress)} %`;
    const errors =
      t.errors === 0
        ? 'Aucune erreur ne reste à corriger.'
        : `${counted(t.errors, 'erreur reste', 'erreurs restent')} à corriger.`;
    return (
      `Jalons : ${counted(t.milestonesAchieved, 'achevé', 'achevés')} sur ${t.milestonesTotal}${average}. ` +
      `Actions de communication : ${counted(t.actionsDone, 'réalisée', 'réalisées')} sur ` +
      `${t.actionsPlanned}. ${errors}`
    );
  },
  meetingAhead: (d, time, place) =>
    `La réunion se tiendra le ${d}${time ? ` à ${time}` : ''}${place ? `, ${place}` : ''}.`,
  attached: 'Le classeur de suivi consolidé est joint.',
  page: (link) =>
    link
      ? `La page de suivi (graphiques, fiche par engagement) est ${/^https?:/.test(link) ? 'publiée' : 'ici'} : ${link}`
      : 'La page de suivi (graphiques, fiche par engagement) est jointe : suivi.html, à ouvrir dans un navigateur.',
  linked: (link, reason) =>
    reason === 'drive'
      ? `Le classeur de suivi consolidé est dans le dossier partagé : ${link}`
      : `Le classeur de suivi consolidé est trop lourd pour être joint par ce serveur de courriel (4 Mo au plus) : il est dans ${link}`,
  head: [
    'N°',
    'Engagement',
    'Institution',
    'Statut',
    'Mise à jour',
    'En retard',
    'Jalons achevés',
    'Avancement moyen',
    'Actions réalisées',
    'Erreurs',
  ],
  status: {
    received: 'Reçue',
    'to-fix': 'À corriger',
    'to-update': 'À mettre à jour',
    missing: 'Manquante',
  },
  yes: 'Oui',
  no: 'Non',
  late: (n) => `En retard (${n}) :`,
  lateItem: (d, status) => {
    const last = d.lastUpdate ? ` (dernière fiche du ${formatFrenchDate(d.lastUpdate)})` : '';
    return `n° ${d.id} « ${d.title} » — ${d.institution}, point focal ${d.focalPoint} : ${status.toLowerCase()}${last}`;
  },
  noneLate: 'Aucun engagement en retard.',
  since: (d, taken) =>
    d
      ? `Depuis la réunion du ${d}${taken ? ` (synthèse du ${taken})` : ''} :`
      : 'Depuis le début du plan :',
  change: (c) =>
    `n° ${c.id} « ${c.title} » : ${[
      c.sheet === 'new'
        ? 'première fiche reçue'
        : c.sheet === 'updated'
          ? 'fiche mise à jour'
          : 'fiche inchangée',
      ...(c.newlyDone ? [counted(c.newlyDone, 'action réalisée', 'actions réalisées')] : []),
      ...(c.newlyAchieved?.length
        ? [
            `${counted(c.newlyAchieved.length, 'jalon achevé', 'jalons achevés')} (${c.newlyAchieved.join(' ; ')})`,
          ]
        : []),
      ...(c.newErrors ? [counted(c.newErrors, 'nouvelle erreur', 'nouvelles erreurs')] : []),
    ].join(', ')}`,
  noChange: 'Aucun changement.',
  refused: (n) =>
    `${n > 1 ? 'Adresses refusées' : 'Adresse refusée'} par le serveur de courriel : ` +
    `${n > 1 ? 'ces personnes ne reçoivent rien' : 'cette personne ne reçoit rien'} tant ` +
    `que l'adresse n'est pas corrigée dans committee.yaml.`,
  refusedItem: (r) =>
    `adresse refusée : ${r.address} — vérifiez l'adresse du point focal (réponse du serveur : ${r.answer} ; courriel « ${r.subject} »)`,
  mailbox: (n) =>
    `${n > 1 ? 'Courriels laissés' : 'Courriel laissé'} dans la boîte du secrétariat, sans réponse automatique : ` +
    "un message retenu s'accepte avec « ogp-tracker intake --release <Message-ID> » s'il vient " +
    'bien de son expéditeur ; un expéditeur inconnu ne reçoit jamais de réponse automatique ; ' +
    'une question attend la réponse d’une personne ; un courriel « mis de côté » est dans le dossier ' +
    '« non lu par ogp-tracker » de la boîte, à ouvrir par une personne.',
  mailboxFiled: (n) =>
    `${n > 1 ? 'Fiches enregistrées' : 'Fiche enregistrée'} sans que le serveur du secrétariat ` +
    `authentifie ${n > 1 ? 'leur' : 'son'} expéditeur (déjà ${n > 1 ? 'répondues' : 'répondue'}) : ` +
    'à confirmer auprès de l’expéditeur.',
  mailboxItem: (m) =>
    `${{ held: 'retenu', 'unknown-sender': 'expéditeur inconnu', unauthenticated: 'classé', 'set-aside': 'mis de côté sans être lu', question: 'question' }[m.outcome]} : ${m.from} — « ${m.subject} », ` +
    `reçu le ${formatFrenchDate(m.receivedAt.slice(0, 10))} (${m.note}) — ${m.messageId}`,
  date: formatFrenchDate,
};

const page: PageWords = {
  colon: ' : ',
  noData: 'Pas de données',
  completionRule: COMPLETION_RULE,
  asOf: 'Suivi au',
  commitments: 'engagements',
  commitment: 'engagement',
  received: 'fiches reçues',
  receivedOne: 'fiche reçue',
  toFix: 'à corriger',
  toUpdate: 'à mettre à jour',
  missing: 'manquantes',
  missingOne: 'manquante',
  progress: 'Avancement global',
  levels: "Niveaux d'achèvement",
  perAxis: 'Avancement par axe',
  perCommitment: 'Avancement par engagement',
  late: 'En retard',
  noneLate: 'Aucun engagement en retard.',
  changes: 'Depuis la réunion du',
  changesStart: 'Depuis le début du plan',
  noChange: 'Aucun changement.',
  series: 'Avancement à chaque réunion',
  cards: 'Les engagements',
  focalPoint: 'Point focal',
  status: 'Statut de la fiche',
  level: "Niveau d'achèvement",
  setBy: 'fixé par le secrétariat',
  milestones: 'Jalons',
  actions: 'Actions de communication',
  indicators: 'Indicateurs unifiés',
  evidence: 'Justificatifs',
  done: 'achevé',
  overdue: 'en retard',
  toCome: 'à venir',
  rule: 'Règle',
  noSheet: 'Aucune fiche reçue.',
  target: 'cible',
  achieved: 'réalisé',
  realised: 'réalisées sur',
  axisNone: 'Sans axe',
};

const master: MasterWords = {
  sheets: {
    dashboard: 'Tableau de bord',
    indicators: 'Indicateurs',
    anomalies: 'Anomalies',
    calendar: 'Calendrier',
    journal: 'Journal',
    selfAssessment: 'Auto-évaluation OGP',
  },
  title: (committee) => `Suivi consolidé — ${committee}`,
  asOf: (date) => `Suivi au ${date}`,
  round: (title, due) => `${title} (échéance du ${due})`,
  dashboard: (budget) => ['N°', 'Intitulé', 'Institution', 'Point focal', 'Statut de la fiche', 'Dernière mise à jour', 'En retard', 'Actions prévues', 'Actions réalisées', budget, 'Jalons achevés / total', 'Avancement moyen (%)', 'Erreurs', 'Avertissements', 'Remarque'],
  total: (n) => `Total (${n} engagements)`,
  totals: (t) =>
    `${counted(t.received, 'reçue', 'reçues')}, ${t.toFix} à corriger, ${t.toUpdate} à mettre à jour, ` +
    `${counted(t.missing, 'manquante', 'manquantes')}, ${t.late} en retard`,
  records: { commitment: 'N° engagement', institution: 'Institution', source: 'Source', row: 'Ligne', readOn: 'Lu le' },
  indicators: (budget) => ['N° engagement', 'Institution', "Type d'action", 'Indicateur unifié', 'Actions prévues', 'Actions réalisées', 'Valeur cible', 'Valeur réalisée', budget],
  anomalies: ['N° engagement', 'Institution', 'Feuille', 'Cellule', 'Code', 'Gravité', 'Message', 'Lien', 'Source'],
  error: 'Erreur',
  warning: 'Avertissement',
  open: 'Ouvrir',
  calendar: ['Date', 'Heure', 'Type', 'Intitulé', 'Détails', 'État'],
  calendarKinds: { meeting: 'Réunion', deadline: 'Échéance', 'send-planned': 'Envoi prévu', 'send-done': 'Envoi effectué' },
  past: 'Passé',
  toCome: 'À venir',
  journal: ['Date et heure', 'Commande', 'Sources configurées', 'Sources lues', 'Actions', 'Jalons', 'Erreurs', 'Avertissements', 'Courriels envoyés', 'Requêtes Google', 'Durée (s)', 'Remarques'],
  selfAssessment: ['N°', 'Engagement', 'Institution porteuse', 'Début', 'Fin', "Niveau d'achèvement", 'Justification du niveau', 'Justificatifs (liens)', 'Difficultés', 'Prochaines étapes'],
  setBy: (who) => `Fixé par le secrétariat : ${who}`,
  noMilestone: 'Aucun jalon renseigné',
  derived: (achieved, total, average) =>
    `Déduit des jalons (${counted(achieved, 'achevé', 'achevés')} sur ${total}, avancement moyen ${average} %)`,
  ends: (date) => ` (fin ${date})`,
  pageNumber: (page, pages) => `Page ${page} / ${pages}`,
}; // prettier-ignore

/** French, the committee’s language by default. */
const openData: OpenDataWords = {
  title: (plan, committee) => `Suivi du ${plan} — ${committee}`,
  description: (today) =>
    `Engagements, jalons et actions de communication au ${today}, tels que les points ` +
    'focaux les ont déclarés. Seules les lignes sans erreur de validation sont publiées ; ' +
    "chaque ressource dit combien sont retenues jusqu'à leur correction.",
  formulas:
    "Aucun texte ne s'exécute comme une formule dans un tableur : au début d'un texte et " +
    "après chaque point-virgule, tabulation ou saut de ligne, une apostrophe (') est ajoutée " +
    'quand ce qui suit commence, éventuellement après des espaces, par =, +, -, @, une ' +
    "tabulation, un retour chariot ou une apostrophe. Retirez l'apostrophe placée à ces " +
    'endroits pour retrouver le texte déclaré. Les caractères nuls (NUL) sont supprimés ; les ' +
    'nombres sont publiés tels quels, sans apostrophe.',
  tables: { engagements: 'Engagements', jalons: 'Jalons', actions: 'Actions de communication' },
  fields: {
    engagements: {
      numero: "Numéro de l'engagement",
      intitule: 'Intitulé',
      institution: 'Institution porteuse',
      axe: "Axe du plan d'action",
      statut_fiche: 'Statut de la fiche',
      derniere_mise_a_jour: 'Dernière mise à jour',
      en_retard: 'En retard',
      actions_prevues: 'Actions prévues',
      actions_realisees: 'Actions réalisées',
      jalons_acheves: 'Jalons achevés',
      jalons_total: 'Jalons',
      avancement_moyen: 'Avancement moyen (%)',
      niveau_achevement: "Niveau d'achèvement (échelle du MEI)",
      niveau_fixe_par_le_secretariat: 'Niveau fixé par le secrétariat',
    },
    jalons: {
      engagement: "Numéro de l'engagement",
      reference: 'Référence du jalon',
      intitule: 'Jalon',
      debut: 'Date de début',
      fin: 'Date de fin',
      avancement: 'Avancement (%)',
      niveau: "Niveau d'achèvement",
      justificatif: 'Justificatif',
      difficultes: 'Difficultés rencontrées',
    },
    actions: {
      engagement: "Numéro de l'engagement",
      reference: "Référence de l'action",
      type: "Type d'action",
      intitule: 'Intitulé',
      public_cible: 'Public cible',
      canal: 'Canal / support',
      date_prevue: 'Date prévue',
      date_realisation: 'Date de réalisation',
      statut: 'Statut',
      financement: 'Source de financement',
      indicateur: 'Indicateur unifié',
      valeur_cible: 'Valeur cible',
      valeur_realisee: 'Valeur réalisée',
      hashtags: 'Hashtags',
      logo: 'Logo de la charte utilisé',
      justificatif: 'Justificatif',
    },
  },
  budget: (currency) => `Budget (${currency})`,
  budgetDescription: (currency) => `Montant en ${currency} (code ISO 4217)`,
};

export const fr: Catalogue = { email, report, page, master, openData };
