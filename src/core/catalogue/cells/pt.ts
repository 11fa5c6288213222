/** The validator's words in Portuguese. */
import { formatFrenchDate } from '../../calendar-date.js';
import { counted, decimalComma, plural, shorten } from '../../text.js';
import type { CellWords } from '../cell-shape.js';
import type { GoogleFailure, ReadFailure } from '../../read-failure.js';

const DATE_EXPECTED = 'esperava-se uma data dia/mês/ano, por exemplo 09/01/2019';

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
const count = (n: number) => new Intl.NumberFormat('pt').format(n);
const RESAVE = 'abra-o e salve-o novamente no formato .xlsx';

/** Why a file is not a workbook we can read, and what to do. */
function unreadableReason(f: ReadFailure): string {
  switch (f.kind) {
    case 'google':
      return googleReason(f);
    case 'directory':
      return 'é uma pasta, não um arquivo .xlsx.';
    case 'missing':
      return 'arquivo não encontrado.';
    case 'io':
      return `leitura impossível (${f.detail}).`;
    case 'too-large':
      return `arquivo grande demais (${mib(f.size)} MB, no máximo ${mib(f.limit)} MB): retire as imagens ou as linhas desnecessárias.`;
    case 'too-large-unpacked':
      return `o conteúdo descompactado passaria de ${mib(f.size)} MB (no máximo ${mib(f.limit)} MB): arquivo armadilha ou grande demais.`;
    case 'empty':
      return 'o arquivo está vazio (0 byte).';
    case 'empty-archive':
      return 'o arquivo compactado está vazio: não é uma pasta de trabalho do Excel.';
    case 'password':
    case 'encrypted':
      return 'a pasta de trabalho está protegida por senha: salve-a sem senha (Arquivo > Informações > Proteger pasta de trabalho).';
    case 'xls':
      return 'é uma pasta de trabalho antiga do Excel 97-2003 (.xls): salve-a no formato .xlsx.';
    case 'html':
      return 'é uma página HTML, não uma pasta de trabalho .xlsx (baixe o próprio arquivo, não a página de compartilhamento).';
    case 'pdf':
      return 'é um documento PDF, não uma pasta de trabalho .xlsx.';
    case 'xml':
      return 'é um arquivo XML, não uma pasta de trabalho .xlsx.';
    case 'csv':
      return 'é um arquivo de texto (CSV), não uma pasta de trabalho .xlsx: abra-o e salve-o no formato .xlsx.';
    case 'ods':
      return 'é um documento OpenDocument (.ods): salve-o no formato Excel .xlsx.';
    case 'not-xlsx':
      return 'não é uma pasta de trabalho .xlsx (conteúdo não reconhecido).';
    case 'zip64':
      return 'arquivo ZIP64 (mais de 4 GB ou de 65.535 elementos): não é uma ficha de acompanhamento.';
    case 'no-workbook':
      return 'o arquivo compactado não contém pasta de trabalho: não é um arquivo do Excel.';
    case 'no-sheet':
      return `a pasta de trabalho não contém nenhuma planilha: ${RESAVE}.`;
    case 'corrupt':
      return `a pasta de trabalho está corrompida ou incompleta${f.part ? ` (${f.part})` : ''}: ${RESAVE}.`;
    case 'bomb':
      return `o elemento ${f.part} se descompacta além do tamanho declarado (arquivo armadilha).`;
    case 'compression':
      return `método de compressão ${f.method} não suportado: ${RESAVE}.`;
    case 'dtd':
      return `${f.part} declara uma DTD: conteúdo recusado.`;
    case 'too-many-rows':
      return `a planilha «${f.sheet}» passa de ${count(f.limit)} linhas: apague as linhas desnecessárias.`;
    case 'too-many-columns':
      return `a planilha «${f.sheet}» passa de ${count(f.limit)} colunas: apague as colunas desnecessárias.`;
    case 'too-many-cells':
      return `a pasta de trabalho tem mais de ${count(f.limit)} células preenchidas: retire as linhas e colunas desnecessárias.`;
    case 'text-too-long':
      return `${f.sheet ? `uma célula de «${f.sheet}»` : 'um texto'} passa de ${count(f.limit)} caracteres (o limite de uma célula do Excel).`;
    case 'too-many-strings':
      return `a pasta de trabalho contém mais de ${count(f.limit)} textos distintos (no máximo ${count(f.limit)}): apague as planilhas e linhas desnecessárias, ou copie os dados no modelo.`;
    case 'too-much-text':
      return `a pasta de trabalho contém mais de ${count(f.limit)} caracteres de texto (no máximo ${count(f.limit)}): encurte os textos longos ou apague as planilhas desnecessárias.`;
    case 'too-many-elements':
      return `pasta de trabalho grande demais depois de descompactada (mais de ${count(f.limit)} elementos XML, no máximo ${count(f.limit)}, atingidos em ${f.part}): apague as linhas, colunas e formatações desnecessárias, ou copie os dados no modelo.`;
    case 'too-deep':
      return `estrutura anormal em ${f.part} (mais de ${count(f.limit)} níveis de elementos aninhados, no máximo ${count(f.limit)}): arquivo armadilha ou danificado; ${RESAVE}.`;
    case 'tag-too-long':
      return `marcação anormal em ${f.part} (mais de ${count(f.limit)} caracteres, no máximo ${count(f.limit)}): arquivo armadilha ou danificado; ${RESAVE}.`;
    case 'too-many-links':
      return `a planilha «${f.sheet}» tem mais de ${count(f.limit)} hiperlinks (no máximo ${count(f.limit)}): apague os links desnecessários.`;
    case 'too-many-sheets':
      return `a pasta de trabalho tem ${count(f.count)} planilhas (no máximo ${count(f.limit)}): apague as planilhas desnecessárias.`;
    case 'too-many-parts':
      return `o arquivo compactado contém ${count(f.count)} elementos internos (no máximo ${count(f.limit)}): não é uma ficha de acompanhamento; recomece a partir do modelo.`;
    case 'too-many-styles':
      return `a pasta de trabalho define mais de ${count(f.limit)} estilos de célula (no máximo ${count(f.limit)}): copie os dados no modelo (Colar especial > Valores).`;
  }
}

const GOOGLE_NAMES = {
  sheet: 'A planilha Google',
  file: 'O arquivo do Drive',
  folder: 'A pasta do Drive',
  output: 'A pasta de saída do Drive',
} as const;

/** Why Google would not give an object, and what to do (« compartilhe-a com … »). */
function googleReason(f: GoogleFailure): string {
  const what = `${GOOGLE_NAMES[f.object]} ${f.id}${f.operation ? ` (${f.operation})` : ''}`;
  const [o, it] = f.object === 'file' ? ['o', 'o'] : ['a', 'a'];
  const role = f.object === 'output' ? 'como «Administrador de conteúdo»' : 'só leitura basta';
  const tries = counted(f.tries, 'tentativa', 'tentativas', 'pt');
  switch (f.problem) {
    case 'not-a-file':
      return `${what} é uma planilha Google, não um arquivo .xlsx: declare-a com source: { kind: google-sheet, spreadsheetId: … }.`;
    case 'not-shared':
      return `${what} não está compartilhad${o} com ${f.account}: compartilhe-${it} com esse endereço (${role}).`;
    case 'not-found':
      return `${what} não foi encontrad${o}, ou não está compartilhad${o} com ${f.account}: verifique seu identificador e compartilhe-${it} com esse endereço.`;
    case 'quota':
      return `${what}: cota de solicitações do Google excedida após ${tries}; nova tentativa na próxima execução.`;
    case 'denied':
      return `${what}: acesso negado. Compartilhe-${it} com ${f.account} (${role}).`;
    case 'gone':
      return `${what}: não encontrad${o}. Verifique seu identificador e compartilhe-${it} com ${f.account}.`;
    case 'auth':
      return `${what}: o Google recusou a autenticação. Verifique as credenciais da conta de serviço (GOOGLE_APPLICATION_CREDENTIALS).`;
    case 'unreachable':
      return `${what}: Google inacessível após ${tries} (${f.detail}).`;
    case 'unavailable':
      return `${what}: Google indisponível (HTTP ${f.status}) após ${tries}; nova tentativa na próxima execução.`;
    case 'refused':
      return `${what}: recusad${o} pelo Google (HTTP ${f.status}: ${f.detail}).`;
    case 'failed':
      return `${what}: leitura impossível (${f.detail}).`;
  }
}

export const cells: CellWords = {
  unreadablePrefix: 'Arquivo ilegível: ',
  // Google's refusals name their object: they need no « file unreadable » before them.
  unreadable: (f) =>
    f.kind === 'google' ? googleReason(f) : `Arquivo ilegível: ${unreadableReason(f)}`,
  unreadableReason,
  google: googleReason,
  templateAgain: (date) =>
    `O arquivo voltou a ser o modelo em branco: os dados da ficha de ${date} são mantidos. Envie de novo a ficha preenchida.`,
  fileMissing: (file, near) =>
    `Arquivo não encontrado: ${file}${near ? ` — você quis dizer ${near}?` : ''}`,

  quote: (value, max = 60) => `“${shorten(String(value).replace(/[\r\n\t]+/g, ' '), max)}”`,
  cell: (address, label) => `${address} (${label})`,
  number: decimalComma,
  date: formatFrenchDate,
  colon: ': ',

  invalidDate: `data inválida: ${DATE_EXPECTED}`,
  notADate: (q) => `${q} não é uma data: ${DATE_EXPECTED}`,
  implausibleDate: (q) => `${q} não corresponde a uma data plausível: ${DATE_EXPECTED}`,
  unknownMonth: (q) => `mês desconhecido em ${q}: ${DATE_EXPECTED}`,
  noDay: (q) => `${q} não indica o dia: ${DATE_EXPECTED}`,
  noYear: (q) => `${q} não indica o ano: ${DATE_EXPECTED}`,
  unreadableDate: (q) => `${q} não é uma data legível: ${DATE_EXPECTED}`,
  noSuchDay: (q) => `${q} não existe no calendário: ${DATE_EXPECTED}`,
  notFinite: (q) => `${q} não é um número finito`,
  dateForNumber: 'uma data foi digitada onde se espera um número',
  notANumber: (q) => `${q} não é um número: esperava-se por exemplo 1.234,5`,
  notAPercent: (q) => `${q} não é uma porcentagem: esperava-se por exemplo 45 ou 45 %`,
  notAChoice: (q, options, suggestion) =>
    `${q} não é um valor aceito: ${options ? `esperava-se um destes valores: ${options.join(', ')}` : 'esperava-se um valor da lista suspensa'}.` +
    (suggestion ? ` Você quis dizer ${suggestion}?` : ''),
  notYesNo: (q) => `${q} não é uma resposta aceita: esperava-se Sim ou Não`,
  urlWithSpaces: (q) => `${q} não é um link: contém espaços ou quebras de linha`,
  urlIncomplete: (q, suggestion) =>
    `${q} não é um link completo: acrescente https:// (${suggestion})`,
  notAUrl: (q) => `${q} não é um link http(s): esperava-se por exemplo https://exemplo.org/pagina`,
  notAnEmail: (q) =>
    `${q} não é um endereço de e-mail: esperava-se por exemplo nome.sobrenome@instituicao.org`,

  formulaWithoutValue: (formula, error) =>
    `${formula !== undefined ? `a fórmula =${formula}` : 'a célula'} ` +
    `${error !== undefined ? `retorna o erro ${error}` : 'não tem valor calculado'}: ` +
    'digite o próprio valor, ou recalcule e salve o arquivo.',
  required: 'falta um valor obrigatório.',
  formulaText: (q) =>
    `o texto ${q} começa com = + - ou @: é mantido como texto simples, nunca executado.`,
  bidiText: (q) =>
    `o texto ${q} contém um caractere invisível que inverte sua exibição (U+202D ou U+202E): ` +
    'ele é retirado da pasta de trabalho consolidada e dos e-mails.',
  tooLong: (length, max) => `${length} caracteres: no máximo ${max}.`,
  outOfRange: (value, min, max) =>
    `${value} está fora dos limites: esperava-se ${max === undefined ? `um número ≥ ${min}` : `um número de ${min ?? '…'} a ${max}`}.`,

  sheetMissing: (sheet) =>
    `A planilha ${sheet} não está na pasta de trabalho: recomece a partir do modelo enviado pela secretaria.`,
  emptySubmission: (actions, milestones) =>
    'A ficha não contém nenhuma ação de comunicação nem nenhum marco preenchido: preencha ao ' +
    `menos uma linha da planilha ${actions}, ou o avanço de um marco da planilha ${milestones}.`,
  milestoneMissing: (title, end, sheet) =>
    `O marco ${title} (prazo em ${end}), previsto no plano de ação, falta na planilha ${sheet}: acrescente-o com seu avanço.`,
  labelMissing: (label, sheet) =>
    `A linha ${label} não está na planilha ${sheet}: restabeleça-a (rótulo na coluna A, valor na coluna B).`,
  updatedInFuture: (date, today) =>
    `${date} está no futuro (hoje é ${today}): indique o dia em que atualizou a ficha, como dd/mm/aaaa.`,
  commitmentNumber: 'N.º do compromisso',
  notACommitmentNumber: 'esperava-se um número de compromisso inteiro, por exemplo 7.',
  commitmentMismatch: (value, expected) =>
    `a ficha traz o n.º ${value}, mas é a fonte do compromisso n.º ${expected}: corrija o número ou envie o arquivo certo.`,
  unknownCommitment: (value, known) =>
    `o comitê não tem o compromisso n.º ${value} (compromissos configurados: ${known}).`,
  columnUnknown: (at, header) =>
    `${at}: a coluna ${header} não faz parte do modelo: seu conteúdo não entra no acompanhamento.`,
  columnDuplicate: (at, header, first) =>
    `${at}: a coluna ${header} aparece duas vezes (já em ${first}): apague ou renomeie uma das duas.`,
  columnMissing: (header, sheet, row) =>
    `A coluna ${header} não está na planilha ${sheet} (linha de cabeçalho ${row}): restabeleça-a, mesmo vazia.`,
  percentAmbiguous: (shown, meant) =>
    `lido como ${shown} % — você quis dizer ${meant} %? Digite ${meant} (ou ${meant} %) se for o caso.`,
  duplicateRef: (ref, first) =>
    `a referência ${ref} já é usada em ${first}: cada linha deve ter sua própria referência.`,
  outsidePlan: (date, start, end) =>
    `${date} está fora do período do plano de ação (de ${start} a ${end}).`,
  doneInFuture: (date, today) =>
    `${date} está no futuro (hoje é ${today}): uma ação só pode ser realizada numa data passada.`,
  doneDateRequired: (done) => `obrigatória quando a situação é “${done}”.`,
  resultMissing: (done, indicator) =>
    `a ação está “${done}”: indique o valor alcançado pelo indicador${indicator ? ` (${indicator})` : ''}.`,
  indicatorMismatch: (type, expected, actual) =>
    `o indicador unificado do tipo ${type} é ${expected}, não ${actual}.`,
  missingHashtag: (type, missing) => `o tipo ${type} exige as hashtags da carta: falta ${missing}.`,
  logoNotUsed: (logo, type) =>
    `ação realizada sem o ${logo}, que a carta pede para o tipo ${type}.`,
  actionEvidenceMissing:
    'ação realizada sem link de comprovante (matéria, publicação, relatório…).',
  dateOrder: (end, start) => `a data de término (${end}) é anterior à data de início (${start}).`,
  milestoneLate: (end, progress) =>
    `o prazo de ${end} já passou e o marco não está completo${progress === null ? '' : ` (${progress} %)`}.`,
  progressInconsistent: (progress, level) =>
    `um avanço de ${progress} % não corresponde ao nível ${level}: ponha os dois de acordo.`,
  milestoneEvidenceMissing: 'marco completo sem link de comprovante.',
  tooManyIssues: (omitted, kept) =>
    `${count(omitted)} ${plural('pt', omitted, { one: 'outra anomalia não listada', other: 'outras anomalias não listadas' })} ` +
    `(só as ${count(kept)} primeiras de cada planilha são listadas): corrija primeiro estas, a ` +
    'maioria se repete em cada linha, e envie a ficha novamente.',
};
