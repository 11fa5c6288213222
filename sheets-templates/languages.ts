/**
 * The submission template in each language a focal point may read: its sheets, its headers
 * and their notes, the Engagement sheet's labels, and the values of its dropdown lists. The
 * French words are the template's own (submission-template.ts); a value of a list in any
 * language stands for the id at the same place (vocabulary.ts), which is what the validator
 * keeps. Pure data, as the rest of this folder.
 */
import {
  ACTION_COLUMNS,
  ENGAGEMENT_LABELS,
  FIXED_CHOICES,
  FRENCH_CHOICES,
  MILESTONE_COLUMNS,
  SHEET_NAMES,
  type ChoiceSource,
  type ColumnDef,
  type LabelDef,
} from './submission-template.js';

/** The languages the template is written in. */
export const TEMPLATE_LANGUAGES = ['fr', 'en', 'ar', 'es', 'pt'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** A header (or label) and the note on its cell. */
type Worded = readonly [text: string, note: string];

/**
 * One language's words. In notes, `{statuses}`, `{funding}` and `{completion}` stand for the
 * list's values in that language; `{currency}` and `{logo}` for the committee's.
 */
export interface TemplateWords {
  sheets: Record<keyof typeof SHEET_NAMES, string>;
  labels: Record<LabelDef['field'], Worded>;
  actions: Record<string, Worded>;
  milestones: Record<string, Worded>;
  /** The fixed lists' words, each in the order of its ids (vocabulary.ts). */
  choices: Record<keyof typeof FIXED_CHOICES, readonly string[]>;
  /** The titles of the hidden lists' columns. */
  lists: Record<ChoiceSource, string>;
  /** The heading of the template's fingerprint, in the hidden lists sheet. */
  marker: string;
  /** The budget column's header, before `(MXN)`. */
  budget: string;
}

const worded = (defs: readonly (ColumnDef | LabelDef)[]): Record<string, Worded> =>
  Object.fromEntries(
    defs.map((d) => [d.field, ['header' in d ? d.header : d.label, d.note] as const]),
  );

const FRENCH: TemplateWords = {
  sheets: SHEET_NAMES,
  labels: worded(ENGAGEMENT_LABELS) as TemplateWords['labels'],
  actions: {
    ...worded(ACTION_COLUMNS),
    status: ['Statut', 'Choisir dans la liste : {statuses}.'],
    funding: ['Source de financement', 'Choisir dans la liste : {funding}.'],
    budget: ['Budget', 'Budget en {currency} (nombre ≥ 0, sans texte).'],
    logo: ['Logo', 'Oui / Non : le {logo} a-t-il été utilisé ?'],
  },
  milestones: {
    ...worded(MILESTONE_COLUMNS),
    completion: ["Niveau d'achèvement", 'Échelle OGP : {completion}.'],
  },
  choices: FRENCH_CHOICES,
  lists: {
    actionTypes: "Types d'action",
    indicators: 'Indicateurs unifiés',
    statuses: 'Statuts',
    funding: 'Sources de financement',
    completion: "Niveaux d'achèvement",
    yesNo: 'Oui / Non',
  },
  marker: 'Empreinte du modèle (ne pas modifier)',
  budget: 'Budget',
};

const ENGLISH: TemplateWords = {
  sheets: {
    engagement: 'Commitment',
    actions: 'Communication actions',
    milestones: 'Milestones',
    lists: 'Lists',
    guide: 'How to fill in',
  },
  labels: {
    commitmentId: ['Commitment no.', 'Number of the commitment in the action plan (pre-filled, do not change).'],
    commitmentTitle: ['Commitment title', 'Title of the commitment (pre-filled).'],
    institution: ['Institution', 'Institution leading the commitment.'],
    focalPoint: ['Focal point', 'Full name of the focal point.'],
    email: ['Email', 'Email address of the focal point.'],
    updatedAt: ['Update date', 'Date on which you updated the sheet (dd/mm/yyyy).'],
  },
  actions: {
    ref: ['Ref.', 'Required. Unique reference of the action, e.g. A1, A2…'],
    type: ['Type of action', 'Choose from the list: types of action of the common communication charter.'],
    title: ['Title', 'Required. Title of the action, 300 characters at most.'],
    audience: ['Target audience', 'Audiences, separated by commas (e.g. Civil society, Youth).'],
    channel: ['Channel / medium', 'Channel or medium used (press, website, Facebook…).'],
    plannedDate: ['Planned date', 'Required. Planned date (dd/mm/yyyy), within the action plan.'],
    doneDate: ['Date done', 'Date the action was done (dd/mm/yyyy). Required when the status is “Done”; no future date.'],
    status: ['Status', 'Choose from the list: {statuses}.'],
    budget: ['Budget', 'Budget in {currency} (a number ≥ 0, no text).'],
    funding: ['Source of funding', 'Choose from the list: {funding}.'],
    indicator: ['Indicator', 'The unified indicator of the type of action (see the charter, “How to fill in” sheet).'],
    target: ['Target value', 'Value the indicator aims at (a number ≥ 0).'],
    achieved: ['Achieved value', 'Value the indicator reached (a number ≥ 0). Required when the status is “Done”.'],
    hashtags: ['Hashtags', 'Hashtags used; all those of the charter when the type of action requires them.'],
    logo: ['Logo', 'Yes / No: was the {logo} used?'],
    evidence: ['Evidence (link)', 'http(s) link to a proof (article, post, photo, report).'],
    comment: ['Comments', 'Free comments.'],
  },
  milestones: {
    ref: ['Milestone ref.', 'Required. Unique reference of the milestone, e.g. J1, J2…'],
    title: ['Milestone', 'Required. Title of the milestone as in the action plan.'],
    start: ['Start date', 'Start date (dd/mm/yyyy).'],
    end: ['End date', 'End date (dd/mm/yyyy), not before the start date.'],
    progress: ['Progress (%)', 'Progress from 0 to 100 (e.g. 45 or 45 %).'],
    completion: ['Completion level', 'OGP scale: {completion}.'],
    evidence: ['Evidence (link)', 'http(s) link to a proof; expected when the milestone is “Complete”.'],
    difficulties: ['Difficulties met', 'Difficulties met, if any.'],
    comment: ['Comments', 'Free comments.'],
  },
  choices: {
    statuses: ['Planned', 'In progress', 'Done', 'Postponed', 'Cancelled'],
    funding: ["Institution's budget", 'Coordinating ministry', 'Technical and financial partner', 'No cost', 'To be found'],
    completion: ['Not started', 'Limited', 'Substantial', 'Complete'],
    yesNo: ['Yes', 'No'],
  },
  lists: {
    actionTypes: 'Types of action',
    indicators: 'Unified indicators',
    statuses: 'Statuses',
    funding: 'Sources of funding',
    completion: 'Completion levels',
    yesNo: 'Yes / No',
  },
  marker: 'Template fingerprint (do not change)',
  budget: 'Budget',
}; // prettier-ignore

const ARABIC: TemplateWords = {
  sheets: {
    engagement: 'الالتزام',
    actions: 'أنشطة التواصل',
    milestones: 'المراحل',
    lists: 'القوائم',
    guide: 'طريقة التعبئة',
  },
  labels: {
    commitmentId: ['رقم الالتزام', 'رقم الالتزام في خطة العمل (معبأ مسبقا، لا تغيروه).'],
    commitmentTitle: ['عنوان الالتزام', 'عنوان الالتزام (معبأ مسبقا).'],
    institution: ['المؤسسة', 'المؤسسة المسؤولة عن الالتزام.'],
    focalPoint: ['نقطة الاتصال', 'الاسم الكامل لنقطة الاتصال.'],
    email: ['البريد الإلكتروني', 'عنوان البريد الإلكتروني لنقطة الاتصال.'],
    updatedAt: ['تاريخ التحيين', 'تاريخ تحيين البطاقة (يوم/شهر/سنة).'],
  },
  actions: {
    ref: ['المرجع', 'إلزامي. مرجع فريد للنشاط، مثلا A1 وA2…'],
    type: ['نوع النشاط', 'اختاروا من القائمة: أنواع الأنشطة في ميثاق التواصل المشترك.'],
    title: ['العنوان', 'إلزامي. عنوان النشاط، 300 حرف على الأكثر.'],
    audience: ['الفئة المستهدفة', 'الفئات المستهدفة، مفصولة بفواصل (مثلا: المجتمع المدني، الشباب).'],
    channel: ['القناة / الوسيلة', 'القناة أو الوسيلة المستعملة (الصحافة، الموقع الإلكتروني، فيسبوك…).'],
    plannedDate: ['التاريخ المبرمج', 'إلزامي. التاريخ المبرمج (يوم/شهر/سنة)، داخل فترة خطة العمل.'],
    doneDate: ['تاريخ الإنجاز', 'تاريخ الإنجاز (يوم/شهر/سنة). إلزامي إذا كانت الوضعية «منجزة»؛ لا تاريخ في المستقبل.'],
    status: ['الوضعية', 'اختاروا من القائمة: {statuses}.'],
    budget: ['الميزانية', 'الميزانية بـ{currency} (عدد ≥ 0، دون نص).'],
    funding: ['مصدر التمويل', 'اختاروا من القائمة: {funding}.'],
    indicator: ['المؤشر', 'المؤشر الموحد لنوع النشاط (انظروا الميثاق في ورقة «طريقة التعبئة»).'],
    target: ['القيمة المستهدفة', 'القيمة المستهدفة للمؤشر (عدد ≥ 0).'],
    achieved: ['القيمة المحققة', 'القيمة التي بلغها المؤشر (عدد ≥ 0). إلزامية إذا كانت الوضعية «منجزة».'],
    hashtags: ['الوسوم', 'الوسوم المستعملة؛ كل وسوم الميثاق إذا كان نوع النشاط يتطلبها.'],
    logo: ['الشعار', 'نعم / لا: هل استعمل {logo}؟'],
    evidence: ['الإثبات (رابط)', 'رابط http(s) نحو إثبات (مقال، منشور، صورة، تقرير).'],
    comment: ['ملاحظات', 'ملاحظات حرة.'],
  },
  milestones: {
    ref: ['مرجع المرحلة', 'إلزامي. مرجع فريد للمرحلة، مثلا J1 وJ2…'],
    title: ['المرحلة', 'إلزامي. عنوان المرحلة كما ورد في خطة العمل.'],
    start: ['تاريخ البداية', 'تاريخ البداية (يوم/شهر/سنة).'],
    end: ['تاريخ النهاية', 'تاريخ النهاية (يوم/شهر/سنة)، لا يسبق تاريخ البداية.'],
    progress: ['نسبة التقدم (%)', 'نسبة التقدم من 0 إلى 100 (مثلا 45 أو 45 %).'],
    completion: ['مستوى الإنجاز', 'سلم الشراكة من أجل الحكومة المنفتحة: {completion}.'],
    evidence: ['الإثبات (رابط)', 'رابط http(s) نحو إثبات؛ منتظر إذا كانت المرحلة «مكتملة».'],
    difficulties: ['الصعوبات', 'الصعوبات التي صودفت، إن وجدت.'],
    comment: ['ملاحظات', 'ملاحظات حرة.'],
  },
  choices: {
    statuses: ['مبرمجة', 'جارية', 'منجزة', 'مؤجلة', 'ملغاة'],
    funding: ['ميزانية المؤسسة', 'الوزارة المنسقة', 'شريك تقني ومالي', 'بدون تكلفة', 'قيد البحث'],
    completion: ['لم يبدأ', 'محدود', 'جوهري', 'مكتمل'],
    yesNo: ['نعم', 'لا'],
  },
  lists: {
    actionTypes: 'أنواع الأنشطة',
    indicators: 'المؤشرات الموحدة',
    statuses: 'الوضعيات',
    funding: 'مصادر التمويل',
    completion: 'مستويات الإنجاز',
    yesNo: 'نعم / لا',
  },
  marker: 'بصمة النموذج (لا تغيّروها)',
  budget: 'الميزانية',
}; // prettier-ignore

const SPANISH: TemplateWords = {
  sheets: {
    engagement: 'Compromiso',
    actions: 'Acciones de comunicación',
    milestones: 'Hitos',
    lists: 'Listas',
    guide: 'Instrucciones',
  },
  labels: {
    commitmentId: ['N.º de compromiso', 'Número del compromiso en el plan de acción (prellenado, no modificar).'],
    commitmentTitle: ['Título del compromiso', 'Título del compromiso (prellenado).'],
    institution: ['Institución', 'Institución responsable del compromiso.'],
    focalPoint: ['Punto focal', 'Nombre y apellido del punto focal.'],
    email: ['Correo electrónico', 'Dirección de correo del punto focal.'],
    updatedAt: ['Fecha de actualización', 'Fecha en que actualizó la ficha (dd/mm/aaaa).'],
  },
  actions: {
    ref: ['Ref.', 'Obligatorio. Referencia única de la acción, por ejemplo A1, A2…'],
    type: ['Tipo de acción', 'Elija en la lista: tipos de acción de la carta de comunicación común.'],
    title: ['Título', 'Obligatorio. Título de la acción, 300 caracteres como máximo.'],
    audience: ['Público objetivo', 'Públicos, separados por comas (p. ej.: Sociedad civil, Jóvenes).'],
    channel: ['Canal / soporte', 'Canal o soporte usado (prensa, sitio web, Facebook…).'],
    plannedDate: ['Fecha prevista', 'Obligatorio. Fecha prevista (dd/mm/aaaa), dentro del periodo del plan.'],
    doneDate: ['Fecha de realización', 'Fecha de realización (dd/mm/aaaa). Obligatoria si el estado es «Realizada»; ninguna fecha futura.'],
    status: ['Estado', 'Elija en la lista: {statuses}.'],
    budget: ['Presupuesto', 'Presupuesto en {currency} (número ≥ 0, sin texto).'],
    funding: ['Fuente de financiamiento', 'Elija en la lista: {funding}.'],
    indicator: ['Indicador', 'El indicador unificado del tipo de acción (vea la carta, hoja «Instrucciones»).'],
    target: ['Valor meta', 'Valor que busca el indicador (número ≥ 0).'],
    achieved: ['Valor logrado', 'Valor alcanzado por el indicador (número ≥ 0). Obligatorio si el estado es «Realizada».'],
    hashtags: ['Hashtags', 'Hashtags usados; todos los de la carta cuando el tipo de acción los exige.'],
    logo: ['Logo', 'Sí / No: ¿se usó el {logo}?'],
    evidence: ['Evidencia (enlace)', 'Enlace http(s) a una prueba (artículo, publicación, foto, informe).'],
    comment: ['Comentarios', 'Comentarios libres.'],
  },
  milestones: {
    ref: ['Ref. del hito', 'Obligatorio. Referencia única del hito, por ejemplo J1, J2…'],
    title: ['Hito', 'Obligatorio. Título del hito tal como figura en el plan de acción.'],
    start: ['Fecha de inicio', 'Fecha de inicio (dd/mm/aaaa).'],
    end: ['Fecha de fin', 'Fecha de fin (dd/mm/aaaa), no antes de la fecha de inicio.'],
    progress: ['Avance (%)', 'Avance de 0 a 100 (p. ej. 45 o 45 %).'],
    completion: ['Nivel de cumplimiento', 'Escala OGP: {completion}.'],
    evidence: ['Evidencia (enlace)', 'Enlace http(s) a una prueba; se espera cuando el hito está «Completo».'],
    difficulties: ['Dificultades encontradas', 'Dificultades encontradas, si las hubo.'],
    comment: ['Comentarios', 'Comentarios libres.'],
  },
  choices: {
    statuses: ['Prevista', 'En curso', 'Realizada', 'Aplazada', 'Cancelada'],
    funding: ['Presupuesto de la institución', 'Ministerio coordinador', 'Socio técnico y financiero', 'Sin costo', 'Por buscar'],
    completion: ['No iniciado', 'Limitado', 'Sustancial', 'Completo'],
    yesNo: ['Sí', 'No'],
  },
  lists: {
    actionTypes: 'Tipos de acción',
    indicators: 'Indicadores unificados',
    statuses: 'Estados',
    funding: 'Fuentes de financiamiento',
    completion: 'Niveles de cumplimiento',
    yesNo: 'Sí / No',
  },
  marker: 'Huella de la plantilla (no modificar)',
  budget: 'Presupuesto',
}; // prettier-ignore

const PORTUGUESE: TemplateWords = {
  sheets: {
    engagement: 'Compromisso',
    actions: 'Ações de comunicação',
    milestones: 'Marcos',
    lists: 'Listas',
    guide: 'Instruções',
  },
  labels: {
    commitmentId: ['N.º do compromisso', 'Número do compromisso no plano de ação (pré-preenchido, não alterar).'],
    commitmentTitle: ['Título do compromisso', 'Título do compromisso (pré-preenchido).'],
    institution: ['Instituição', 'Instituição responsável pelo compromisso.'],
    focalPoint: ['Ponto focal', 'Nome completo do ponto focal.'],
    email: ['E-mail', 'Endereço de e-mail do ponto focal.'],
    updatedAt: ['Data de atualização', 'Data em que você atualizou a ficha (dd/mm/aaaa).'],
  },
  actions: {
    ref: ['Ref.', 'Obrigatório. Referência única da ação, por exemplo A1, A2…'],
    type: ['Tipo de ação', 'Escolha na lista: tipos de ação da carta de comunicação comum.'],
    title: ['Título', 'Obrigatório. Título da ação, no máximo 300 caracteres.'],
    audience: ['Público-alvo', 'Públicos, separados por vírgulas (ex.: Sociedade civil, Jovens).'],
    channel: ['Canal / suporte', 'Canal ou suporte usado (imprensa, site, Facebook…).'],
    plannedDate: ['Data prevista', 'Obrigatório. Data prevista (dd/mm/aaaa), dentro do período do plano.'],
    doneDate: ['Data de realização', 'Data de realização (dd/mm/aaaa). Obrigatória se a situação for “Realizada”; nenhuma data futura.'],
    status: ['Situação', 'Escolha na lista: {statuses}.'],
    budget: ['Orçamento', 'Orçamento em {currency} (número ≥ 0, sem texto).'],
    funding: ['Fonte de financiamento', 'Escolha na lista: {funding}.'],
    indicator: ['Indicador', 'O indicador unificado do tipo de ação (veja a carta, planilha “Instruções”).'],
    target: ['Valor da meta', 'Valor visado pelo indicador (número ≥ 0).'],
    achieved: ['Valor alcançado', 'Valor alcançado pelo indicador (número ≥ 0). Obrigatório se a situação for “Realizada”.'],
    hashtags: ['Hashtags', 'Hashtags usadas; todas as da carta quando o tipo de ação as exige.'],
    logo: ['Logo', 'Sim / Não: o {logo} foi usado?'],
    evidence: ['Comprovante (link)', 'Link http(s) para uma prova (matéria, publicação, foto, relatório).'],
    comment: ['Comentários', 'Comentários livres.'],
  },
  milestones: {
    ref: ['Ref. do marco', 'Obrigatório. Referência única do marco, por exemplo J1, J2…'],
    title: ['Marco', 'Obrigatório. Título do marco como consta no plano de ação.'],
    start: ['Data de início', 'Data de início (dd/mm/aaaa).'],
    end: ['Data de término', 'Data de término (dd/mm/aaaa), não antes da data de início.'],
    progress: ['Avanço (%)', 'Avanço de 0 a 100 (ex.: 45 ou 45 %).'],
    completion: ['Nível de conclusão', 'Escala OGP: {completion}.'],
    evidence: ['Comprovante (link)', 'Link http(s) para uma prova; esperado quando o marco está “Completo”.'],
    difficulties: ['Dificuldades encontradas', 'Dificuldades encontradas, se houver.'],
    comment: ['Comentários', 'Comentários livres.'],
  },
  choices: {
    statuses: ['Prevista', 'Em andamento', 'Realizada', 'Adiada', 'Cancelada'],
    funding: ['Orçamento da instituição', 'Ministério coordenador', 'Parceiro técnico e financeiro', 'Sem custo', 'A buscar'],
    completion: ['Não iniciado', 'Limitado', 'Substancial', 'Completo'],
    yesNo: ['Sim', 'Não'],
  },
  lists: {
    actionTypes: 'Tipos de ação',
    indicators: 'Indicadores unificados',
    statuses: 'Situações',
    funding: 'Fontes de financiamento',
    completion: 'Níveis de conclusão',
    yesNo: 'Sim / Não',
  },
  marker: 'Impressão digital do modelo (não alterar)',
  budget: 'Orçamento',
}; // prettier-ignore

/** The reference that marks the template's example row, which the reading skips. */
export const EXAMPLE_REFS: Record<TemplateLanguage, string> = {
  fr: 'Exemple',
  en: 'Example',
  ar: 'مثال',
  es: 'Ejemplo',
  pt: 'Exemplo',
};

/** Each language's words. */
export const TEMPLATE_WORDS: Record<TemplateLanguage, TemplateWords> = {
  fr: FRENCH,
  en: ENGLISH,
  ar: ARABIC,
  es: SPANISH,
  pt: PORTUGUESE,
};

/** What a committee's template names of its own (as in `actionColumnsFor`). */
export interface LanguageTerms {
  currency: string;
  logoName: string;
}

/** A note with its lists and the committee's terms written in. */
function filled(note: string, words: TemplateWords, terms: LanguageTerms): string {
  return note
    .replace('{statuses}', words.choices.statuses.join(', '))
    .replace('{funding}', words.choices.funding.join(', '))
    .replace('{completion}', words.choices.completion.join(', '))
    .replace('{currency}', terms.currency)
    .replace('{logo}', terms.logoName);
}

/**
 * Columns in a language: the header and note of each, the budget in the committee's
 * currency; the logo column keeps the French template's Moroccan header (« Logo OGP Maroc »)
 * when the French columns say so.
 */
export function columnsIn(
  columns: readonly ColumnDef[],
  group: 'actions' | 'milestones',
  language: TemplateLanguage,
  terms: LanguageTerms,
): ColumnDef[] {
  const words = TEMPLATE_WORDS[language];
  return columns.map((def) => {
    const [header, note] = words[group][def.field] ?? [def.header, def.note];
    const localized = { ...def, note: filled(note, words, terms) };
    if (def.field === 'budget')
      return { ...localized, header: `${words.budget} (${terms.currency})` };
    if (def.field === 'logo' && language === 'fr') return localized;
    return { ...localized, header };
  });
}

/** The Engagement sheet's labels in a language. */
export function labelsIn(language: TemplateLanguage): LabelDef[] {
  const words = TEMPLATE_WORDS[language];
  return ENGAGEMENT_LABELS.map((def) => {
    const [label, note] = words.labels[def.field];
    return { ...def, label, note };
  });
}

/** Every language's header of each column, for reading a template written in any of them. */
export function withEveryLanguage<T extends ColumnDef | LabelDef>(
  defs: readonly T[],
  group: 'actions' | 'milestones' | 'labels',
): T[] {
  return defs.map((def) => {
    const others = TEMPLATE_LANGUAGES.map((l) => {
      const words = TEMPLATE_WORDS[l];
      return group === 'labels'
        ? words.labels[def.field as LabelDef['field']][0]
        : (words[group][def.field]?.[0] ?? '');
    }).filter(Boolean);
    return { ...def, aliases: [...(def.aliases ?? []), ...others] };
  });
}

/** The names a sheet of the template has in every language. */
export function sheetNamesEverywhere(role: keyof typeof SHEET_NAMES): string[] {
  return TEMPLATE_LANGUAGES.map((l) => TEMPLATE_WORDS[l].sheets[role]);
}

const displays = new Map<TemplateLanguage, ReadonlyMap<string, string>>();

/** How each value of the fixed lists shows in a language's template (`done` → « Realizada »). */
export function choiceDisplay(language: TemplateLanguage): ReadonlyMap<string, string> {
  let found = displays.get(language);
  if (!found) {
    const words = TEMPLATE_WORDS[language];
    found = new Map(
      (Object.keys(FIXED_CHOICES) as (keyof typeof FIXED_CHOICES)[]).flatMap((source) =>
        FIXED_CHOICES[source].map(
          (value, i) => [value, words.choices[source][i] ?? value] as const,
        ),
      ),
    );
    displays.set(language, found);
  }
  return found;
}

/** The value of a fixed list in every language, by the id it stands for. */
export function choiceTranslations(
  source: keyof typeof FIXED_CHOICES,
): ReadonlyMap<string, readonly string[]> {
  return new Map(
    FIXED_CHOICES[source].map((value, index) => [
      value,
      TEMPLATE_LANGUAGES.map((l) => TEMPLATE_WORDS[l].choices[source][index] ?? value),
    ]),
  );
}
