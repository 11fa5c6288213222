/** The command line's words in Arabic (written right to left; counts as « label: n » or agreed). */
import { plural } from '../../text.js';
import { arErrors } from '../ar-counts.js';
import type { CliWords } from '../cli-shape.js';
import { dayName } from '../day-names.js';

const list = (items: readonly string[]) =>
  new Intl.ListFormat('ar', { type: 'conjunction' }).format(items);
const errors = arErrors;
const warnings = (n: number) =>
  plural('ar', n, {
    zero: 'لا تنبيهات',
    one: 'تنبيه واحد',
    two: 'تنبيهان',
    few: '# تنبيهات',
    many: '# تنبيهًا',
    other: '# تنبيه',
  });
const files = (n: number) =>
  plural('ar', n, {
    zero: 'لا ملفات',
    one: 'ملف واحد',
    two: 'ملفان',
    few: '# ملفات',
    many: '# ملفًا',
    other: '# ملف',
  });
const commitments = (n: number) =>
  plural('ar', n, {
    zero: 'لا التزامات',
    one: 'التزام واحد',
    two: 'التزامان',
    few: '# التزامات',
    many: '# التزامًا',
    other: '# التزام',
  });
const sources = (n: number) =>
  plural('ar', n, {
    zero: 'لا مصادر',
    one: 'مصدر واحد',
    two: 'مصدران',
    few: '# مصادر',
    many: '# مصدرًا',
    other: '# مصدر',
  });
const messages = (n: number) =>
  plural('ar', n, {
    zero: 'لا رسائل جديدة',
    one: 'رسالة جديدة واحدة',
    two: 'رسالتان جديدتان',
    few: '# رسائل جديدة',
    many: '# رسالة جديدة',
    other: '# رسالة جديدة',
  });
const issues = (e: number, w: number) => `${errors(e)}، ${warnings(w)}`;

export const cli: CliWords = {
  usage: `الاستعمال: ogp-tracker <الأمر> [الخيارات]

الأوامر:
  init [المجلد] [--force]                   يكتب ملف committee.yaml أوليا (إن لم يوجد) وبطاقة لكل التزام
                                            ليست له بطاقة (--force: يعيد كتابتها كلها)
       [--country XX [--locale ll]]         … لجنة من هذا البلد (MX، JO، BR-SP): لغتها (fr، en، ar، es،
                                            pt) وعملتها ومنطقتها الزمنية وعطلة نهاية أسبوعها وعطلها الرسمية
  template --out ملف [--commitment N]       يكتب نموذج البطاقة (معبأ مسبقا للالتزام N)؛
                                            لا يكتب أبدا فوق ملف موجود دون --force
  validate [--config F] ملف...              يتحقق من البطاقات، خلية بخلية
  consolidate [--config F]                  يقرأ كل البطاقات ويكتب مصنف التتبع الموحد
  tick [--config F] [--dry-run]             يقرأ أولا صندوق بريد الكتابة (intake:)، ثم يوحد ويرسل كل ما
       [--no-intake]                        حان أجله (تذكيرات، ردود، تقارير، دعوات)؛ --no-intake: دون قراءة
                                            الصندوق
  remind [--config F] [--dry-run]           يوحد ثم يرسل التذكيرات والردود التي حان أجلها
  report [--config F] [--dry-run]           يوحد ثم يرسل إلى الكتابة التقارير التي حان أجلها
  schedule [--config F] [--from D --to D]   يعرض رزنامة الإرسالات المرتقبة
  config push --config F                    يتحقق من الإعدادات ويحفظها في Firestore، حيث تقرؤها
                                            الوظائف المنشورة في كل تشغيل
  mail-check [--config F] [--to عنوان]      يتصل بخادم البريد ويصادق دون إرسال أي شيء؛
                                            مع --to، يرسل رسالة اختبار
  intake [--config F] [--release ID]        يقرأ صندوق بريد الكتابة (intake:)، ويسجل البطاقات الواردة
                                            بالبريد ويرد على كل مرسل في سلسلته؛ --release يقبل
                                            رسالة محتجزة (معرّفها Message-ID)

الخيارات المشتركة:
  --config, -c F     إعدادات اللجنة (افتراضيا: committee.yaml في المجلد الحالي)
  --now DATE[THH:MM] التقييم في هذه اللحظة (بتوقيت اللجنة ما لم تُذكر منطقة زمنية)
  --locale ll        لغة الأمر: fr أو en أو ar أو es أو pt (افتراضيا: لغة اللجنة)
  --json             مخرجات بصيغة JSON
  --dry-run          يعرض ما كان سيُرسل، دون إرسال أو تسجيل أي شيء
  --quiet, -q        يعرض الأساسي فقط
  --help, -h         هذه المساعدة

البريد الإلكتروني: عبر ناقل mail.transport (smtp، smtp-oauth2، graph، gmail-api، outbox)؛ وبدونه،
عبر SMTP إن كان متغير البيئة SMTP_URL معرّفا، وإلا في ملفات ‎.eml في مجلد outbox/ للتخزين.
تأتي الأسرار من البيئة: SMTP_URL وMAIL_CLIENT_SECRET أو MAIL_CLIENT_CERTIFICATE (مايكروسوفت)،
وMAIL_GOOGLE_KEY أو GOOGLE_APPLICATION_CREDENTIALS (غوغل).

رموز الخروج: 0 انتهى، 1 أخطاء موجودة أو إرسالات فاشلة، 2 استعمال أو إعدادات غير صحيحة.
`,
  unknownCommand: (command) => `أمر غير معروف: ${command}`,
  unexpectedArgument: (command, argument) => `${command}: معطى غير متوقع ${argument}.`,
  error: (code, message) => `خطأ (${code}): ${message}`,
  cause: (message) => `السبب: ${message}`,
  unexpectedError: (stack) => `خطأ غير متوقع (internal): ${stack}`,
  calendarWarning: (warning) => `تنبيه (الرزنامة): ${warning}`,
  badLocale: (value, locales) => `--locale ${value}: يُنتظر أحد هذه اللغات: ${locales}.`,
  noConfig: (cwd, example) =>
    `لا إعدادات: لا يوجد --config ولا committee.yaml في ${cwd}. ` +
    'للبدء: ogp-tracker init (يكتب committee.yaml وبطاقة لكل التزام)، ثم كيّفوا committee.yaml. ' +
    `لتجربة المثال المرفق: --config ${example}.`,
  badNow: (value) =>
    `--now ${value}: يُنتظر تاريخ بصيغة ISO، مثلا 2019-01-07T09:00 (بتوقيت اللجنة) أو 2019-01-07T08:00Z.`,

  filesNeeded: 'validate: اذكروا ملف ‎.xlsx واحدا على الأقل للتحقق منه.',
  fileLine: (file, commitment, v) =>
    `${v.valid ? '✓' : '✗'} ${file}${commitment === null ? '' : ` — الالتزام رقم ${commitment}`}: ` +
    (v.valid
      ? v.warnings
        ? `صالحة، ${warnings(v.warnings)}`
        : 'صالحة'
      : issues(v.errors, v.warnings)),
  severity: { error: 'خطأ', warning: 'تنبيه' },
  filesSummary: (count, valid, e, w) =>
    `${files(count)}: صالحة ${valid}، للتصحيح ${count - valid} — ${issues(e, w)}.`,

  outNeeded: 'template: اذكروا الملف المراد كتابته بـ --out ملف.xlsx.',
  outExists: (file) =>
    `${file} موجود من قبل: لم يُكتب شيء. أضيفوا --force لاستبداله (سيضيع محتواه).`,
  unknownCommitment: (value, configured) =>
    `--commitment ${value}: التزام غير معروف (المعرّفة: ${configured}).`,
  templateWritten: (file) => `كُتب النموذج: ${file}`,

  initOneFolder: 'init: يُنتظر مجلد واحد فقط.',
  localeNeedsCountry: 'init --locale: يُعطى مع --country (لغة لجنة ذلك البلد).',
  configWritten: (file) => `كُتبت الإعدادات: ${file} (يجب تكييفها مع لجنتكم).`,
  configKept: (file, countryIgnored) =>
    `احتُفظ بالإعدادات الموجودة: ${file}${countryIgnored ? ' (لا يغيّر --country إعدادات موجودة)' : ''}.`,
  sheetsWritten: (written, kept) =>
    `بطاقات معبأة مسبقا كُتبت: ${written}` +
    (kept ? `، بطاقات موجودة احتُفظ بها: ${kept} (--force لإعادة كتابتها: سيضيع محتواها)` : '') +
    '.',
  staleSheets: 'بطاقات التزامات لم تعد في الإعدادات (تُركت في مكانها):',
  starter: (s) =>
    `البلد: ${s.name} (${s.country}) — اللغة: ${new Intl.DisplayNames('ar', { type: 'language' }).of(s.locale) ?? s.locale}، ` +
    `العملة: ${s.currency}، المنطقة الزمنية: ${s.timeZone}، عطلة نهاية الأسبوع: ${list(s.weekend.map((d) => dayName('ar', d)))}؛ ` +
    (s.holidaysKnown
      ? 'العطل الرسمية: عطل البلد، حسب مكتبة date-holidays (تُكمَّل أو تُصحَّح في holidays).'
      : 'لا عطلة رسمية معروفة لهذا البلد: اذكروها في holidays.add من committee.yaml، وإلا فلن تتجنب التذكيرات سوى عطلة نهاية الأسبوع.'),

  progress: 'قراءة البطاقات',
  master: (file) => `مصنف التتبع الموحد: ${file}`,
  page: (file) => `صفحة التتبع: ${file} (تُفتح في متصفح أو تُطبع أو تُنشر)`,
  openData: (file) => `البيانات المفتوحة: ${file}`,
  sheets: (c) =>
    `${commitments(c.commitments)}: بطاقات واردة ${c.received}، للتصحيح ${c.toFix}، للتحيين ${c.toUpdate}، ` +
    `ناقصة ${c.missing}؛ متأخرة ${c.late}.`,
  records: (actions, milestones, e, w) =>
    `أنشطة التواصل: ${actions}، المراحل: ${milestones}؛ ${issues(e, w)} (ورقة «الملاحظات»).`,
  sourceProblem: (commitment, message) => `الالتزام رقم ${commitment}: ${message}`,
  staleSources: (count) =>
    `${sources(count)} غير مقروء اليوم: احتُفظ بآخر المعطيات المقروءة مع تاريخها.`,

  dryRun: 'تجربة: لا يُرسل ولا يُسجل أي شيء',
  outbox: (folder) => `ملفات ‎.eml في ${folder}`,
  via: {
    smtp: 'عبر SMTP',
    'smtp-oauth2': 'عبر SMTP (OAuth2)',
    graph: 'عبر Microsoft Graph',
    'gmail-api': 'عبر واجهة Gmail',
  },
  emails: (due, sent, failed, where) =>
    `الرسائل: حان أجلها ${due}، أُرسلت ${sent}، فشلت ${failed} (${where}).`,
  copies: (addresses) => ` (نسخة: ${addresses})`,
  toSend: 'للإرسال',
  failedFor: (who) => `فشل الإرسال إلى ${who}`,
  sent: 'أُرسلت',
  emailLine: (kind, to, copies, subject, state) =>
    `${kind} ← ${to}${copies}: ${subject} — ${state}`,

  badDate: (flag, value) => `${flag} ${value}: يُنتظر تاريخ بصيغة YYYY-MM-DD.`,
  scheduleEnded: (end, from) =>
    `لا إرسال مرتقب: انتهت خطة العمل في ${end}، قبل ${from}. لرؤية إرسالاتها: --from.`,
  scheduleEmpty: (to, from) => `لا إرسال مرتقب: تنتهي الفترة في ${to}، قبل أن تبدأ في ${from}.`,
  scheduleTitle: (from, to, count) => `الإرسالات المرتقبة من ${from} إلى ${to}: ${count}`,
  scheduleHead: ['التاريخ', 'الساعة', 'الإرسال', 'الموضوع', 'المرسل إليهم'],
  estimatedHolidays: (count) =>
    `${count > 1 ? 'العطل الرسمية التقديرية' : 'العطلة الرسمية التقديرية'} في هذه الفترة ` +
    '(يتوقف تاريخها على رؤية الهلال؛ تراعيها الإرسالات؛ ' +
    'تُؤكَّد أو تُصحَّح في holidays من committee.yaml):',
  holidaySpan: (first, last, name) => `${first}${last ? ` إلى ${last}` : ''}: ${name}`,

  configPushUsage: 'الاستعمال: ogp-tracker config push --config committee.yaml',
  configNotFirestore: (file) =>
    `${file} يحفظ حالته في مجلد: يخدم config push الوظائف المنشورة، ` +
    'التي توجد حالتها في Firestore (storage.state: { kind: firestore, prefix: … }).',
  configPushed: (where) =>
    `تم التحقق من الإعدادات وحفظها: ${where}. ستقرؤها الوظائف في تشغيلها المقبل.`,

  transport: (name) => `الناقل: ${name}`,
  testSent: (to, messageId, answer) => `✓ أُرسلت رسالة الاختبار إلى ${to} (${messageId}): ${answer}`,
  failure: (answer) => `✗ فشل — رد الخادم: ${answer}`,
  failureCause: (cause) => `  السبب: ${cause}.`,
  failureFix: (fix) => `  ما العمل: ${fix}.`,
  inbox: (mailbox) => `صندوق الوارد: ${mailbox}`,
  inboxFailure: (failure) => `✗ فشل — ${failure}`,

  intakeSkipped: (why) => `لم يُقرأ صندوق الوارد: ${why}`,
  intakeDryRun: 'تجربة (--dry-run): لا يُسجَّل شيء ولا يُرَدّ على أي رسالة.',
  intakeLine: (mailbox, count, c) =>
    `الصندوق ${mailbox}: ${messages(count)}` +
    (count
      ? ` — سُجلت ${c.filed}، رُفضت ${c.refused}، احتُجزت ${c.held}، من مرسلين غير معروفين ${c.unknownSenders}، ` +
        `أُهملت ${c.ignored} (آلية أو منا)، أسئلة ${c.questions}${c.setAside ? `، وُضعت جانبا دون قراءة ${c.setAside}` : ''}؛ ردود أُرسلت ${c.answers}`
      : '') +
    '.',
  intakeOutcomes: {
    filed: 'سُجلت',
    refused: 'رُفضت',
    ignored: 'أُهملت',
    held: 'احتُجزت',
    'unknown-sender': 'مرسل غير معروف',
    'set-aside': 'موضوعة جانبا',
    question: 'سؤال',
  },
  intakeCommitments: (ids) => ` (${ids.map((id) => `الالتزام رقم ${id}`).join('، ')})`,
  releaseHint: (id) => `إن كانت فعلا من مرسلها: ogp-tracker intake --release '${id}'`,
  intakeDetail: (what, from, subject, note) =>
    `${what} — ${from}: «${subject}»${note ? ` — ${note}` : ''}`,
  sheetFeedback: (sent) => `جداول Google عُدّلت ثم تُركت عشر دقائق: ردود أُرسلت ${sent}.`,
};
