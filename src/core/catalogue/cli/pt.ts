/** The command line's words in Portuguese. */
import { counted } from '../../text.js';
import type { CliWords } from '../cli-shape.js';
import { dayName } from '../day-names.js';

const n = (count: number, one: string, many: string) => counted(count, one, many, 'pt');
const list = (items: readonly string[]) =>
  new Intl.ListFormat('pt', { type: 'conjunction' }).format(items);
const issues = (errors: number, warnings: number) =>
  `${n(errors, 'erro', 'erros')}, ${n(warnings, 'aviso', 'avisos')}`;

export const cli: CliWords = {
  usage: `Uso: ogp-tracker <comando> [opções]

Comandos:
  init [PASTA] [--force]                    escreve um committee.yaml inicial (se não houver) e uma ficha para
                                            cada compromisso que não a tenha (--force: reescreve todas)
       [--country XX [--locale ll]]         … um comitê desse país (MX, JO, BR-SP): seu idioma (fr, en, ar,
                                            es, pt), sua moeda, seu fuso horário, seu fim de semana, seus feriados
  template --out ARQUIVO [--commitment N]   escreve o modelo de ficha (pré-preenchido para o compromisso N);
                                            nunca sobre um arquivo existente sem --force
  validate [--config F] ARQUIVO...          verifica fichas, célula por célula
  consolidate [--config F]                  lê todas as fichas e escreve a pasta de trabalho de acompanhamento consolidada
  tick [--config F] [--dry-run]             lê primeiro a caixa da secretaria (intake:), depois consolida e
       [--no-intake]                        envia tudo o que é devido (lembretes, retornos, relatórios, convites);
                                            --no-intake: sem ler a caixa
  remind [--config F] [--dry-run]           consolida e envia os lembretes e retornos devidos
  report [--config F] [--dry-run]           consolida e envia os relatórios devidos à secretaria
  schedule [--config F] [--from D --to D]   mostra o calendário previsto de envios
  config push --config F                    verifica a configuração e a guarda no Firestore, onde as
                                            funções implantadas a leem a cada execução
  mail-check [--config F] [--to ENDEREÇO]   conecta-se ao servidor de e-mail e se autentica, sem enviar
                                            nada; com --to, envia um e-mail de teste
  intake [--config F] [--release ID]        lê a caixa da secretaria (intake:), registra as fichas
                                            recebidas por e-mail e responde a cada remetente no seu fio;
                                            --release aceita uma mensagem retida (seu Message-ID)

Opções comuns:
  --config, -c F     configuração do comitê (padrão: committee.yaml da pasta atual)
  --now DATA[THH:MM] avaliar neste instante (hora do comitê sem fuso explícito)
  --locale ll        idioma do comando: fr, en, ar, es ou pt (padrão: o do comitê)
  --json             saída JSON
  --dry-run          mostra o que seria enviado, sem enviar nem registrar nada
  --quiet, -q        mostra só o essencial
  --help, -h         esta ajuda

E-mails: pelo transporte de mail.transport (smtp, smtp-oauth2, graph, gmail-api, outbox); sem ele,
por SMTP se a variável de ambiente SMTP_URL estiver definida; senão, como arquivos .eml na pasta
outbox/ do armazenamento. Os segredos vêm do ambiente: SMTP_URL, MAIL_CLIENT_SECRET ou
MAIL_CLIENT_CERTIFICATE (Microsoft), MAIL_GOOGLE_KEY ou GOOGLE_APPLICATION_CREDENTIALS (Google).

Códigos de saída: 0 concluído, 1 erros encontrados ou envios com falha, 2 uso ou configuração incorretos.
`,
  unknownCommand: (command) => `Comando desconhecido: ${command}`,
  unexpectedArgument: (command, argument) => `${command}: argumento inesperado ${argument}.`,
  error: (code, message) => `Erro (${code}): ${message}`,
  cause: (message) => `causa: ${message}`,
  unexpectedError: (stack) => `Erro inesperado (internal): ${stack}`,
  calendarWarning: (warning) => `Atenção (calendário): ${warning}`,
  badLocale: (value, locales) => `--locale ${value}: espera-se um idioma entre ${locales}.`,
  noConfig: (cwd, example) =>
    `Nenhuma configuração: não há --config nem committee.yaml em ${cwd}. ` +
    'Para começar: ogp-tracker init (escreve committee.yaml e uma ficha por compromisso), depois adapte committee.yaml. ' +
    `Para experimentar o exemplo incluído: --config ${example}.`,
  badNow: (value) =>
    `--now ${value}: espera-se uma data ISO, por exemplo 2019-01-07T09:00 (hora do comitê) ou 2019-01-07T08:00Z.`,

  filesNeeded: 'validate: indique ao menos um arquivo .xlsx para verificar.',
  fileLine: (file, commitment, v) =>
    `${v.valid ? '✓' : '✗'} ${file}${commitment === null ? '' : ` — compromisso n.º ${commitment}`}: ` +
    (v.valid
      ? v.warnings
        ? `válido, ${n(v.warnings, 'aviso', 'avisos')}`
        : 'válido'
      : issues(v.errors, v.warnings)),
  severity: { error: 'erro', warning: 'aviso' },
  filesSummary: (files, valid, errors, warnings) =>
    `${n(files, 'arquivo', 'arquivos')}: ${n(valid, 'válido', 'válidos')}, ` +
    `${files - valid} a corrigir — ${issues(errors, warnings)}.`,

  outNeeded: 'template: indique o arquivo a escrever com --out ARQUIVO.xlsx.',
  outExists: (file) =>
    `${file} já existe: nada foi escrito. Acrescente --force para substituí-lo (seu conteúdo seria perdido).`,
  unknownCommitment: (value, configured) =>
    `--commitment ${value}: compromisso desconhecido (configurados: ${configured}).`,
  templateWritten: (file) => `Modelo escrito: ${file}`,

  initOneFolder: 'init: espera-se uma só pasta.',
  localeNeedsCountry: 'init --locale: deve ser dado com --country (o idioma do comitê desse país).',
  configWritten: (file) => `Configuração escrita: ${file} (a adaptar ao seu comitê).`,
  configKept: (file, countryIgnored) =>
    `Configuração existente mantida: ${file}${countryIgnored ? ' (--country não muda uma configuração existente)' : ''}.`,
  sheetsWritten: (written, kept) =>
    (written === 0
      ? 'Nenhuma ficha escrita'
      : n(written, 'ficha pré-preenchida escrita', 'fichas pré-preenchidas escritas')) +
    (kept
      ? `, ${n(kept, 'ficha existente mantida', 'fichas existentes mantidas')}` +
        ' (--force para reescrevê-las: seu conteúdo seria perdido)'
      : '') +
    '.',
  staleSheets: 'Fichas de compromissos que não estão mais na configuração (deixadas no lugar):',
  starter: (s) =>
    `País: ${s.name} (${s.country}) — idioma: ${new Intl.DisplayNames('pt', { type: 'language' }).of(s.locale) ?? s.locale}, ` +
    `moeda: ${s.currency}, fuso horário: ${s.timeZone}, fim de semana: ${list(s.weekend.map((d) => dayName('pt', d)))}; ` +
    (s.holidaysKnown
      ? 'feriados: os do país, segundo a biblioteca date-holidays (a completar ou corrigir em holidays).'
      : 'nenhum feriado conhecido para este país: informe-os em holidays.add de committee.yaml; senão, os lembretes só evitarão o fim de semana.'),

  progress: 'Leitura das fichas',
  master: (file) => `Pasta de trabalho de acompanhamento consolidada: ${file}`,
  page: (file) =>
    `Página de acompanhamento: ${file} (para abrir num navegador, imprimir ou publicar)`,
  openData: (file) => `Dados abertos: ${file}`,
  sheets: (c) =>
    `${n(c.commitments, 'compromisso', 'compromissos')}: ${n(c.received, 'ficha recebida', 'fichas recebidas')}, ` +
    `${c.toFix} a corrigir, ${c.toUpdate} a atualizar, ${n(c.missing, 'faltante', 'faltantes')}; ` +
    `${n(c.late, 'atrasada', 'atrasadas')}.`,
  records: (actions, milestones, errors, warnings) =>
    `${n(actions, 'ação', 'ações')} de comunicação, ${n(milestones, 'marco', 'marcos')}; ` +
    `${issues(errors, warnings)} (planilha «Anomalias»).`,
  sourceProblem: (commitment, message) => `Compromisso n.º ${commitment}: ${message}`,
  staleSources: (count) =>
    `${n(count, 'fonte ilegível', 'fontes ilegíveis')} hoje: seus últimos dados lidos são mantidos, com a data.`,

  dryRun: 'teste: nada é enviado nem registrado',
  outbox: (folder) => `arquivos .eml em ${folder}`,
  via: {
    smtp: 'por SMTP',
    'smtp-oauth2': 'por SMTP (OAuth2)',
    graph: 'pelo Microsoft Graph',
    'gmail-api': 'pela API do Gmail',
  },
  emails: (due, sent, failed, where) =>
    `E-mails: ${n(due, 'devido', 'devidos')}, ${n(sent, 'enviado', 'enviados')}, ` +
    `${n(failed, 'falha', 'falhas')} (${where}).`,
  copies: (addresses) => ` (cópia: ${addresses})`,
  toSend: 'a enviar',
  failedFor: (who) => `falha para ${who}`,
  sent: 'enviado',
  emailLine: (kind, to, copies, subject, state) =>
    `${kind} → ${to}${copies}: ${subject} — ${state}`,

  badDate: (flag, value) => `${flag} ${value}: espera-se uma data AAAA-MM-DD.`,
  scheduleEnded: (end, from) =>
    `Nenhum envio previsto: o plano de ação terminou em ${end}, antes de ${from}. Para ver seus envios: --from.`,
  scheduleEmpty: (to, from) =>
    `Nenhum envio previsto: o período termina em ${to}, antes de começar em ${from}.`,
  scheduleTitle: (from, to, count) => `Envios previstos de ${from} a ${to}: ${count}`,
  scheduleHead: ['Data', 'Hora', 'Envio', 'Assunto', 'Destinatários'],
  estimatedHolidays: (count) =>
    `${count > 1 ? 'Feriados estimados' : 'Feriado estimado'} do período ` +
    '(sua data depende da observação da lua; os envios os levam em conta; ' +
    'a confirmar ou corrigir em holidays de committee.yaml):',
  holidaySpan: (first, last, name) => `${first}${last ? ` a ${last}` : ''}: ${name}`,

  configPushUsage: 'Uso: ogp-tracker config push --config committee.yaml',
  configNotFirestore: (file) =>
    `${file} guarda seu estado numa pasta: config push serve às funções implantadas, ` +
    'cujo estado está no Firestore (storage.state: { kind: firestore, prefix: … }).',
  configPushed: (where) =>
    `Configuração verificada e guardada: ${where}. As funções a lerão na próxima execução.`,

  transport: (name) => `Transporte: ${name}`,
  testSent: (to, messageId, answer) =>
    `✓ E-mail de teste enviado a ${to} (${messageId}): ${answer}`,
  failure: (answer) => `✗ Falha — resposta do servidor: ${answer}`,
  failureCause: (cause) => `  Causa: ${cause}.`,
  failureFix: (fix) => `  O que fazer: ${fix}.`,
  inbox: (mailbox) => `Caixa de entrada: ${mailbox}`,
  inboxFailure: (failure) => `✗ Falha — ${failure}`,

  intakeSkipped: (why) => `Caixa de entrada não lida: ${why}`,
  intakeDryRun: 'teste (--dry-run): nada é registrado nem respondido.',
  intakeLine: (mailbox, messages, c) =>
    `Caixa ${mailbox}: ${n(messages, 'mensagem nova', 'mensagens novas')}` +
    (messages
      ? ` — ${n(c.filed, 'registrada', 'registradas')}, ${n(c.refused, 'recusada', 'recusadas')}, ` +
        `${n(c.held, 'retida', 'retidas')}, ${n(c.unknownSenders, 'remetente desconhecido', 'remetentes desconhecidos')}, ` +
        `${n(c.ignored, 'ignorada', 'ignoradas')} (automáticas ou nossas), ${n(c.questions, 'pergunta', 'perguntas')}${c.setAside ? `, ${n(c.setAside, 'separada sem ser lida', 'separadas sem ser lidas')}` : ''}; ` +
        n(c.answers, 'resposta enviada', 'respostas enviadas')
      : '') +
    '.',
  intakeOutcomes: {
    filed: 'Registrada',
    refused: 'Recusada',
    ignored: 'Ignorada',
    held: 'Retida',
    'unknown-sender': 'Remetente desconhecido',
    'set-aside': 'Separada',
    question: 'Pergunta',
  },
  intakeCommitments: (ids) =>
    ` (${ids.length > 1 ? 'compromissos' : 'compromisso'} ${ids.map((id) => `n.º ${id}`).join(', ')})`,
  releaseHint: (id) => `se de fato vier do seu remetente: ogp-tracker intake --release '${id}'`,
  intakeDetail: (what, from, subject, note) =>
    `${what} — ${from}: «${subject}»${note ? ` — ${note}` : ''}`,
  sheetFeedback: (sent) =>
    `Google Sheets alteradas e depois paradas por dez minutos: ${n(sent, 'retorno enviado', 'retornos enviados')}.`,
};
