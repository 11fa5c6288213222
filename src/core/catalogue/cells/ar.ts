/** The validator's words in Arabic. */
import { formatFrenchDate } from '../../calendar-date.js';
import { decimalComma, plural, shorten } from '../../text.js';
import type { CellWords } from '../cell-shape.js';
import type { GoogleFailure, ReadFailure } from '../../read-failure.js';

const DATE_EXPECTED = 'المنتظر تاريخ بصيغة يوم/شهر/سنة، مثلا 09/01/2019';

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const RESAVE = 'افتحوه ثم احفظوه من جديد بصيغة ‎.xlsx';

/**
 * A count above a limit (always more than ten here) with its noun as Arabic agrees it: the
 * singular in the genitive (`other`: 100, 250000), the plural from 3 to 10 (`few`), the
 * singular in the accusative from 11 to 99 (`many`: 65536).
 */
const arCount = (n: number, other: string, few: string, many: string) =>
  plural('ar', n, { few: `# ${few}`, many: `# ${many}`, other: `# ${other}` });

/** Why a file is not a workbook we can read, and what to do. */
function unreadableReason(f: ReadFailure): string {
  switch (f.kind) {
    case 'google':
      return googleReason(f);
    case 'directory':
      return 'هذا مجلد وليس ملف ‎.xlsx.';
    case 'missing':
      return 'الملف غير موجود.';
    case 'io':
      return `تعذرت القراءة (${f.detail}).`;
    case 'too-large':
      return `الملف كبير جدا (${mib(f.size)} ميغابايت، والحد الأقصى ${mib(f.limit)} ميغابايت): احذفوا الصور أو الأسطر غير الضرورية.`;
    case 'too-large-unpacked':
      return `سيتجاوز المحتوى بعد فك الضغط ${mib(f.size)} ميغابايت (والحد الأقصى ${mib(f.limit)} ميغابايت): أرشيف مفخخ أو كبير جدا.`;
    case 'empty':
      return 'الملف فارغ (0 بايت).';
    case 'empty-archive':
      return 'الأرشيف فارغ: ليس مصنف Excel.';
    case 'password':
    case 'encrypted':
      return 'المصنف محمي بكلمة مرور: احفظوه دون كلمة مرور (ملف > معلومات > حماية المصنف).';
    case 'xls':
      return 'هذا مصنف Excel قديم 97-2003 ‏(‎.xls): احفظوه بصيغة ‎.xlsx.';
    case 'html':
      return 'هذه صفحة HTML وليست مصنف ‎.xlsx (نزّلوا الملف نفسه، لا صفحة المشاركة).';
    case 'pdf':
      return 'هذا مستند PDF وليس مصنف ‎.xlsx.';
    case 'xml':
      return 'هذا ملف XML وليس مصنف ‎.xlsx.';
    case 'csv':
      return 'هذا ملف نصي (CSV) وليس مصنف ‎.xlsx: افتحوه واحفظوه بصيغة ‎.xlsx.';
    case 'ods':
      return 'هذا مستند OpenDocument ‏(‎.ods): احفظوه بصيغة Excel ‏‎.xlsx.';
    case 'not-xlsx':
      return 'ليس مصنف ‎.xlsx (محتوى غير معروف).';
    case 'zip64':
      return 'أرشيف ZIP64 (أكثر من 4 جيغابايت أو 65535 عنصرا): ليس بطاقة تتبع.';
    case 'no-workbook':
      return 'لا يحتوي الأرشيف على مصنف: ليس ملف Excel.';
    case 'no-sheet':
      return `لا يحتوي المصنف على أي ورقة حساب: ${RESAVE}.`;
    case 'corrupt':
      return `المصنف تالف أو ناقص${f.part ? ` (${f.part})` : ''}: ${RESAVE}.`;
    case 'bomb':
      return `العنصر ${f.part} يتجاوز بعد فك الضغط الحجم المعلن (أرشيف مفخخ).`;
    case 'compression':
      return `طريقة الضغط ${f.method} غير مدعومة: ${RESAVE}.`;
    case 'dtd':
      return `${f.part} يصرّح بـ DTD: محتوى مرفوض.`;
    case 'too-many-rows':
      return `تتجاوز الورقة «${f.sheet}» ${f.limit} سطر: احذفوا الأسطر غير الضرورية.`;
    case 'too-many-columns':
      return `تتجاوز الورقة «${f.sheet}» ${f.limit} عمود: احذفوا الأعمدة غير الضرورية.`;
    case 'too-many-cells':
      return `يحتوي المصنف على أكثر من ${f.limit} خلية مملوءة: احذفوا الأسطر والأعمدة غير الضرورية.`;
    case 'text-too-long':
      return `${f.sheet ? `خلية من «${f.sheet}»` : 'نص'} يتجاوز ${f.limit} حرف (حد خلية Excel).`;
    case 'too-many-strings':
      return `يحتوي المصنف على أكثر من ${arCount(f.limit, 'نص مختلف', 'نصوص مختلفة', 'نصًا مختلفًا')} (والحد الأقصى ${f.limit}): احذفوا الأوراق والأسطر غير الضرورية، أو انسخوا البيانات في النموذج.`;
    case 'too-much-text':
      return `يحتوي المصنف على أكثر من ${arCount(f.limit, 'حرف', 'أحرف', 'حرفًا')} من النص (والحد الأقصى ${f.limit}): اختصروا النصوص الطويلة أو احذفوا الأوراق غير الضرورية.`;
    case 'too-many-elements':
      return `المصنف كبير جدا بعد فك الضغط (أكثر من ${arCount(f.limit, 'عنصر XML', 'عناصر XML', 'عنصرًا XML')}، والحد الأقصى ${f.limit}، بلغه في ${f.part}): احذفوا الأسطر والأعمدة والتنسيقات غير الضرورية، أو انسخوا البيانات في النموذج.`;
    case 'too-deep':
      return `بنية غير عادية في ${f.part} (أكثر من ${arCount(f.limit, 'مستوى', 'مستويات', 'مستوىً')} من العناصر المتداخلة، والحد الأقصى ${f.limit}): أرشيف مفخخ أو تالف؛ ${RESAVE}.`;
    case 'tag-too-long':
      return `وسم غير عادي في ${f.part} (أكثر من ${arCount(f.limit, 'حرف', 'أحرف', 'حرفًا')}، والحد الأقصى ${f.limit}): أرشيف مفخخ أو تالف؛ ${RESAVE}.`;
    case 'too-many-links':
      return `تحتوي الورقة «${f.sheet}» على أكثر من ${arCount(f.limit, 'رابط تشعبي', 'روابط تشعبية', 'رابطًا تشعبيًا')} (والحد الأقصى ${f.limit}): احذفوا الروابط غير الضرورية.`;
    case 'too-many-sheets':
      return `يحتوي المصنف على ${arCount(f.count, 'ورقة', 'أوراق', 'ورقةً')} (والحد الأقصى ${f.limit}): احذفوا الأوراق غير الضرورية.`;
    case 'too-many-parts':
      return `يحتوي الأرشيف على ${arCount(f.count, 'عنصر داخلي', 'عناصر داخلية', 'عنصرًا داخليًا')} (والحد الأقصى ${f.limit}): ليس بطاقة تتبع؛ انطلقوا من النموذج.`;
    case 'too-many-styles':
      return `يعرّف المصنف أكثر من ${arCount(f.limit, 'نمط خلية', 'أنماط خلايا', 'نمطَ خلية')} (والحد الأقصى ${f.limit}): انسخوا البيانات في النموذج (لصق خاص > القيم).`;
  }
}

const GOOGLE_NAMES = {
  sheet: 'جدول Google',
  file: 'ملف Drive',
  folder: 'مجلد Drive',
  output: 'مجلد الإخراج في Drive',
} as const;

/** Why Google would not give an object, and what to do (« شاركوه مع … »). */
function googleReason(f: GoogleFailure): string {
  const what = `${GOOGLE_NAMES[f.object]} ${f.id}${f.operation ? ` (${f.operation})` : ''}`;
  const role = f.object === 'output' ? 'بصفة «مدير المحتوى»' : 'تكفي القراءة فقط';
  const tries = `عدد المحاولات: ${f.tries}`;
  switch (f.problem) {
    case 'not-a-file':
      return `${what} جدول Google وليس ملف ‎.xlsx: صرّحوا به بـ source: { kind: google-sheet, spreadsheetId: … }.`;
    case 'not-shared':
      return `${what} غير مشارك مع ${f.account}: شاركوه مع هذا العنوان (${role}).`;
    case 'not-found':
      return `${what} غير موجود، أو غير مشارك مع ${f.account}: تحققوا من معرّفه وشاركوه مع هذا العنوان.`;
    case 'quota':
      return `${what}: تم تجاوز حصة طلبات Google (${tries})؛ محاولة جديدة في التشغيل المقبل.`;
    case 'denied':
      return `${what}: الولوج مرفوض. شاركوه مع ${f.account} (${role}).`;
    case 'gone':
      return `${what}: غير موجود. تحققوا من معرّفه وشاركوه مع ${f.account}.`;
    case 'auth':
      return `${what}: رفضت Google المصادقة. تحققوا من بيانات اعتماد حساب الخدمة (GOOGLE_APPLICATION_CREDENTIALS).`;
    case 'unreachable':
      return `${what}: تعذر الوصول إلى Google (${tries}؛ ${f.detail}).`;
    case 'unavailable':
      return `${what}: Google غير متاحة (HTTP ${f.status}، ${tries})؛ محاولة جديدة في التشغيل المقبل.`;
    case 'refused':
      return `${what}: رفضته Google ‏(HTTP ${f.status}: ${f.detail}).`;
    case 'failed':
      return `${what}: تعذرت القراءة (${f.detail}).`;
  }
}

export const cells: CellWords = {
  unreadablePrefix: 'ملف غير مقروء: ',
  // Google's refusals name their object: they need no « file unreadable » before them.
  unreadable: (f) =>
    f.kind === 'google' ? googleReason(f) : `ملف غير مقروء: ${unreadableReason(f)}`,
  unreadableReason,
  google: googleReason,
  templateAgain: (date) =>
    `عاد الملف نموذجا فارغا: احتُفظ بمعطيات البطاقة بتاريخ ${date}. أعيدوا إرسال البطاقة مملوءة.`,
  fileMissing: (file, near) => `الملف غير موجود: ${file}${near ? ` — هل تقصدون ${near}؟` : ''}`,

  quote: (value, max = 60) => `«${shorten(String(value).replace(/[\r\n\t]+/g, ' '), max)}»`,
  cell: (address, label) => `${address} (${label})`,
  number: decimalComma,
  date: formatFrenchDate,
  colon: ': ',

  invalidDate: `تاريخ غير صالح: ${DATE_EXPECTED}`,
  notADate: (q) => `${q} ليس تاريخا: ${DATE_EXPECTED}`,
  implausibleDate: (q) => `${q} لا يطابق تاريخا معقولا: ${DATE_EXPECTED}`,
  unknownMonth: (q) => `شهر غير معروف في ${q}: ${DATE_EXPECTED}`,
  noDay: (q) => `${q} لا يذكر اليوم: ${DATE_EXPECTED}`,
  noYear: (q) => `${q} لا يذكر السنة: ${DATE_EXPECTED}`,
  unreadableDate: (q) => `${q} ليس تاريخا مقروءا: ${DATE_EXPECTED}`,
  noSuchDay: (q) => `${q} غير موجود في التقويم: ${DATE_EXPECTED}`,
  notFinite: (q) => `${q} ليس عددا منتهيا`,
  dateForNumber: 'كُتب تاريخ في مكان ينتظر فيه عدد',
  notANumber: (q) => `${q} ليس عددا: المنتظر مثلا 1234,5`,
  notAPercent: (q) => `${q} ليس نسبة مئوية: المنتظر مثلا 45 أو 45 %`,
  notAChoice: (q, options, suggestion) =>
    `${q} ليست قيمة مقبولة: ${options ? `المنتظر إحدى القيم: ${options.join('، ')}` : 'المنتظر قيمة من القائمة المنسدلة'}.` +
    (suggestion ? ` هل تقصدون ${suggestion}؟` : ''),
  notYesNo: (q) => `${q} ليس جوابا مقبولا: المنتظر نعم أو لا`,
  urlWithSpaces: (q) => `${q} ليس رابطا: يتضمن فراغات أو أسطرا جديدة`,
  urlIncomplete: (q, suggestion) => `${q} ليس رابطا كاملا: أضيفوا https:// (${suggestion})`,
  notAUrl: (q) => `${q} ليس رابط http(s): المنتظر مثلا https://example.org/page`,
  notAnEmail: (q) => `${q} ليس عنوان بريد إلكتروني: المنتظر مثلا name@institution.org`,

  formulaWithoutValue: (formula, error) =>
    `${formula !== undefined ? `الصيغة =${formula}` : 'الخلية'} ` +
    `${error !== undefined ? `تعطي الخطأ ${error}` : 'ليست لها قيمة محسوبة'}: ` +
    'اكتبوا القيمة نفسها، أو أعيدوا الحساب واحفظوا الملف.',
  required: 'قيمة إلزامية ناقصة.',
  formulaText: (q) => `النص ${q} يبدأ بـ = أو + أو - أو @: يُحتفظ به نصا بسيطا ولا يُنفذ أبدا.`,
  bidiText: (q) =>
    `النص ${q} يتضمن حرفا غير مرئي يقلب طريقة عرضه (U+202D أو U+202E): يُحذف في المصنف الموحد والرسائل.`,
  tooLong: (length, max) => `عدد الحروف ${length}: الحد الأقصى ${max}.`,
  outOfRange: (value, min, max) =>
    `${value} خارج الحدود: المنتظر ${max === undefined ? `عدد ≥ ${min}` : `عدد من ${min ?? '…'} إلى ${max}`}.`,

  sheetMissing: (sheet) =>
    `الورقة ${sheet} غير موجودة في المصنف: انطلقوا من النموذج الذي أرسلته الكتابة.`,
  emptySubmission: (actions, milestones) =>
    'البطاقة لا تتضمن أي نشاط تواصل ولا أي مرحلة معبأة: املؤوا على الأقل سطرا من ورقة ' +
    `${actions}، أو نسبة تقدم مرحلة في ورقة ${milestones}.`,
  milestoneMissing: (title, end, sheet) =>
    `المرحلة ${title} (أجلها ${end})، الواردة في خطة العمل، غير موجودة في ورقة ${sheet}: أضيفوها مع نسبة تقدمها.`,
  labelMissing: (label, sheet) =>
    `السطر ${label} غير موجود في ورقة ${sheet}: أعيدوه (العنوان في العمود A، والقيمة في العمود B).`,
  updatedInFuture: (date, today) =>
    `تاريخ ${date} في المستقبل (اليوم ${today}): اذكروا يوم تحيين البطاقة بصيغة يوم/شهر/سنة.`,
  commitmentNumber: 'رقم الالتزام',
  notACommitmentNumber: 'المنتظر رقم التزام صحيح، مثلا 7.',
  commitmentMismatch: (value, expected) =>
    `تحمل البطاقة الرقم ${value} بينما هي مصدر الالتزام رقم ${expected}: صححوا الرقم أو أرسلوا الملف الصحيح.`,
  unknownCommitment: (value, known) =>
    `ليس للجنة التزام رقم ${value} (الالتزامات المسجلة: ${known}).`,
  columnUnknown: (at, header) =>
    `${at}: العمود ${header} ليس من النموذج: لا يؤخذ محتواه في التتبع.`,
  columnDuplicate: (at, header, first) =>
    `${at}: العمود ${header} مكرر (موجود في ${first}): احذفوا أحدهما أو غيروا اسمه.`,
  columnMissing: (header, sheet, row) =>
    `العمود ${header} غير موجود في ورقة ${sheet} (سطر العناوين ${row}): أعيدوه ولو فارغا.`,
  percentAmbiguous: (shown, meant) =>
    `قُرئت ${shown} % — هل تقصدون ${meant} %؟ اكتبوا ${meant} (أو ${meant} %) إن كان الأمر كذلك.`,
  duplicateRef: (ref, first) =>
    `المرجع ${ref} مستعمل في ${first}: يجب أن يكون لكل سطر مرجعه الخاص.`,
  outsidePlan: (date, start, end) => `تاريخ ${date} خارج فترة خطة العمل (من ${start} إلى ${end}).`,
  doneInFuture: (date, today) =>
    `تاريخ ${date} في المستقبل (اليوم ${today}): لا يُنجز النشاط إلا في تاريخ ماض.`,
  doneDateRequired: (done) => `إلزامي إذا كانت الوضعية «${done}».`,
  resultMissing: (done, indicator) =>
    `وضعية النشاط «${done}»: اذكروا القيمة التي بلغها المؤشر${indicator ? ` (${indicator})` : ''}.`,
  indicatorMismatch: (type, expected, actual) =>
    `المؤشر الموحد لنوع ${type} هو ${expected}، وليس ${actual}.`,
  missingHashtag: (type, missing) => `يتطلب نوع ${type} وسوم الميثاق: ينقص ${missing}.`,
  logoNotUsed: (logo, type) => `نشاط منجز دون ${logo}، الذي يطلبه الميثاق لنوع ${type}.`,
  actionEvidenceMissing: 'نشاط منجز دون رابط إثبات (مقال، منشور، تقرير…).',
  dateOrder: (end, start) => `تاريخ النهاية (${end}) يسبق تاريخ البداية (${start}).`,
  milestoneLate: (end, progress) =>
    `انقضى أجل ${end} والمرحلة غير مكتملة${progress === null ? '' : ` (${progress} %)`}.`,
  progressInconsistent: (progress, level) =>
    `نسبة تقدم ${progress} % لا تطابق المستوى ${level}: وفّقوا بينهما.`,
  milestoneEvidenceMissing: 'مرحلة مكتملة دون رابط إثبات.',
  tooManyIssues: (omitted, kept) =>
    `${plural('ar', omitted, {
      one: 'ملاحظة أخرى واحدة غير مدرجة',
      two: 'ملاحظتان أخريان غير مدرجتين',
      few: '# ملاحظات أخرى غير مدرجة',
      many: '# ملاحظةً أخرى غير مدرجة',
      other: '# ملاحظة أخرى غير مدرجة',
    })} (لا تُدرج إلا أول ${kept} ملاحظة في كل ورقة): صحّحوا هذه أولًا، فأغلبها يتكرر في كل سطر، ` +
    'ثم أعيدوا إرسال البطاقة.',
};
