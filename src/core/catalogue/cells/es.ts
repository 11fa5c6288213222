/** The validator's words in Spanish. */
import { formatFrenchDate } from '../../calendar-date.js';
import { decimalComma, shorten } from '../../text.js';
import type { CellWords } from '../cell-shape.js';

const DATE_EXPECTED = 'se espera una fecha día/mes/año, por ejemplo 09/01/2019';

export const cells: CellWords = {
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
};
