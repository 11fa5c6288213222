/** The configuration's problems in Portuguese. */
import { counted } from '../../text.js';
import type { ConfigWords } from '../config-shape.js';

export const config: ConfigWords = {
  labels: { configuration: 'Configuração', deployment: 'Implantação' },
  fileNotFound: (label, file) => `${label} ${file}: arquivo não encontrado.`,
  fileUnreadable: (label, file) => `${label} ${file}: leitura impossível.`,
  yamlInvalid: (label, file) => `${label} ${file}: sintaxe YAML inválida.`,
  problems: (label, file, count) =>
    `${label} ${file}: ${counted(count, 'problema', 'problemas', 'pt')} a corrigir.`,
  problemAt: (where, path, message) => `${where}: ${path} — ${message}`,
  yamlUnreadable: (where, reason) => `${where}: YAML ilegível — ${reason}`,
  yamlErrors: {
    BAD_INDENT:
      'recuo incorreto: os elementos de uma mesma lista ou de um mesmo objeto começam na ' +
      'mesma coluna, e uma lista entre colchetes se fecha com ]',
    TAB_AS_INDENT: 'uma tabulação serve de recuo: recue com espaços',
    DUPLICATE_KEY: 'esta chave já aparece acima no mesmo nível: mantenha só uma',
    MISSING_CHAR: 'uma aspa, um colchete ou uma chave não foi fechado',
    BAD_DQ_ESCAPE:
      'sequência de escape desconhecida entre aspas duplas (escreva \\\\ para uma barra ' +
      'invertida, ou use aspas simples)',
    BLOCK_AS_IMPLICIT_KEY:
      'dois «:» numa mesma linha: ponha o valor entre aspas se ele contiver «:»',
    MULTILINE_IMPLICIT_KEY: 'uma chave não pode ocupar várias linhas',
    UNEXPECTED_TOKEN: 'conteúdo inesperado neste lugar (recuo, ou «-» e «:» misturados)',
    BAD_SCALAR_START: 'um valor não pode começar com este caractere: ponha-o entre aspas',
    BLOCK_IN_FLOW:
      'uma lista ou um objeto em várias linhas não pode estar entre colchetes ou chaves',
    MULTIPLE_DOCS: 'o arquivo contém vários documentos («---»): espera-se um só',
    KEY_OVER_1024_CHARS: 'chave longa demais (mais de 1024 caracteres)',
    BAD_ALIAS: 'alias (*nome) inválido',
    TAG_RESOLVE_FAILED: 'valor tipado (!!…) inválido',
  },
  yamlOther: (code, detail) => `sintaxe inválida (${code}: ${detail})`,
  root: '(raiz)',

  unknownKey: (near) => `chave desconhecida${near ? `: você quis dizer ${near}?` : ''}`,
  missingKey: (expected) => `chave obrigatória ausente (espera-se ${expected})`,
  expected: (expected) => `espera-se ${expected}`,
  oneOf: (values) => `valor esperado: ${values}`,
  typeNames: {
    string: 'texto',
    number: 'número',
    boolean: 'true ou false',
    array: 'lista',
    object: 'objeto (chaves e valores)',
    int: 'número inteiro',
  },

  isoDate: 'espera-se uma data no formato AAAA-MM-DD',
  isoDateReal: 'espera-se uma data no formato AAAA-MM-DD (um dia que exista)',
  time: 'espera-se uma hora no formato HH:MM',
  timeExample: 'espera-se uma hora no formato HH:MM, por exemplo 09:00',
  hour: 'espera-se uma hora, por exemplo 08:00',
  hourExample: 'espera-se uma hora no formato HH:MM, por exemplo 08:00',
  hoursOrder: 'a hora de início deve preceder a hora de término',
  email: 'espera-se um endereço de e-mail',
  emailExample: 'espera-se um endereço de e-mail, por exemplo nome.sobrenome@instituicao.gov.br',
  text: 'espera-se um texto',
  textNonEmpty: 'espera-se um texto não vazio',
  oneLine: 'espera-se um texto numa só linha, sem quebra de linha nem caractere de controle',
  sender: 'espera-se um remetente: endereco@dominio ou Nome <endereco@dominio>',
  timeZone: 'espera-se um fuso horário IANA',
  timeZoneUnknown: 'fuso horário IANA desconhecido (por exemplo America/Sao_Paulo)',
  locale: 'idioma esperado: fr, en, ar, es ou pt',
  source: 'fonte esperada: { kind: xlsx, path: … } ou { kind: google-sheet, spreadsheetId: … }',
  https: 'espera-se um endereço https',
  httpsExample: 'espera-se um endereço http(s), por exemplo https://login.microsoftonline.com',
  port: 'espera-se um número de porta',
  provider: 'provedor esperado: { kind: microsoft, tenant, clientId } ou { kind: google }',
  transport: (kinds) => `transporte esperado: kind entre ${kinds}`,
  authPolicy: 'valor esperado: required ou when-present',
  authservId:
    'espera-se o nome do servidor de recepção, tal como assina seus cabeçalhos Authentication-Results (por exemplo mx.google.com), ou uma lista de nomes',
  authservIdRequired:
    'com authentication: required, indique o servidor de recepção da secretaria (authservId, a primeira palavra de seus cabeçalhos Authentication-Results, por exemplo mx.example.org): sem ele nenhum veredito é confiável e toda mensagem ficaria retida',
  mailbox: (kinds) => `caixa esperada: kind entre ${kinds}`,
  oauthNeedsHost:
    'com um provedor OAuth 2.0, host e user são obrigatórios (a caixa e seu servidor)',
  commitmentId: 'espera-se um número de compromisso (inteiro)',
  commitmentIdPositive: 'espera-se um número de compromisso (inteiro positivo)',
  level: (levels) => `nível esperado: ${levels}`,
  milestones: 'espera-se uma lista de marcos: [{ title, start?, end }]',
  workingDays: 'número de dias úteis ≥ 0',
  campaign:
    'campanha esperada: { id, title, due: AAAA-MM-DD } ou { id, title, dueBeforeEachMeeting: N }',
  days: 'espera-se um número de dias',
  wholeDays: 'espera-se um número inteiro de dias',
  integer: 'espera-se um número inteiro',
  atLeast: (minimum) => `espera-se um número ≥ ${minimum}`,
  positive: 'espera-se um número > 0',
  driveRevisions: 'o Drive guarda no máximo 200 versões por arquivo',
  prefix: 'minúsculas, algarismos e hifens, por exemplo sao-paulo-2025',
  state: 'estado esperado: { kind: firestore, prefix: … } ou { kind: local, dir: … }',
  output: 'saída esperada: { kind: drive, folderId: … } ou { kind: local, dir: … }',
  storage: 'armazenamento esperado: { kind: local, dir: … } ou { state: …, output: … }',
  driveState:
    'storage: { kind: drive } não é mais aceito: uma conta de serviço não tem espaço de ' +
    'armazenamento no Drive e não pode criar ali o estado das execuções. Escreva storage: ' +
    '{ state: { kind: firestore, prefix: meu-comite }, output: { kind: drive, folderId: … } } ' +
    '(pasta de um drive compartilhado), ou storage: { kind: local, dir: … } numa máquina.',
  daySpan: 'espera-se uma data AAAA-MM-DD ou um período AAAA-MM-DD/AAAA-MM-DD',
  daySpanExample: (text) =>
    `${text}: espera-se uma data AAAA-MM-DD ou um período AAAA-MM-DD/AAAA-MM-DD (por exemplo 2019-06-05/2019-06-06)`,
  daySpanTooLong: (text) =>
    `${text}: um período vai de uma data a outra posterior, em no máximo 31 dias`,
  holiday:
    'espera-se um feriado: 2025-07-09, 2025-02-17/2025-02-18 ou { date: 2025-01-25, name: Aniversário da cidade }',
  country:
    'espera-se um código de país ISO 3166-1, por exemplo BR, ou BR-SP para um estado (BR-SP-SP para sua cidade)',
  countryExample:
    'espera-se um código de país ISO 3166-1, por exemplo BR, MX, ou BR-SP para um estado (BR-SP-SP para sua cidade)',
  countryUnknown: 'código de país ISO 3166-1 desconhecido (por exemplo BR, MX, MA, JO)',
  noSubdivisions: (country) =>
    `nenhum feriado conhecido para ${country}, nem portanto para suas subdivisões: escreva country: ${country} e informe os feriados em holidays.add`,
  unknownSubdivision: (subdivision, country, near, known) =>
    `subdivisão ${subdivision} desconhecida para ${country}` +
    (near ? `: você quis dizer ${country}-${near}?` : '') +
    ` (conhecidas: ${known || 'nenhuma'})`,
  unknownRegion: (region, state, near, known) =>
    `cidade ou região ${region} desconhecida para ${state}: escreva ${state} (seus feriados)` +
    (near ? ` ou você quis dizer ${state}-${near}?` : '') +
    ` (conhecidas: ${known || 'nenhuma'})`,
  holidayType: (near, types) =>
    `tipo de feriado desconhecido` +
    (near ? `: você quis dizer ${near}?` : '') +
    ` (tipos: ${types})`,
  holidayTypes: (types) =>
    `espera-se uma lista dos tipos de feriado sem expediente, por exemplo [public, bank] (tipos: ${types})`,
  currency: 'espera-se um código de moeda ISO 4217, por exemplo BRL',
  currencyExample: 'espera-se um código de moeda ISO 4217, por exemplo BRL, MXN',
  currencyUnknown: 'código de moeda ISO 4217 desconhecido (por exemplo BRL, MXN, MAD, JOD)',
  noCurrency: (country) =>
    `moeda de ${country} desconhecida: informe-a (código ISO 4217, por exemplo BRL)`,
  boolean: 'espera-se true ou false',
  weekday: 'espera-se um dia ISO: 1 (segunda-feira) a 7 (domingo)',
  weekendDays: 'esperam-se um ou dois dias, por exemplo [5, 6] para sexta-feira e sábado',
  dayTwice: 'dia informado duas vezes',
  oneEmail: 'ao menos um endereço de e-mail',
  planOrder: 'o fim do plano precede seu início',
  oneCommitment: 'ao menos um compromisso',
  hashtag: 'espera-se uma hashtag, por exemplo #GovernoAberto',
  oneActionType: 'ao menos um tipo de ação',
  dateSource: 'valor esperado: modified ou declared',
  idTaken: (id, first) => `número ${id} já usado por commitments[${first}]`,
  endBeforeStart: (end, start) => `o fim (${end}) precede o início (${start})`,
  typeTwice: (name) => `tipo de ação «${name}» já definido`,

  refusedSubject: (committee) => `Configuração recusada — ${committee}`,
  refusedIntro: (file, count) =>
    `A configuração enviada (${file}) não foi aplicada: ${counted(count, 'problema', 'problemas', 'pt')} a corrigir.`,
  refusedKept: 'A última configuração válida continua em serviço: os envios seguem como antes.',
  refusedFix:
    'Corrija o arquivo e envie-o de novo: ogp-tracker config push --config committee.yaml',
};
