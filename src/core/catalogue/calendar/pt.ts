/** The calendar's words in Portuguese. */
import { formatFrenchDate } from '../../calendar-date.js';
import { counted } from '../../text.js';
import type { CalendarWords } from '../calendar-shape.js';

export const calendar: CalendarWords = {
  kinds: {
    reminder: 'Lembrete',
    overdue: 'Lembrete após o prazo',
    feedback: 'Retorno sobre a ficha',
    'report-meeting': 'Relatório antes da reunião',
    'report-deadline': 'Relatório após o prazo',
    invitation: 'Convite para a reunião',
    'holiday-check': 'Feriado a confirmar',
    answer: 'Resposta a um e-mail recebido',
  },
  withoutSheet: 'Pontos focais sem ficha válida (cópia: suplentes)',
  late: (escalated) =>
    `Pontos focais atrasados (cópia: suplentes${escalated ? ', secretaria' : ''})`,
  secretariat: 'Secretaria',
  everyone: 'Pontos focais e suplentes, secretaria',
  due: (title, date, days) =>
    `${title}: prazo em ${date}${days ? ` (${counted(days, 'dia', 'dias', 'pt')} antes)` : ' (no próprio dia)'}`,
  overdue: (title, date, days) =>
    `${title}: prazo de ${date} vencido (${counted(days, 'dia', 'dias', 'pt')} depois)`,
  reportDeadline: (date, title) => `Balanço do prazo de ${date}: ${title}`,
  reportMeeting: (date) => `Síntese antes da reunião de ${date}`,
  invitation: (date, time) => `Convite para a reunião de ${date}${time ? ` às ${time}` : ''}`,
  holiday: (name, first, last) =>
    last === null
      ? `${name}: data estimada em ${first}, a confirmar`
      : `${name}: datas estimadas de ${first} a ${last}, a confirmar`,
  meeting: 'Reunião do comitê de acompanhamento',
  roundBeforeMeeting: (date) => `Fichas atualizadas antes da reunião de ${date}`,
  roundForAll: 'Fichas esperadas de todos os compromissos',
  date: formatFrenchDate,
};
