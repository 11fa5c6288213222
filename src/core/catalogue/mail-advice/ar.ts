/** What a mail failure means and what to do, in Arabic. */
import type { MailAdviceWords } from '../mail-advice-shape.js';

export const advice: MailAdviceWords = {
  'smtp-auth-disabled': {
    cause:
      'SMTP AUTH معطل في مستأجر Microsoft 365 أو في هذا الصندوق (وهذا يمنع أيضا SMTP مع OAuth 2.0)',
    fix: 'فعّلوه لهذا الصندوق وحده (Exchange Online PowerShell: Set-CASMailbox -Identity <الصندوق> -SmtpClientAuthenticationDisabled $false)، أو أرسلوا عبر Microsoft Graph ‏(mail.transport { kind: graph })',
  },
  'basic-auth-off': {
    cause:
      'لم يعد Microsoft 365 يقبل كلمة المرور عبر SMTP (المصادقة «Basic» معطلة افتراضيا منذ نهاية دجنبر 2026)',
    fix: 'انتقلوا إلى OAuth 2.0: ‏mail.transport { kind: smtp-oauth2, provider: { kind: microsoft, tenant, clientId } } أو { kind: graph } (README، «Email»)',
  },
  'auth-required': {
    cause: 'لا يقبل الخادم الإرسال دون مصادقة («client not authenticated»)',
    fix: 'أضيفوا المستخدم وكلمة المرور في SMTP_URL، أو انتقلوا إلى OAuth 2.0؛ ويجب أن يعرف المُرحِّل دون مصادقة عنوان IP للمرسل',
  },
  'app-password': {
    cause: 'تشترط Google كلمة مرور تطبيق لهذا الحساب (لم تعد «التطبيقات الأقل أمانا» موجودة)',
    fix: 'أنشئوا كلمة مرور تطبيق (مع تفعيل التحقق بخطوتين) وضعوها في SMTP_URL، أو استعملوا المُرحِّل smtp-relay.gmail.com:587، أو SMTP مع OAuth 2.0، أو واجهة Gmail ‏(mail.transport { kind: gmail-api })',
  },
  'exchange-oauth': {
    cause: 'يرفض Exchange رمز OAuth: ليس للتطبيق ولوج إلى هذا الصندوق',
    fix: 'امنحوا التطبيق صلاحية SMTP.SendAsApp بموافقة المسؤول، وسجلوا كيان خدمته في Exchange ‏(New-ServicePrincipal) وامنحوه الولوج إلى الصندوق (Add-MailboxPermission -AccessRights FullAccess)',
  },
  'login-refused': {
    cause: 'يرفض الخادم اسم المستخدم أو كلمة المرور',
    fix: 'تحققوا من المستخدم وكلمة المرور في SMTP_URL (يُرمَّز فيه الحرف الخاص: @ يصبح %40، و: يصبح %3A)',
  },
  'too-large': {
    cause: 'تتجاوز الرسالة الحجم الذي تقبله الخدمة (نحو 4 ميغابايت لـ Microsoft Graph)',
    fix: 'يعطي التقرير حينئذ رابط المصنف بدل إرفاقه؛ ولرسالة الاختبار، لا شيء يُفعل',
  },
  'entra-secret': {
    cause: 'يرفض Entra ID سر التطبيق (خاطئ أو منتهي الصلاحية)',
    fix: 'أنشئوا سرا جديدا (Entra ID > App registrations > Certificates & secrets) وضعوا قيمته في MAIL_CLIENT_SECRET',
  },
  'entra-unknown': {
    cause: 'لا يعرف Entra ID هذا التطبيق في هذا المستأجر، أو هذا المستأجر، أو توقيع الشهادة',
    fix: 'تحققوا من tenant وclientId في mail.transport (يوجدان في صفحة «Overview» للتطبيق)، ومن الشهادة المحمّلة في التطبيق',
  },
  'invalid-scope': {
    cause:
      'يرفض مزود الهوية النطاق (scope) المطلوب: لا يمنح Entra ID تطبيقا دون مستخدم رمزا إلا لعنوان خدمة متبوعا بـ /.default، ولا تمنحه Google إلا للنطاقات التي تعرفها',
    fix: 'تحققوا من endpoint ‏(https://graph.microsoft.com، دون /v1.0) ومن authority ‏(https://login.microsoftonline.com) في intake وmail.transport؛ ولـ Google، من token_uri في مفتاح حساب الخدمة (https://oauth2.googleapis.com/token)',
  },
  'no-client-secret': {
    cause: 'لم يُعرَّف MAIL_CLIENT_SECRET ولا MAIL_CLIENT_CERTIFICATE',
    fix: 'ضعوا سر التطبيق (أو شهادته ومفتاحه بصيغة PEM) في البيئة؛ وعند النشر يأتي من Secret Manager',
  },
  'no-google-key': {
    cause: 'مفتاح حساب خدمة Google غائب أو ناقص',
    fix: 'ضعوا محتوى JSON للمفتاح في MAIL_GOOGLE_KEY (أو مساره في GOOGLE_APPLICATION_CREDENTIALS)',
  },
  'no-delegation': {
    cause: 'ليس لحساب الخدمة تفويض على مستوى النطاق لهذا النطاق',
    fix: 'Google Admin console > Security > Access and data control > API controls > Domain-wide delegation: أضيفوا معرّف عميل حساب الخدمة مع https://mail.google.com/ ‏(SMTP) أو https://www.googleapis.com/auth/gmail.send ‏(واجهة Gmail)',
  },
  'invalid-grant': {
    cause:
      'ترفض Google التأكيد: الصندوق غير موجود في النطاق، أو حُذف المفتاح، أو ساعة الجهاز غير مضبوطة',
    fix: 'تحققوا من عنوان الصندوق (mail.transport)، ومن أن المفتاح ما زال موجودا في وحدة تحكم Google Cloud، ومن ساعة الجهاز',
  },
  'graph-denied': {
    cause:
      'يرفض Microsoft Graph الإرسال: ليس للتطبيق صلاحية Mail.Send، أو تستبعده سياسة ولوج من هذا الصندوق',
    fix: 'Entra ID: صلاحية Mail.Send من Microsoft Graph من نوع Application، بموافقة المسؤول؛ وإن وُجدت سياسة ولوج للتطبيقات (New-ApplicationAccessPolicy)، فأدرجوا فيها الصندوق',
  },
  'no-mailbox': {
    cause: 'الصندوق غير موجود، أو غير مستضاف في Exchange Online',
    fix: 'تحققوا من mail.transport.mailbox (عنوان صندوق Exchange Online في المستأجر)',
  },
  'gmail-denied': {
    cause: 'ترفض Google الإرسال: ليس للرمز حق الإرسال من هذا الصندوق',
    fix: 'تحققوا من التفويض على مستوى النطاق (النطاق https://www.googleapis.com/auth/gmail.send) ومن تفعيل واجهة Gmail في المشروع',
  },
  'token-refused': {
    cause: 'ترفض الخدمة الرمز (منتهي الصلاحية، أو صادر لخدمة أخرى)',
    fix: 'تحققوا من عنوان الخدمة (endpoint) ومن صلاحيات التطبيق',
  },
  'port-25': {
    cause: 'المنفذ 25 لا يجيب: إنه محجوب في الخروج على Google Cloud (ولدى كثير من المستضيفين)',
    fix: 'استعملوا المنفذ 587 ‏(STARTTLS) أو 465 ‏(TLS)، مثلا smtp://…@smtp.office365.com:587',
  },
  dns: {
    cause: 'اسم الخادم غير موجود (DNS)',
    fix: 'تحققوا من اسم المضيف (SMTP_URL أو mail.transport.host) ومن وصول الجهاز إلى DNS',
  },
  tls: {
    cause: 'فشل الاتصال المشفر (شهادة مرفوضة، أو TLS منتظر على منفذ آخر)',
    fix: 'تحققوا من تطابق اسم الخادم مع شهادته، ومن المنفذ: 465 مع smtps://، و587 مع smtp:// ‏(STARTTLS)',
  },
  refused: {
    cause: 'يرفض الخادم الاتصال على هذا المنفذ',
    fix: 'تحققوا من المنفذ (587 أو 465) ومن قبول الخادم للاتصالات من هذا الجهاز',
  },
  timeout: {
    cause: 'الخادم لا يجيب (انتهت المهلة)',
    fix: 'تحققوا من اسم الخادم ومنفذه، ومن أن جدار حماية لا يمنع الخروج نحو هذا المنفذ',
  },
  'graph-read-denied': {
    cause:
      'يرفض Microsoft Graph الولوج إلى الصندوق: ليس للتطبيق دور «Application Mail.ReadWrite» على هذا الصندوق',
    fix: 'Exchange Online PowerShell: ‏New-ManagementRoleAssignment -App <clientId> -Role "Application Mail.ReadWrite" -CustomResourceScope <نطاق لا يضم إلا صندوق الكتابة> (RBAC للتطبيقات)، دون أي صلاحية Mail.* في Entra، فهي تفتح كل صناديق المستأجر',
  },
  'no-mailbox-read': {
    cause: 'الصندوق غير موجود، أو غير مستضاف في Exchange Online',
    fix: 'تحققوا من intake.mailbox (عنوان صندوق Exchange Online في المستأجر)',
  },
  'gmail-read-denied': {
    cause: 'ترفض Google الولوج إلى الصندوق: ليس للرمز حق قراءته ولا ترتيب رسائله',
    fix: 'تحققوا من التفويض على مستوى النطاق (النطاق https://www.googleapis.com/auth/gmail.modify، إلى جانب gmail.send) ومن تفعيل واجهة Gmail في المشروع',
  },
  'no-delegation-read': {
    cause: 'ليس لحساب الخدمة تفويض على مستوى النطاق لقراءة الصندوق',
    fix: 'Google Admin console > Security > Access and data control > API controls > Domain-wide delegation: أضيفوا إلى معرّف عميل حساب الخدمة https://www.googleapis.com/auth/gmail.modify ‏(واجهة Gmail) أو https://mail.google.com/ ‏(IMAP)',
  },
};
