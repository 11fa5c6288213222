/** The validator's words in Spanish. */
import { formatFrenchDate } from '../../calendar-date.js';
import { counted, decimalComma, plural, shorten } from '../../text.js';
import type { CellWords } from '../cell-shape.js';
import type { GoogleFailure, ReadFailure } from '../../read-failure.js';

const DATE_EXPECTED = 'se espera una fecha día/mes/año, por ejemplo 09/01/2019';

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
const count = (n: number) => new Intl.NumberFormat('es').format(n);
const RESAVE = 'ábralo y vuelva a guardarlo en formato .xlsx';

/** Why a file is not a workbook we can read, and what to do. */
function unreadableReason(f: ReadFailure): string {
  switch (f.kind) {
    case 'google':
      return googleReason(f);
    case 'directory':
      return 'es una carpeta, no un archivo .xlsx.';
    case 'missing':
      return 'archivo no encontrado.';
    case 'io':
      return `no se puede leer (${f.detail}).`;
    case 'too-large':
      return `archivo demasiado grande (${mib(f.size)} MB, ${mib(f.limit)} MB como máximo): quite las imágenes o las filas innecesarias.`;
    case 'too-large-unpacked':
      return `el contenido descomprimido superaría ${mib(f.size)} MB (${mib(f.limit)} MB como máximo): archivo trampa o demasiado grande.`;
    case 'empty':
      return 'el archivo está vacío (0 bytes).';
    case 'empty-archive':
      return 'el archivo comprimido está vacío: no es un libro de Excel.';
    case 'password':
    case 'encrypted':
      return 'el libro está protegido con contraseña: guárdelo sin contraseña (Archivo > Información > Proteger libro).';
    case 'xls':
      return 'es un libro antiguo de Excel 97-2003 (.xls): guárdelo en formato .xlsx.';
    case 'html':
      return 'es una página HTML, no un libro .xlsx (descargue el archivo mismo, no su página para compartir).';
    case 'pdf':
      return 'es un documento PDF, no un libro .xlsx.';
    case 'xml':
      return 'es un archivo XML, no un libro .xlsx.';
    case 'csv':
      return 'es un archivo de texto (CSV), no un libro .xlsx: ábralo y guárdelo en formato .xlsx.';
    case 'ods':
      return 'es un documento OpenDocument (.ods): guárdelo en formato Excel .xlsx.';
    case 'not-xlsx':
      return 'no es un libro .xlsx (contenido no reconocido).';
    case 'zip64':
      return 'archivo ZIP64 (más de 4 GB o de 65 535 elementos): no es una ficha de seguimiento.';
    case 'no-workbook':
      return 'el archivo comprimido no contiene ningún libro: no es un archivo de Excel.';
    case 'no-sheet':
      return `el libro no contiene ninguna hoja de cálculo: ${RESAVE}.`;
    case 'corrupt':
      return `el libro está dañado o incompleto${f.part ? ` (${f.part})` : ''}: ${RESAVE}.`;
    case 'bomb':
      return `el elemento ${f.part} se descomprime más allá del tamaño declarado (archivo trampa).`;
    case 'compression':
      return `método de compresión ${f.method} no admitido: ${RESAVE}.`;
    case 'dtd':
      return `${f.part} declara una DTD: contenido rechazado.`;
    case 'too-many-rows':
      return `la hoja «${f.sheet}» supera las ${count(f.limit)} filas: elimine las filas innecesarias.`;
    case 'too-many-columns':
      return `la hoja «${f.sheet}» supera las ${count(f.limit)} columnas: elimine las columnas innecesarias.`;
    case 'too-many-cells':
      return `el libro tiene más de ${count(f.limit)} celdas llenas: quite las filas y columnas innecesarias.`;
    case 'text-too-long':
      return `${f.sheet ? `una celda de «${f.sheet}»` : 'un texto'} supera los ${count(f.limit)} caracteres (el límite de una celda de Excel).`;
    case 'too-many-strings':
      return `el libro contiene más de ${count(f.limit)} textos distintos (${count(f.limit)} como máximo): elimine las hojas y filas innecesarias, o copie los datos en el modelo.`;
    case 'too-much-text':
      return `el libro contiene más de ${count(f.limit)} caracteres de texto (${count(f.limit)} como máximo): acorte los textos largos o elimine las hojas innecesarias.`;
    case 'too-many-elements':
      return `libro demasiado grande una vez descomprimido (más de ${count(f.limit)} elementos XML, ${count(f.limit)} como máximo, alcanzados en ${f.part}): elimine las filas, columnas y formatos innecesarios, o copie los datos en el modelo.`;
    case 'too-deep':
      return `estructura anómala en ${f.part} (más de ${count(f.limit)} niveles de elementos anidados, ${count(f.limit)} como máximo): archivo trampa o dañado; ${RESAVE}.`;
    case 'tag-too-long':
      return `etiqueta anómala en ${f.part} (más de ${count(f.limit)} caracteres, ${count(f.limit)} como máximo): archivo trampa o dañado; ${RESAVE}.`;
    case 'too-many-links':
      return `la hoja «${f.sheet}» tiene más de ${count(f.limit)} hipervínculos (${count(f.limit)} como máximo): elimine los vínculos innecesarios.`;
    case 'too-many-sheets':
      return `el libro tiene ${count(f.count)} hojas (${count(f.limit)} como máximo): elimine las hojas innecesarias.`;
    case 'too-many-parts':
      return `el archivo comprimido contiene ${count(f.count)} elementos internos (${count(f.limit)} como máximo): no es una ficha de seguimiento; parta del modelo.`;
    case 'too-many-styles':
      return `el libro define más de ${count(f.limit)} estilos de celda (${count(f.limit)} como máximo): copie los datos en el modelo (Pegado especial > Valores).`;
  }
}

const GOOGLE_NAMES = {
  sheet: 'La hoja de Google',
  file: 'El archivo de Drive',
  folder: 'La carpeta de Drive',
  output: 'La carpeta de salida de Drive',
} as const;

/** Why Google would not give an object, and what to do (« compártala con … »). */
function googleReason(f: GoogleFailure): string {
  const what = `${GOOGLE_NAMES[f.object]} ${f.id}${f.operation ? ` (${f.operation})` : ''}`;
  const [o, it] = f.object === 'file' ? ['o', 'lo'] : ['a', 'la'];
  const role =
    f.object === 'output' ? 'como «Administrador de contenido»' : 'basta con solo lectura';
  const tries = counted(f.tries, 'intento', 'intentos', 'es');
  switch (f.problem) {
    case 'not-a-file':
      return `${what} es una hoja de Google, no un archivo .xlsx: declárela con source: { kind: google-sheet, spreadsheetId: … }.`;
    case 'not-shared':
      return `${what} no está compartid${o} con ${f.account}: compárta${it} con esa dirección (${role}).`;
    case 'not-found':
      return `${what} no se encuentra, o no está compartid${o} con ${f.account}: verifique su identificador y compárta${it} con esa dirección.`;
    case 'quota':
      return `${what}: cuota de solicitudes de Google superada tras ${tries}; nuevo intento en la próxima ejecución.`;
    case 'denied':
      return `${what}: acceso denegado. Compárta${it} con ${f.account} (${role}).`;
    case 'gone':
      return `${what}: no se encuentra. Verifique su identificador y compárta${it} con ${f.account}.`;
    case 'auth':
      return `${what}: Google rechazó la autenticación. Verifique las credenciales de la cuenta de servicio (GOOGLE_APPLICATION_CREDENTIALS).`;
    case 'unreachable':
      return `${what}: Google inalcanzable tras ${tries} (${f.detail}).`;
    case 'unavailable':
      return `${what}: Google no disponible (HTTP ${f.status}) tras ${tries}; nuevo intento en la próxima ejecución.`;
    case 'refused':
      return `${what}: rechazad${o} por Google (HTTP ${f.status}: ${f.detail}).`;
    case 'failed':
      return `${what}: no se puede leer (${f.detail}).`;
  }
}

export const cells: CellWords = {
  unreadablePrefix: 'Archivo ilegible: ',
  // Google's refusals name their object: they need no « file unreadable » before them.
  unreadable: (f) =>
    f.kind === 'google' ? googleReason(f) : `Archivo ilegible: ${unreadableReason(f)}`,
  unreadableReason,
  google: googleReason,
  templateAgain: (date) =>
    `El archivo volvió a ser la plantilla en blanco: se conservan los datos de la ficha del ${date}. Vuelva a enviar la ficha completada.`,
  fileMissing: (file, near) =>
    `Archivo no encontrado: ${file}${near ? ` — ¿quiso decir ${near}?` : ''}`,

  quote: (value, max = 60) => `«${shorten(String(value).replace(/[\r\n\t]+/g, ' '), max)}»`,
  cell: (address, label) => `${address} (${label})`,
  number: decimalComma,
  date: formatFrenchDate,
  colon: ': ',

  invalidDate: `fecha no válida: ${DATE_EXPECTED}`,
  notADate: (q) => `${q} no es una fecha: ${DATE_EXPECTED}`,
  implausibleDate: (q) => `${q} no corresponde a una fecha plausible: ${DATE_EXPECTED}`,
  unknownMonth: (q) => `mes desconocido en ${q}: ${DATE_EXPECTED}`,
  noDay: (q) => `${q} no indica el día: ${DATE_EXPECTED}`,
  noYear: (q) => `${q} no indica el año: ${DATE_EXPECTED}`,
  unreadableDate: (q) => `${q} no es una fecha legible: ${DATE_EXPECTED}`,
  noSuchDay: (q) => `${q} no existe en el calendario: ${DATE_EXPECTED}`,
  notFinite: (q) => `${q} no es un número finito`,
  dateForNumber: 'se escribió una fecha donde se espera un número',
  notANumber: (q) => `${q} no es un número: se espera por ejemplo 1234,5`,
  notAPercent: (q) => `${q} no es un porcentaje: se espera por ejemplo 45 o 45 %`,
  notAChoice: (q, options, suggestion) =>
    `${q} no es un valor admitido: ${options ? `se espera uno de estos valores: ${options.join(', ')}` : 'se espera un valor de la lista desplegable'}.` +
    (suggestion ? ` ¿Quiso decir ${suggestion}?` : ''),
  notYesNo: (q) => `${q} no es una respuesta admitida: se espera Sí o No`,
  urlWithSpaces: (q) => `${q} no es un enlace: contiene espacios o saltos de línea`,
  urlIncomplete: (q, suggestion) => `${q} no es un enlace completo: añada https:// (${suggestion})`,
  notAUrl: (q) => `${q} no es un enlace http(s): se espera por ejemplo https://ejemplo.org/pagina`,
  notAnEmail: (q) =>
    `${q} no es una dirección de correo: se espera por ejemplo nombre.apellido@institucion.org`,

  formulaWithoutValue: (formula, error) =>
    `${formula !== undefined ? `la fórmula =${formula}` : 'la celda'} ` +
    `${error !== undefined ? `devuelve el error ${error}` : 'no tiene valor calculado'}: ` +
    'escriba el valor mismo, o recalcule y guarde el archivo.',
  required: 'falta un valor obligatorio.',
  formulaText: (q) =>
    `el texto ${q} empieza por = + - o @: se conserva como texto simple, nunca se ejecuta.`,
  bidiText: (q) =>
    `el texto ${q} contiene un carácter invisible que invierte su presentación (U+202D o ` +
    'U+202E): se quita en el libro consolidado y en los correos.',
  tooLong: (length, max) => `${length} caracteres: ${max} como máximo.`,
  outOfRange: (value, min, max) =>
    `${value} está fuera de los límites: se espera ${max === undefined ? `un número ≥ ${min}` : `un número de ${min ?? '…'} a ${max}`}.`,

  sheetMissing: (sheet) =>
    `Falta la hoja ${sheet} en el libro: parta del modelo que envió la secretaría.`,
  emptySubmission: (actions, milestones) =>
    'La ficha no contiene ninguna acción de comunicación ni ningún hito completado: llene al ' +
    `menos una fila de la hoja ${actions}, o el avance de un hito de la hoja ${milestones}.`,
  milestoneMissing: (title, end, sheet) =>
    `El hito ${title} (plazo el ${end}), previsto en el plan de acción, falta en la hoja ${sheet}: añádalo con su avance.`,
  labelMissing: (label, sheet) =>
    `Falta la fila ${label} en la hoja ${sheet}: restablézcala (etiqueta en la columna A, valor en la columna B).`,
  updatedInFuture: (date, today) =>
    `el ${date} está en el futuro (hoy es ${today}): indique el día en que actualizó la ficha, como dd/mm/aaaa.`,
  commitmentNumber: 'N.º de compromiso',
  notACommitmentNumber: 'se espera un número de compromiso entero, por ejemplo 7.',
  commitmentMismatch: (value, expected) =>
    `la ficha lleva el n.º ${value} cuando es la fuente del compromiso n.º ${expected}: corrija el número o envíe el archivo correcto.`,
  unknownCommitment: (value, known) =>
    `el comité no tiene compromiso n.º ${value} (compromisos configurados: ${known}).`,
  columnUnknown: (at, header) =>
    `${at}: la columna ${header} no forma parte del modelo: su contenido no se toma en el seguimiento.`,
  columnDuplicate: (at, header, first) =>
    `${at}: la columna ${header} aparece dos veces (ya en ${first}): borre o renombre una de las dos.`,
  columnMissing: (header, sheet, row) =>
    `Falta la columna ${header} en la hoja ${sheet} (fila de encabezados ${row}): restablézcala, aunque quede vacía.`,
  percentAmbiguous: (shown, meant) =>
    `leído como ${shown} % — ¿quiso decir ${meant} %? Escriba ${meant} (o ${meant} %) si es así.`,
  duplicateRef: (ref, first) =>
    `la referencia ${ref} ya se usa en ${first}: cada fila debe tener su propia referencia.`,
  outsidePlan: (date, start, end) =>
    `el ${date} está fuera del periodo del plan de acción (del ${start} al ${end}).`,
  doneInFuture: (date, today) =>
    `el ${date} está en el futuro (hoy es ${today}): una acción solo puede realizarse en una fecha pasada.`,
  doneDateRequired: (done) => `obligatoria cuando el estado es «${done}».`,
  resultMissing: (done, indicator) =>
    `la acción está «${done}»: indique el valor alcanzado por el indicador${indicator ? ` (${indicator})` : ''}.`,
  indicatorMismatch: (type, expected, actual) =>
    `el indicador unificado del tipo ${type} es ${expected}, no ${actual}.`,
  missingHashtag: (type, missing) =>
    `el tipo ${type} exige los hashtags de la carta: falta ${missing}.`,
  logoNotUsed: (logo, type) =>
    `acción realizada sin el ${logo}, que la carta pide para el tipo ${type}.`,
  actionEvidenceMissing:
    'acción realizada sin enlace de evidencia (artículo, publicación, informe…).',
  dateOrder: (end, start) =>
    `la fecha de fin (${end}) es anterior a la fecha de inicio (${start}).`,
  milestoneLate: (end, progress) =>
    `el plazo del ${end} ya pasó y el hito no está completo${progress === null ? '' : ` (${progress} %)`}.`,
  progressInconsistent: (progress, level) =>
    `un avance de ${progress} % no corresponde al nivel ${level}: ponga ambos de acuerdo.`,
  milestoneEvidenceMissing: 'hito completo sin enlace de evidencia.',
  tooManyIssues: (omitted, kept) =>
    `${count(omitted)} ${plural('es', omitted, { one: 'anomalía más no listada', other: 'anomalías más no listadas' })} ` +
    `(solo se listan las ${count(kept)} primeras de cada hoja): corrija primero estas, la ` +
    'mayoría se repiten en cada fila, y vuelva a enviar la ficha.',
};
