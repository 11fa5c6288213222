/** The errors that stop a command, in each language the command line speaks. */
import type { Locale } from '../locales.js';
import type { ErrorWords } from './errors-shape.js';
import { errors as ar } from './errors/ar.js';
import { errors as en } from './errors/en.js';
import { errors as es } from './errors/es.js';
import { errors as fr } from './errors/fr.js';
import { errors as pt } from './errors/pt.js';

/** Each language's words of the errors. */
export const ERROR_WORDS: Record<Locale, ErrorWords> = { fr, en, ar, es, pt };
