/** `npm run deploy` in French. */
import { counted } from '../../text.js';
import type { DeployWords } from '../deploy-shape.js';

export const deploy: DeployWords = {
  port25:
    'Le courriel part par le port 25, qui est bloqué en sortie sur Google Cloud : chaque ' +
    'envoi de la fonction échouerait. Utilisez le port 587 (STARTTLS) ou 465 (TLS) : mail.transport.port, ' +
    'ou SMTP_URL (smtp://…@hote:587).',
  outsideRoot: (file, root) =>
    `La configuration ${file} doit être dans le dossier déployé (${root}).`,
  header: (project, region, committee, file) =>
    `Déploiement d'ogp-tracker : projet ${project}, région ${region}, comité « ${committee} » (${file}).`,
  dryRunNote:
    'Plan produit par npm run deploy -- --dry-run ; npm run deploy exécute les mêmes lignes, étape par étape.',
  secretFromEnv: (variable) =>
    `Valeur du secret lue dans la variable d'environnement ${variable} (jamais affichée).`,
  localState:
    "Attention : ce comité garde son état dans un dossier (storage.kind: local), qu'une " +
    'fonction perd entre deux passages ; pour un vrai comité : storage: { state: { kind: ' +
    'firestore, prefix: … }, output: { kind: drive, folderId: … } }.',
  secretMissing: (variable) =>
    `La valeur du secret ${variable} manque : définissez la variable d'environnement ${variable}.`,
  askSecret: (variable) => `Valeur de ${variable} (non affichée) : `,
  step: (index, count, title) => `Étape ${index}/${count} — ${title}`,
  stepDone: (label) => `${label} : déjà faite (--restart pour la refaire)`,
  stepFailed: (title, onFailure) => `L'étape « ${title} » a échoué. ${onFailure}`,
  resume: 'Corrigez, puis relancez npm run deploy : il reprendra à cette étape.',
  noGcloud:
    'gcloud est introuvable : installez le Google Cloud SDK et connectez-vous (gcloud auth login).',
  noBash: 'bash introuvable',
  finished: (count, logs) =>
    `Déploiement terminé : ${counted(count, 'étape', 'étapes')}. Journal : ${logs}`,
  accounts: {
    runtime: 'ogp-tracker : fonctions',
    build: 'ogp-tracker : construction',
    scheduler: 'ogp-tracker : planificateur',
  },
  services: 'Activer les services Google utilisés',
  servicesFailure:
    'Vérifiez que la facturation est activée sur le projet et que vous en êtes propriétaire (roles/owner).',
  accountsTitle: 'Créer les comptes de service (fonctions, construction, planificateur)',
  accountsFailure:
    'Il faut le rôle « Administrateur des comptes de service » (roles/iam.serviceAccountAdmin) sur le projet.',
  roles: 'Donner à chaque compte le seul rôle dont il a besoin',
  rolesFailure:
    'Il faut pouvoir modifier les droits du projet (roles/resourcemanager.projectIamAdmin ou propriétaire).',
  firestore: (location) =>
    `Créer la base Firestore (mode natif, ${location}) si le projet n'en a pas`,
  firestoreFailure:
    'Une base Firestore en mode Datastore ne convient pas : il faut le mode natif (un autre projet, ou une base nommée).',
  secrets: 'Créer les secrets avec leur valeur, avant tout déploiement qui les lit',
  secretsFailure:
    'Vérifiez que la valeur est donnée (variable d’environnement du même nom) et que vous administrez Secret Manager.',
  config: 'Envoyer la configuration du comité dans Firestore, où les fonctions la lisent',
  configNote: (path) =>
    `npm run deploy le fait lui-même (puis à chaque changement) : npx ogp-tracker config push --config ${path}`,
  configFailure:
    'La configuration doit être valide, et vous devez pouvoir écrire dans Firestore (roles/datastore.user).',
  functions: (runtime, memory) => `Déployer les fonctions (${runtime}, ${memory}, privées)`,
  folderIntake:
    "intake: { kind: folder } lit un dossier de la machine : la fonction intake n'est pas déployée ; " +
    'pour la boîte du secrétariat, intake: { kind: imap } (voir « Réponses par courriel »).',
  functionsFailure:
    'Lisez le journal de construction indiqué par gcloud ; le compte de construction doit avoir roles/cloudbuild.builds.builder.',
  invoker: (functions) =>
    `Autoriser le planificateur à appeler ${new Intl.ListFormat('fr', { type: 'conjunction' }).format(functions)}, et rien d'autre`,
  invokerFailure: 'Les fonctions doivent être déployées (étape précédente).',
  schedule: (time, timeZone, intake) =>
    `Planifier tick chaque jour à ${time} (${timeZone}), avec reprises` +
    (intake ? ', et intake toutes les 5 minutes aux heures de lecture' : ''),
  scheduleFailure:
    'Cloud Scheduler doit être disponible dans la région ; il faut pouvoir agir au nom ' +
    'du compte du planificateur (roles/iam.serviceAccountUser).',
};
