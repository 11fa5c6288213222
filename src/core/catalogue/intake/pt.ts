/** The intake's notes in Portuguese. */
import type { IntakeWords } from '../intake-shape.js';

export const intake: IntakeWords = {
  noTrustedHeader: (servers, seen) =>
    `nenhum cabeçalho Authentication-Results de ${servers}` +
    (seen
      ? `; o primeiro é de ${seen}: se for o servidor de recepção da secretaria, escreva «authservId: ${seen}» sob intake: em committee.yaml`
      : ''),
  unreadableHeader: (server) => `cabeçalho Authentication-Results de ${server} ilegível`,
  unnamedServer: 'um servidor sem nome',
  severalTrusted: (server) =>
    `vários cabeçalhos Authentication-Results dizem vir de ${server}: um foi acrescentado no caminho`,
  trustedBelow: (server, above) =>
    `o cabeçalho Authentication-Results de ${server} está abaixo de outro, de ${above}, acrescentado no caminho`,
  untrustedFailed: (server, why) =>
    `${why}, segundo um cabeçalho de ${server}, servidor não reconhecido`,
  noDmarcResult: (from, results) =>
    `nenhum resultado DMARC para ${from} (${results ?? 'nenhum resultado'})`,
  severalDmarc: (from) => `vários resultados DMARC para ${from}`,
  noServerNamed:
    'nenhum servidor de recepção indicado (intake.authservId): um remetente falsificado não se distingue',
  unauthenticated: (why) => `não autenticado: ${why}`,
  forgedSenders:
    'o servidor de recepção da secretaria não está nomeado (intake.authservId): um remetente falsificado não se distingue de um verdadeiro, e as fichas recebidas são registradas marcadas «não autenticadas» (uma falha DMARC as retém). Para nomeá-lo: abra um e-mail recebido na caixa da secretaria e mostre sua origem («Mostrar original» no Gmail, «Exibir código-fonte» no Outlook); a primeira palavra após «Authentication-Results:» é o seu nome. Escreva-o em committee.yaml, por exemplo «intake: { kind: imap, authservId: mx.prefeitura.sp.gov.br }».',
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
  /* Messages that cannot be read, set aside. */
  notEml: (names) =>
    `Na pasta de recepção, ${names} não ${names.includes(',') ? 'foram lidos' : 'foi lido'}: só são lidos os e-mails salvos no formato .eml (no Outlook: Arquivo > Salvar como > «MIME / .eml», ou arraste a mensagem para uma pasta a partir do Thunderbird).`,
  setAsideFolder: 'não lido pelo ogp-tracker',
  defect: (d) => {
    switch (d.kind) {
      case 'too-many-parts':
        return `mensagem de ${d.found} partes MIME, além das ${d.limit} que lemos`;
      case 'text-too-large':
        return `mais de ${Math.round(d.limit / 1024 / 1024)} MB de texto fora dos anexos`;
      case 'too-deep':
        return `partes MIME aninhadas em mais de ${d.limit} níveis`;
      case 'headers-too-large':
        return `cabeçalhos de mais de ${Math.round(d.limit / 1024)} KiB`;
      case 'malformed':
        return 'estrutura MIME ilegível';
      case 'failed':
        return `leitura falhou ${d.tries} vezes (${d.detail})`;
    }
  },
  setAside: (why) => `separada sem ser lida: ${why}`,
  duplicateId: (at) =>
    `mesmo Message-ID de uma mensagem tratada em ${at}, mas com outro conteúdo: retida`,
  runStopped: 'a leitura interrompeu a execução (memória ou tempo esgotados)',
  noWorkbook: 'nenhuma ficha anexada',
  refusals: {
    'other-commitment': 'ficha de outro compromisso',
    'unknown-commitment': 'sem número de compromisso do comitê',
    'other-spreadsheet': 'não está no formato .xlsx',
    unreadable: 'pasta de trabalho ilegível',
    'untouched-template': 'modelo não preenchido',
    'file-too-large': 'arquivo grande demais',
    'message-too-large': 'mensagem grande demais',
    'too-many-files': 'pastas de trabalho demais',
    'message-unreadable': 'mensagem ilegível',
    'too-large-to-keep': 'grande demais para ser guardado',
    'forwarded-message': 'mensagem encaminhada (não aberta)',
  },
};
