/** The intake's notes in French. */
import type { IntakeWords } from '../intake-shape.js';

export const intake: IntakeWords = {
  noAuthHeader: 'aucun en-tête Authentication-Results',
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
  refusals: {
    'other-commitment': "fiche d'un autre engagement",
    'unknown-commitment': "sans numéro d'engagement du comité",
    'other-spreadsheet': 'pas au format .xlsx',
    unreadable: 'classeur illisible',
    'untouched-template': 'modèle non rempli',
    'file-too-large': 'fichier trop volumineux',
    'message-too-large': 'message trop volumineux',
    'too-many-files': 'trop de classeurs',
  },
};
