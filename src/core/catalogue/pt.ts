/** Portuguese, as Brazilian administrations write it (dates dd/mm/aaaa). */
import { failureReason } from '../failure-message.js';
import { render } from './render.js';
import { intake } from './intake/pt.js';
import { TEMPLATE_WORDS } from '../template-words.js';
import { counted, decimalComma } from '../text.js';
import { formatFrenchDate as ddmmyyyy } from '../calendar-date.js';
import {
  countryName,
  holidaySpan,
  type Catalogue,
  type EmailStrings,
  type MasterWords,
  type OpenDataWords,
  type PageWords,
  type ReportStrings,
} from './shape.js';

/** The template as this language writes it: the sheets messages name. */
const PT = TEMPLATE_WORDS.pt;

const n = (count: number, one: string, many: string) => counted(count, one, many, 'pt');

function ptErrors(count: number): string {
  return n(count, 'erro', 'erros');
}

const email: EmailStrings = {
  dir: 'ltr',
  hello: (name) => `Olá, ${name},`,
  signature: (committee) => `A secretaria do ${committee}`,
  commitment: (id, title) => `compromisso n.º ${id} “${title}”`,
  reminderSubject: (c) => {
    const due = ddmmyyyy(c.round.due);
    if (c.received) {
      return (
        `Ficha recebida, ${ptErrors(c.errors.length)} a corrigir — compromisso n.º ${c.commitment.id}, ` +
        `${c.type === 'overdue' ? `prazo de ${due} vencido` : `prazo em ${due}`}`
      );
    }
    return c.type === 'overdue'
      ? `Lembrete: ficha atrasada — compromisso n.º ${c.commitment.id} (prazo de ${due})`
      : `Lembrete: ${c.round.title} — compromisso n.º ${c.commitment.id}, prazo em ${due}`;
  },
  reminderIntro: (c) => {
    const state = c.received
      ? `Recebemos a nova versão da sua ficha (${n(c.received.actions, 'ação', 'ações')} ` +
        `de comunicação, ${n(c.received.milestones, 'marco', 'marcos')}), mas ela precisa ser corrigida.`
      : c.status === 'to-fix'
        ? 'Sua ficha foi recebida, mas precisa ser corrigida.'
        : c.status === 'to-update' && c.lastUpdate
          ? `Sua última ficha é de ${ddmmyyyy(c.lastUpdate)}: ainda não foi atualizada para este prazo.`
          : c.heldOn
            ? `Seu e-mail de ${ddmmyyyy(c.heldOn)} ainda não pôde ser registrado: o servidor da secretaria não autenticou o remetente, e a secretaria o está verificando.`
            : 'Ainda não recebemos sua ficha.';
    const when =
      c.type === 'overdue'
        ? `O prazo de ${ddmmyyyy(c.round.due)} venceu há ${n(-c.daysLeft, 'dia', 'dias')}.`
        : c.daysLeft === 0
          ? `O prazo vence hoje, ${ddmmyyyy(c.round.due)}.`
          : `O prazo vence em ${ddmmyyyy(c.round.due)}, daqui a ${n(c.daysLeft, 'dia', 'dias')}.`;
    return `${c.round.title} — ${email.commitment(c.commitment.id, c.commitment.title)}. ${state} ${when}`;
  },
  reminderExpected: (c) => {
    const what =
      c.status === 'to-fix'
        ? 'a ficha corrigida'
        : 'a ficha atualizada, com suas ações de comunicação e o avanço de cada marco';
    return c.type === 'overdue'
      ? `Esperamos o quanto antes: ${what}.`
      : `Esperamos até ${ddmmyyyy(c.round.due)}: ${what}.`;
  },
  templateAttached:
    'Sua ficha pré-preenchida segue anexa a este e-mail: complete-a (a primeira planilha explica como).',
  fillIn: 'Sua ficha:',
  sendBack: 'Envie a ficha completa (.xlsx) em resposta a este e-mail.',
  errorsTitle: (count, byCell) =>
    `${ptErrors(count)} a corrigir${byCell ? ', célula por célula' : ''}:`,
  more: (count) => `… e mais ${ptErrors(count)}.`,
  moreWarnings: (count) => `… e mais ${n(count, 'aviso', 'avisos')}.`,
  feedbackSubject: (c) =>
    c.errors.length > 0
      ? `Ficha recebida, ${ptErrors(c.errors.length)} a corrigir — compromisso n.º ${c.commitment.id}`
      : c.status === 'to-update'
        ? `Ficha recebida, data de atualização a verificar — compromisso n.º ${c.commitment.id}`
        : `Ficha recebida e completa — compromisso n.º ${c.commitment.id}`,
  feedbackBody: (c) => {
    const received =
      `Recebemos a ficha do ${email.commitment(c.commitment.id, c.commitment.title)}: ` +
      `${n(c.actions, 'ação', 'ações')} de comunicação e ${n(c.milestones, 'marco', 'marcos')}.`;
    const deadline = c.deadline ? `${ddmmyyyy(c.deadline.due)} (${c.deadline.title})` : null;
    if (c.errors.length > 0) {
      return `${received} Pedimos que corrija os pontos a seguir${deadline ? (c.deadline?.past ? ` o quanto antes (o prazo de ${deadline} já venceu)` : ` antes de ${deadline}`) : ''}:`;
    }
    if (c.status === 'to-update') {
      return (
        `${received} Ela traz como data de atualização ${c.lastUpdate ? ddmmyyyy(c.lastUpdate) : '?'}, ` +
        `anterior à coleta em andamento${deadline ? (c.deadline?.past ? ` (o prazo de ${deadline} já venceu)` : ` (prazo em ${deadline})`) : ''}: se estiver em dia, ` +
        `indique a data de hoje em “${PT.labels.updatedAt[0]}” (planilha “${PT.sheets.engagement}”) e envie-a novamente.`
      );
    }
    return `${received} Está completa, obrigado.${deadline ? ` Próximo prazo: ${deadline}.` : ''}`;
  },
  warnings: (count) => `${n(count, 'aviso', 'avisos')}, a verificar sem urgência:`,
  refusalVerdict: 'Ficha não registrada',
  refusalIntro: (c) => {
    const which = c.refusals.length > 1 ? 'os arquivos que ele contém' : 'o que ele contém';
    const about = c.subject ? ` “${c.subject}”` : '';
    return `Recebemos seu e-mail${about}, mas não conseguimos registrar ${which}:`;
  },
  refusal: (r) => {
    switch (r.reason) {
      case 'other-commitment': {
        const yours = r.yours.map((id) => `n.º ${id}`).join(', ');
        return (
          `“${r.file}” é a ficha do compromisso n.º ${r.commitmentId}, que você não acompanha ` +
          `(você acompanha o compromisso ${yours}): se for a sua, corrija o número na planilha ` +
          `“${PT.sheets.engagement}”; se não, o ponto focal dele a envia.`
        );
      }
      case 'unknown-commitment': {
        const what =
          r.commitmentId === null
            ? 'nenhum número de compromisso'
            : `um número de compromisso que o comitê não tem (indica o n.º ${r.commitmentId})`;
        return `“${r.file}” traz ${what}: indique o número do seu compromisso na planilha “${PT.sheets.engagement}”.`;
      }
      case 'other-spreadsheet':
        return (
          `“${r.file}” não está no formato da ficha: abra-a no Excel ou no LibreOffice, salve-a ` +
          'como “Pasta de trabalho do Excel (.xlsx)” e envie esse arquivo.'
        );
      case 'unreadable':
        return `“${r.file}”: ${render('pt', failureReason(r.failure))}`;
      case 'untouched-template':
        return (
          `“${r.file}” é a ficha pré-preenchida como a enviamos, sem nada preenchido: acrescente ` +
          'suas ações de comunicação e o avanço de cada marco.'
        );
      case 'file-too-large':
        return (
          `“${r.file}” tem ${decimalComma(r.mib)} MB, acima dos ${decimalComma(r.maxMib)} MB ` +
          'aceitos: retire imagens e linhas desnecessárias.'
        );
      case 'message-too-large':
        return (
          `seu e-mail tem ${decimalComma(r.mib)} MB, acima dos ${decimalComma(r.maxMib)} MB que ` +
          'lemos: envie só a ficha, sem outro anexo.'
        );
      case 'message-unreadable':
        return (
          `não conseguimos ler o seu e-mail (${intake.defect(r.defect)}): ` +
          'envie um novo e-mail com apenas a ficha em anexo, sem encaminhar nenhuma mensagem.'
        );
      case 'forwarded-message':
        return (
          `“${r.file}” está dentro de um e-mail encaminhado, que não abrimos: ` +
          'salve a ficha e anexe-a diretamente à sua resposta.'
        );
      case 'too-large-to-keep':
        return (
          `“${r.file}” contém mais dados do que o acompanhamento pode guardar: ` +
          'retire as linhas desnecessárias (e corrija os erros repetidos em muitas linhas) e envie-a de novo.'
        );
      case 'too-many-files':
        return (
          `seu e-mail anexa ${n(r.count, 'pasta de trabalho', 'pastas de trabalho')}; lemos no máximo ` +
          `${r.max} por e-mail: envie cada ficha separadamente.`
        );
    }
  },
  refusalExpected: (c) =>
    c.deadline
      ? `${c.deadline.past ? `Esperamos o quanto antes, pois o prazo de ${ddmmyyyy(c.deadline.due)} já venceu` : `Esperamos até ${ddmmyyyy(c.deadline.due)}`} (${c.deadline.title}): a ficha (.xlsx), em ` +
        'resposta a este e-mail.'
      : 'Envie novamente a ficha (.xlsx) em resposta a este e-mail.',
  invitationSubject: (c) =>
    `Convite: reunião do ${c.committeeName} em ${ddmmyyyy(c.meeting.date)}${c.meeting.time ? ` às ${c.meeting.time}` : ''}`,
  meetingEvent: (committee) => `Reunião — ${committee}`,
  invitationBody: (c) => {
    const time = c.meeting.time ? ` às ${c.meeting.time}` : '';
    const place = c.meeting.place ? `, ${c.meeting.place}` : '';
    return (
      `Temos o prazer de convidar você para a reunião do ${c.committeeName} em ` +
      `${ddmmyyyy(c.meeting.date)}${time}${place}. O convite para sua agenda segue anexo (arquivo .ics).`
    );
  },
  agenda: 'Pauta:',
  holidayCheckSubject: (c) =>
    `Feriado a confirmar: ${c.holiday.name}, estimado em ${ddmmyyyy(c.holiday.first)}`,
  holidayCheckBody: (c) => {
    const { first, last, name } = c.holiday;
    const days =
      first === last ? `em ${ddmmyyyy(first)}` : `de ${ddmmyyyy(first)} a ${ddmmyyyy(last)}`;
    return (
      `A data de “${name}” depende da observação da lua: o calendário do comitê a estima ${days}, ` +
      'e os lembretes, relatórios e prazos do período contam esses dias como feriados.'
    );
  },
  holidayCheckAction: (c) =>
    `Assim que a data for anunciada, e antes de ${ddmmyyyy(c.holiday.first)}, confirme-a em ` +
    `committee.yaml, seção holidays: add: [${holidaySpan(c)}]. Se o anúncio der outros dias, ` +
    `retire a estimativa (remove: [${holidaySpan(c)}]) e acrescente os dias anunciados em add.`,
  holidaysMissingSubject: (c) =>
    `Feriados de ${c.year} a informar: o calendário do comitê não tem nenhum`,
  holidaysMissingBody: (c) =>
    `A ferramenta não conhece os feriados de ${countryName('pt', c.country)}: o comitê os informa ` +
    `em committee.yaml. Não informou nenhum para ${c.year}: os lembretes, relatórios e prazos desse ` +
    'ano contarão como úteis todos os dias exceto o fim de semana, feriados incluídos.',
  holidaysMissingAction: (c) =>
    `Antes de ${ddmmyyyy(c.first)}, acrescente-os em committee.yaml, seção holidays: ` +
    `add: [${c.year}-05-01, { date: ${c.year}-MM-DD/${c.year}-MM-DD, name: … }] (um dia ou um período), ` +
    'os que dependem da lua na data estimada, a confirmar quando for anunciada.',
};

const report: ReportStrings = {
  subjectMeeting: (d, c) => `Síntese antes da reunião de ${d} — ${c}`,
  subjectDeadline: (d, c) => `Balanço do prazo de ${d} — ${c}`,
  greeting: 'Olá,',
  aboutMeeting: (d) => `a reunião de ${d}`,
  aboutDeadline: (d, title) => `o prazo de ${d} (${title})`,
  sheets: (today, about, t, count) =>
    `Situação do acompanhamento em ${today}, para ${about}: ${n(count, 'compromisso', 'compromissos')}, ` +
    `${n(t.received, 'ficha recebida', 'fichas recebidas')}, ${t.toFix} a corrigir, ${t.toUpdate} ` +
    `a atualizar, ${n(t.missing, 'faltante', 'faltantes')}; ${n(t.late, 'atrasada', 'atrasadas')}.`,
  progress: (t) => {
    const average =
      t.averageProgress === null ? '' : `, avanço médio de ${decimalComma(t.averageProgress)} %`;
    const errors =
      t.errors === 0
        ? 'Nenhum erro resta a corrigir.'
        : `${n(t.errors, 'erro resta', 'erros restam')} a corrigir.`;
    return (
      `Marcos: ${n(t.milestonesAchieved, 'concluído', 'concluídos')} de ${t.milestonesTotal}${average}. ` +
      `Ações de comunicação: ${n(t.actionsDone, 'realizada', 'realizadas')} de ` +
      `${t.actionsPlanned}. ${errors}`
    );
  },
  meetingAhead: (d, time, place) =>
    `A reunião será realizada em ${d}${time ? ` às ${time}` : ''}${place ? `, ${place}` : ''}.`,
  attached: 'A pasta de trabalho consolidada de acompanhamento segue anexa.',
  page: (link) =>
    link
      ? `A página de acompanhamento (gráficos, uma ficha por compromisso) está ${/^https?:/.test(link) ? 'publicada' : 'aqui'}: ${link}`
      : 'A página de acompanhamento (gráficos, uma ficha por compromisso) segue anexa: suivi.html, para abrir em um navegador.',
  linked: (link, reason) =>
    reason === 'drive'
      ? `A pasta de trabalho consolidada está na pasta compartilhada: ${link}`
      : `A pasta de trabalho consolidada é grande demais para ser anexada por este servidor de e-mail (4 MB no máximo): ela está em ${link}`,
  head: [
    'N.º',
    'Compromisso',
    'Instituição',
    'Situação',
    'Atualização',
    'Atrasado',
    'Marcos concluídos',
    'Avanço médio',
    'Ações realizadas',
    'Erros',
  ],
  status: {
    received: 'Recebida',
    'to-fix': 'A corrigir',
    'to-update': 'A atualizar',
    missing: 'Faltante',
  },
  yes: 'Sim',
  no: 'Não',
  late: (count) => `Atrasados (${count}):`,
  lateItem: (d, status) => {
    const last = d.lastUpdate ? ` (última ficha de ${ddmmyyyy(d.lastUpdate)})` : '';
    return `n.º ${d.id} “${d.title}” — ${d.institution}, ponto focal ${d.focalPoint}: ${status.toLowerCase()}${last}`;
  },
  noneLate: 'Nenhum compromisso está atrasado.',
  since: (d, taken) =>
    d
      ? `Desde a reunião de ${d}${taken ? ` (síntese de ${taken})` : ''}:`
      : 'Desde o início do plano:',
  change: (c) =>
    `n.º ${c.id} “${c.title}”: ${[
      c.sheet === 'new'
        ? 'primeira ficha recebida'
        : c.sheet === 'updated'
          ? 'ficha atualizada'
          : 'ficha sem mudanças',
      ...(c.newlyDone ? [n(c.newlyDone, 'ação realizada', 'ações realizadas')] : []),
      ...(c.newlyAchieved?.length
        ? [
            `${n(c.newlyAchieved.length, 'marco concluído', 'marcos concluídos')} (${c.newlyAchieved.join('; ')})`,
          ]
        : []),
      ...(c.newErrors ? [n(c.newErrors, 'erro novo', 'erros novos')] : []),
    ].join(', ')}`,
  noChange: 'Sem mudanças.',
  refused: (count) =>
    `${count > 1 ? 'Endereços recusados' : 'Endereço recusado'} pelo servidor de e-mail: ` +
    `${count > 1 ? 'essas pessoas não recebem nada' : 'essa pessoa não recebe nada'} enquanto ` +
    'o endereço não for corrigido em committee.yaml.',
  refusedItem: (r) =>
    `endereço recusado: ${r.address} — verifique o endereço do ponto focal (resposta do servidor: ${r.answer}; e-mail “${r.subject}”)`,
  mailbox: (count) =>
    `${count > 1 ? 'E-mails deixados' : 'E-mail deixado'} na caixa da secretaria, sem resposta automática: ` +
    'uma mensagem retida é aceita com “ogp-tracker intake --release <Message-ID>” se de fato ' +
    'vier do seu remetente; um remetente desconhecido nunca recebe resposta automática; uma ' +
    'pergunta espera a resposta de uma pessoa; um e-mail “separado” está na pasta ' +
    '“não lido pelo ogp-tracker” da caixa, para uma pessoa abrir.',
  mailboxFiled: (count) =>
    `${count > 1 ? 'Fichas registradas' : 'Ficha registrada'} sem que o servidor da secretaria ` +
    `autentique o remetente (já ${count > 1 ? 'respondidas' : 'respondida'}): ` +
    'deve ser confirmada com o remetente.',
  mailboxItem: (m) =>
    `${{ held: 'retido', 'unknown-sender': 'remetente desconhecido', unauthenticated: 'registrado', 'set-aside': 'separada sem ser lida', question: 'pergunta' }[m.outcome]}: ${m.from} — “${m.subject}”, ` +
    `recebido em ${ddmmyyyy(m.receivedAt.slice(0, 10))} (${m.note}) — ${m.messageId}`,
  date: ddmmyyyy,
};

const page: PageWords = {
  colon: ': ',
  noData: 'Sem dados',
  completionRule:
    'Cada marco conta pelo seu avanço (na falta dele, pelo seu nível: não iniciado 0 %, ' +
    'limitado 25 %, substancial 75 %, completo 100 %). Um compromisso está completo quando todos ' +
    'os seus marcos estão; substancial a partir de 50 % em média; limitado acima de 0 %; não ' +
    'iniciado em 0 %; sem dados se nenhum marco foi preenchido. A secretaria pode definir o nível, com sua justificativa.',
  asOf: 'Acompanhamento em',
  commitments: 'compromissos',
  commitment: 'compromisso',
  received: 'fichas recebidas',
  receivedOne: 'ficha recebida',
  toFix: 'a corrigir',
  toUpdate: 'a atualizar',
  missing: 'faltantes',
  missingOne: 'faltante',
  progress: 'Avanço geral',
  levels: 'Níveis de conclusão',
  perAxis: 'Avanço por eixo',
  perCommitment: 'Avanço por compromisso',
  late: 'Atrasados',
  noneLate: 'Nenhum compromisso está atrasado.',
  changes: 'Desde a reunião de',
  changesStart: 'Desde o início do plano',
  noChange: 'Sem mudanças.',
  series: 'Avanço a cada reunião',
  cards: 'Os compromissos',
  focalPoint: 'Ponto focal',
  status: 'Situação da ficha',
  level: 'Nível de conclusão',
  setBy: 'definido pela secretaria',
  milestones: 'Marcos',
  actions: 'Ações de comunicação',
  indicators: 'Indicadores unificados',
  evidence: 'Comprovantes',
  done: 'concluído',
  overdue: 'atrasado',
  toCome: 'a vir',
  rule: 'Regra',
  noSheet: 'Nenhuma ficha recebida.',
  target: 'meta',
  achieved: 'alcançado',
  realised: 'realizadas de',
  axisNone: 'Sem eixo',
};

const master: MasterWords = {
  sheets: {
    dashboard: 'Painel',
    indicators: 'Indicadores',
    anomalies: 'Anomalias',
    calendar: 'Calendário',
    journal: 'Registro',
    selfAssessment: 'Autoavaliação OGP',
  },
  title: (committee) => `Acompanhamento consolidado — ${committee}`,
  asOf: (date) => `Acompanhamento em ${date}`,
  round: (title, due) => `${title} (prazo em ${due})`,
  dashboard: (budget) => ['N.º', 'Título', 'Instituição', 'Ponto focal', 'Situação da ficha', 'Última atualização', 'Atrasado', 'Ações previstas', 'Ações realizadas', budget, 'Marcos concluídos / total', 'Avanço médio (%)', 'Erros', 'Avisos', 'Observação'],
  total: (count) => `Total (${n(count, 'compromisso', 'compromissos')})`,
  totals: (t) =>
    `${n(t.received, 'recebida', 'recebidas')}, ${t.toFix} a corrigir, ${t.toUpdate} a atualizar, ` +
    `${n(t.missing, 'faltante', 'faltantes')}, ${n(t.late, 'atrasada', 'atrasadas')}`,
  records: { commitment: 'N.º do compromisso', institution: 'Instituição', source: 'Fonte', row: 'Linha', readOn: 'Lido em' },
  indicators: (budget) => ['N.º do compromisso', 'Instituição', 'Tipo de ação', 'Indicador unificado', 'Ações previstas', 'Ações realizadas', 'Valor da meta', 'Valor alcançado', budget],
  anomalies: ['N.º do compromisso', 'Instituição', 'Planilha', 'Célula', 'Código', 'Gravidade', 'Mensagem', 'Link', 'Fonte'],
  error: 'Erro',
  warning: 'Aviso',
  open: 'Abrir',
  calendar: ['Data', 'Hora', 'Tipo', 'Título', 'Detalhes', 'Estado'],
  calendarKinds: { meeting: 'Reunião', deadline: 'Prazo', 'send-planned': 'Envio previsto', 'send-done': 'Envio realizado' },
  past: 'Passado',
  toCome: 'A vir',
  journal: ['Data e hora', 'Comando', 'Fontes configuradas', 'Fontes lidas', 'Ações', 'Marcos', 'Erros', 'Avisos', 'E-mails enviados', 'Solicitações ao Google', 'Duração (s)', 'Observações'],
  selfAssessment: ['N.º', 'Compromisso', 'Instituição responsável', 'Início', 'Término', 'Nível de conclusão', 'Justificativa do nível', 'Comprovantes (links)', 'Dificuldades', 'Próximos passos'],
  setBy: (who) => `Definido pela secretaria: ${who}`,
  noMilestone: 'Nenhum marco preenchido',
  derived: (achieved, total, average) => `Deduzido dos marcos (${achieved} de ${total} concluídos, avanço médio ${average} %)`,
  ends: (date) => ` (término ${date})`,
  pageNumber: (page, pages) => `Página ${page} de ${pages}`,
}; // prettier-ignore

/** Portuguese. */
const openData: OpenDataWords = {
  title: (plan, committee) => `Acompanhamento do ${plan} — ${committee}`,
  description: (today) =>
    `Compromissos, marcos e ações de comunicação em ${today}, tal como os pontos focais os ` +
    'declararam. Só as linhas sem erro de validação são publicadas; cada recurso diz quantas ' +
    'ficam retidas até sua correção.',
  formulas:
    'Nenhum texto é executado como fórmula numa planilha: no início de um texto e depois de ' +
    "cada ponto e vírgula, tabulação ou quebra de linha, acrescenta-se um apóstrofo (') quando " +
    'o que vem a seguir começa, talvez após espaços, por =, +, -, @, uma tabulação, um retorno ' +
    'de carro ou um apóstrofo. Retire o apóstrofo nesses lugares para recuperar o texto ' +
    'declarado. Os caracteres nulos (NUL) são suprimidos; os números são publicados tal como ' +
    'estão, sem apóstrofo.',
  tables: { engagements: 'Compromissos', jalons: 'Marcos', actions: 'Ações de comunicação' },
  fields: {
    engagements: {
      numero: 'Número do compromisso',
      intitule: 'Título',
      institution: 'Instituição responsável',
      axe: 'Eixo do plano de ação',
      statut_fiche: 'Situação da ficha',
      derniere_mise_a_jour: 'Última atualização',
      en_retard: 'Atrasado',
      actions_prevues: 'Ações previstas',
      actions_realisees: 'Ações realizadas',
      jalons_acheves: 'Marcos concluídos',
      jalons_total: 'Marcos',
      avancement_moyen: 'Avanço médio (%)',
      niveau_achevement: 'Nível de conclusão (escala do MRI)',
      niveau_fixe_par_le_secretariat: 'Nível definido pela secretaria',
    },
    jalons: {
      engagement: 'Número do compromisso',
      reference: 'Referência do marco',
      intitule: 'Marco',
      debut: 'Data de início',
      fin: 'Data de término',
      avancement: 'Avanço (%)',
      niveau: 'Nível de conclusão',
      justificatif: 'Comprovante',
      difficultes: 'Dificuldades encontradas',
    },
    actions: {
      engagement: 'Número do compromisso',
      reference: 'Referência da ação',
      type: 'Tipo de ação',
      intitule: 'Título',
      public_cible: 'Público-alvo',
      canal: 'Canal / suporte',
      date_prevue: 'Data prevista',
      date_realisation: 'Data de realização',
      statut: 'Situação',
      financement: 'Fonte de financiamento',
      indicateur: 'Indicador unificado',
      valeur_cible: 'Valor-alvo',
      valeur_realisee: 'Valor alcançado',
      hashtags: 'Hashtags',
      logo: 'Logo da carta utilizado',
      justificatif: 'Comprovante',
    },
  },
  budget: (currency) => `Orçamento (${currency})`,
  budgetDescription: (currency) => `Valor em ${currency} (código ISO 4217)`,
};

export const pt: Catalogue = { email, report, page, master, openData };
