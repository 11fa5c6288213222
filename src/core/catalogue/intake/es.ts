/** The intake's notes in Spanish. */
import type { IntakeWords } from '../intake-shape.js';

export const intake: IntakeWords = {
  noTrustedHeader: (servers, seen) =>
    `ningún encabezado Authentication-Results de ${servers}` +
    (seen
      ? `; el primero es de ${seen}: si es el servidor de recepción de la secretaría, escriba «authservId: ${seen}» bajo intake: en committee.yaml`
      : ''),
  unreadableHeader: (server) => `encabezado Authentication-Results de ${server} ilegible`,
  unnamedServer: 'un servidor sin nombre',
  severalTrusted: (server) =>
    `varios encabezados Authentication-Results dicen venir de ${server}: uno se añadió en el camino`,
  trustedBelow: (server, above) =>
    `el encabezado Authentication-Results de ${server} está debajo de otro, de ${above}, añadido en el camino`,
  untrustedFailed: (server, why) =>
    `${why}, según un encabezado de ${server}, servidor no reconocido`,
  noDmarcResult: (from, results) =>
    `ningún resultado DMARC para ${from} (${results ?? 'ningún resultado'})`,
  severalDmarc: (from) => `varios resultados DMARC para ${from}`,
  noServerNamed:
    'ningún servidor de recepción indicado (intake.authservId): un remitente falsificado no se distingue',
  unauthenticated: (why) => `no autenticado: ${why}`,
  forgedSenders:
    'el servidor de recepción de la secretaría no está nombrado (intake.authservId): un remitente falsificado no se distingue de uno real, y las fichas recibidas se registran marcadas «no autenticadas» (un fallo DMARC las retiene). Para nombrarlo: abra un correo recibido en el buzón de la secretaría y muestre su código fuente («Mostrar original» en Gmail, «Ver código fuente» en Outlook); la primera palabra tras «Authentication-Results:» es su nombre. Escríbalo en committee.yaml, por ejemplo «intake: { kind: imap, authservId: mx.secretaria.gob.mx }».',
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
  /* Messages that cannot be read, set aside. */
  notEml: (names) =>
    `En la carpeta de recepción, ${names} no se ${names.includes(',') ? 'leyeron' : 'leyó'}: solo se leen los correos guardados en formato .eml (en Outlook: Archivo > Guardar como > «MIME / .eml», o arrastre el mensaje a una carpeta desde Thunderbird).`,
  setAsideFolder: 'no leído por ogp-tracker',
  defect: (d) => {
    switch (d.kind) {
      case 'too-many-parts':
        return `mensaje de ${d.found} partes MIME, más de las ${d.limit} que leemos`;
      case 'text-too-large':
        return `más de ${Math.round(d.limit / 1024 / 1024)} MB de texto fuera de los adjuntos`;
      case 'too-deep':
        return `partes MIME anidadas en más de ${d.limit} niveles`;
      case 'headers-too-large':
        return `encabezados de más de ${Math.round(d.limit / 1024)} KiB`;
      case 'malformed':
        return 'estructura MIME ilegible';
      case 'failed':
        return `lectura fallida ${d.tries} veces (${d.detail})`;
    }
  },
  setAside: (why) => `apartado sin leer: ${why}`,
  duplicateId: (at) =>
    `mismo Message-ID que un mensaje tratado el ${at}, pero con otro contenido: retenido`,
  runStopped: 'su lectura detuvo la ejecución (memoria o tiempo agotados)',
  noWorkbook: 'ninguna ficha adjunta',
  refusals: {
    'other-commitment': 'ficha de otro compromiso',
    'unknown-commitment': 'sin número de compromiso del comité',
    'other-spreadsheet': 'no está en formato .xlsx',
    unreadable: 'libro ilegible',
    'untouched-template': 'plantilla sin completar',
    'file-too-large': 'archivo demasiado grande',
    'message-too-large': 'mensaje demasiado grande',
    'too-many-files': 'demasiados libros',
    'message-unreadable': 'mensaje ilegible',
    'too-large-to-keep': 'demasiado grande para conservarse',
    'forwarded-message': 'mensaje reenviado (no abierto)',
  },
};
