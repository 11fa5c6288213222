/** `npm run deploy` in Arabic. */
import type { DeployWords } from '../deploy-shape.js';

export const deploy: DeployWords = {
  port25:
    'يخرج البريد عبر المنفذ 25، وهو محجوب في الخروج على Google Cloud: سيفشل كل إرسال من ' +
    'الوظيفة. استعملوا المنفذ 587 ‏(STARTTLS) أو 465 ‏(TLS): ‏mail.transport.port، ' +
    'أو SMTP_URL ‏(smtp://…@host:587).',
  outsideRoot: (file, root) => `يجب أن تكون الإعدادات ${file} في المجلد المنشور (${root}).`,
  header: (project, region, committee, file) =>
    `نشر ogp-tracker: المشروع ${project}، المنطقة ${region}، اللجنة «${committee}» (${file}).`,
  dryRunNote:
    'خطة أنتجها npm run deploy -- --dry-run؛ وينفذ npm run deploy الأسطر نفسها، خطوة بخطوة.',
  secretFromEnv: (variable) => `قيمة السر مقروءة من متغير البيئة ${variable} (لا تُعرض أبدا).`,
  localState:
    'تنبيه: تحتفظ هذه اللجنة بحالتها في مجلد (storage.kind: local)، تفقده الوظيفة بين تشغيلين؛ ' +
    'للجنة حقيقية: storage: { state: { kind: firestore, prefix: … }, output: { kind: drive, folderId: … } }.',
  secretMissing: (variable) => `قيمة السر ${variable} غائبة: عرّفوا متغير البيئة ${variable}.`,
  askSecret: (variable) => `قيمة ${variable} (لا تُعرض): `,
  step: (index, count, title) => `الخطوة ${index}/${count} — ${title}`,
  stepDone: (label) => `${label}: أُنجزت من قبل (--restart لإعادتها)`,
  stepFailed: (title, onFailure) => `فشلت الخطوة «${title}». ${onFailure}`,
  resume: 'صححوا ثم أعيدوا تشغيل npm run deploy: سيستأنف من هذه الخطوة.',
  noGcloud: 'gcloud غير موجود: ثبّتوا Google Cloud SDK وسجلوا الدخول (gcloud auth login).',
  noBash: 'bash غير موجود',
  finished: (count, logs) => `انتهى النشر: عدد الخطوات ${count}. السجل: ${logs}`,
  accounts: {
    runtime: 'ogp-tracker: الوظائف',
    build: 'ogp-tracker: البناء',
    scheduler: 'ogp-tracker: المُجدوِل',
  },
  services: 'تفعيل خدمات Google المستعملة',
  servicesFailure: 'تحققوا من تفعيل الفوترة في المشروع ومن أنكم مالكوه (roles/owner).',
  accountsTitle: 'إنشاء حسابات الخدمة (الوظائف، البناء، المُجدوِل)',
  accountsFailure: 'يلزم دور «Service Account Admin» ‏(roles/iam.serviceAccountAdmin) في المشروع.',
  roles: 'منح كل حساب الدور الوحيد الذي يحتاجه',
  rolesFailure:
    'يجب أن تتمكنوا من تعديل صلاحيات المشروع (roles/resourcemanager.projectIamAdmin أو المالك).',
  firestore: (location) =>
    `إنشاء قاعدة Firestore (الوضع الأصلي، ${location}) إن لم تكن للمشروع قاعدة`,
  firestoreFailure:
    'لا تصلح قاعدة Firestore في وضع Datastore: يلزم الوضع الأصلي (مشروع آخر، أو قاعدة مسماة).',
  secrets: 'إنشاء الأسرار بقيمها، قبل كل نشر يقرؤها',
  secretsFailure:
    'تحققوا من إعطاء القيمة (متغير البيئة بالاسم نفسه) ومن أنكم تديرون Secret Manager.',
  config: 'إرسال إعدادات اللجنة إلى Firestore، حيث تقرؤها الوظائف',
  configNote: (path) =>
    `يقوم npm run deploy بذلك بنفسه (ثم عند كل تغيير): npx ogp-tracker config push --config ${path}`,
  configFailure:
    'يجب أن تكون الإعدادات صالحة، وأن تتمكنوا من الكتابة في Firestore ‏(roles/datastore.user).',
  functions: (runtime, memory) => `نشر الوظائف (${runtime}، ${memory}، خاصة)`,
  folderIntake:
    'يقرأ intake: { kind: folder } مجلدا من الجهاز: لا تُنشر وظيفة intake؛ ' +
    'ولصندوق الكتابة، intake: { kind: imap } (انظروا «الردود بالبريد الإلكتروني»).',
  functionsFailure:
    'اقرؤوا سجل البناء الذي يشير إليه gcloud؛ يجب أن يكون لحساب البناء roles/cloudbuild.builds.builder.',
  invoker: (functions) =>
    `السماح للمُجدوِل باستدعاء ${new Intl.ListFormat('ar', { type: 'conjunction' }).format(functions)}، ولا شيء غير ذلك`,
  invokerFailure: 'يجب أن تكون الوظائف منشورة (الخطوة السابقة).',
  schedule: (time, timeZone, intake) =>
    `جدولة tick كل يوم على الساعة ${time} (${timeZone})، مع إعادة المحاولة` +
    (intake ? '، وintake كل 5 دقائق في ساعات القراءة' : ''),
  scheduleFailure:
    'يجب أن يكون Cloud Scheduler متاحا في المنطقة؛ ويجب أن تتمكنوا من التصرف باسم حساب المُجدوِل (roles/iam.serviceAccountUser).',
};
