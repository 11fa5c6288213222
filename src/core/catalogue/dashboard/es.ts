/** The dashboard's remarks in Spanish. */
import type { DashboardWords } from '../dashboard-shape.js';

export const dashboard: DashboardWords = {
  stale: (problem, readOn) =>
    `Fuente ilegible hoy (${problem}): datos de la lectura del ${readOn}.`,
  missingWith: (problem) => `${problem} (no se recibió ninguna ficha).`,
  templateUntouched:
    'La plantilla prellenada aún no se ha completado: no se recibió ninguna ficha.',
  noSheet: 'No se recibió ninguna ficha.',
  noSource: 'Ninguna fuente configurada para este compromiso.',
  viaMail: (day, time, from) => `Recibida por correo el ${day} a las ${time} (${from}).`,
  notUpdated: (sheetDate, due) =>
    `Ficha del ${sheetDate}, aún no actualizada para el plazo del ${due}.`,
  receivedLate: (date, due) => `Recibida el ${date}, después del plazo del ${due}.`,
  unknownType: '(tipo no reconocido)',
  possiblyTwice: (delivery) =>
    `posiblemente enviado dos veces (reanudación tras una interrupción): ${delivery}`,
  mailSource: (sender) => `correo de ${sender}`,
};
