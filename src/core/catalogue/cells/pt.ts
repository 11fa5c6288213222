/** The validator's words in Portuguese. */
import { formatFrenchDate } from '../../calendar-date.js';
import { decimalComma, shorten } from '../../text.js';
import type { CellWords } from '../cell-shape.js';

const DATE_EXPECTED = 'esperava-se uma data dia/mês/ano, por exemplo 09/01/2019';

export const cells: CellWords = {
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
};
