/** `npm run deploy` in English. */
import { counted } from '../../text.js';
import type { DeployWords } from '../deploy-shape.js';

export const deploy: DeployWords = {
  port25:
    'Email leaves by port 25, which is blocked outbound on Google Cloud: every send of the ' +
    'function would fail. Use port 587 (STARTTLS) or 465 (TLS): mail.transport.port, ' +
    'or SMTP_URL (smtp://…@host:587).',
  outsideRoot: (file, root) =>
    `The configuration ${file} must be in the folder deployed (${root}).`,
  header: (project, region, committee, file) =>
    `Deployment of ogp-tracker: project ${project}, region ${region}, committee “${committee}” (${file}).`,
  dryRunNote:
    'Plan made by npm run deploy -- --dry-run; npm run deploy runs the same lines, step by step.',
  secretFromEnv: (variable) =>
    `The secret's value is read from the environment variable ${variable} (never shown).`,
  localState:
    'Warning: this committee keeps its state in a folder (storage.kind: local), which a ' +
    'function loses between two runs; for a real committee: storage: { state: { kind: ' +
    'firestore, prefix: … }, output: { kind: drive, folderId: … } }.',
  secretMissing: (variable) =>
    `The value of the secret ${variable} is missing: set the environment variable ${variable}.`,
  askSecret: (variable) => `Value of ${variable} (not shown): `,
  step: (index, count, title) => `Step ${index}/${count} — ${title}`,
  stepDone: (label) => `${label}: already done (--restart to do it again)`,
  stepFailed: (title, onFailure) => `The step “${title}” failed. ${onFailure}`,
  resume: 'Correct it, then run npm run deploy again: it will resume at this step.',
  noGcloud: 'gcloud cannot be found: install the Google Cloud SDK and sign in (gcloud auth login).',
  noBash: 'bash not found',
  finished: (count, logs) =>
    `Deployment done: ${counted(count, 'step', 'steps', 'en')}. Logs: ${logs}`,
  accounts: {
    runtime: 'ogp-tracker: functions',
    build: 'ogp-tracker: build',
    scheduler: 'ogp-tracker: scheduler',
  },
  services: 'Enable the Google services used',
  servicesFailure:
    'Check that billing is enabled on the project and that you own it (roles/owner).',
  accountsTitle: 'Create the service accounts (functions, build, scheduler)',
  accountsFailure:
    'The “Service Account Admin” role (roles/iam.serviceAccountAdmin) on the project is needed.',
  roles: 'Give each account the one role it needs',
  rolesFailure:
    'You must be able to change the project’s permissions (roles/resourcemanager.projectIamAdmin or owner).',
  firestore: (location) =>
    `Create the Firestore database (native mode, ${location}) unless the project has one`,
  firestoreFailure:
    'A Firestore database in Datastore mode does not do: native mode is needed (another project, or a named database).',
  secrets: 'Create the secrets with their value, before any deployment reads them',
  secretsFailure:
    'Check that the value is given (the environment variable of the same name) and that you administer Secret Manager.',
  config: 'Send the committee’s configuration to Firestore, where the functions read it',
  configNote: (path) =>
    `npm run deploy does it itself (then at each change): npx ogp-tracker config push --config ${path}`,
  configFailure:
    'The configuration must be valid, and you must be able to write to Firestore (roles/datastore.user).',
  functions: (runtime, memory) => `Deploy the functions (${runtime}, ${memory}, private)`,
  folderIntake:
    'intake: { kind: folder } reads a folder of the machine: the intake function is not deployed; ' +
    'for the secretariat’s mailbox, intake: { kind: imap } (see “Answers by email”).',
  functionsFailure:
    'Read the build log gcloud points to; the build account needs roles/cloudbuild.builds.builder.',
  invoker: (functions) =>
    `Allow the scheduler to call ${new Intl.ListFormat('en', { type: 'conjunction' }).format(functions)}, and nothing else`,
  invokerFailure: 'The functions must be deployed (previous step).',
  schedule: (time, timeZone, intake) =>
    `Schedule tick every day at ${time} (${timeZone}), with retries` +
    (intake ? ', and intake every 5 minutes in the reading hours' : ''),
  scheduleFailure:
    'Cloud Scheduler must be available in the region; you must be able to act as the ' +
    'scheduler’s account (roles/iam.serviceAccountUser).',
};
