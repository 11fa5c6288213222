/** The command line's words in Spanish. */
import { counted } from '../../text.js';
import type { CliWords } from '../cli-shape.js';
import { dayName } from '../day-names.js';

const n = (count: number, one: string, many: string) => counted(count, one, many, 'es');
const list = (items: readonly string[]) =>
  new Intl.ListFormat('es', { type: 'conjunction' }).format(items);
const issues = (errors: number, warnings: number) =>
  `${n(errors, 'error', 'errores')}, ${n(warnings, 'advertencia', 'advertencias')}`;

export const cli: CliWords = {
  usage: `Uso: ogp-tracker <comando> [opciones]

Comandos:
  init [CARPETA] [--force]                  escribe un committee.yaml inicial (si no lo hay) y una ficha por
                                            compromiso que no la tenga (--force: las reescribe todas)
       [--country XX [--locale ll]]         … un comité de ese país (MX, JO, BR-SP): su idioma (fr, en, ar,
                                            es, pt), su moneda, su huso horario, su fin de semana, sus feriados
  template --out ARCHIVO [--commitment N]   escribe la plantilla de ficha (prellenada para el compromiso N);
                                            nunca sobre un archivo existente sin --force
  validate [--config F] ARCHIVO...          verifica fichas, celda por celda
  consolidate [--config F]                  lee todas las fichas y escribe el libro de seguimiento consolidado
  tick [--config F] [--dry-run]             lee primero el buzón de la secretaría (intake:), luego consolida
       [--no-intake]                        y envía todo lo pendiente (recordatorios, respuestas, informes,
                                            invitaciones); --no-intake: sin leer el buzón
  remind [--config F] [--dry-run]           consolida y envía los recordatorios y respuestas pendientes
  report [--config F] [--dry-run]           consolida y envía los informes pendientes a la secretaría
  schedule [--config F] [--from D --to D]   muestra el calendario previsto de envíos
  config push --config F                    verifica la configuración y la guarda en Firestore, donde las
                                            funciones desplegadas la leen en cada ejecución
  mail-check [--config F] [--to DIRECCIÓN]  se conecta al servidor de correo y se autentica, sin enviar
                                            nada; con --to, envía un correo de prueba
  intake [--config F] [--release ID]        lee el buzón de la secretaría (intake:), registra las fichas
                                            recibidas por correo y responde a cada remitente en su hilo;
                                            --release acepta un mensaje retenido (su Message-ID)

Opciones comunes:
  --config, -c F     configuración del comité (por defecto: committee.yaml de la carpeta actual)
  --now FECHA[THH:MM] evaluar en ese instante (hora del comité si no se indica huso horario)
  --locale ll        idioma del comando: fr, en, ar, es o pt (por defecto: el del comité)
  --json             salida JSON
  --dry-run          muestra lo que se enviaría, sin enviar ni registrar nada
  --quiet, -q        muestra solo lo esencial
  --help, -h         esta ayuda

Correos: por el transporte de mail.transport (smtp, smtp-oauth2, graph, gmail-api, outbox); sin él,
por SMTP si la variable de entorno SMTP_URL está definida; si no, como archivos .eml en la carpeta
outbox/ del almacenamiento. Los secretos vienen del entorno: SMTP_URL, MAIL_CLIENT_SECRET o
MAIL_CLIENT_CERTIFICATE (Microsoft), MAIL_GOOGLE_KEY o GOOGLE_APPLICATION_CREDENTIALS (Google).

Códigos de salida: 0 terminado, 1 errores encontrados o envíos fallidos, 2 uso o configuración incorrectos.
`,
  unknownCommand: (command) => `Comando desconocido: ${command}`,
  unexpectedArgument: (command, argument) => `${command}: argumento inesperado ${argument}.`,
  error: (code, message) => `Error (${code}): ${message}`,
  cause: (message) => `causa: ${message}`,
  unexpectedError: (stack) => `Error inesperado (internal): ${stack}`,
  calendarWarning: (warning) => `Atención (calendario): ${warning}`,
  badLocale: (value, locales) => `--locale ${value}: se espera un idioma entre ${locales}.`,
  noConfig: (cwd, example) =>
    `Ninguna configuración: no hay --config ni committee.yaml en ${cwd}. ` +
    'Para empezar: ogp-tracker init (escribe committee.yaml y una ficha por compromiso), y luego adapte committee.yaml. ' +
    `Para probar el ejemplo incluido: --config ${example}.`,
  badNow: (value) =>
    `--now ${value}: se espera una fecha ISO, por ejemplo 2019-01-07T09:00 (hora del comité) o 2019-01-07T08:00Z.`,

  filesNeeded: 'validate: indique al menos un archivo .xlsx para verificar.',
  fileLine: (file, commitment, v) =>
    `${v.valid ? '✓' : '✗'} ${file}${commitment === null ? '' : ` — compromiso n.º ${commitment}`}: ` +
    (v.valid
      ? v.warnings
        ? `válido, ${n(v.warnings, 'advertencia', 'advertencias')}`
        : 'válido'
      : issues(v.errors, v.warnings)),
  severity: { error: 'error', warning: 'advertencia' },
  filesSummary: (files, valid, errors, warnings) =>
    `${n(files, 'archivo', 'archivos')}: ${n(valid, 'válido', 'válidos')}, ` +
    `${files - valid} por corregir — ${issues(errors, warnings)}.`,

  outNeeded: 'template: indique el archivo que se debe escribir con --out ARCHIVO.xlsx.',
  outExists: (file) =>
    `${file} ya existe: no se escribió nada. Añada --force para reemplazarlo (se perdería su contenido).`,
  unknownCommitment: (value, configured) =>
    `--commitment ${value}: compromiso desconocido (configurados: ${configured}).`,
  templateWritten: (file) => `Plantilla escrita: ${file}`,

  initOneFolder: 'init: se espera una sola carpeta.',
  localeNeedsCountry: 'init --locale: debe darse con --country (el idioma del comité de ese país).',
  configWritten: (file) => `Configuración escrita: ${file} (por adaptar a su comité).`,
  configKept: (file, countryIgnored) =>
    `Configuración existente conservada: ${file}${countryIgnored ? ' (--country no cambia una configuración existente)' : ''}.`,
  sheetsWritten: (written, kept) =>
    (written === 0
      ? 'Ninguna ficha escrita'
      : n(written, 'ficha prellenada escrita', 'fichas prellenadas escritas')) +
    (kept
      ? `, ${n(kept, 'ficha existente conservada', 'fichas existentes conservadas')}` +
        ' (--force para reescribirlas: se perdería su contenido)'
      : '') +
    '.',
  staleSheets: 'Fichas de compromisos que ya no están en la configuración (dejadas en su lugar):',
  starter: (s) =>
    `País: ${s.name} (${s.country}) — idioma: ${new Intl.DisplayNames('es', { type: 'language' }).of(s.locale) ?? s.locale}, ` +
    `moneda: ${s.currency}, huso horario: ${s.timeZone}, fin de semana: ${list(s.weekend.map((d) => dayName('es', d)))}; ` +
    (s.holidaysKnown
      ? 'feriados: los del país, según la biblioteca date-holidays (por completar o corregir en holidays).'
      : 'no se conoce ningún feriado de este país: indíquelos en holidays.add de committee.yaml; si no, los recordatorios solo evitarán el fin de semana.'),

  progress: 'Lectura de las fichas',
  master: (file) => `Libro de seguimiento consolidado: ${file}`,
  page: (file) =>
    `Página de seguimiento: ${file} (para abrir en un navegador, imprimir o publicar)`,
  openData: (file) => `Datos abiertos: ${file}`,
  sheets: (c) =>
    `${n(c.commitments, 'compromiso', 'compromisos')}: ${n(c.received, 'ficha recibida', 'fichas recibidas')}, ` +
    `${c.toFix} por corregir, ${c.toUpdate} por actualizar, ${n(c.missing, 'faltante', 'faltantes')}; ` +
    `${n(c.late, 'atrasada', 'atrasadas')}.`,
  records: (actions, milestones, errors, warnings) =>
    `${n(actions, 'acción', 'acciones')} de comunicación, ${n(milestones, 'hito', 'hitos')}; ` +
    `${issues(errors, warnings)} (hoja «Anomalías»).`,
  sourceProblem: (commitment, message) => `Compromiso n.º ${commitment}: ${message}`,
  staleSources: (count) =>
    `${n(count, 'fuente ilegible', 'fuentes ilegibles')} hoy: se conservan sus últimos datos leídos, con su fecha.`,

  dryRun: 'prueba: no se envía ni se registra nada',
  outbox: (folder) => `archivos .eml en ${folder}`,
  via: {
    smtp: 'por SMTP',
    'smtp-oauth2': 'por SMTP (OAuth2)',
    graph: 'por Microsoft Graph',
    'gmail-api': 'por la API de Gmail',
  },
  emails: (due, sent, failed, where) =>
    `Correos: ${n(due, 'pendiente', 'pendientes')}, ${n(sent, 'enviado', 'enviados')}, ` +
    `${n(failed, 'fallo', 'fallos')} (${where}).`,
  copies: (addresses) => ` (copia: ${addresses})`,
  toSend: 'por enviar',
  failedFor: (who) => `fallo para ${who}`,
  sent: 'enviado',
  emailLine: (kind, to, copies, subject, state) =>
    `${kind} → ${to}${copies}: ${subject} — ${state}`,

  badDate: (flag, value) => `${flag} ${value}: se espera una fecha AAAA-MM-DD.`,
  scheduleEnded: (end, from) =>
    `Ningún envío previsto: el plan de acción terminó el ${end}, antes del ${from}. Para ver sus envíos: --from.`,
  scheduleEmpty: (to, from) =>
    `Ningún envío previsto: el periodo termina el ${to}, antes de empezar el ${from}.`,
  scheduleTitle: (from, to, count) => `Envíos previstos del ${from} al ${to}: ${count}`,
  scheduleHead: ['Fecha', 'Hora', 'Envío', 'Asunto', 'Destinatarios'],
  estimatedHolidays: (count) =>
    `${count > 1 ? 'Feriados estimados' : 'Feriado estimado'} del periodo ` +
    '(su fecha depende de la observación de la luna; los envíos los tienen en cuenta; ' +
    'por confirmar o corregir en holidays de committee.yaml):',
  holidaySpan: (first, last, name) => `${first}${last ? ` al ${last}` : ''}: ${name}`,

  configPushUsage: 'Uso: ogp-tracker config push --config committee.yaml',
  configNotFirestore: (file) =>
    `${file} guarda su estado en una carpeta: config push sirve para las funciones desplegadas, ` +
    'cuyo estado está en Firestore (storage.state: { kind: firestore, prefix: … }).',
  configPushed: (where) =>
    `Configuración verificada y guardada: ${where}. Las funciones la leerán en su próxima ejecución.`,

  transport: (name) => `Transporte: ${name}`,
  testSent: (to, messageId, answer) =>
    `✓ Correo de prueba enviado a ${to} (${messageId}): ${answer}`,
  failure: (answer) => `✗ Fallo — respuesta del servidor: ${answer}`,
  failureCause: (cause) => `  Causa: ${cause}.`,
  failureFix: (fix) => `  Qué hacer: ${fix}.`,
  inbox: (mailbox) => `Buzón: ${mailbox}`,
  inboxFailure: (failure) => `✗ Fallo — ${failure}`,

  intakeSkipped: (why) => `Buzón no leído: ${why}`,
  intakeDryRun: 'prueba (--dry-run): no se registra ni se responde nada.',
  intakeLine: (mailbox, messages, c) =>
    `Buzón ${mailbox}: ${n(messages, 'mensaje nuevo', 'mensajes nuevos')}` +
    (messages
      ? ` — ${n(c.filed, 'registrado', 'registrados')}, ${n(c.refused, 'rechazado', 'rechazados')}, ` +
        `${n(c.held, 'retenido', 'retenidos')}, ${n(c.unknownSenders, 'remitente desconocido', 'remitentes desconocidos')}, ` +
        `${n(c.ignored, 'ignorado', 'ignorados')} (automáticos o nuestros), ${n(c.questions, 'pregunta', 'preguntas')}${c.setAside ? `, ${n(c.setAside, 'apartado sin leer', 'apartados sin leer')}` : ''}; ` +
        n(c.answers, 'respuesta enviada', 'respuestas enviadas')
      : '') +
    '.',
  intakeOutcomes: {
    filed: 'Registrado',
    refused: 'Rechazado',
    ignored: 'Ignorado',
    held: 'Retenido',
    'unknown-sender': 'Remitente desconocido',
    'set-aside': 'Apartado',
    question: 'Pregunta',
  },
  intakeCommitments: (ids) =>
    ` (${ids.length > 1 ? 'compromisos' : 'compromiso'} ${ids.map((id) => `n.º ${id}`).join(', ')})`,
  releaseHint: (id) => `si de verdad viene de su remitente: ogp-tracker intake --release '${id}'`,
  intakeDetail: (what, from, subject, note) =>
    `${what} — ${from}: «${subject}»${note ? ` — ${note}` : ''}`,
  sheetFeedback: (sent) =>
    `Google Sheets modificadas y luego sin cambios durante diez minutos: ${n(sent, 'respuesta enviada', 'respuestas enviadas')}.`,
};
