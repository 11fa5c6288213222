/** The dashboard's remarks in Portuguese. */
import type { DashboardWords } from '../dashboard-shape.js';

export const dashboard: DashboardWords = {
  stale: (problem, readOn) => `Fonte ilegível hoje (${problem}): dados da leitura de ${readOn}.`,
  missingWith: (problem) => `${problem} (nenhuma ficha recebida).`,
  templateUntouched: 'O modelo pré-preenchido ainda não foi completado: nenhuma ficha recebida.',
  noSheet: 'Nenhuma ficha recebida.',
  noSource: 'Nenhuma fonte configurada para este compromisso.',
  viaMail: (day, time, from) => `Recebida por e-mail em ${day} às ${time} (${from}).`,
  notUpdated: (sheetDate, due) =>
    `Ficha de ${sheetDate}, ainda não atualizada para o prazo de ${due}.`,
  receivedLate: (date, due) => `Recebida em ${date}, após o prazo de ${due}.`,
  unknownType: '(tipo não reconhecido)',
  possiblyTwice: (delivery) =>
    `possivelmente enviado duas vezes (retomada após uma interrupção): ${delivery}`,
  mailSource: (sender) => `e-mail de ${sender}`,
};
