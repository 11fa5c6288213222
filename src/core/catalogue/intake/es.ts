/** The intake's notes in Spanish. */
import type { IntakeWords } from '../intake-shape.js';

export const intake: IntakeWords = {
  noAuthHeader: 'ningún encabezado Authentication-Results',
  noSenderAddress: 'remitente sin dirección',
  dmarcOtherDomain: (said, from) => `dmarc=pass para ${said}, no para ${from}`,
  dmarcFailed: (result, from) => `dmarc=${result} para ${from}`,
  unaligned: (from, results) =>
    `${from} sin DMARC, y ni SPF ni DKIM alineados (${results ?? 'ningún resultado'})`,
  spfAligned: 'spf=pass, alineado (sin DMARC)',
  dkimAligned: 'dkim=pass, alineado (sin DMARC)',
  emptyReturnPath: 'Return-Path vacío',
  deliveryReport: (type) => `informe de entrega o de lectura (${type})`,
  mailingList: (header) => `lista de distribución (${header})`,
  autoReply: (subject) => `respuesta automática («${subject}»)`,
  bounceSender: (address) => `enviado por un servidor de correo (${address})`,
  answerSuppressed: (reason) =>
    `sin respuesta: el remitente pide que no se le responda automáticamente (${reason})`,
  notWorkingDay: (day, from, to) =>
    `día no hábil (${day}): el buzón se lee los días hábiles, de ${from} a ${to}.`,
  outsideHours: (clock, from, to) =>
    `fuera del horario de lectura (${clock}): el buzón se lee de ${from} a ${to}, los días hábiles.`,
  storageBusy: 'otra ejecución usa el almacenamiento: la siguiente leerá el buzón.',
  ours: 'nuestro propio correo',
  automatic: (reason) => `correo automático (${reason})`,
  unknownSender: (from) => `${from} no es punto focal, ni suplente, ni de la secretaría`,
  noSender: 'sin remitente',
  notAuthenticated: (why) => `no autenticado por el servidor de la secretaría: ${why}`,
  removedBeforeAnswer: 'retirado del buzón antes de su respuesta',
  refusals: {
    'other-commitment': 'ficha de otro compromiso',
    'unknown-commitment': 'sin número de compromiso del comité',
    'other-spreadsheet': 'no está en formato .xlsx',
    unreadable: 'libro ilegible',
    'untouched-template': 'plantilla sin completar',
    'file-too-large': 'archivo demasiado grande',
    'message-too-large': 'mensaje demasiado grande',
    'too-many-files': 'demasiados libros',
  },
};
