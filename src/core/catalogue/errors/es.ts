/** The errors that stop a command, in Spanish. */
import type { GoogleProblem } from '../../read-failure.js';
import { cells } from '../cells/es.js';
import { counted } from '../../text.js';
import type { ErrorWords } from '../errors-shape.js';
import { adviceIn } from '../mail-advice-shape.js';
import { advice } from '../mail-advice/es.js';

export const errors: ErrorWords = {
  intakeNotConfigured:
    'La configuración no tiene clave intake: añada por ejemplo intake: { kind: folder } ' +
    '(archivos .eml guardados en inbox/) o intake: { kind: imap } (vea «Respuestas por correo»).',
  intakeNeedsMail:
    'intake responde a los puntos focales: añada mail: { from: … } (la dirección a la que llegan sus respuestas).',
  noHeldMessage: (id, held) =>
    `Ningún mensaje retenido tiene el identificador ${id}. ` +
    (held
      ? `Mensajes retenidos pendientes: ${held}.`
      : 'No hay ningún mensaje retenido en este momento (el informe de la secretaría los enumera).'),
  releaseChanged: (id, mailbox) =>
    `El mensaje ${id} de ${mailbox} ya no es el que se retuvo (su contenido cambió): ` +
    'no se registra nada; revíselo en el buzón y pida a su remitente que lo vuelva a enviar.',
  messageGone: (id, mailbox) =>
    `El mensaje ${id} ya no está en el buzón ${mailbox}: se movió o se eliminó; ` +
    'pida al remitente que lo vuelva a enviar.',
  mailFromMissing:
    'Hay correos pendientes pero la configuración no tiene clave mail.from: añada mail: { from: … }.',
  initCountry: (code) =>
    `init --country ${code}: se espera un código de país ISO 3166-1, por ejemplo MX, JO, o BR-SP para un estado.`,
  initCountryUnknown: (code) =>
    `init --country ${code}: país desconocido (código ISO 3166-1, por ejemplo MX, JO, o BR-SP para un estado).`,
  initRegion: (code, region, state, near, known) =>
    `init --country ${code}: ciudad o región ${region} desconocida para ${state}` +
    (near ? ` (¿quiso decir ${state}-${near}?)` : '') +
    (known ? `. Conocidas: ${known}.` : `: escriba ${state} (sus feriados).`),
  initSubdivision: (code, subdivision, country, near, known) =>
    `init --country ${code}: subdivisión ${subdivision} desconocida para ${country}` +
    (near ? ` (¿quiso decir ${country}-${near}?)` : '') +
    (known ? `. Conocidas: ${known}.` : ': no se conoce ninguna para este país.'),
  initLocale: (locale, locales) => `init --locale ${locale}: se espera un idioma entre ${locales}.`,
  initCurrency: (code) =>
    `init --country ${code}: moneda del país desconocida; parta de ogp-tracker init sin --country e indíquela en committee.yaml.`,
  initTimeZone: (code) =>
    `init --country ${code}: huso horario del país desconocido; parta de ogp-tracker init sin --country e indíquelo en committee.yaml.`,
  imapUrlMissing:
    'intake.kind es imap, pero IMAP_URL no está definido en el entorno: indique ' +
    'imaps://usuario:contraseña@host:993 (una contraseña de aplicación), o un proveedor ' +
    'OAuth 2.0 (intake: { kind: imap, host, user, provider: … }).',
  intakeFolderNeedsDir:
    'intake: { kind: folder } lee una carpeta de esta máquina: indíquela (intake.dir), ' +
    'ya que la carpeta de salida está en Drive.',
  smtpUrlMissing:
    'mail.transport es smtp, pero SMTP_URL no está definido en el entorno: indique ' +
    'smtp://usuario:contraseña@host:587 (o smtp://host:587 para un relé).',
  smtpUrlUnreadable: 'SMTP_URL ilegible: se espera smtp://usuario:contraseña@host:puerto',
  smtpProtocol: (protocol) => `SMTP_URL: protocolo ${protocol} no admitido (smtp: o smtps:).`,
  imapProtocol: (protocol) => `IMAP_URL: protocolo ${protocol} no admitido (imaps: o imap:).`,
  noStoredConfig: (location) =>
    `Ninguna configuración en ${location}: envíela con «ogp-tracker config push --config committee.yaml».`,
  inboxMissing: (dir) =>
    `La carpeta de recepción ${dir} no existe: créela (o corrija intake.dir en committee.yaml) y guarde allí las respuestas de los puntos focales en formato .eml.`,
  inboxUnreadable: (dir, code) => `Carpeta de recepción ilegible: ${dir} (${code}).`,
  graphMailbox: (mailbox, detail) => `Buzón Graph ${mailbox}: ${detail}`,
  gmailMailbox: (mailbox, detail) => `Buzón Gmail ${mailbox}: ${detail}`,
  imapFolderMissing: (location) => `Carpeta IMAP ${location} no encontrada.`,
  imapMessageMissing: (uid, location) => `Mensaje ${uid} no encontrado en ${location}.`,
  imapNotMoved: (id, folder, location) =>
    `El mensaje ${id} no se pudo mover a «${folder}» (${location}).`,
  imapFailed: (location, said, loginRefused) =>
    `Buzón IMAP ${location}: ${said} — ` +
    (loginRefused
      ? 'identificación rechazada: verifique el usuario y la contraseña de aplicación (IMAP_URL), o los permisos de la aplicación (OAuth 2.0)'
      : 'servidor inalcanzable o carpeta ausente: verifique host, puerto y carpeta') +
    '.',
  mailServiceFailed: (mailbox, answer, id) => {
    const a = adviceIn(advice, id);
    return (
      `Buzón ${mailbox} — respuesta del servidor: ${answer}` +
      (a ? `\n  Causa: ${a.cause}.\n  Qué hacer: ${a.fix}.` : '')
    );
  },
  firestoreDenied: (where, operation) =>
    `${where} (${operation}): acceso denegado. Dé a la cuenta de servicio de la función el rol «Usuario de Cloud Datastore» (roles/datastore.user).`,
  firestoreNoDatabase: (where, operation) =>
    `${where} (${operation}): base Firestore no encontrada. Créela en modo nativo (gcloud firestore databases create --location=eur3).`,
  firestoreAuth: (where, operation) =>
    `${where} (${operation}): Google rechazó la autenticación. Verifique las credenciales de la cuenta de servicio.`,
  firestoreUnavailable: (where, operation, detail) =>
    `${where} (${operation}): Firestore inalcanzable por ahora (${detail}); nuevo intento en la próxima ejecución.`,
  firestoreRefused: (where, operation, detail) =>
    `${where} (${operation}): rechazado por Firestore (${detail}).`,
  firestoreTooLarge: (name, mib, maxMillions) =>
    `${name} es demasiado grande para Firestore (${mib} MB de datos, ${maxMillions} millones de caracteres como máximo): reduzca la ficha en cuestión.`,
  notClaimed: (key, recipient) => `Envío no reservado por esta ejecución: ${key} → ${recipient}.`,
  myDriveRefused: (folderId, account) =>
    `La carpeta de Drive ${folderId} no está en una unidad compartida: la cuenta de servicio ` +
    `${account} no tiene almacenamiento propio y no puede crear archivos allí. Cree una ` +
    `carpeta en una unidad compartida (Google Workspace), añada ${account} como «Administrador ` +
    'de contenido» y ponga su identificador en storage.output.folderId; sin Google Workspace, ' +
    'guarde los archivos en una máquina: storage.output: { kind: local, dir: … }.',
  // Google's refusals are said as when reading, the folder being the output one.
  driveOutputFailed: (problem, id, account, operation, tries, status, detail) =>
    cells.google({
      object: 'output',
      id,
      account,
      operation,
      problem: problem as GoogleProblem,
      tries,
      status,
      detail,
    }),
  driveNoId: (name) => `Drive no dio identificador para ${name}.`,
  runInProgress: (who, minutes, lockPlace) =>
    `Otra ejecución de ogp-tracker usa este almacenamiento (${who ?? 'desconocida'}): no se leyó ni envió nada; vuelva a intentarlo cuando termine. ` +
    `Un bloqueo abandonado caduca tras ${minutes} minutos (${lockPlace}).`,
  lockHolder: (pid, host, since) => `proceso ${pid} en ${host}, desde las ${since} UTC`,
  writeFailed: (path) => `No se puede escribir ${path}.`,
  outboxFailed: (folder) => `No se puede escribir en la bandeja de salida ${folder}.`,
  ledgerUnreadable: (path) => `No se puede leer el registro de envíos ${path}.`,
  ledgerUnwritable: (path) => `No se puede escribir el registro de envíos ${path}.`,
  lockFailed: (location) => `No se puede bloquear ${location}.`,
  masterFailed: (location) =>
    `El libro consolidado no se pudo escribir en ${location} (el anterior está intacto).`,
  stateUnreadable: (path) => `No se puede leer el estado ${path}.`,

  oauthToken: 'Token OAuth 2.0 obtenido.',
  smtpChecked: (host, relay) =>
    `Servidor SMTP ${host}: conexión y ${relay ? 'sesión sin autenticación (relé)' : 'autenticación'} correctas.`,
  graphToken: (mailbox) => `Token de Microsoft Graph obtenido para el buzón ${mailbox}.`,
  googleToken: (mailbox) =>
    `Token de Google obtenido para el buzón ${mailbox} (delegación de todo el dominio).`,
  outboxOnly: (folder) =>
    `Ningún servidor de correo: los correos se escriben como archivos .eml en ${folder}.`,
  inboxFolderChecked: (dir, files) =>
    `Carpeta de recepción ${dir}: ${counted(files, 'archivo', 'archivos', 'es')} .eml.`,
  gmailChecked: (mailbox, messages) =>
    `Buzón Gmail ${mailbox}: acceso correcto, ${counted(messages, 'mensaje', 'mensajes', 'es')}.`,
  graphChecked: (mailbox, messages) =>
    `Buzón Graph ${mailbox}: acceso correcto, ${counted(messages, 'mensaje', 'mensajes', 'es')} en la bandeja de entrada.`,
  imapChecked: (location, messages) =>
    `Buzón IMAP ${location}: conexión correcta, ${counted(messages, 'mensaje', 'mensajes', 'es')} en la carpeta.`,
  noMailKey: 'la configuración no tiene clave mail',
  addMailKey: 'añada mail: { from: … } a committee.yaml',
  accepted: 'aceptado',
  testSubject: (committee) => `Correo de prueba — ${committee}`,
  testBody: (day, time, committee, transport) =>
    `Este correo de prueba fue enviado el ${day} a las ${time} (UTC) por ogp-tracker para el ${committee}, ` +
    `con el transporte «${transport}». Los recordatorios, respuestas e informes saldrán por el mismo camino.`,

  checkFolder: 'verificación de la carpeta',
  writing: (name) => `escritura de ${name}`,
  reading: (name) => `lectura de ${name}`,
  masterVersions: 'versiones del libro',
  readingLedger: 'lectura del registro de envíos',
  claiming: (key, recipient) => `reserva del envío ${key} → ${recipient}`,
  recording: (key, recipient) => `registro del envío ${key} → ${recipient}`,
  takingLease: 'toma del turno de ejecución',
  releasingLease: 'liberación del turno de ejecución',
  readingConfig: 'lectura de la configuración',
  writingConfig: 'escritura de la configuración',
};
