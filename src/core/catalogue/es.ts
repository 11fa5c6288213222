/** Spanish, as Latin American administrations write it (dates dd/mm/aaaa). */
import { failureReason } from '../failure-message.js';
import { render } from './render.js';
import { intake } from './intake/es.js';
import { TEMPLATE_WORDS } from '../template-words.js';
import { counted, decimalComma } from '../text.js';
import { formatFrenchDate as ddmmyyyy } from '../calendar-date.js';
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

/** The template as this language writes it: the sheets messages name. */
const ES = TEMPLATE_WORDS.es;

const n = (count: number, one: string, many: string) => counted(count, one, many, 'es');

function esErrors(count: number): string {
  return n(count, 'error', 'errores');
}

const email: EmailStrings = {
  dir: 'ltr',
  hello: (name) => `Hola, ${name}:`,
  signature: (committee) => `La secretaría del ${committee}`,
  commitment: (id, title) => `compromiso n.º ${id} «${title}»`,
  reminderSubject: (c) => {
    const due = ddmmyyyy(c.round.due);
    if (c.received) {
      return (
        `Ficha recibida, ${esErrors(c.errors.length)} por corregir — compromiso n.º ${c.commitment.id}, ` +
        `${c.type === 'overdue' ? `plazo del ${due} vencido` : `plazo el ${due}`}`
      );
    }
    return c.type === 'overdue'
      ? `Recordatorio: ficha atrasada — compromiso n.º ${c.commitment.id} (plazo del ${due})`
      : `Recordatorio: ${c.round.title} — compromiso n.º ${c.commitment.id}, plazo el ${due}`;
  },
  reminderIntro: (c) => {
    const state = c.received
      ? `Recibimos la nueva versión de su ficha (${n(c.received.actions, 'acción', 'acciones')} ` +
        `de comunicación, ${n(c.received.milestones, 'hito', 'hitos')}), pero debe corregirse.`
      : c.status === 'to-fix'
        ? 'Su ficha fue recibida, pero debe corregirse.'
        : c.status === 'to-update' && c.lastUpdate
          ? `Su última ficha es del ${ddmmyyyy(c.lastUpdate)}: todavía no se ha actualizado para este plazo.`
          : c.heldOn
            ? `Su correo del ${ddmmyyyy(c.heldOn)} aún no pudo registrarse: el servidor de la secretaría no autenticó a su remitente y la secretaría lo está verificando.`
            : 'Todavía no hemos recibido su ficha.';
    const when =
      c.type === 'overdue'
        ? `El plazo del ${ddmmyyyy(c.round.due)} venció hace ${n(-c.daysLeft, 'día', 'días')}.`
        : c.daysLeft === 0
          ? `El plazo vence hoy, ${ddmmyyyy(c.round.due)}.`
          : `El plazo vence el ${ddmmyyyy(c.round.due)}, dentro de ${n(c.daysLeft, 'día', 'días')}.`;
    return `${c.round.title} — ${email.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  reminderExpected: (c) => {
    const what =
      c.status === 'to-fix'
        ? 'la ficha corregida'
        : 'la ficha actualizada, con sus acciones de comunicación y el avance de cada hito';
    return c.type === 'overdue'
      ? `Se espera lo antes posible: ${what}.`
      : `Se espera a más tardar el ${ddmmyyyy(c.round.due)}: ${what}.`;
  },
  templateAttached:
    'Su ficha prellenada va adjunta a este correo: complétela (su primera hoja explica cómo).',
  fillIn: 'Su ficha:',
  sendBack: 'Envíe la ficha completada (.xlsx) en respuesta a este correo.',
  errorsTitle: (count, byCell) =>
    `${esErrors(count)} por corregir${byCell ? ', celda por celda' : ''}:`,
  more: (count) => `… y ${n(count, 'error más', 'errores más')}.`,
  moreWarnings: (count) => `… y ${n(count, 'advertencia más', 'advertencias más')}.`,
  feedbackSubject: (c) =>
    c.errors.length > 0
      ? `Ficha recibida, ${esErrors(c.errors.length)} por corregir — compromiso n.º ${c.commitment.id}`
      : c.status === 'to-update'
        ? `Ficha recibida, fecha de actualización por verificar — compromiso n.º ${c.commitment.id}`
        : `Ficha recibida y completa — compromiso n.º ${c.commitment.id}`,
  feedbackBody: (c) => {
    const received =
      `Recibimos la ficha del ${email.commitment(c.commitment.id, c.commitment.title)}: ` +
      `${n(c.actions, 'acción', 'acciones')} de comunicación y ${n(c.milestones, 'hito', 'hitos')}.`;
    const deadline = c.deadline ? `${ddmmyyyy(c.deadline.due)} (${c.deadline.title})` : null;
    if (c.errors.length > 0) {
      return `${received} Le rogamos corregir los puntos siguientes${deadline ? (c.deadline?.past ? ` cuanto antes (el plazo del ${deadline} ya venció)` : ` antes del ${deadline}`) : ''}:`;
    }
    if (c.status === 'to-update') {
      return (
        `${received} Lleva como fecha de actualización el ${c.lastUpdate ? ddmmyyyy(c.lastUpdate) : '?'}, ` +
        `anterior a la recolección en curso${deadline ? (c.deadline?.past ? ` (el plazo del ${deadline} ya venció)` : ` (plazo el ${deadline})`) : ''}: si está al día, ` +
        `indique la fecha de hoy en «${ES.labels.updatedAt[0]}» (hoja «${ES.sheets.engagement}») y envíela de nuevo.`
      );
    }
    return `${received} Está completa, gracias.${deadline ? ` Próximo plazo: el ${deadline}.` : ''}`;
  },
  warnings: (count) => `${n(count, 'advertencia', 'advertencias')}, por revisar sin urgencia:`,
  refusalVerdict: 'Ficha no registrada',
  refusalIntro: (c) => {
    const which = c.refusals.length > 1 ? 'los archivos que contiene' : 'lo que contiene';
    const about = c.subject ? ` «${c.subject}»` : '';
    return `Recibimos su correo${about}, pero no pudimos registrar ${which}:`;
  },
  refusal: (r) => {
    switch (r.reason) {
      case 'other-commitment': {
        const yours = r.yours.map((id) => `n.º ${id}`).join(', ');
        return (
          `«${r.file}» es la ficha del compromiso n.º ${r.commitmentId}, que usted no sigue ` +
          `(usted sigue el compromiso ${yours}): si es la suya, corrija el número en la hoja ` +
          `«${ES.sheets.engagement}»; si no, la envía su punto focal.`
        );
      }
      case 'unknown-commitment': {
        const what =
          r.commitmentId === null
            ? 'ningún número de compromiso'
            : `un número de compromiso que el comité no tiene (indica el n.º ${r.commitmentId})`;
        return `«${r.file}» lleva ${what}: indique el número de su compromiso en la hoja «${ES.sheets.engagement}».`;
      }
      case 'other-spreadsheet':
        return (
          `«${r.file}» no tiene el formato de la ficha: ábrala en Excel o LibreOffice, guárdela ` +
          'como «Libro de Excel (.xlsx)» y envíe ese archivo.'
        );
      case 'unreadable':
        return `«${r.file}»: ${render('es', failureReason(r.failure))}`;
      case 'untouched-template':
        return (
          `«${r.file}» es la ficha prellenada tal como la enviamos, sin nada completado: añada ` +
          'sus acciones de comunicación y el avance de cada hito.'
        );
      case 'file-too-large':
        return (
          `«${r.file}» pesa ${decimalComma(r.mib)} MB, más de los ${decimalComma(r.maxMib)} MB ` +
          'aceptados: quite imágenes y filas innecesarias.'
        );
      case 'message-too-large':
        return (
          `su correo pesa ${decimalComma(r.mib)} MB, más de los ${decimalComma(r.maxMib)} MB que ` +
          'leemos: envíe la ficha sola, sin otro adjunto.'
        );
      case 'message-unreadable':
        return (
          `no pudimos leer su correo (${intake.defect(r.defect)}): ` +
          'envíe un correo nuevo con solo la ficha adjunta, sin reenviar ningún mensaje.'
        );
      case 'forwarded-message':
        return (
          `«${r.file}» está dentro de un correo reenviado, que no abrimos: ` +
          'guarde la ficha y adjúntela directamente a su respuesta.'
        );
      case 'too-large-to-keep':
        return (
          `«${r.file}» contiene más datos de los que el seguimiento puede conservar: ` +
          'quite las filas innecesarias (y corrija los errores repetidos en muchas filas) y vuelva a enviarla.'
        );
      case 'too-many-files':
        return (
          `su correo adjunta ${n(r.count, 'libro', 'libros')}; leemos como máximo ${r.max} por ` +
          'correo: envíe cada ficha por separado.'
        );
    }
  },
  refusalExpected: (c) =>
    c.deadline
      ? `${c.deadline.past ? `Se espera cuanto antes, pues el plazo del ${ddmmyyyy(c.deadline.due)} ya venció` : `Se espera a más tardar el ${ddmmyyyy(c.deadline.due)}`} (${c.deadline.title}): la ficha ` +
        '(.xlsx), en respuesta a este correo.'
      : 'Envíe de nuevo la ficha (.xlsx) en respuesta a este correo.',
  invitationSubject: (c) =>
    `Invitación: reunión del ${c.committeeName} el ${ddmmyyyy(c.meeting.date)}${c.meeting.time ? ` a las ${c.meeting.time}` : ''}`,
  meetingEvent: (committee) => `Reunión — ${committee}`,
  invitationBody: (c) => {
    const time = c.meeting.time ? ` a las ${c.meeting.time}` : '';
    const place = c.meeting.place ? `, ${c.meeting.place}` : '';
    return (
      `Tenemos el gusto de invitarle a la reunión del ${c.committeeName} el ` +
      `${ddmmyyyy(c.meeting.date)}${time}${place}. La invitación para su agenda va adjunta (archivo .ics).`
    );
  },
  agenda: 'Orden del día:',
  holidayCheckSubject: (c) =>
    `Feriado por confirmar: ${c.holiday.name}, estimado el ${ddmmyyyy(c.holiday.first)}`,
  holidayCheckBody: (c) => {
    const { first, last, name } = c.holiday;
    const days =
      first === last ? `el ${ddmmyyyy(first)}` : `del ${ddmmyyyy(first)} al ${ddmmyyyy(last)}`;
    return (
      `La fecha de «${name}» depende de la observación de la luna: el calendario del comité la ` +
      `estima ${days}, y los recordatorios, informes y plazos del periodo cuentan esos días como feriados.`
    );
  },
  holidayCheckAction: (c) =>
    `En cuanto se anuncie la fecha, y antes del ${ddmmyyyy(c.holiday.first)}, confírmela en ` +
    `committee.yaml, sección holidays: add: [${holidaySpan(c)}]. Si el anuncio da otros días, ` +
    `quite la estimación (remove: [${holidaySpan(c)}]) y añada los días anunciados en add.`,
  holidaysMissingSubject: (c) =>
    `Feriados de ${c.year} por indicar: el calendario del comité no tiene ninguno`,
  holidaysMissingBody: (c) =>
    `La herramienta no conoce los feriados de ${countryName('es', c.country)}: el comité los indica ` +
    `en committee.yaml. No ha indicado ninguno para ${c.year}: los recordatorios, informes y plazos ` +
    'de ese año contarán como hábiles todos los días salvo el fin de semana, feriados incluidos.',
  holidaysMissingAction: (c) =>
    `Antes del ${ddmmyyyy(c.first)}, añádalos en committee.yaml, sección holidays: ` +
    `add: [${c.year}-05-01, { date: ${c.year}-MM-DD/${c.year}-MM-DD, name: … }] (un día o un periodo), ` +
    'los que dependen de la luna en su fecha estimada, por confirmar cuando se anuncie.',
};

const report: ReportStrings = {
  subjectMeeting: (d, c) => `Síntesis antes de la reunión del ${d} — ${c}`,
  subjectDeadline: (d, c) => `Balance del plazo del ${d} — ${c}`,
  greeting: 'Hola:',
  aboutMeeting: (d) => `la reunión del ${d}`,
  aboutDeadline: (d, title) => `el plazo del ${d} (${title})`,
  sheets: (today, about, t, count) =>
    `Estado del seguimiento al ${today}, para ${about}: ${n(count, 'compromiso', 'compromisos')}, ` +
    `${n(t.received, 'ficha recibida', 'fichas recibidas')}, ${t.toFix} por corregir, ${t.toUpdate} ` +
    `por actualizar, ${n(t.missing, 'faltante', 'faltantes')}; ${n(t.late, 'atrasada', 'atrasadas')}.`,
  progress: (t) => {
    const average =
      t.averageProgress === null ? '' : `, avance medio de ${decimalComma(t.averageProgress)} %`;
    const errors =
      t.errors === 0
        ? 'No queda ningún error por corregir.'
        : `${n(t.errors, 'error queda', 'errores quedan')} por corregir.`;
    return (
      `Hitos: ${n(t.milestonesAchieved, 'cumplido', 'cumplidos')} de ${t.milestonesTotal}${average}. ` +
      `Acciones de comunicación: ${n(t.actionsDone, 'realizada', 'realizadas')} de ` +
      `${t.actionsPlanned}. ${errors}`
    );
  },
  meetingAhead: (d, time, place) =>
    `La reunión se celebrará el ${d}${time ? ` a las ${time}` : ''}${place ? `, ${place}` : ''}.`,
  attached: 'Se adjunta el libro de seguimiento consolidado.',
  page: (link) =>
    link
      ? `La página de seguimiento (gráficos, una ficha por compromiso) está ${/^https?:/.test(link) ? 'publicada' : 'aquí'}: ${link}`
      : 'La página de seguimiento (gráficos, una ficha por compromiso) va adjunta: suivi.html, para abrir en un navegador.',
  linked: (link, reason) =>
    reason === 'drive'
      ? `El libro de seguimiento consolidado está en la carpeta compartida: ${link}`
      : `El libro de seguimiento consolidado pesa demasiado para adjuntarlo por este servidor de correo (4 MB como máximo): está en ${link}`,
  head: [
    'N.º',
    'Compromiso',
    'Institución',
    'Estado',
    'Actualización',
    'Atrasado',
    'Hitos cumplidos',
    'Avance medio',
    'Acciones realizadas',
    'Errores',
  ],
  status: {
    received: 'Recibida',
    'to-fix': 'Por corregir',
    'to-update': 'Por actualizar',
    missing: 'Faltante',
  },
  yes: 'Sí',
  no: 'No',
  late: (count) => `Atrasados (${count}):`,
  lateItem: (d, status) => {
    const last = d.lastUpdate ? ` (última ficha del ${ddmmyyyy(d.lastUpdate)})` : '';
    return `n.º ${d.id} «${d.title}» — ${d.institution}, punto focal ${d.focalPoint}: ${status.toLowerCase()}${last}`;
  },
  noneLate: 'Ningún compromiso está atrasado.',
  since: (d, taken) =>
    d
      ? `Desde la reunión del ${d}${taken ? ` (síntesis del ${taken})` : ''}:`
      : 'Desde el inicio del plan:',
  change: (c) =>
    `n.º ${c.id} «${c.title}»: ${[
      c.sheet === 'new'
        ? 'primera ficha recibida'
        : c.sheet === 'updated'
          ? 'ficha actualizada'
          : 'ficha sin cambios',
      ...(c.newlyDone ? [n(c.newlyDone, 'acción realizada', 'acciones realizadas')] : []),
      ...(c.newlyAchieved?.length
        ? [
            `${n(c.newlyAchieved.length, 'hito cumplido', 'hitos cumplidos')} (${c.newlyAchieved.join('; ')})`,
          ]
        : []),
      ...(c.newErrors ? [n(c.newErrors, 'error nuevo', 'errores nuevos')] : []),
    ].join(', ')}`,
  noChange: 'Sin cambios.',
  refused: (count) =>
    `${count > 1 ? 'Direcciones rechazadas' : 'Dirección rechazada'} por el servidor de correo: ` +
    `${count > 1 ? 'estas personas no reciben nada' : 'esta persona no recibe nada'} mientras ` +
    'la dirección no se corrija en committee.yaml.',
  refusedItem: (r) =>
    `dirección rechazada: ${r.address} — verifique la dirección del punto focal (respuesta del servidor: ${r.answer}; correo «${r.subject}»)`,
  mailbox: (count) =>
    `${count > 1 ? 'Correos dejados' : 'Correo dejado'} en el buzón de la secretaría, sin respuesta automática: ` +
    'un mensaje retenido se acepta con «ogp-tracker intake --release <Message-ID>» si de verdad ' +
    'viene de su remitente; un remitente desconocido nunca recibe respuesta automática; una ' +
    'pregunta espera la respuesta de una persona; un correo «apartado» está en la carpeta ' +
    '«no leído por ogp-tracker» del buzón, para que una persona lo abra.',
  mailboxFiled: (count) =>
    `${count > 1 ? 'Fichas registradas' : 'Ficha registrada'} sin que el servidor de la secretaría ` +
    `autentique a su remitente (ya ${count > 1 ? 'respondidas' : 'respondida'}): ` +
    'debe confirmarse con el remitente.',
  mailboxItem: (m) =>
    `${{ held: 'retenido', 'unknown-sender': 'remitente desconocido', unauthenticated: 'registrado', 'set-aside': 'apartado sin leer', question: 'pregunta' }[m.outcome]}: ${m.from} — «${m.subject}», ` +
    `recibido el ${ddmmyyyy(m.receivedAt.slice(0, 10))} (${m.note}) — ${m.messageId}`,
  date: ddmmyyyy,
};

const page: PageWords = {
  colon: ': ',
  noData: 'Sin datos',
  completionRule:
    'Cada hito cuenta por su avance (a falta de él, por su nivel: no iniciado 0 %, limitado ' +
    '25 %, sustancial 75 %, completo 100 %). Un compromiso está completo cuando todos sus hitos ' +
    'lo están; sustancial desde 50 % en promedio; limitado por encima de 0 %; no iniciado en ' +
    '0 %; sin datos si ningún hito está completado. La secretaría puede fijar el nivel, con su justificación.',
  asOf: 'Seguimiento al',
  commitments: 'compromisos',
  commitment: 'compromiso',
  received: 'fichas recibidas',
  receivedOne: 'ficha recibida',
  toFix: 'por corregir',
  toUpdate: 'por actualizar',
  missing: 'faltantes',
  missingOne: 'faltante',
  progress: 'Avance global',
  levels: 'Niveles de cumplimiento',
  perAxis: 'Avance por eje',
  perCommitment: 'Avance por compromiso',
  late: 'Atrasados',
  noneLate: 'Ningún compromiso está atrasado.',
  changes: 'Desde la reunión del',
  changesStart: 'Desde el inicio del plan',
  noChange: 'Sin cambios.',
  series: 'Avance en cada reunión',
  cards: 'Los compromisos',
  focalPoint: 'Punto focal',
  status: 'Estado de la ficha',
  level: 'Nivel de cumplimiento',
  setBy: 'fijado por la secretaría',
  milestones: 'Hitos',
  actions: 'Acciones de comunicación',
  indicators: 'Indicadores unificados',
  evidence: 'Evidencias',
  done: 'cumplido',
  overdue: 'atrasado',
  toCome: 'por venir',
  rule: 'Regla',
  noSheet: 'No se recibió ninguna ficha.',
  target: 'meta',
  achieved: 'logrado',
  realised: 'realizadas de',
  axisNone: 'Sin eje',
};

const master: MasterWords = {
  sheets: {
    dashboard: 'Tablero',
    indicators: 'Indicadores',
    anomalies: 'Anomalías',
    calendar: 'Calendario',
    journal: 'Registro',
    selfAssessment: 'Autoevaluación OGP',
  },
  title: (committee) => `Seguimiento consolidado — ${committee}`,
  asOf: (date) => `Seguimiento al ${date}`,
  round: (title, due) => `${title} (plazo el ${due})`,
  dashboard: (budget) => ['N.º', 'Título', 'Institución', 'Punto focal', 'Estado de la ficha', 'Última actualización', 'Atrasado', 'Acciones previstas', 'Acciones realizadas', budget, 'Hitos cumplidos / total', 'Avance medio (%)', 'Errores', 'Advertencias', 'Observación'],
  total: (count) => `Total (${n(count, "compromiso", "compromisos")})`,
  totals: (t) =>
    `${n(t.received, 'recibida', 'recibidas')}, ${t.toFix} por corregir, ${t.toUpdate} por actualizar, ` +
    `${n(t.missing, 'faltante', 'faltantes')}, ${n(t.late, 'atrasada', 'atrasadas')}`,
  records: { commitment: 'N.º de compromiso', institution: 'Institución', source: 'Fuente', row: 'Fila', readOn: 'Leído el' },
  indicators: (budget) => ['N.º de compromiso', 'Institución', 'Tipo de acción', 'Indicador unificado', 'Acciones previstas', 'Acciones realizadas', 'Valor meta', 'Valor logrado', budget],
  anomalies: ['N.º de compromiso', 'Institución', 'Hoja', 'Celda', 'Código', 'Gravedad', 'Mensaje', 'Enlace', 'Fuente'],
  error: 'Error',
  warning: 'Advertencia',
  open: 'Abrir',
  calendar: ['Fecha', 'Hora', 'Tipo', 'Título', 'Detalles', 'Estado'],
  calendarKinds: { meeting: 'Reunión', deadline: 'Plazo', 'send-planned': 'Envío previsto', 'send-done': 'Envío realizado' },
  past: 'Pasado',
  toCome: 'Por venir',
  journal: ['Fecha y hora', 'Comando', 'Fuentes configuradas', 'Fuentes leídas', 'Acciones', 'Hitos', 'Errores', 'Advertencias', 'Correos enviados', 'Solicitudes a Google', 'Duración (s)', 'Observaciones'],
  selfAssessment: ['N.º', 'Compromiso', 'Institución responsable', 'Inicio', 'Fin', 'Nivel de cumplimiento', 'Justificación del nivel', 'Evidencias (enlaces)', 'Dificultades', 'Próximos pasos'],
  setBy: (who) => `Fijado por la secretaría: ${who}`,
  noMilestone: 'Ningún hito completado',
  derived: (achieved, total, average) => `Deducido de los hitos (${achieved} de ${total} cumplidos, avance medio ${average} %)`,
  ends: (date) => ` (fin ${date})`,
  pageNumber: (page, pages) => `Página ${page} de ${pages}`,
}; // prettier-ignore

/** Spanish. */
const openData: OpenDataWords = {
  title: (plan, committee) => `Seguimiento del ${plan} — ${committee}`,
  description: (today) =>
    `Compromisos, hitos y acciones de comunicación al ${today}, tal como los declararon los ` +
    'puntos focales. Solo se publican las filas sin error de validación; cada recurso indica ' +
    'cuántas quedan retenidas hasta su corrección.',
  formulas:
    'Ningún texto se ejecuta como fórmula en una hoja de cálculo: al inicio de un texto y ' +
    "después de cada punto y coma, tabulación o salto de línea, se añade un apóstrofo (') " +
    'cuando lo que sigue empieza, quizá tras espacios, por =, +, -, @, una tabulación, un ' +
    'retorno de carro o un apóstrofo. Quite el apóstrofo en esos lugares para recuperar el ' +
    'texto declarado. Los caracteres nulos (NUL) se suprimen; los números se publican tal cual, ' +
    'sin apóstrofo.',
  tables: { engagements: 'Compromisos', jalons: 'Hitos', actions: 'Acciones de comunicación' },
  fields: {
    engagements: {
      numero: 'Número del compromiso',
      intitule: 'Título',
      institution: 'Institución responsable',
      axe: 'Eje del plan de acción',
      statut_fiche: 'Estado de la ficha',
      derniere_mise_a_jour: 'Última actualización',
      en_retard: 'Atrasado',
      actions_prevues: 'Acciones previstas',
      actions_realisees: 'Acciones realizadas',
      jalons_acheves: 'Hitos cumplidos',
      jalons_total: 'Hitos',
      avancement_moyen: 'Avance medio (%)',
      niveau_achevement: 'Nivel de cumplimiento (escala del MRI)',
      niveau_fixe_par_le_secretariat: 'Nivel fijado por la secretaría',
    },
    jalons: {
      engagement: 'Número del compromiso',
      reference: 'Referencia del hito',
      intitule: 'Hito',
      debut: 'Fecha de inicio',
      fin: 'Fecha de fin',
      avancement: 'Avance (%)',
      niveau: 'Nivel de cumplimiento',
      justificatif: 'Evidencia',
      difficultes: 'Dificultades encontradas',
    },
    actions: {
      engagement: 'Número del compromiso',
      reference: 'Referencia de la acción',
      type: 'Tipo de acción',
      intitule: 'Título',
      public_cible: 'Público objetivo',
      canal: 'Canal / soporte',
      date_prevue: 'Fecha prevista',
      date_realisation: 'Fecha de realización',
      statut: 'Estado',
      financement: 'Fuente de financiamiento',
      indicateur: 'Indicador unificado',
      valeur_cible: 'Valor meta',
      valeur_realisee: 'Valor logrado',
      hashtags: 'Hashtags',
      logo: 'Logo de la carta utilizado',
      justificatif: 'Evidencia',
    },
  },
  budget: (currency) => `Presupuesto (${currency})`,
  budgetDescription: (currency) => `Monto en ${currency} (código ISO 4217)`,
};

export const es: Catalogue = { email, report, page, master, openData };
