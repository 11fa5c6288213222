/** The intake's notes in Arabic. */
import type { IntakeWords } from '../intake-shape.js';

export const intake: IntakeWords = {
  noAuthHeader: 'لا يوجد ترويسة Authentication-Results',
  noSenderAddress: 'مرسل دون عنوان',
  dmarcOtherDomain: (said, from) => `dmarc=pass لـ ${said}، لا لـ ${from}`,
  dmarcFailed: (result, from) => `dmarc=${result} لـ ${from}`,
  unaligned: (from, results) =>
    `${from} دون DMARC، ولا SPF ولا DKIM متوافقان (${results ?? 'لا نتيجة'})`,
  spfAligned: 'spf=pass، متوافق (دون DMARC)',
  dkimAligned: 'dkim=pass، متوافق (دون DMARC)',
  emptyReturnPath: 'Return-Path فارغ',
  deliveryReport: (type) => `تقرير تسليم أو قراءة (${type})`,
  mailingList: (header) => `قائمة بريدية (${header})`,
  autoReply: (subject) => `رد تلقائي («${subject}»)`,
  bounceSender: (address) => `أرسله خادم بريد (${address})`,
  answerSuppressed: (reason) => `دون رد: يطلب المرسل ألا يُرَدّ عليه تلقائيًا (${reason})`,
  notWorkingDay: (day, from, to) =>
    `يوم غير عمل (${day}): يُقرأ الصندوق في أيام العمل، من ${from} إلى ${to}.`,
  outsideHours: (clock, from, to) =>
    `خارج ساعات القراءة (${clock}): يُقرأ الصندوق من ${from} إلى ${to}، في أيام العمل.`,
  storageBusy: 'تشغيل آخر يستعمل التخزين: سيقرأ التشغيل المقبل الصندوق.',
  ours: 'رسالتنا نحن',
  automatic: (reason) => `رسالة آلية (${reason})`,
  unknownSender: (from) => `${from} ليس نقطة اتصال ولا نائبا ولا من الكتابة`,
  noSender: 'دون مرسل',
  notAuthenticated: (why) => `لم يصادق عليه خادم الكتابة: ${why}`,
  removedBeforeAnswer: 'سُحبت من الصندوق قبل الرد عليها',
  refusals: {
    'other-commitment': 'بطاقة التزام آخر',
    'unknown-commitment': 'دون رقم التزام من اللجنة',
    'other-spreadsheet': 'ليست بصيغة ‎.xlsx',
    unreadable: 'مصنف غير مقروء',
    'untouched-template': 'نموذج غير مملوء',
    'file-too-large': 'ملف كبير جدا',
    'message-too-large': 'رسالة كبيرة جدا',
    'too-many-files': 'مصنفات كثيرة جدا',
  },
};
