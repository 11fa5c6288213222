/** `npm run deploy` in Portuguese. */
import { counted } from '../../text.js';
import type { DeployWords } from '../deploy-shape.js';

export const deploy: DeployWords = {
  port25:
    'O e-mail sai pela porta 25, bloqueada na saída no Google Cloud: cada envio da função ' +
    'falharia. Use a porta 587 (STARTTLS) ou 465 (TLS): mail.transport.port, ' +
    'ou SMTP_URL (smtp://…@host:587).',
  outsideRoot: (file, root) => `A configuração ${file} deve estar na pasta implantada (${root}).`,
  header: (project, region, committee, file) =>
    `Implantação do ogp-tracker: projeto ${project}, região ${region}, comitê «${committee}» (${file}).`,
  dryRunNote:
    'Plano produzido por npm run deploy -- --dry-run; npm run deploy executa as mesmas linhas, etapa por etapa.',
  secretFromEnv: (variable) =>
    `Valor do segredo lido na variável de ambiente ${variable} (nunca exibido).`,
  localState:
    'Atenção: este comitê guarda seu estado numa pasta (storage.kind: local), que uma ' +
    'função perde entre duas execuções; para um comitê de verdade: storage: { state: { kind: ' +
    'firestore, prefix: … }, output: { kind: drive, folderId: … } }.',
  secretMissing: (variable) =>
    `Falta o valor do segredo ${variable}: defina a variável de ambiente ${variable}.`,
  askSecret: (variable) => `Valor de ${variable} (não exibido): `,
  step: (index, count, title) => `Etapa ${index}/${count} — ${title}`,
  stepDone: (label) => `${label}: já feita (--restart para refazê-la)`,
  stepFailed: (title, onFailure) => `A etapa «${title}» falhou. ${onFailure}`,
  resume: 'Corrija e execute npm run deploy de novo: ele retomará nesta etapa.',
  noGcloud:
    'gcloud não foi encontrado: instale o Google Cloud SDK e conecte-se (gcloud auth login).',
  noBash: 'bash não encontrado',
  finished: (count, logs) =>
    `Implantação concluída: ${counted(count, 'etapa', 'etapas', 'pt')}. Registro: ${logs}`,
  accounts: {
    runtime: 'ogp-tracker: funções',
    build: 'ogp-tracker: compilação',
    scheduler: 'ogp-tracker: agendador',
  },
  services: 'Ativar os serviços do Google usados',
  servicesFailure:
    'Verifique que o faturamento está ativado no projeto e que você é o proprietário (roles/owner).',
  accountsTitle: 'Criar as contas de serviço (funções, compilação, agendador)',
  accountsFailure:
    'É preciso o papel «Administrador de contas de serviço» (roles/iam.serviceAccountAdmin) no projeto.',
  roles: 'Dar a cada conta o único papel de que precisa',
  rolesFailure:
    'É preciso poder alterar as permissões do projeto (roles/resourcemanager.projectIamAdmin ou proprietário).',
  firestore: (location) =>
    `Criar o banco Firestore (modo nativo, ${location}) se o projeto não tiver um`,
  firestoreFailure:
    'Um banco Firestore no modo Datastore não serve: é preciso o modo nativo (outro projeto, ou um banco nomeado).',
  secrets: 'Criar os segredos com seu valor, antes de toda implantação que os leia',
  secretsFailure:
    'Verifique que o valor foi dado (variável de ambiente de mesmo nome) e que você administra o Secret Manager.',
  config: 'Enviar a configuração do comitê ao Firestore, onde as funções a leem',
  configNote: (path) =>
    `npm run deploy faz isso sozinho (e depois a cada mudança): npx ogp-tracker config push --config ${path}`,
  configFailure:
    'A configuração deve ser válida, e você deve poder escrever no Firestore (roles/datastore.user).',
  functions: (runtime, memory) => `Implantar as funções (${runtime}, ${memory}, privadas)`,
  folderIntake:
    'intake: { kind: folder } lê uma pasta da máquina: a função intake não é implantada; ' +
    'para a caixa da secretaria, intake: { kind: imap } (veja «Respostas por e-mail»).',
  functionsFailure:
    'Leia o registro de compilação indicado pelo gcloud; a conta de compilação deve ter roles/cloudbuild.builds.builder.',
  invoker: (functions) =>
    `Autorizar o agendador a chamar ${new Intl.ListFormat('pt', { type: 'conjunction' }).format(functions)}, e nada mais`,
  invokerFailure: 'As funções devem estar implantadas (etapa anterior).',
  schedule: (time, timeZone, intake) =>
    `Agendar tick todo dia às ${time} (${timeZone}), com novas tentativas` +
    (intake ? ', e intake a cada 5 minutos no horário de leitura' : ''),
  scheduleFailure:
    'O Cloud Scheduler deve estar disponível na região; é preciso poder agir em nome da ' +
    'conta do agendador (roles/iam.serviceAccountUser).',
};
