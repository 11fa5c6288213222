/** The dashboard's remarks in French. */
import type { DashboardWords } from '../dashboard-shape.js';

export const dashboard: DashboardWords = {
  stale: (problem, readOn) =>
    `Source illisible aujourd'hui (${problem}) : données de la lecture du ${readOn}.`,
  missingWith: (problem) => `${problem} (aucune fiche reçue).`,
  templateUntouched: "Le modèle pré-rempli n'a pas encore été complété : aucune fiche reçue.",
  noSheet: 'Aucune fiche reçue.',
  noSource: 'Aucune source configurée pour cet engagement.',
  viaMail: (day, time, from) => `Reçue par courriel le ${day} à ${time} (${from}).`,
  notUpdated: (sheetDate, due) =>
    `Fiche du ${sheetDate}, pas encore mise à jour pour l'échéance du ${due}.`,
  receivedLate: (date, due) => `Reçue le ${date}, après l'échéance du ${due}.`,
  unknownType: '(type non reconnu)',
  possiblyTwice: (delivery) =>
    `possiblement envoyé deux fois (reprise après une interruption) : ${delivery}`,
  mailSource: (sender) => `courriel de ${sender}`,
};
