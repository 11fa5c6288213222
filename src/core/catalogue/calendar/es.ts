/** The calendar's words in Spanish. */
import { formatFrenchDate } from '../../calendar-date.js';
import { counted } from '../../text.js';
import type { CalendarWords } from '../calendar-shape.js';
import { dayName } from '../day-names.js';

/** Who gets a copy: « (copia: suplentes, secretaría) », or nothing. */
const copies = (substitutes: boolean, secretariat: boolean) => {
  const who = [...(substitutes ? ['suplentes'] : []), ...(secretariat ? ['secretaría'] : [])];
  return who.length ? ` (copia: ${who.join(', ')})` : '';
};

export const calendar: CalendarWords = {
  kinds: {
    reminder: 'Recordatorio',
    overdue: 'Recordatorio tras el plazo',
    feedback: 'Respuesta sobre la ficha',
    'report-meeting': 'Informe antes de la reunión',
    'report-deadline': 'Informe tras el plazo',
    invitation: 'Invitación a la reunión',
    'holiday-check': 'Feriado por confirmar',
    answer: 'Respuesta a un correo recibido',
  },
  withoutSheet: (substitutes) => `Puntos focales sin ficha válida${copies(substitutes, false)}`,
  late: (escalated, substitutes) => `Puntos focales atrasados${copies(substitutes, escalated)}`,
  secretariat: 'Secretaría',
  everyone: (substitutes) =>
    substitutes ? 'Puntos focales y suplentes, secretaría' : 'Puntos focales, secretaría',
  unnamedHoliday: 'feriado del comité',
  due: (title, date, days) =>
    `${title}: plazo el ${date}${days ? ` (${counted(days, 'día', 'días', 'es')} antes)` : ' (el mismo día)'}`,
  overdue: (title, date, days) =>
    `${title}: plazo del ${date} vencido (${counted(days, 'día', 'días', 'es')} después)`,
  reportDeadline: (date, title) => `Balance del plazo del ${date}: ${title}`,
  reportMeeting: (date) => `Síntesis antes de la reunión del ${date}`,
  invitation: (date, time) => `Invitación a la reunión del ${date}${time ? ` a las ${time}` : ''}`,
  holiday: (name, first, last) =>
    last === null
      ? `${name}: fecha estimada el ${first}, por confirmar`
      : `${name}: fechas estimadas del ${first} al ${last}, por confirmar`,
  holidaysMissing: (year) => `Feriados de ${year} por indicar en holidays.add: no hay ninguno`,
  meeting: 'Reunión del comité de seguimiento',
  roundBeforeMeeting: (date) => `Fichas actualizadas antes de la reunión del ${date}`,
  roundForAll: 'Fichas esperadas de todos los compromisos',
  date: formatFrenchDate,
  noHolidays: (country) =>
    `No se conoce ningún feriado de ${country}: los recordatorios solo evitan el fin de semana. ` +
    'Indique los feriados del país en holidays.add (por ejemplo - 2026-05-25).',
  noHolidaysIn: (year, country) =>
    `Ningún feriado en ${year}: la herramienta no conoce la lista de ${country} y holidays.add no tiene ` +
    `ningún día de ${year}, así que los recordatorios de ese año solo evitan el fin de semana. ` +
    `Indíquelos en holidays.add (por ejemplo - ${year}-05-01).`,
  removalMatchesNothing: (date, country) =>
    `holidays.remove: el ${date} no es feriado de ${country} según la lista del país: no se quita nada (verifique la fecha).`,
  onWeekend: (date, day) => `el ${date} es ${dayName('es', day)}`,
  onHoliday: (date, label) => `el ${date} es feriado (${label})`,
  estimatedHoliday: (name) =>
    `${name}, fecha estimada: depende de la observación de la luna, por confirmar en holidays.add`,
  committeeHoliday: (name) => `${name}, lista holidays de la configuración`,
  meetingOff: (date, why) => `Reunión del ${date}: ${why}.`,
  meetingOutsidePlan: (date, start, end) =>
    `Reunión del ${date} fuera del plan (del ${start} al ${end}).`,
  meetingsSameDay: (count, date) => `${count} reuniones el ${date}: se espera una sola por día.`,
  deadlineOff: (title, date, why) => `Plazo «${title}» del ${date}: ${why}.`,
  deadlineAtMeeting: (title, due, meeting) =>
    `Plazo «${title}» del ${due}: el mismo día de la reunión del ${meeting} que prepara, o después (se espera dueBeforeEachMeeting ≥ 1).`,
  configuration: 'Configuración del comité',
};
