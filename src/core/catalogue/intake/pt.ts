/** The intake's notes in Portuguese. */
import type { IntakeWords } from '../intake-shape.js';

export const intake: IntakeWords = {
  noAuthHeader: 'nenhum cabeçalho Authentication-Results',
  noSenderAddress: 'remetente sem endereço',
  dmarcOtherDomain: (said, from) => `dmarc=pass para ${said}, não para ${from}`,
  dmarcFailed: (result, from) => `dmarc=${result} para ${from}`,
  unaligned: (from, results) =>
    `${from} sem DMARC, e nem SPF nem DKIM alinhados (${results ?? 'nenhum resultado'})`,
  spfAligned: 'spf=pass, alinhado (sem DMARC)',
  dkimAligned: 'dkim=pass, alinhado (sem DMARC)',
  emptyReturnPath: 'Return-Path vazio',
  deliveryReport: (type) => `relatório de entrega ou de leitura (${type})`,
  mailingList: (header) => `lista de distribuição (${header})`,
  autoReply: (subject) => `resposta automática («${subject}»)`,
  bounceSender: (address) => `enviado por um servidor de e-mail (${address})`,
  answerSuppressed: (reason) =>
    `sem resposta: o remetente pede que não lhe respondam automaticamente (${reason})`,
  notWorkingDay: (day, from, to) =>
    `dia não útil (${day}): a caixa é lida nos dias úteis, de ${from} a ${to}.`,
  outsideHours: (clock, from, to) =>
    `fora do horário de leitura (${clock}): a caixa é lida de ${from} a ${to}, nos dias úteis.`,
  storageBusy: 'outra execução usa o armazenamento: a próxima lerá a caixa.',
  ours: 'nosso próprio e-mail',
  automatic: (reason) => `e-mail automático (${reason})`,
  unknownSender: (from) => `${from} não é ponto focal, nem suplente, nem da secretaria`,
  noSender: 'sem remetente',
  notAuthenticated: (why) => `não autenticado pelo servidor da secretaria: ${why}`,
  removedBeforeAnswer: 'retirada da caixa antes da resposta',
  refusals: {
    'other-commitment': 'ficha de outro compromisso',
    'unknown-commitment': 'sem número de compromisso do comitê',
    'other-spreadsheet': 'não está no formato .xlsx',
    unreadable: 'pasta de trabalho ilegível',
    'untouched-template': 'modelo não preenchido',
    'file-too-large': 'arquivo grande demais',
    'message-too-large': 'mensagem grande demais',
    'too-many-files': 'pastas de trabalho demais',
  },
};
