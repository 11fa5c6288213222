/** The dashboard's remarks in Arabic. */
import type { DashboardWords } from '../dashboard-shape.js';

export const dashboard: DashboardWords = {
  stale: (problem, readOn) =>
    `المصدر غير مقروء اليوم (${problem}): معطيات القراءة بتاريخ ${readOn}.`,
  missingWith: (problem) => `${problem} (لم تصل أي بطاقة).`,
  templateUntouched: 'لم يُملأ النموذج المعبأ مسبقا بعد: لم تصل أي بطاقة.',
  noSheet: 'لم تصل أي بطاقة.',
  noSource: 'لا مصدر محدد لهذا الالتزام.',
  viaMail: (day, time, from) => `وصلت بالبريد الإلكتروني يوم ${day} على الساعة ${time} (${from}).`,
  notUpdated: (sheetDate, due) => `بطاقة بتاريخ ${sheetDate}، لم تُحيَّن بعد لأجل ${due}.`,
  receivedLate: (date, due) => `وصلت يوم ${date}، بعد أجل ${due}.`,
  unknownType: '(نوع غير معروف)',
  possiblyTwice: (delivery) => `ربما أُرسل مرتين (استئناف بعد انقطاع): ${delivery}`,
  mailSource: (sender) => `بريد إلكتروني من ${sender}`,
};
