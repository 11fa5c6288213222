/** The calendar's words in Arabic. */
import { formatFrenchDate } from '../../calendar-date.js';
import { plural } from '../../text.js';
import type { CalendarWords } from '../calendar-shape.js';
import { dayName } from '../day-names.js';

/** « يومين », « 3 أيام », « 11 يوما »: days after « قبل » or « بعد ». */
const days = (n: number) =>
  plural('ar', n, { one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يوما', other: '# يوم' });

/** Who gets a copy: « (نسخة: النواب، الكتابة) », or nothing. */
const copies = (substitutes: boolean, secretariat: boolean) => {
  const who = [...(substitutes ? ['النواب'] : []), ...(secretariat ? ['الكتابة'] : [])];
  return who.length ? ` (نسخة: ${who.join('، ')})` : '';
};

export const calendar: CalendarWords = {
  kinds: {
    reminder: 'تذكير',
    overdue: 'تذكير بعد الأجل',
    feedback: 'رد على البطاقة',
    'report-meeting': 'تقرير قبل الاجتماع',
    'report-deadline': 'تقرير بعد الأجل',
    invitation: 'دعوة إلى الاجتماع',
    'holiday-check': 'عطلة يجب تأكيدها',
    answer: 'رد على رسالة واردة',
  },
  withoutSheet: (substitutes) => `نقط الاتصال دون بطاقة صالحة${copies(substitutes, false)}`,
  late: (escalated, substitutes) => `نقط الاتصال المتأخرة${copies(substitutes, escalated)}`,
  secretariat: 'الكتابة',
  everyone: (substitutes) =>
    substitutes ? 'نقط الاتصال والنواب، الكتابة' : 'نقط الاتصال، الكتابة',
  unnamedHoliday: 'عطلة قررتها اللجنة',
  due: (title, date, n) => `${title}: الأجل ${date}${n ? ` (قبل ${days(n)})` : ' (يوم الأجل)'}`,
  overdue: (title, date, n) => `${title}: تجاوز أجل ${date} (بعد ${days(n)})`,
  reportDeadline: (date, title) => `حصيلة أجل ${date}: ${title}`,
  reportMeeting: (date) => `ملخص قبل اجتماع ${date}`,
  invitation: (date, time) => `دعوة إلى اجتماع ${date}${time ? ` على الساعة ${time}` : ''}`,
  holiday: (name, first, last) =>
    last === null
      ? `${name}: تاريخ تقديري ${first}، يجب تأكيده`
      : `${name}: تواريخ تقديرية من ${first} إلى ${last}، يجب تأكيدها`,
  holidaysMissing: (year) =>
    `العطل الرسمية لسنة ${year} يجب ذكرها في holidays.add: لا توجد فيها أي عطلة`,
  meeting: 'اجتماع لجنة التتبع',
  roundBeforeMeeting: (date) => `البطاقات المحينة قبل اجتماع ${date}`,
  roundForAll: 'البطاقات المنتظرة من كل الالتزامات',
  date: formatFrenchDate,
  noHolidays: (country) =>
    `لا تعرف الأداة أي عطلة رسمية في ${country}: لا تتجنب التذكيرات إلا نهاية الأسبوع. ` +
    'اذكروا العطل الرسمية في holidays.add (مثلا - 2026-05-25).',
  noHolidaysIn: (year, country) =>
    `لا عطلة رسمية في ${year}: لا تعرف الأداة قائمة ${country} ولا تتضمن holidays.add أي يوم من ${year}، ` +
    'فلا تتجنب تذكيرات تلك السنة إلا نهاية الأسبوع. ' +
    `اذكروها في holidays.add (مثلا - ${year}-05-01).`,
  removalMatchesNothing: (date, country) =>
    `holidays.remove: ${date} ليس عطلة رسمية في ${country} حسب قائمة البلد: لا يُحذف شيء (تحققوا من التاريخ).`,
  onWeekend: (date, day) => `${date} يوم ${dayName('ar', day)}`,
  onHoliday: (date, label) => `${date} يوم عطلة (${label})`,
  estimatedHoliday: (name) =>
    `${name}، تاريخ تقديري: يتوقف على رؤية الهلال، يجب تأكيده في holidays.add`,
  committeeHoliday: (name) => `${name}، قائمة holidays في الإعدادات`,
  meetingOff: (date, why) => `اجتماع ${date}: ${why}.`,
  meetingOutsidePlan: (date, start, end) =>
    `اجتماع ${date} خارج فترة الخطة (من ${start} إلى ${end}).`,
  meetingsSameDay: (count, date) =>
    `عدد الاجتماعات يوم ${date}: ${count}، والمنتظر اجتماع واحد في اليوم.`,
  deadlineOff: (title, date, why) => `أجل «${title}» بتاريخ ${date}: ${why}.`,
  deadlineAtMeeting: (title, due, meeting) =>
    `أجل «${title}» بتاريخ ${due}: يوم الاجتماع الذي يحضّر له (${meeting}) أو بعده (المنتظر dueBeforeEachMeeting ≥ 1).`,
  configuration: 'إعدادات اللجنة',
};
