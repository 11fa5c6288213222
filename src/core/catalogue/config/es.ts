/** The configuration's problems in Spanish. */
import { counted } from '../../text.js';
import type { ConfigWords } from '../config-shape.js';

export const config: ConfigWords = {
  labels: { configuration: 'Configuración', deployment: 'Despliegue' },
  fileNotFound: (label, file) => `${label} ${file}: archivo no encontrado.`,
  fileUnreadable: (label, file) => `${label} ${file}: no se puede leer.`,
  yamlInvalid: (label, file) => `${label} ${file}: sintaxis YAML no válida.`,
  problems: (label, file, count) =>
    `${label} ${file}: ${counted(count, 'problema', 'problemas', 'es')} por corregir.`,
  problemAt: (where, path, message) => `${where}: ${path} — ${message}`,
  yamlUnreadable: (where, reason) => `${where}: YAML ilegible — ${reason}`,
  yamlErrors: {
    BAD_INDENT:
      'sangría incorrecta: los elementos de una misma lista o de un mismo objeto empiezan en ' +
      'la misma columna, y una lista entre corchetes se cierra con ]',
    TAB_AS_INDENT: 'se usa un tabulador como sangría: sangre con espacios',
    DUPLICATE_KEY: 'esta clave ya figura más arriba en el mismo nivel: conserve solo una',
    MISSING_CHAR: 'una comilla, un corchete o una llave no está cerrado',
    BAD_DQ_ESCAPE:
      'secuencia de escape desconocida entre comillas dobles (escriba \\\\ para una barra ' +
      'invertida, o use comillas simples)',
    BLOCK_AS_IMPLICIT_KEY:
      'dos «:» en una misma línea: ponga el valor entre comillas si contiene «:»',
    MULTILINE_IMPLICIT_KEY: 'una clave no puede ocupar varias líneas',
    UNEXPECTED_TOKEN: 'contenido inesperado en este lugar (sangría, o «-» y «:» mezclados)',
    BAD_SCALAR_START: 'un valor no puede empezar con este carácter: póngalo entre comillas',
    BLOCK_IN_FLOW: 'una lista o un objeto en varias líneas no puede estar entre corchetes o llaves',
    MULTIPLE_DOCS: 'el archivo contiene varios documentos («---»): se espera uno solo',
    KEY_OVER_1024_CHARS: 'clave demasiado larga (más de 1024 caracteres)',
    BAD_ALIAS: 'alias (*nombre) no válido',
    TAG_RESOLVE_FAILED: 'valor tipado (!!…) no válido',
  },
  yamlOther: (code, detail) => `sintaxis no válida (${code}: ${detail})`,
  root: '(raíz)',

  unknownKey: (near) => `clave desconocida${near ? `: ¿quiso decir ${near}?` : ''}`,
  missingKey: (expected) => `falta una clave obligatoria (se espera ${expected})`,
  expected: (expected) => `se espera ${expected}`,
  oneOf: (values) => `valor esperado: ${values}`,
  typeNames: {
    string: 'texto',
    number: 'número',
    boolean: 'true o false',
    array: 'lista',
    object: 'objeto (claves y valores)',
    int: 'número entero',
  },

  isoDate: 'se espera una fecha con el formato AAAA-MM-DD',
  isoDateReal: 'se espera una fecha con el formato AAAA-MM-DD (un día que exista)',
  time: 'se espera una hora con el formato HH:MM',
  timeExample: 'se espera una hora con el formato HH:MM, por ejemplo 09:00',
  hour: 'se espera una hora, por ejemplo 08:00',
  hourExample: 'se espera una hora con el formato HH:MM, por ejemplo 08:00',
  hoursOrder: 'la hora de inicio debe preceder a la hora de fin',
  email: 'se espera una dirección de correo',
  emailExample: 'se espera una dirección de correo, por ejemplo nombre.apellido@institucion.gob.mx',
  text: 'se espera un texto',
  textNonEmpty: 'se espera un texto no vacío',
  oneLine: 'se espera un texto en una sola línea, sin salto de línea ni carácter de control',
  sender: 'se espera un remitente: direccion@dominio o Nombre <direccion@dominio>',
  timeZone: 'se espera un huso horario IANA',
  timeZoneUnknown: 'huso horario IANA desconocido (por ejemplo America/Mexico_City)',
  locale: 'idioma esperado: fr, en, ar, es o pt',
  source: 'fuente esperada: { kind: xlsx, path: … } o { kind: google-sheet, spreadsheetId: … }',
  https: 'se espera una dirección https',
  httpsExample: 'se espera una dirección http(s), por ejemplo https://login.microsoftonline.com',
  port: 'se espera un número de puerto',
  provider: 'proveedor esperado: { kind: microsoft, tenant, clientId } o { kind: google }',
  transport: (kinds) => `transporte esperado: kind entre ${kinds}`,
  authPolicy: 'valor esperado: required o when-present',
  authservId:
    'se espera el nombre del servidor de recepción, tal como firma sus encabezados Authentication-Results (por ejemplo mx.google.com), o una lista de nombres',
  authservIdRequired:
    'con authentication: required, indique el servidor de recepción de la secretaría (authservId, la primera palabra de sus encabezados Authentication-Results, por ejemplo mx.example.org): sin él ningún veredicto es fiable y todo mensaje quedaría retenido',
  mailbox: (kinds) => `buzón esperado: kind entre ${kinds}`,
  oauthNeedsHost:
    'con un proveedor OAuth 2.0, host y user son obligatorios (el buzón y su servidor)',
  commitmentId: 'se espera un número de compromiso (entero)',
  commitmentIdPositive: 'se espera un número de compromiso (entero positivo)',
  level: (levels) => `nivel esperado: ${levels}`,
  milestones: 'se espera una lista de hitos: [{ title, start?, end }]',
  workingDays: 'número de días hábiles ≥ 0',
  campaign:
    'campaña esperada: { id, title, due: AAAA-MM-DD } o { id, title, dueBeforeEachMeeting: N }',
  days: 'se espera un número de días',
  wholeDays: 'se espera un número entero de días',
  integer: 'se espera un número entero',
  atLeast: (minimum) => `se espera un número ≥ ${minimum}`,
  positive: 'se espera un número > 0',
  driveRevisions: 'Drive conserva como máximo 200 versiones por archivo',
  prefix: 'minúsculas, cifras y guiones, por ejemplo mexico-2025',
  state: 'estado esperado: { kind: firestore, prefix: … } o { kind: local, dir: … }',
  output: 'salida esperada: { kind: drive, folderId: … } o { kind: local, dir: … }',
  storage: 'almacenamiento esperado: { kind: local, dir: … } o { state: …, output: … }',
  driveState:
    'storage: { kind: drive } ya no se acepta: una cuenta de servicio no tiene espacio de ' +
    'almacenamiento en Drive y no puede crear allí el estado de las ejecuciones. Escriba ' +
    'storage: { state: { kind: firestore, prefix: mi-comite }, output: { kind: drive, ' +
    'folderId: … } } (carpeta de una unidad compartida), o storage: { kind: local, dir: … } ' +
    'en una máquina.',
  daySpan: 'se espera una fecha AAAA-MM-DD o un periodo AAAA-MM-DD/AAAA-MM-DD',
  daySpanExample: (text) =>
    `${text}: se espera una fecha AAAA-MM-DD o un periodo AAAA-MM-DD/AAAA-MM-DD (por ejemplo 2019-06-05/2019-06-06)`,
  daySpanTooLong: (text) =>
    `${text}: un periodo va de una fecha a otra posterior, en 31 días como máximo`,
  holiday:
    'se espera un feriado: 2025-05-01, 2025-11-17/2025-11-18 o { date: 2025-12-12, name: Día de la Virgen de Guadalupe }',
  country:
    'se espera un código de país ISO 3166-1, por ejemplo MX, o BR-SP para un estado (BR-SP-SP para su ciudad)',
  countryExample:
    'se espera un código de país ISO 3166-1, por ejemplo MX, MA, o BR-SP para un estado (BR-SP-SP para su ciudad)',
  countryUnknown: 'código de país ISO 3166-1 desconocido (por ejemplo MX, MA, JO, BR)',
  noSubdivisions: (country) =>
    `no se conoce ningún feriado de ${country}, ni por tanto de sus subdivisiones: escriba country: ${country} e indique los feriados en holidays.add`,
  unknownSubdivision: (subdivision, country, near, known) =>
    `subdivisión ${subdivision} desconocida para ${country}` +
    (near ? `: ¿quiso decir ${country}-${near}?` : '') +
    ` (conocidas: ${known || 'ninguna'})`,
  unknownRegion: (region, state, near, known) =>
    `ciudad o región ${region} desconocida para ${state}: escriba ${state} (sus feriados)` +
    (near ? ` o ¿quiso decir ${state}-${near}?` : '') +
    ` (conocidas: ${known || 'ninguna'})`,
  holidayType: (near, types) =>
    `tipo de feriado desconocido` + (near ? `: ¿quiso decir ${near}?` : '') + ` (tipos: ${types})`,
  holidayTypes: (types) =>
    `se espera una lista de los tipos de feriado no laborables, por ejemplo [public, bank] (tipos: ${types})`,
  currency: 'se espera un código de moneda ISO 4217, por ejemplo MXN',
  currencyExample: 'se espera un código de moneda ISO 4217, por ejemplo MXN, MAD',
  currencyUnknown: 'código de moneda ISO 4217 desconocido (por ejemplo MXN, MAD, JOD, BRL)',
  noCurrency: (country) =>
    `moneda de ${country} desconocida: indíquela (código ISO 4217, por ejemplo MXN)`,
  boolean: 'se espera true o false',
  weekday: 'se espera un día ISO: 1 (lunes) a 7 (domingo)',
  weekendDays: 'se esperan uno o dos días, por ejemplo [5, 6] para viernes y sábado',
  dayTwice: 'día indicado dos veces',
  oneEmail: 'al menos una dirección de correo',
  planOrder: 'el fin del plan precede a su inicio',
  oneCommitment: 'al menos un compromiso',
  hashtag: 'se espera un hashtag, por ejemplo #GobiernoAbiertoMx',
  oneActionType: 'al menos un tipo de acción',
  dateSource: 'valor esperado: modified o declared',
  idTaken: (id, first) => `número ${id} ya usado por commitments[${first}]`,
  endBeforeStart: (end, start) => `el fin (${end}) precede al inicio (${start})`,
  typeTwice: (name) => `tipo de acción «${name}» ya definido`,

  refusedSubject: (committee) => `Configuración rechazada — ${committee}`,
  refusedIntro: (file, count) =>
    `La configuración enviada (${file}) no se aplica: ${counted(count, 'problema', 'problemas', 'es')} por corregir.`,
  refusedKept: 'La última configuración válida sigue en servicio: los envíos continúan como antes.',
  refusedFix:
    'Corrija el archivo y vuelva a enviarlo: ogp-tracker config push --config committee.yaml',
};
