/** `npm run deploy` in Spanish. */
import { counted } from '../../text.js';
import type { DeployWords } from '../deploy-shape.js';

export const deploy: DeployWords = {
  port25:
    'El correo sale por el puerto 25, bloqueado en salida en Google Cloud: cada envío de la ' +
    'función fallaría. Use el puerto 587 (STARTTLS) o 465 (TLS): mail.transport.port, ' +
    'o SMTP_URL (smtp://…@host:587).',
  outsideRoot: (file, root) =>
    `La configuración ${file} debe estar en la carpeta desplegada (${root}).`,
  header: (project, region, committee, file) =>
    `Despliegue de ogp-tracker: proyecto ${project}, región ${region}, comité «${committee}» (${file}).`,
  dryRunNote:
    'Plan producido por npm run deploy -- --dry-run; npm run deploy ejecuta las mismas líneas, paso a paso.',
  secretFromEnv: (variable) =>
    `Valor del secreto leído en la variable de entorno ${variable} (nunca se muestra).`,
  localState:
    'Atención: este comité guarda su estado en una carpeta (storage.kind: local), que una ' +
    'función pierde entre dos ejecuciones; para un comité real: storage: { state: { kind: ' +
    'firestore, prefix: … }, output: { kind: drive, folderId: … } }.',
  secretMissing: (variable) =>
    `Falta el valor del secreto ${variable}: defina la variable de entorno ${variable}.`,
  askSecret: (variable) => `Valor de ${variable} (no se muestra): `,
  step: (index, count, title) => `Paso ${index}/${count} — ${title}`,
  stepDone: (label) => `${label}: ya hecho (--restart para rehacerlo)`,
  stepFailed: (title, onFailure) => `El paso «${title}» falló. ${onFailure}`,
  resume: 'Corrija y vuelva a lanzar npm run deploy: retomará en este paso.',
  noGcloud:
    'No se encuentra gcloud: instale el Google Cloud SDK e inicie sesión (gcloud auth login).',
  noBash: 'no se encuentra bash',
  finished: (count, logs) =>
    `Despliegue terminado: ${counted(count, 'paso', 'pasos', 'es')}. Registro: ${logs}`,
  accounts: {
    runtime: 'ogp-tracker: funciones',
    build: 'ogp-tracker: compilación',
    scheduler: 'ogp-tracker: programador',
  },
  services: 'Habilitar los servicios de Google utilizados',
  servicesFailure:
    'Verifique que la facturación esté habilitada en el proyecto y que usted sea su propietario (roles/owner).',
  accountsTitle: 'Crear las cuentas de servicio (funciones, compilación, programador)',
  accountsFailure:
    'Se necesita el rol «Administrador de cuentas de servicio» (roles/iam.serviceAccountAdmin) en el proyecto.',
  roles: 'Dar a cada cuenta el único rol que necesita',
  rolesFailure:
    'Hay que poder modificar los permisos del proyecto (roles/resourcemanager.projectIamAdmin o propietario).',
  firestore: (location) =>
    `Crear la base Firestore (modo nativo, ${location}) si el proyecto no tiene una`,
  firestoreFailure:
    'Una base Firestore en modo Datastore no sirve: se necesita el modo nativo (otro proyecto, o una base con nombre).',
  secrets: 'Crear los secretos con su valor, antes de todo despliegue que los lea',
  secretsFailure:
    'Verifique que el valor esté dado (variable de entorno del mismo nombre) y que administre Secret Manager.',
  config: 'Enviar la configuración del comité a Firestore, donde la leen las funciones',
  configNote: (path) =>
    `npm run deploy lo hace por sí mismo (y después en cada cambio): npx ogp-tracker config push --config ${path}`,
  configFailure:
    'La configuración debe ser válida, y usted debe poder escribir en Firestore (roles/datastore.user).',
  functions: (runtime, memory) => `Desplegar las funciones (${runtime}, ${memory}, privadas)`,
  folderIntake:
    'intake: { kind: folder } lee una carpeta de la máquina: la función intake no se despliega; ' +
    'para el buzón de la secretaría, intake: { kind: imap } (vea «Respuestas por correo»).',
  functionsFailure:
    'Lea el registro de compilación que indica gcloud; la cuenta de compilación debe tener roles/cloudbuild.builds.builder.',
  invoker: (functions) =>
    `Autorizar al programador a llamar a ${new Intl.ListFormat('es', { type: 'conjunction' }).format(functions)}, y a nada más`,
  invokerFailure: 'Las funciones deben estar desplegadas (paso anterior).',
  schedule: (time, timeZone, intake) =>
    `Programar tick cada día a las ${time} (${timeZone}), con reintentos` +
    (intake ? ', e intake cada 5 minutos en el horario de lectura' : ''),
  scheduleFailure:
    'Cloud Scheduler debe estar disponible en la región; hay que poder actuar en nombre de ' +
    'la cuenta del programador (roles/iam.serviceAccountUser).',
};
