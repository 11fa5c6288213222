/** The configuration's problems in Arabic. */
import { plural } from '../../text.js';
import type { ConfigWords } from '../config-shape.js';

const problems = (n: number) =>
  plural('ar', n, {
    zero: 'لا مشاكل',
    one: 'مشكلة واحدة',
    two: 'مشكلتان',
    few: '# مشاكل',
    many: '# مشكلة',
    other: '# مشكلة',
  });

export const config: ConfigWords = {
  labels: { configuration: 'الإعدادات', deployment: 'النشر' },
  fileNotFound: (label, file) => `${label} ${file}: الملف غير موجود.`,
  fileUnreadable: (label, file) => `${label} ${file}: تعذرت القراءة.`,
  yamlInvalid: (label, file) => `${label} ${file}: صياغة YAML غير صحيحة.`,
  problems: (label, file, count) => `${label} ${file}: ${problems(count)} يجب تصحيحها.`,
  problemAt: (where, path, message) => `${where}: ${path} — ${message}`,
  yamlUnreadable: (where, reason) => `${where}: YAML غير مقروء — ${reason}`,
  yamlErrors: {
    BAD_INDENT:
      'إزاحة غير صحيحة: تبدأ عناصر القائمة الواحدة أو الكائن الواحد في العمود نفسه، ' +
      'وتُغلق القائمة بين معقوفين بـ ]',
    TAB_AS_INDENT: 'استُعملت علامة جدولة للإزاحة: استعملوا المسافات',
    DUPLICATE_KEY: 'هذا المفتاح مذكور أعلاه في المستوى نفسه: احتفظوا بواحد فقط',
    MISSING_CHAR: 'علامة تنصيص أو معقوف أو حاصرة غير مغلقة',
    BAD_DQ_ESCAPE:
      'تسلسل هروب غير معروف بين علامتي تنصيص مزدوجتين (اكتبوا \\\\ للشرطة المائلة العكسية، ' +
      'أو استعملوا علامات تنصيص مفردة)',
    BLOCK_AS_IMPLICIT_KEY:
      'نقطتان «:» مرتين في السطر نفسه: ضعوا القيمة بين علامتي تنصيص إن كانت تحتوي على «:»',
    MULTILINE_IMPLICIT_KEY: 'لا يمكن أن يمتد المفتاح على عدة أسطر',
    UNEXPECTED_TOKEN: 'محتوى غير متوقع في هذا الموضع (الإزاحة، أو خلط «-» و«:»)',
    BAD_SCALAR_START: 'لا يمكن أن تبدأ قيمة بهذا الحرف: ضعوها بين علامتي تنصيص',
    BLOCK_IN_FLOW: 'لا يمكن أن تكون قائمة أو كائن على عدة أسطر بين معقوفين أو حاصرتين',
    MULTIPLE_DOCS: 'يحتوي الملف على عدة مستندات («---»): يُنتظر مستند واحد',
    KEY_OVER_1024_CHARS: 'مفتاح طويل جدا (أكثر من 1024 حرفا)',
    BAD_ALIAS: 'اسم مستعار (*اسم) غير صحيح',
    TAG_RESOLVE_FAILED: 'قيمة محددة النوع (!!…) غير صحيحة',
  },
  yamlOther: (code, detail) => `صياغة غير صحيحة (${code}: ${detail})`,
  root: '(الجذر)',

  unknownKey: (near) => `مفتاح غير معروف${near ? `: هل تقصدون ${near}؟` : ''}`,
  missingKey: (expected) => `مفتاح إلزامي غائب (يُنتظر ${expected})`,
  expected: (expected) => `يُنتظر ${expected}`,
  oneOf: (values) => `القيمة المنتظرة: ${values}`,
  typeNames: {
    string: 'نص',
    number: 'عدد',
    boolean: 'true أو false',
    array: 'قائمة',
    object: 'كائن (مفاتيح وقيم)',
    int: 'عدد صحيح',
  },

  isoDate: 'يُنتظر تاريخ بصيغة YYYY-MM-DD',
  isoDateReal: 'يُنتظر تاريخ بصيغة YYYY-MM-DD (يوم موجود)',
  time: 'تُنتظر ساعة بصيغة HH:MM',
  timeExample: 'تُنتظر ساعة بصيغة HH:MM، مثلا 09:00',
  hour: 'تُنتظر ساعة، مثلا 08:00',
  hourExample: 'تُنتظر ساعة بصيغة HH:MM، مثلا 08:00',
  hoursOrder: 'يجب أن تسبق ساعة البداية ساعة النهاية',
  email: 'يُنتظر عنوان بريد إلكتروني',
  emailExample: 'يُنتظر عنوان بريد إلكتروني، مثلا name@institution.gov.jo',
  text: 'يُنتظر نص',
  textNonEmpty: 'يُنتظر نص غير فارغ',
  oneLine: 'يُنتظر نص في سطر واحد، دون رجوع إلى السطر ولا حرف تحكم',
  sender: 'يُنتظر مرسل: address@domain أو Name <address@domain>',
  timeZone: 'تُنتظر منطقة زمنية IANA',
  timeZoneUnknown: 'منطقة زمنية IANA غير معروفة (مثلا Asia/Amman)',
  locale: 'اللغة المنتظرة: fr أو en أو ar أو es أو pt',
  source: 'المصدر المنتظر: { kind: xlsx, path: … } أو { kind: google-sheet, spreadsheetId: … }',
  https: 'يُنتظر عنوان https',
  httpsExample: 'يُنتظر عنوان http(s)، مثلا https://login.microsoftonline.com',
  port: 'يُنتظر رقم منفذ',
  provider: 'المزوّد المنتظر: { kind: microsoft, tenant, clientId } أو { kind: google }',
  transport: (kinds) => `الناقل المنتظر: kind من بين ${kinds}`,
  authPolicy: 'القيمة المنتظرة: required أو when-present',
  authservId:
    'يُنتظر اسم خادم الاستقبال كما يوقّع به ترويسات Authentication-Results (مثلا mx.google.com)، أو قائمة أسماء',
  authservIdRequired:
    'مع authentication: required، سمّوا خادم الاستقبال لدى الأمانة (authservId، أول كلمة في ترويسات Authentication-Results التي يكتبها، مثلا mx.example.org): بدونه لا يُوثق بأي حكم وتُحتجز كل الرسائل',
  mailbox: (kinds) => `الصندوق المنتظر: kind من بين ${kinds}`,
  oauthNeedsHost: 'مع مزوّد OAuth 2.0، يلزم host وuser (الصندوق وخادمه)',
  commitmentId: 'يُنتظر رقم التزام (عدد صحيح)',
  commitmentIdPositive: 'يُنتظر رقم التزام (عدد صحيح موجب)',
  level: (levels) => `المستوى المنتظر: ${levels}`,
  milestones: 'تُنتظر قائمة مراحل: [{ title, start?, end }]',
  workingDays: 'عدد أيام العمل ≥ 0',
  campaign:
    'الحملة المنتظرة: { id, title, due: YYYY-MM-DD } أو { id, title, dueBeforeEachMeeting: N }',
  days: 'يُنتظر عدد أيام',
  wholeDays: 'يُنتظر عدد صحيح من الأيام',
  integer: 'يُنتظر عدد صحيح',
  atLeast: (minimum) => `يُنتظر عدد ≥ ${minimum}`,
  positive: 'يُنتظر عدد > 0',
  driveRevisions: 'يحتفظ Drive بـ 200 نسخة على الأكثر لكل ملف',
  prefix: 'حروف لاتينية صغيرة وأرقام وشرطات، مثلا jordan-2025',
  state: 'الحالة المنتظرة: { kind: firestore, prefix: … } أو { kind: local, dir: … }',
  output: 'الإخراج المنتظر: { kind: drive, folderId: … } أو { kind: local, dir: … }',
  storage: 'التخزين المنتظر: { kind: local, dir: … } أو { state: …, output: … }',
  driveState:
    'لم يعد storage: { kind: drive } مقبولا: ليس لحساب الخدمة مساحة تخزين في Drive ولا ' +
    'يمكنه أن ينشئ فيه حالة التشغيلات. اكتبوا storage: { state: { kind: firestore, ' +
    'prefix: my-committee }, output: { kind: drive, folderId: … } } (مجلد في Drive مشترك)، ' +
    'أو storage: { kind: local, dir: … } على جهاز.',
  daySpan: 'يُنتظر تاريخ YYYY-MM-DD أو فترة YYYY-MM-DD/YYYY-MM-DD',
  daySpanExample: (text) =>
    `${text}: يُنتظر تاريخ YYYY-MM-DD أو فترة YYYY-MM-DD/YYYY-MM-DD (مثلا 2025-06-06/2025-06-09)`,
  daySpanTooLong: (text) => `${text}: تمتد الفترة من تاريخ إلى تاريخ لاحق، على 31 يوما على الأكثر`,
  holiday:
    'تُنتظر عطلة: 2025-05-25، 2025-06-06/2025-06-09 أو { date: 2025-05-25, name: عيد الاستقلال }',
  country: 'يُنتظر رمز بلد ISO 3166-1، مثلا JO، أو BR-SP لولاية (BR-SP-SP لمدينتها)',
  countryExample: 'يُنتظر رمز بلد ISO 3166-1، مثلا JO أو MA، أو BR-SP لولاية (BR-SP-SP لمدينتها)',
  countryUnknown: 'رمز بلد ISO 3166-1 غير معروف (مثلا JO، MA، MX، BR)',
  noSubdivisions: (country) =>
    `لا عطلة معروفة لـ ${country}، ولا لتقسيماته بالتالي: اكتبوا country: ${country} واذكروا العطل في holidays.add`,
  unknownSubdivision: (subdivision, country, near, known) =>
    `التقسيم ${subdivision} غير معروف لـ ${country}` +
    (near ? `: هل تقصدون ${country}-${near}؟` : '') +
    ` (المعروفة: ${known || 'لا شيء'})`,
  unknownRegion: (region, state, near, known) =>
    `المدينة أو المنطقة ${region} غير معروفة لـ ${state}: اكتبوا ${state} (عطلها)` +
    (near ? ` أو هل تقصدون ${state}-${near}؟` : '') +
    ` (المعروفة: ${known || 'لا شيء'})`,
  holidayType: (near, types) =>
    `نوع عطلة غير معروف` + (near ? `: هل تقصدون ${near}؟` : '') + ` (الأنواع: ${types})`,
  holidayTypes: (types) =>
    `تُنتظر قائمة بأنواع العطل التي لا يُعمل فيها، مثلا [public, bank] (الأنواع: ${types})`,
  currency: 'يُنتظر رمز عملة ISO 4217، مثلا JOD',
  currencyExample: 'يُنتظر رمز عملة ISO 4217، مثلا JOD أو MAD',
  currencyUnknown: 'رمز عملة ISO 4217 غير معروف (مثلا JOD، MAD، MXN، BRL)',
  noCurrency: (country) => `عملة ${country} غير معروفة: اذكروها (رمز ISO 4217، مثلا JOD)`,
  boolean: 'يُنتظر true أو false',
  weekday: 'يُنتظر يوم ISO: من 1 (الاثنين) إلى 7 (الأحد)',
  weekendDays: 'يُنتظر يوم أو يومان، مثلا [5, 6] للجمعة والسبت',
  dayTwice: 'يوم مذكور مرتين',
  oneEmail: 'عنوان بريد إلكتروني واحد على الأقل',
  planOrder: 'نهاية الخطة تسبق بدايتها',
  oneCommitment: 'التزام واحد على الأقل',
  hashtag: 'يُنتظر وسم، مثلا #الحكومة_المنفتحة',
  oneActionType: 'نوع نشاط واحد على الأقل',
  dateSource: 'القيمة المنتظرة: modified أو declared',
  idTaken: (id, first) => `الرقم ${id} مستعمل من قبل في commitments[${first}]`,
  endBeforeStart: (end, start) => `النهاية (${end}) تسبق البداية (${start})`,
  typeTwice: (name) => `نوع النشاط «${name}» معرّف من قبل`,

  refusedSubject: (committee) => `إعدادات مرفوضة — ${committee}`,
  refusedIntro: (file, count) =>
    `الإعدادات المرسلة (${file}) غير مطبقة: ${problems(count)} يجب تصحيحها.`,
  refusedKept: 'تبقى آخر إعدادات صالحة في الخدمة: تستمر الإرسالات كما كانت.',
  refusedFix: 'صححوا الملف ثم أعيدوا إرساله: ogp-tracker config push --config committee.yaml',
};
