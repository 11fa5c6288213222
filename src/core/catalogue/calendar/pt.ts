/** The calendar's words in Portuguese. */
import { formatFrenchDate } from '../../calendar-date.js';
import { counted } from '../../text.js';
import type { CalendarWords } from '../calendar-shape.js';
import { dayName } from '../day-names.js';

/** Who gets a copy: « (cópia: suplentes, secretaria) », or nothing. */
const copies = (substitutes: boolean, secretariat: boolean) => {
  const who = [...(substitutes ? ['suplentes'] : []), ...(secretariat ? ['secretaria'] : [])];
  return who.length ? ` (cópia: ${who.join(', ')})` : '';
};

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
  withoutSheet: (substitutes) => `Pontos focais sem ficha válida${copies(substitutes, false)}`,
  late: (escalated, substitutes) => `Pontos focais atrasados${copies(substitutes, escalated)}`,
  secretariat: 'Secretaria',
  everyone: (substitutes) =>
    substitutes ? 'Pontos focais e suplentes, secretaria' : 'Pontos focais, secretaria',
  unnamedHoliday: 'feriado do comitê',
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
  holidaysMissing: (year) => `Feriados de ${year} a informar em holidays.add: não há nenhum`,
  meeting: 'Reunião do comitê de acompanhamento',
  roundBeforeMeeting: (date) => `Fichas atualizadas antes da reunião de ${date}`,
  roundForAll: 'Fichas esperadas de todos os compromissos',
  date: formatFrenchDate,
  noHolidays: (country) =>
    `Nenhum feriado conhecido para ${country}: os lembretes só evitam o fim de semana. ` +
    'Informe os feriados do país em holidays.add (por exemplo - 2026-05-25).',
  noHolidaysIn: (year, country) =>
    `Nenhum feriado em ${year}: a ferramenta não conhece a lista de ${country} e holidays.add não tem ` +
    `nenhum dia de ${year}, então os lembretes desse ano só evitam o fim de semana. ` +
    `Informe-os em holidays.add (por exemplo - ${year}-05-01).`,
  removalMatchesNothing: (date, country) =>
    `holidays.remove: ${date} não é feriado de ${country} segundo a lista do país: nada é retirado (confira a data).`,
  onWeekend: (date, day) => `${date} é ${dayName('pt', day)}`,
  onHoliday: (date, label) => `${date} é feriado (${label})`,
  estimatedHoliday: (name) =>
    `${name}, data estimada: depende da observação da lua, a confirmar em holidays.add`,
  committeeHoliday: (name) => `${name}, lista holidays da configuração`,
  meetingOff: (date, why) => `Reunião de ${date}: ${why}.`,
  meetingOutsidePlan: (date, start, end) =>
    `Reunião de ${date} fora do plano (de ${start} a ${end}).`,
  meetingsSameDay: (count, date) => `${count} reuniões em ${date}: espera-se uma só por dia.`,
  deadlineOff: (title, date, why) => `Prazo “${title}” de ${date}: ${why}.`,
  deadlineAtMeeting: (title, due, meeting) =>
    `Prazo “${title}” de ${due}: no próprio dia da reunião de ${meeting} que prepara, ou depois (espera-se dueBeforeEachMeeting ≥ 1).`,
  configuration: 'Configuração do comitê',
};
