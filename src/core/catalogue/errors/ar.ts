/** The errors that stop a command, in Arabic. */
import type { GoogleProblem } from '../../read-failure.js';
import { cells } from '../cells/ar.js';
import type { ErrorWords } from '../errors-shape.js';
import { adviceIn } from '../mail-advice-shape.js';
import { advice } from '../mail-advice/ar.js';

export const errors: ErrorWords = {
  intakeNotConfigured:
    'لا تحتوي الإعدادات على المفتاح intake: أضيفوا مثلا intake: { kind: folder } ' +
    '(ملفات ‎.eml محفوظة في inbox/) أو intake: { kind: imap } (انظروا «الردود بالبريد الإلكتروني»).',
  intakeNeedsMail:
    'يرد intake على نقط الاتصال: أضيفوا mail: { from: … } (العنوان الذي تصل إليه ردودهم).',
  noHeldMessage: (id, held) =>
    `لا توجد رسالة محتجزة بالمعرّف ${id}. ` +
    (held
      ? `الرسائل المحتجزة المنتظرة: ${held}.`
      : 'لا توجد رسالة محتجزة حاليا (يذكر تقرير الكتابة الرسائل المحتجزة).'),
  releaseChanged: (id, mailbox) =>
    `الرسالة ${id} في ${mailbox} لم تعد هي التي احتُجزت (تغيّر محتواها): ` +
    'لم يُسجَّل شيء؛ تحقّقوا منها في الصندوق، ثم اطلبوا من مرسلها إعادة إرسالها.',
  messageGone: (id, mailbox) =>
    `لم تعد الرسالة ${id} في الصندوق ${mailbox}: نُقلت أو حُذفت؛ اطلبوا من المرسل إعادة إرسالها.`,
  mailFromMissing:
    'حان أجل رسائل لكن الإعدادات لا تحتوي على المفتاح mail.from: أضيفوا mail: { from: … }.',
  initCountry: (code) =>
    `init --country ${code}: يُنتظر رمز بلد ISO 3166-1، مثلا MX أو JO، أو BR-SP لولاية.`,
  initCountryUnknown: (code) =>
    `init --country ${code}: بلد غير معروف (رمز ISO 3166-1، مثلا MX أو JO، أو BR-SP لولاية).`,
  initRegion: (code, region, state, near, known) =>
    `init --country ${code}: المدينة أو المنطقة ${region} غير معروفة لـ ${state}` +
    (near ? ` (هل تقصدون ${state}-${near}؟)` : '') +
    (known ? `. المعروفة: ${known}.` : `: اكتبوا ${state} (عطلها).`),
  initSubdivision: (code, subdivision, country, near, known) =>
    `init --country ${code}: التقسيم ${subdivision} غير معروف لـ ${country}` +
    (near ? ` (هل تقصدون ${country}-${near}؟)` : '') +
    (known ? `. المعروفة: ${known}.` : ': لا يُعرف أي تقسيم لهذا البلد.'),
  initLocale: (locale, locales) => `init --locale ${locale}: يُنتظر أحد هذه اللغات: ${locales}.`,
  initCurrency: (code) =>
    `init --country ${code}: عملة البلد غير معروفة؛ ابدؤوا بـ ogp-tracker init دون --country واذكروها في committee.yaml.`,
  initTimeZone: (code) =>
    `init --country ${code}: المنطقة الزمنية للبلد غير معروفة؛ ابدؤوا بـ ogp-tracker init دون --country واذكروها في committee.yaml.`,
  imapUrlMissing:
    'intake.kind هو imap، لكن IMAP_URL غير معرّف في البيئة: اذكروا ' +
    'imaps://user:password@host:993 (كلمة مرور تطبيق)، أو مزوّد OAuth 2.0 ' +
    '(intake: { kind: imap, host, user, provider: … }).',
  intakeFolderNeedsDir:
    'يقرأ intake: { kind: folder } مجلدا من هذا الجهاز: اذكروه (intake.dir)، ' +
    'إذ إن مجلد الإخراج في Drive.',
  smtpUrlMissing:
    'mail.transport هو smtp، لكن SMTP_URL غير معرّف في البيئة: اذكروا ' +
    'smtp://user:password@host:587 (أو smtp://host:587 لمُرحِّل).',
  smtpUrlUnreadable: 'SMTP_URL غير مقروء: يُنتظر smtp://user:password@host:port',
  smtpProtocol: (protocol) => `SMTP_URL: البروتوكول ${protocol} غير مدعوم (smtp: أو smtps:).`,
  imapProtocol: (protocol) => `IMAP_URL: البروتوكول ${protocol} غير مدعوم (imaps: أو imap:).`,
  noStoredConfig: (location) =>
    `لا إعدادات في ${location}: أرسلوها بـ «ogp-tracker config push --config committee.yaml».`,
  inboxMissing: (dir) =>
    `مجلد الاستقبال ${dir} غير موجود: أنشئوه (أو صحّحوا intake.dir في committee.yaml)، ثم احفظوا فيه ردود نقاط الاتصال بصيغة ‎.eml.`,
  inboxUnreadable: (dir, code) => `مجلد الاستقبال غير مقروء: ${dir} (${code}).`,
  graphMailbox: (mailbox, detail) => `صندوق Graph ‏${mailbox}: ${detail}`,
  gmailMailbox: (mailbox, detail) => `صندوق Gmail ‏${mailbox}: ${detail}`,
  imapFolderMissing: (location) => `مجلد IMAP ‏${location} غير موجود.`,
  imapMessageMissing: (uid, location) => `الرسالة ${uid} غير موجودة في ${location}.`,
  imapNotMoved: (id, folder, location) => `تعذر نقل الرسالة ${id} إلى «${folder}» (${location}).`,
  imapFailed: (location, said, loginRefused) =>
    `صندوق IMAP ‏${location}: ${said} — ` +
    (loginRefused
      ? 'رُفض التعريف: تحققوا من المستخدم وكلمة مرور التطبيق (IMAP_URL)، أو من صلاحيات التطبيق (OAuth 2.0)'
      : 'تعذر الوصول إلى الخادم أو المجلد غائب: تحققوا من المضيف والمنفذ والمجلد') +
    '.',
  mailServiceFailed: (mailbox, answer, id) => {
    const a = adviceIn(advice, id);
    return (
      `الصندوق ‏${mailbox} — رد الخادم: ${answer}` +
      (a ? `\n  السبب: ${a.cause}.\n  ما العمل: ${a.fix}.` : '')
    );
  },
  firestoreDenied: (where, operation) =>
    `${where} (${operation}): الولوج مرفوض. امنحوا حساب خدمة الوظيفة دور «Cloud Datastore User» ‏(roles/datastore.user).`,
  firestoreNoDatabase: (where, operation) =>
    `${where} (${operation}): قاعدة Firestore غير موجودة. أنشئوها في الوضع الأصلي (gcloud firestore databases create --location=eur3).`,
  firestoreAuth: (where, operation) =>
    `${where} (${operation}): رفضت Google المصادقة. تحققوا من بيانات اعتماد حساب الخدمة.`,
  firestoreUnavailable: (where, operation, detail) =>
    `${where} (${operation}): تعذر الوصول إلى Firestore حاليا (${detail})؛ محاولة جديدة في التشغيل المقبل.`,
  firestoreRefused: (where, operation, detail) =>
    `${where} (${operation}): رفضه Firestore ‏(${detail}).`,
  firestoreTooLarge: (name, mib, maxMillions) =>
    `${name} كبير جدا على Firestore (${mib} ميغابايت من البيانات، والحد الأقصى ${maxMillions} مليون حرف): قلّصوا البطاقة المعنية.`,
  notClaimed: (key, recipient) => `إرسال لم يحجزه هذا التشغيل: ${key} → ${recipient}.`,
  myDriveRefused: (folderId, account) =>
    `مجلد Drive ‏${folderId} ليس في Drive مشترك: ليس لحساب الخدمة ${account} مساحة تخزين ` +
    `خاصة ولا يمكنه إنشاء ملفات فيه. أنشئوا مجلدا في Drive مشترك (Google Workspace)، وأضيفوا ` +
    `إليه ${account} بصفة «مدير المحتوى» وضعوا معرّفه في storage.output.folderId؛ ودون ` +
    'Google Workspace، احتفظوا بالملفات على جهاز: storage.output: { kind: local, dir: … }.',
  // Google's refusals are said as when reading, the folder being the output one.
  driveOutputFailed: (problem, id, account, operation, tries, status, detail) =>
    cells.google({
      object: 'output',
      id,
      account,
      operation,
      problem: problem as GoogleProblem,
      tries,
      status,
      detail,
    }),
  driveNoId: (name) => `لم يعط Drive معرّفا لـ ${name}.`,
  runInProgress: (who, minutes, lockPlace) =>
    `تشغيل آخر لـ ogp-tracker يستعمل هذا التخزين (${who ?? 'غير معروف'}): لم يُقرأ ولم يُرسل أي شيء؛ أعيدوا المحاولة حين ينتهي. ` +
    `ينتهي القفل المهجور بعد ${minutes} دقيقة (${lockPlace}).`,
  lockHolder: (pid, host, since) => `العملية ${pid} على ${host}، منذ ${since} UTC`,
  writeFailed: (path) => `تعذرت كتابة ${path}.`,
  outboxFailed: (folder) => `تعذرت الكتابة في صندوق الإرسال ${folder}.`,
  ledgerUnreadable: (path) => `تعذرت قراءة سجل الإرسالات ${path}.`,
  ledgerUnwritable: (path) => `تعذرت كتابة سجل الإرسالات ${path}.`,
  lockFailed: (location) => `تعذر القفل في ${location}.`,
  masterFailed: (location) => `تعذرت كتابة المصنف الموحد في ${location} (السابق سليم).`,
  stateUnreadable: (path) => `تعذرت قراءة الحالة ${path}.`,

  oauthToken: 'تم الحصول على رمز OAuth 2.0.',
  smtpChecked: (host, relay) =>
    `خادم SMTP ‏${host}: نجح الاتصال و${relay ? 'الجلسة دون مصادقة (مُرحِّل)' : 'المصادقة'}.`,
  graphToken: (mailbox) => `تم الحصول على رمز Microsoft Graph للصندوق ${mailbox}.`,
  googleToken: (mailbox) => `تم الحصول على رمز Google للصندوق ${mailbox} (تفويض على مستوى النطاق).`,
  outboxOnly: (folder) => `لا خادم بريد: تُكتب الرسائل في ملفات ‎.eml في ${folder}.`,
  inboxFolderChecked: (dir, files) => `مجلد الاستقبال ${dir}: عدد ملفات ‎.eml: ${files}.`,
  gmailChecked: (mailbox, messages) =>
    `صندوق Gmail ‏${mailbox}: نجح الولوج، عدد الرسائل: ${messages}.`,
  graphChecked: (mailbox, messages) =>
    `صندوق Graph ‏${mailbox}: نجح الولوج، عدد الرسائل في صندوق الوارد: ${messages}.`,
  imapChecked: (location, messages) =>
    `صندوق IMAP ‏${location}: نجح الاتصال، عدد الرسائل في المجلد: ${messages}.`,
  noMailKey: 'لا تحتوي الإعدادات على المفتاح mail',
  addMailKey: 'أضيفوا mail: { from: … } إلى committee.yaml',
  accepted: 'مقبولة',
  testSubject: (committee) => `رسالة اختبار — ${committee}`,
  testBody: (day, time, committee, transport) =>
    `أُرسلت رسالة الاختبار هذه يوم ${day} على الساعة ${time} (UTC) من ogp-tracker لـ ${committee}، ` +
    `عبر الناقل «${transport}». ستسلك التذكيرات والردود والتقارير الطريق نفسه.`,

  checkFolder: 'التحقق من المجلد',
  writing: (name) => `كتابة ${name}`,
  reading: (name) => `قراءة ${name}`,
  masterVersions: 'نسخ المصنف',
  readingLedger: 'قراءة سجل الإرسالات',
  claiming: (key, recipient) => `حجز الإرسال ${key} → ${recipient}`,
  recording: (key, recipient) => `تسجيل الإرسال ${key} → ${recipient}`,
  takingLease: 'أخذ دور التشغيل',
  releasingLease: 'تحرير دور التشغيل',
  readingConfig: 'قراءة الإعدادات',
  writingConfig: 'كتابة الإعدادات',
};
