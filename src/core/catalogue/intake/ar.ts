/** The intake's notes in Arabic. */
import type { IntakeWords } from '../intake-shape.js';
import { plural } from '../../text.js';

/** « 250 جزءا », « 3 أجزاء »: agreed in number. */
const parts = (n: number) =>
  plural('ar', n, {
    zero: '# جزء',
    one: 'جزء واحد',
    two: 'جزأين',
    few: '# أجزاء',
    many: '# جزءا',
    other: '# جزء',
  });
const levels = (n: number) =>
  plural('ar', n, {
    zero: '# مستوى',
    one: 'مستوى واحد',
    two: 'مستويين',
    few: '# مستويات',
    many: '# مستوى',
    other: '# مستوى',
  });
const times = (n: number) =>
  plural('ar', n, {
    zero: '# مرة',
    one: 'مرة واحدة',
    two: 'مرتين',
    few: '# مرات',
    many: '# مرة',
    other: '# مرة',
  });

export const intake: IntakeWords = {
  noTrustedHeader: (servers, seen) =>
    `لا ترويسة Authentication-Results من ${servers}` +
    (seen
      ? `؛ الأولى من ${seen}: إن كان هذا خادم الاستقبال لدى الكتابة، فاكتبوا «authservId: ${seen}» تحت intake: في committee.yaml`
      : ''),
  unreadableHeader: (server) => `ترويسة Authentication-Results من ${server} غير مقروءة`,
  unnamedServer: 'خادم دون اسم',
  severalTrusted: (server) =>
    `عدة ترويسات Authentication-Results تنسب نفسها إلى ${server}: إحداها أُضيفت في الطريق`,
  trustedBelow: (server, above) =>
    `ترويسة Authentication-Results من ${server} تقع تحت ترويسة أخرى من ${above} أُضيفت في الطريق`,
  untrustedFailed: (server, why) => `${why}، حسب ترويسة من ${server}، وهو خادم غير معتمد`,
  noDmarcResult: (from, results) => `لا نتيجة DMARC لـ ${from} (${results ?? 'لا نتيجة'})`,
  severalDmarc: (from) => `عدة نتائج DMARC لـ ${from}`,
  noServerNamed: 'لم يُسمَّ خادم الاستقبال (intake.authservId): لا يتميّز المرسل المزوَّر',
  unauthenticated: (why) => `غير مصادق عليه: ${why}`,
  forgedSenders:
    'خادم الاستقبال لدى الكتابة غير مسمّى (intake.authservId): لا يتميّز المرسل المزوَّر من المرسل الحقيقي، وتُصنَّف البطاقات الواردة «غير مصادق عليها» (ويحتجزها إخفاق DMARC). لتسميته: افتحوا رسالة وصلت إلى علبة الكتابة واعرضوا مصدرها («عرض الرسالة الأصلية» في Gmail، «عرض المصدر» في Outlook)؛ أول كلمة بعد «Authentication-Results:» هي اسمه. اكتبوه في committee.yaml، مثلا «intake: { kind: imap, authservId: mx.ministry.gov }».',
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
  /* Messages that cannot be read, set aside. */
  notEml: (names) =>
    `في مجلد الاستقبال، لم يُقرأ ${names}: لا تُقرأ إلا الرسائل المحفوظة بصيغة ‎.eml (في Outlook: ملف > حفظ باسم > «MIME / .eml»، أو اسحبوا الرسالة إلى مجلد من Thunderbird).`,
  setAsideFolder: 'لم يقرأها ogp-tracker',
  defect: (d) => {
    switch (d.kind) {
      case 'too-many-parts':
        return `رسالة من ${parts(d.found)} MIME، بينما نقرأ ${parts(d.limit)} على الأكثر`;
      case 'text-too-large':
        return `أكثر من ${Math.round(d.limit / 1024 / 1024)} ميغابايت من النص خارج المرفقات`;
      case 'too-deep':
        return `أجزاء MIME متداخلة على ${levels(d.limit)} فأكثر`;
      case 'headers-too-large':
        return `ترويسات تتجاوز ${Math.round(d.limit / 1024)} كيلوبايت`;
      case 'malformed':
        return 'بنية MIME غير مقروءة';
      case 'failed':
        return `فشلت القراءة ${times(d.tries)} (${d.detail})`;
    }
  },
  setAside: (why) => `وُضعت جانبا دون قراءة: ${why}`,
  duplicateId: (at) => `معرّف Message-ID نفسه لرسالة عولجت في ${at}، لكن بمحتوى مختلف: محتجزة`,
  runStopped: 'أوقفت قراءتها التشغيل (نفدت الذاكرة أو الوقت)',
  noWorkbook: 'لا بطاقة مرفقة',
  refusals: {
    'other-commitment': 'بطاقة التزام آخر',
    'unknown-commitment': 'دون رقم التزام من اللجنة',
    'other-spreadsheet': 'ليست بصيغة ‎.xlsx',
    unreadable: 'مصنف غير مقروء',
    'untouched-template': 'نموذج غير مملوء',
    'file-too-large': 'ملف كبير جدا',
    'message-too-large': 'رسالة كبيرة جدا',
    'too-many-files': 'مصنفات كثيرة جدا',
    'message-unreadable': 'رسالة غير مقروءة',
    'too-large-to-keep': 'أكبر من أن يُحتفظ به',
    'forwarded-message': 'رسالة محوّلة (لم تُفتح)',
  },
};
