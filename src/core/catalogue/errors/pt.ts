/** The errors that stop a command, in Portuguese. */
import type { GoogleProblem } from '../../read-failure.js';
import { cells } from '../cells/pt.js';
import { counted } from '../../text.js';
import type { ErrorWords } from '../errors-shape.js';
import { adviceIn } from '../mail-advice-shape.js';
import { advice } from '../mail-advice/pt.js';

export const errors: ErrorWords = {
  intakeNotConfigured:
    'A configuração não tem a chave intake: acrescente por exemplo intake: { kind: folder } ' +
    '(arquivos .eml salvos em inbox/) ou intake: { kind: imap } (veja «Respostas por e-mail»).',
  intakeNeedsMail:
    'intake responde aos pontos focais: acrescente mail: { from: … } (o endereço que recebe suas respostas).',
  noHeldMessage: (id, held) =>
    `Nenhuma mensagem retida tem o identificador ${id}. ` +
    (held
      ? `Mensagens retidas pendentes: ${held}.`
      : 'Nenhuma mensagem está retida neste momento (o relatório da secretaria as enumera).'),
  releaseChanged: (id, mailbox) =>
    `A mensagem ${id} de ${mailbox} já não é a que foi retida (o seu conteúdo mudou): ` +
    'nada é registrado; verifique-a na caixa e peça ao remetente que a envie de novo.',
  messageGone: (id, mailbox) =>
    `A mensagem ${id} não está mais na caixa ${mailbox}: foi movida ou apagada; ` +
    'peça ao remetente que a envie de novo.',
  mailFromMissing:
    'Há e-mails devidos, mas a configuração não tem a chave mail.from: acrescente mail: { from: … }.',
  initCountry: (code) =>
    `init --country ${code}: espera-se um código de país ISO 3166-1, por exemplo MX, JO, ou BR-SP para um estado.`,
  initCountryUnknown: (code) =>
    `init --country ${code}: país desconhecido (código ISO 3166-1, por exemplo MX, JO, ou BR-SP para um estado).`,
  initRegion: (code, region, state, near, known) =>
    `init --country ${code}: cidade ou região ${region} desconhecida para ${state}` +
    (near ? ` (você quis dizer ${state}-${near}?)` : '') +
    (known ? `. Conhecidas: ${known}.` : `: escreva ${state} (seus feriados).`),
  initSubdivision: (code, subdivision, country, near, known) =>
    `init --country ${code}: subdivisão ${subdivision} desconhecida para ${country}` +
    (near ? ` (você quis dizer ${country}-${near}?)` : '') +
    (known ? `. Conhecidas: ${known}.` : ': nenhuma é conhecida para este país.'),
  initLocale: (locale, locales) => `init --locale ${locale}: espera-se um idioma entre ${locales}.`,
  initCurrency: (code) =>
    `init --country ${code}: moeda do país desconhecida; parta de ogp-tracker init sem --country e informe-a em committee.yaml.`,
  initTimeZone: (code) =>
    `init --country ${code}: fuso horário do país desconhecido; parta de ogp-tracker init sem --country e informe-o em committee.yaml.`,
  imapUrlMissing:
    'intake.kind é imap, mas IMAP_URL não está definido no ambiente: informe ' +
    'imaps://usuario:senha@host:993 (uma senha de aplicativo), ou um provedor OAuth 2.0 ' +
    '(intake: { kind: imap, host, user, provider: … }).',
  intakeFolderNeedsDir:
    'intake: { kind: folder } lê uma pasta desta máquina: informe-a (intake.dir), ' +
    'já que a pasta de saída está no Drive.',
  smtpUrlMissing:
    'mail.transport é smtp, mas SMTP_URL não está definido no ambiente: informe ' +
    'smtp://usuario:senha@host:587 (ou smtp://host:587 para um relé).',
  smtpUrlUnreadable: 'SMTP_URL ilegível: espera-se smtp://usuario:senha@host:porta',
  smtpProtocol: (protocol) => `SMTP_URL: protocolo ${protocol} não suportado (smtp: ou smtps:).`,
  imapProtocol: (protocol) => `IMAP_URL: protocolo ${protocol} não suportado (imaps: ou imap:).`,
  noStoredConfig: (location) =>
    `Nenhuma configuração em ${location}: envie-a com «ogp-tracker config push --config committee.yaml».`,
  inboxMissing: (dir) =>
    `A pasta de recepção ${dir} não existe: crie-a (ou corrija intake.dir em committee.yaml) e salve nela as respostas dos pontos focais no formato .eml.`,
  inboxUnreadable: (dir, code) => `Pasta de recebimento ilegível: ${dir} (${code}).`,
  graphMailbox: (mailbox, detail) => `Caixa Graph ${mailbox}: ${detail}`,
  gmailMailbox: (mailbox, detail) => `Caixa Gmail ${mailbox}: ${detail}`,
  imapFolderMissing: (location) => `Pasta IMAP ${location} não encontrada.`,
  imapMessageMissing: (uid, location) => `Mensagem ${uid} não encontrada em ${location}.`,
  imapNotMoved: (id, folder, location) =>
    `A mensagem ${id} não pôde ser movida para «${folder}» (${location}).`,
  imapFailed: (location, said, loginRefused) =>
    `Caixa IMAP ${location}: ${said} — ` +
    (loginRefused
      ? 'identificação recusada: verifique o usuário e a senha de aplicativo (IMAP_URL), ou as permissões do aplicativo (OAuth 2.0)'
      : 'servidor inacessível ou pasta ausente: verifique host, porta e pasta') +
    '.',
  mailServiceFailed: (mailbox, answer, id) => {
    const a = adviceIn(advice, id);
    return (
      `Caixa ${mailbox} — resposta do servidor: ${answer}` +
      (a ? `\n  Causa: ${a.cause}.\n  O que fazer: ${a.fix}.` : '')
    );
  },
  firestoreDenied: (where, operation) =>
    `${where} (${operation}): acesso negado. Dê à conta de serviço da função o papel «Usuário do Cloud Datastore» (roles/datastore.user).`,
  firestoreNoDatabase: (where, operation) =>
    `${where} (${operation}): banco Firestore não encontrado. Crie-o no modo nativo (gcloud firestore databases create --location=eur3).`,
  firestoreAuth: (where, operation) =>
    `${where} (${operation}): o Google recusou a autenticação. Verifique as credenciais da conta de serviço.`,
  firestoreUnavailable: (where, operation, detail) =>
    `${where} (${operation}): Firestore inacessível no momento (${detail}); nova tentativa na próxima execução.`,
  firestoreRefused: (where, operation, detail) =>
    `${where} (${operation}): recusado pelo Firestore (${detail}).`,
  firestoreTooLarge: (name, mib, maxMillions) =>
    `${name} é grande demais para o Firestore (${mib} MB de dados, no máximo ${maxMillions} milhões de caracteres): reduza a ficha em questão.`,
  notClaimed: (key, recipient) => `Envio não reservado por esta execução: ${key} → ${recipient}.`,
  myDriveRefused: (folderId, account) =>
    `A pasta do Drive ${folderId} não está num drive compartilhado: a conta de serviço ` +
    `${account} não tem armazenamento próprio e não pode criar arquivos ali. Crie uma pasta ` +
    `num drive compartilhado (Google Workspace), adicione ${account} como «Administrador de ` +
    'conteúdo» e ponha seu identificador em storage.output.folderId; sem Google Workspace, ' +
    'guarde os arquivos numa máquina: storage.output: { kind: local, dir: … }.',
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
  driveNoId: (name) => `O Drive não deu identificador para ${name}.`,
  runInProgress: (who, minutes, lockPlace) =>
    `Outra execução do ogp-tracker está usando este armazenamento (${who ?? 'desconhecida'}): nada foi lido nem enviado; tente de novo quando ela terminar. ` +
    `Um bloqueio abandonado expira após ${minutes} minutos (${lockPlace}).`,
  lockHolder: (pid, host, since) => `processo ${pid} em ${host}, desde ${since} UTC`,
  writeFailed: (path) => `Não é possível escrever ${path}.`,
  outboxFailed: (folder) => `Não é possível escrever na caixa de saída ${folder}.`,
  ledgerUnreadable: (path) => `Não é possível ler o registro de envios ${path}.`,
  ledgerUnwritable: (path) => `Não é possível escrever o registro de envios ${path}.`,
  lockFailed: (location) => `Não é possível bloquear ${location}.`,
  masterFailed: (location) =>
    `A pasta de trabalho consolidada não pôde ser escrita em ${location} (a anterior está intacta).`,
  stateUnreadable: (path) => `Não é possível ler o estado ${path}.`,

  oauthToken: 'Token OAuth 2.0 obtido.',
  smtpChecked: (host, relay) =>
    `Servidor SMTP ${host}: conexão e ${relay ? 'sessão sem autenticação (relé)' : 'autenticação'} bem-sucedidas.`,
  graphToken: (mailbox) => `Token do Microsoft Graph obtido para a caixa ${mailbox}.`,
  googleToken: (mailbox) =>
    `Token do Google obtido para a caixa ${mailbox} (delegação em todo o domínio).`,
  outboxOnly: (folder) =>
    `Nenhum servidor de e-mail: os e-mails são escritos como arquivos .eml em ${folder}.`,
  inboxFolderChecked: (dir, files) =>
    `Pasta de recebimento ${dir}: ${counted(files, 'arquivo', 'arquivos', 'pt')} .eml.`,
  gmailChecked: (mailbox, messages) =>
    `Caixa Gmail ${mailbox}: acesso bem-sucedido, ${counted(messages, 'mensagem', 'mensagens', 'pt')}.`,
  graphChecked: (mailbox, messages) =>
    `Caixa Graph ${mailbox}: acesso bem-sucedido, ${counted(messages, 'mensagem', 'mensagens', 'pt')} na caixa de entrada.`,
  imapChecked: (location, messages) =>
    `Caixa IMAP ${location}: conexão bem-sucedida, ${counted(messages, 'mensagem', 'mensagens', 'pt')} na pasta.`,
  noMailKey: 'a configuração não tem a chave mail',
  addMailKey: 'acrescente mail: { from: … } a committee.yaml',
  accepted: 'aceito',
  testSubject: (committee) => `E-mail de teste — ${committee}`,
  testBody: (day, time, committee, transport) =>
    `Este e-mail de teste foi enviado em ${day} às ${time} (UTC) pelo ogp-tracker para o ${committee}, ` +
    `com o transporte «${transport}». Os lembretes, retornos e relatórios seguirão pelo mesmo caminho.`,

  checkFolder: 'verificação da pasta',
  writing: (name) => `escrita de ${name}`,
  reading: (name) => `leitura de ${name}`,
  masterVersions: 'versões da pasta de trabalho',
  readingLedger: 'leitura do registro de envios',
  claiming: (key, recipient) => `reserva do envio ${key} → ${recipient}`,
  recording: (key, recipient) => `registro do envio ${key} → ${recipient}`,
  takingLease: 'tomada da vez de execução',
  releasingLease: 'liberação da vez de execução',
  readingConfig: 'leitura da configuração',
  writingConfig: 'escrita da configuração',
};
