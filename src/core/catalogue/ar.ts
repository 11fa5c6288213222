/** Arabic, written right to left. */
import { failureReason } from '../failure-message.js';
import { render } from './render.js';
import { intake } from './intake/ar.js';
import { TEMPLATE_WORDS } from '../template-words.js';
import { formatFrenchDate } from '../calendar-date.js';
import { plural } from '../text.js';
import { arErrors } from './ar-counts.js';
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
const AR = TEMPLATE_WORDS.ar;

/** Days, agreed in number. */
function arDays(n: number): string {
  return plural('ar', n, {
    zero: '0 يوم',
    one: 'يوم واحد',
    two: 'يومان',
    few: '# أيام',
    many: '# يومًا',
    other: '# يوم',
  });
}

/** « ، متوسط التقدم 45٪ », or nothing without progress. */
function arAverage(progress: number | null): string {
  return progress === null ? '' : `، متوسط التقدم ${progress}٪`;
}

const email: EmailStrings = {
  dir: 'rtl',
  hello: (name) => `تحية طيبة ${name}،`,
  signature: (committee) => `كتابة ${committee}`,
  commitment: (id, title) => `الالتزام رقم ${id} «${title}»`,
  reminderSubject: (c) => {
    if (c.received) {
      return (
        `توصلنا بالبطاقة، ${arErrors(c.errors.length)} للتصحيح — الالتزام رقم ${c.commitment.id}، ` +
        `آخر أجل ${formatFrenchDate(c.round.due)}`
      );
    }
    return c.type === 'overdue'
      ? `تذكير: تأخر في إرسال البطاقة — الالتزام رقم ${c.commitment.id} (الأجل ${formatFrenchDate(c.round.due)})`
      : `تذكير: ${c.round.title} — الالتزام رقم ${c.commitment.id}، آخر أجل ${formatFrenchDate(c.round.due)}`;
  },
  reminderIntro: (c) => {
    const state = c.received
      ? 'توصلنا بالنسخة الجديدة من بطاقتكم، لكنها تحتاج إلى تصحيح.'
      : c.status === 'to-fix'
        ? 'توصلنا ببطاقتكم لكنها تحتاج إلى تصحيح.'
        : c.status === 'to-update' && c.lastUpdate
          ? `آخر بطاقة توصلنا بها مؤرخة في ${formatFrenchDate(c.lastUpdate)}: لم يتم تحيينها بعد لهذا الأجل.`
          : c.heldOn
            ? `لم تُسجَّل بعد رسالتكم المؤرخة ${formatFrenchDate(c.heldOn)}: لم يصادق خادم الكتابة على مرسلها، والكتابة تتحقق منها.`
            : 'لم نتوصل بعد ببطاقتكم.';
    const when =
      c.type === 'overdue'
        ? `تم تجاوز أجل ${formatFrenchDate(c.round.due)} (${arDays(-c.daysLeft)} من التأخير).`
        : `آخر أجل: ${formatFrenchDate(c.round.due)}.`;
    return `${c.round.title} — ${email.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  reminderExpected: (c) =>
    c.type === 'overdue'
      ? 'المطلوب في أقرب وقت: البطاقة المحينة.'
      : `المطلوب قبل ${formatFrenchDate(c.round.due)}: البطاقة المحينة (أنشطة التواصل وتقدم كل مرحلة).`,
  templateAttached: 'تجدون بطاقتكم المعبأة مسبقا مرفقة بهذه الرسالة.',
  fillIn: 'بطاقتكم:',
  sendBack: 'يرجى إرسال البطاقة المكتملة (.xlsx) ردا على هذه الرسالة.',
  errorsTitle: (n, byCell) =>
    `${plural('ar', n, {
      one: 'خطأ واحد يجب تصحيحه',
      two: 'خطآن يجب تصحيحهما',
      few: '# أخطاء يجب تصحيحها',
      many: '# خطأً يجب تصحيحها',
      other: '# خطأ يجب تصحيحها',
    })}${byCell ? '، خلية بخلية' : ''}:`,
  more: (n) => `… وأخطاء أخرى (${n}).`,
  moreWarnings: (n) => `… وتنبيهات أخرى (${n}).`,
  feedbackSubject: (c) =>
    c.errors.length > 0
      ? `توصلنا بالبطاقة، ${arErrors(c.errors.length)} للتصحيح — الالتزام رقم ${c.commitment.id}`
      : `توصلنا بالبطاقة وهي كاملة — الالتزام رقم ${c.commitment.id}`,
  feedbackBody: (c) => {
    const received =
      `توصلنا ببطاقة ${email.commitment(c.commitment.id, c.commitment.title)} ` +
      `(أنشطة التواصل: ${c.actions}، المراحل: ${c.milestones}).`;
    const deadline = c.deadline ? formatFrenchDate(c.deadline.due) : null;
    if (c.errors.length > 0) {
      return `${received} المرجو تصحيح ما يلي${deadline ? (c.deadline?.past ? ` في أقرب وقت (انقضى أجل ${deadline})` : ` قبل ${deadline}`) : ''}:`;
    }
    return `${received} البطاقة كاملة، شكرا.${deadline ? ` الأجل المقبل: ${deadline}.` : ''}`;
  },
  warnings: (n) => `تنبيهات للتحقق (${n}):`,
  refusalVerdict: 'لم يتم تسجيل البطاقة',
  refusalIntro: (c) =>
    `توصلنا برسالتكم${c.subject ? ` «${c.subject}»` : ''}، لكن تعذر تسجيل ما تتضمنه:`,
  refusal: (r) => {
    switch (r.reason) {
      case 'other-commitment':
        return (
          `«${r.file}» هي بطاقة الالتزام رقم ${r.commitmentId}، وأنتم لا تتابعون هذا الالتزام ` +
          `(الالتزامات التي تتابعونها: ${r.yours.join('، ')}): صححوا الرقم في ورقة «${AR.sheets.engagement}» إن كانت بطاقتكم.`
        );
      case 'unknown-commitment':
        return `«${r.file}» لا تحمل رقم التزام من التزامات اللجنة: اكتبوا رقم التزامكم في ورقة «${AR.sheets.engagement}».`;
      case 'other-spreadsheet':
        return `«${r.file}» ليست بصيغة البطاقة: احفظوها بصيغة Excel (.xlsx) وأرسلوا ذلك الملف.`;
      case 'unreadable':
        return `«${r.file}»: ${render('ar', failureReason(r.failure))}`;
      case 'untouched-template':
        return `«${r.file}» هي البطاقة كما أرسلناها دون أي تعبئة: أضيفوا أنشطة التواصل وتقدم كل مرحلة.`;
      case 'file-too-large':
        return `«${r.file}» حجمها ${r.mib} ميغابايت، أي أكثر من ${r.maxMib} ميغابايت المقبولة.`;
      case 'message-too-large':
        return `حجم رسالتكم ${r.mib} ميغابايت، أي أكثر من ${r.maxMib} ميغابايت: أرسلوا البطاقة وحدها.`;
      case 'message-unreadable':
        return `تعذّرت علينا قراءة رسالتكم (${intake.defect(r.defect)}): أرسلوا رسالة جديدة تحمل البطاقة وحدها مرفقا، دون تحويل رسالة أخرى.`;
      case 'forwarded-message':
        return `«${r.file}» موجود داخل رسالة محوّلة، ونحن لا نفتح الرسائل المحوّلة: احفظوا البطاقة، ثم أرفقوها نفسها بردّكم.`;
      case 'too-large-to-keep':
        return `«${r.file}» يحتوي على بيانات أكثر مما يمكن للتتبع الاحتفاظ به: احذفوا الأسطر غير الضرورية (وصحّحوا الأخطاء المتكررة في أسطر كثيرة)، ثم أعيدوا إرساله.`;
      case 'too-many-files':
        return `عدد المصنفات المرفقة برسالتكم: ${r.count}، ونقرأ ${r.max} على الأكثر في كل رسالة: أرسلوا كل بطاقة على حدة.`;
    }
  },
  refusalExpected: (c) =>
    c.deadline
      ? `${c.deadline.past ? `المطلوب في أقرب وقت، فقد انقضى أجل ${formatFrenchDate(c.deadline.due)}` : `المطلوب في أجل أقصاه ${formatFrenchDate(c.deadline.due)}`}: البطاقة (.xlsx) ردا على هذه الرسالة.`
      : 'أعيدوا إرسال البطاقة (.xlsx) ردا على هذه الرسالة.',
  invitationSubject: (c) =>
    `دعوة: اجتماع ${c.committeeName} يوم ${formatFrenchDate(c.meeting.date)}`,
  meetingEvent: (committee) => `اجتماع — ${committee}`,
  invitationBody: (c) => {
    const time = c.meeting.time ? ` على الساعة ${c.meeting.time}` : '';
    const place = c.meeting.place ? `، ${c.meeting.place}` : '';
    const when = `يوم ${formatFrenchDate(c.meeting.date)}${time}${place}`;
    return (
      `يشرفنا دعوتكم لحضور اجتماع ${c.committeeName} ${when}. ` + `تجدون الدعوة مرفقة (ملف ics).`
    );
  },
  agenda: 'جدول الأعمال:',
  holidayCheckSubject: (c) =>
    `عطلة يجب تأكيدها: ${c.holiday.name}، تاريخها التقديري ${formatFrenchDate(c.holiday.first)}`,
  holidayCheckBody: (c) => {
    const { first, last, name } = c.holiday;
    const days =
      first === last
        ? `يوم ${formatFrenchDate(first)}`
        : `من ${formatFrenchDate(first)} إلى ${formatFrenchDate(last)}`;
    return (
      `يتوقف تاريخ «${name}» على رؤية الهلال: تقدّره رزنامة اللجنة ${days}، وتعدّ ` +
      'التذكيرات والتقارير والآجال خلال هذه الفترة هذه الأيام عطلاً.'
    );
  },
  holidayCheckAction: (c) =>
    `بمجرد الإعلان عن التاريخ، وقبل ${formatFrenchDate(c.holiday.first)}، أكّدوه في الملف ` +
    `committee.yaml، في قسم holidays: add: [${holidaySpan(c)}]. وإذا أعلن عن أيام أخرى، احذفوا ` +
    `التقدير (remove: [${holidaySpan(c)}]) وأضيفوا الأيام المعلنة في add.`,
  holidaysMissingSubject: (c) =>
    `العطل الرسمية لسنة ${c.year} يجب ذكرها: لا تتضمن رزنامة اللجنة أي عطلة`,
  holidaysMissingBody: (c) =>
    `لا تعرف الأداة العطل الرسمية في ${countryName('ar', c.country)}: تذكرها اللجنة بنفسها في الملف ` +
    `committee.yaml. ولم تذكر أي عطلة لسنة ${c.year}: ستعدّ التذكيرات والتقارير والآجال في تلك السنة ` +
    'كل الأيام أيام عمل ما عدا نهاية الأسبوع، بما فيها الأعياد.',
  holidaysMissingAction: (c) =>
    `قبل ${formatFrenchDate(c.first)}، أضيفوها في الملف committee.yaml، في قسم holidays: ` +
    `add: [${c.year}-05-01, { date: ${c.year}-MM-DD/${c.year}-MM-DD, name: … }] (يوم أو فترة)، ` +
    'والأعياد المرتبطة برؤية الهلال بتاريخها التقديري، على أن تؤكَّد عند الإعلان عنها.',
};

const report: ReportStrings = {
  subjectMeeting: (d, c) => `ملخص قبل اجتماع ${d} — ${c}`,
  subjectDeadline: (d, c) => `حصيلة أجل ${d} — ${c}`,
  greeting: 'السلام عليكم،',
  aboutMeeting: (d) => `اجتماع ${d}`,
  aboutDeadline: (d, title) => `أجل ${d} (${title})`,
  sheets: (today, about, t, n) =>
    `وضعية التتبع بتاريخ ${today}، استعدادا لـ${about}: الالتزامات: ${n}؛ البطاقات المتوصل ` +
    `بها: ${t.received}؛ للتصحيح: ${t.toFix}؛ للتحيين: ${t.toUpdate}؛ الناقصة: ${t.missing}؛ المتأخرة: ${t.late}.`,
  progress: (t) =>
    `المراحل المنجزة: ${t.milestonesAchieved} من ${t.milestonesTotal}${arAverage(t.averageProgress)}. ` +
    `أنشطة التواصل المنجزة: ${t.actionsDone} من ${t.actionsPlanned}. الأخطاء المتبقية: ${t.errors}.`,
  meetingAhead: (d, time, place) =>
    `سينعقد الاجتماع يوم ${d}${time ? ` على الساعة ${time}` : ''}${place ? `، ${place}` : ''}.`,
  attached: 'تجدون المصنف الموحد مرفقا.',
  page: (link) => (link ? `صفحة التتبع: ${link}` : 'تجدون صفحة التتبع مرفقة (suivi.html).'),
  linked: (link) => `المصنف الموحد: ${link}`,
  head: [
    'رقم',
    'الالتزام',
    'المؤسسة',
    'الوضعية',
    'التحيين',
    'متأخر',
    'المراحل المنجزة',
    'متوسط التقدم',
    'الأنشطة المنجزة',
    'الأخطاء',
  ],
  status: {
    received: 'متوصل بها',
    'to-fix': 'للتصحيح',
    'to-update': 'للتحيين',
    missing: 'ناقصة',
  },
  yes: 'نعم',
  no: 'لا',
  late: (n) => `المتأخرون (${n}):`,
  lateItem: (d, status) =>
    `رقم ${d.id} «${d.title}» — ${d.institution}، ${d.focalPoint}: ${status}`,
  noneLate: 'لا يوجد أي التزام متأخر.',
  since: (d) => (d ? `منذ اجتماع ${d}:` : 'منذ بداية المخطط:'),
  change: (c) =>
    `رقم ${c.id} «${c.title}»: ${c.sheet ? 'بطاقة محينة' : 'بطاقة دون تغيير'}، الأنشطة المنجزة: ${c.newlyDone}`,
  noChange: 'لا تغيير.',
  refused: () => 'عناوين رفضها خادم البريد (يرجى تصحيحها في committee.yaml):',
  refusedItem: (r) => `${r.address} — ${r.answer}`,
  mailbox: (n) =>
    `رسائل تُركت في علبة الكتابة دون رد آلي (${n}): تُقبل الرسالة المحتجزة بالأمر ` +
    '« ogp-tracker intake --release <Message-ID> » إن كانت فعلا من مرسلها؛ ولا يتلقى المرسل ' +
    'غير المعروف ردا آليا أبدا؛ وينتظر السؤال رد شخص؛ والرسالة «الموضوعة جانبا» في مجلد ' +
    '«لم يقرأها ogp-tracker» من العلبة، ليفتحها شخص.',
  mailboxFiled: (n) =>
    `بطاقات سُجّلت دون أن يصادق خادم الكتابة على مرسلها (${n}، وقد رُدّ عليها): ` +
    'يُتأكَّد منها لدى المرسل.',
  mailboxItem: (m) =>
    `${{ held: 'محتجزة', 'unknown-sender': 'مرسل غير معروف', unauthenticated: 'مصنّفة', 'set-aside': 'وُضعت جانبا دون قراءة', question: 'سؤال' }[m.outcome]}: ${m.from} — «${m.subject}» (${m.note}) — ${m.messageId}`,
  date: formatFrenchDate,
};

const page: PageWords = {
  colon: ': ',
  noData: 'لا معطيات',
  completionRule:
    'تُحتسب كل مرحلة بنسبة تقدمها (وإلا فبمستواها: لم يبدأ 0 %، محدود 25 %، جوهري 75 %، ' +
    'مكتمل 100 %). يكتمل الالتزام حين تكتمل كل مراحله؛ ويكون جوهريا ابتداء من 50 % في المتوسط؛ ' +
    'ومحدودا فوق 0 %؛ ولم يبدأ عند 0 %؛ ولا معطيات دون أي مرحلة معبأة. يمكن للكتابة تحديد ' +
    'المستوى مع تعليله.',
  asOf: 'وضعية التتبع بتاريخ',
  commitments: 'التزامات',
  commitment: 'التزام',
  received: 'بطاقات متوصل بها',
  receivedOne: 'بطاقة متوصل بها',
  toFix: 'للتصحيح',
  toUpdate: 'للتحيين',
  missing: 'ناقصة',
  missingOne: 'ناقصة',
  progress: 'التقدم الإجمالي',
  levels: 'مستويات الإنجاز',
  perAxis: 'التقدم حسب المحور',
  perCommitment: 'التقدم حسب الالتزام',
  late: 'المتأخرون',
  noneLate: 'لا يوجد أي التزام متأخر.',
  changes: 'منذ اجتماع',
  changesStart: 'منذ بداية المخطط',
  noChange: 'لا تغيير.',
  series: 'التقدم في كل اجتماع',
  cards: 'الالتزامات',
  focalPoint: 'نقطة الاتصال',
  status: 'وضعية البطاقة',
  level: 'مستوى الإنجاز',
  setBy: 'حددته الكتابة',
  milestones: 'المراحل',
  actions: 'أنشطة التواصل',
  indicators: 'المؤشرات الموحدة',
  evidence: 'الإثباتات',
  done: 'منجز',
  overdue: 'متأخر',
  toCome: 'قادم',
  rule: 'القاعدة',
  noSheet: 'لم نتوصل بأي بطاقة.',
  target: 'الهدف',
  achieved: 'المنجز',
  realised: 'منجزة من',
  axisNone: 'بدون محور',
};

const master: MasterWords = {
  sheets: {
    dashboard: 'لوحة القيادة',
    indicators: 'المؤشرات',
    anomalies: 'الملاحظات',
    calendar: 'الرزنامة',
    journal: 'السجل',
    selfAssessment: 'التقييم الذاتي',
  },
  title: (committee) => `التتبع الموحد — ${committee}`,
  asOf: (date) => `وضعية التتبع بتاريخ ${date}`,
  round: (title, due) => `${title} (الأجل ${due})`,
  dashboard: (budget) => ['رقم', 'العنوان', 'المؤسسة', 'نقطة الاتصال', 'وضعية البطاقة', 'آخر تحيين', 'متأخر', 'الأنشطة المبرمجة', 'الأنشطة المنجزة', budget, 'المراحل المنجزة / المجموع', 'متوسط التقدم (%)', 'الأخطاء', 'التنبيهات', 'ملاحظة'],
  total: (count) => `المجموع (الالتزامات: ${count})`,
  totals: (t) => `متوصل بها: ${t.received}، للتصحيح: ${t.toFix}، للتحيين: ${t.toUpdate}، ناقصة: ${t.missing}، متأخرة: ${t.late}`,
  records: { commitment: 'رقم الالتزام', institution: 'المؤسسة', source: 'المصدر', row: 'السطر', readOn: 'تاريخ القراءة' },
  indicators: (budget) => ['رقم الالتزام', 'المؤسسة', 'نوع النشاط', 'المؤشر الموحد', 'الأنشطة المبرمجة', 'الأنشطة المنجزة', 'القيمة المستهدفة', 'القيمة المحققة', budget],
  anomalies: ['رقم الالتزام', 'المؤسسة', 'الورقة', 'الخلية', 'الرمز', 'الدرجة', 'الرسالة', 'الرابط', 'المصدر'],
  error: 'خطأ',
  warning: 'تنبيه',
  open: 'فتح',
  calendar: ['التاريخ', 'الساعة', 'النوع', 'العنوان', 'التفاصيل', 'الحالة'],
  calendarKinds: { meeting: 'اجتماع', deadline: 'أجل', 'send-planned': 'إرسال مبرمج', 'send-done': 'إرسال منجز' },
  past: 'مضى',
  toCome: 'قادم',
  journal: ['التاريخ والساعة', 'الأمر', 'المصادر المسجلة', 'المصادر المقروءة', 'الأنشطة', 'المراحل', 'الأخطاء', 'التنبيهات', 'الرسائل المرسلة', 'طلبات Google', 'المدة (ث)', 'ملاحظات'],
  selfAssessment: ['رقم', 'الالتزام', 'المؤسسة المسؤولة', 'البداية', 'النهاية', 'مستوى الإنجاز', 'تعليل المستوى', 'الإثباتات (روابط)', 'الصعوبات', 'الخطوات المقبلة'],
  setBy: (who) => `حددته الكتابة: ${who}`,
  noMilestone: 'لا مرحلة معبأة',
  derived: (achieved, total, average) => `مستنتج من المراحل (المنجزة: ${achieved} من ${total}، متوسط التقدم ${average} %)`,
  ends: (date) => ` (النهاية ${date})`,
  pageNumber: (page, pages) => `الصفحة ${page} من ${pages}`,
}; // prettier-ignore

/** Arabic, written right to left. */
const openData: OpenDataWords = {
  title: (plan, committee) => `تتبع ${plan} — ${committee}`,
  description: (today) =>
    `الالتزامات والمراحل وأنشطة التواصل بتاريخ ${today}، كما صرّحت بها نقط الاتصال. ` +
    'لا تُنشر إلا الأسطر الخالية من أخطاء التحقق؛ ويذكر كل مورد عدد الأسطر المحتجزة إلى حين تصحيحها.',
  formulas:
    'لا يُنفَّذ أي نص كصيغة في برنامج الجداول: في بداية النص وبعد كل فاصلة منقوطة أو علامة ' +
    "جدولة أو سطر جديد، تُضاف فاصلة عليا (') إذا بدأ ما يليها، ولو بعد مسافات، بأحد الرموز = أو " +
    '+ أو - أو @ أو بعلامة جدولة أو رجوع إلى بداية السطر أو بفاصلة عليا. احذفوا الفاصلة العليا ' +
    'في هذه المواضع لاسترجاع النص كما صُرِّح به. تُحذف المحارف الفارغة (NUL)، وتُنشر الأرقام كما ' +
    'هي دون فاصلة عليا.',
  tables: { engagements: 'الالتزامات', jalons: 'المراحل', actions: 'أنشطة التواصل' },
  fields: {
    engagements: {
      numero: 'رقم الالتزام',
      intitule: 'العنوان',
      institution: 'المؤسسة المسؤولة',
      axe: 'محور خطة العمل',
      statut_fiche: 'وضعية البطاقة',
      derniere_mise_a_jour: 'آخر تحيين',
      en_retard: 'متأخر',
      actions_prevues: 'الأنشطة المبرمجة',
      actions_realisees: 'الأنشطة المنجزة',
      jalons_acheves: 'المراحل المنجزة',
      jalons_total: 'المراحل',
      avancement_moyen: 'متوسط التقدم (%)',
      niveau_achevement: 'مستوى الإنجاز (سلم آلية التقييم المستقلة)',
      niveau_fixe_par_le_secretariat: 'مستوى حددته الكتابة',
    },
    jalons: {
      engagement: 'رقم الالتزام',
      reference: 'مرجع المرحلة',
      intitule: 'المرحلة',
      debut: 'تاريخ البداية',
      fin: 'تاريخ النهاية',
      avancement: 'التقدم (%)',
      niveau: 'مستوى الإنجاز',
      justificatif: 'الوثيقة المثبتة',
      difficultes: 'الصعوبات المصادفة',
    },
    actions: {
      engagement: 'رقم الالتزام',
      reference: 'مرجع النشاط',
      type: 'نوع النشاط',
      intitule: 'العنوان',
      public_cible: 'الفئة المستهدفة',
      canal: 'القناة / الوسيط',
      date_prevue: 'التاريخ المبرمج',
      date_realisation: 'تاريخ الإنجاز',
      statut: 'الوضعية',
      financement: 'مصدر التمويل',
      indicateur: 'المؤشر الموحد',
      valeur_cible: 'القيمة المستهدفة',
      valeur_realisee: 'القيمة المحققة',
      hashtags: 'الوسوم',
      logo: 'استعمال شعار الميثاق',
      justificatif: 'الوثيقة المثبتة',
    },
  },
  budget: (currency) => `الميزانية (${currency})`,
  budgetDescription: (currency) => `المبلغ بـ ${currency} (رمز ISO 4217)`,
};

export const ar: Catalogue = { email, report, page, master, openData };
