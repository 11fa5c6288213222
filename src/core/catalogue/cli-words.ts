/** The command line's words in each language it speaks. */
import type { Locale } from '../locales.js';
import type { CliWords } from './cli-shape.js';
import { cli as ar } from './cli/ar.js';
import { cli as en } from './cli/en.js';
import { cli as es } from './cli/es.js';
import { cli as fr } from './cli/fr.js';
import { cli as pt } from './cli/pt.js';

/** Each language's words of the command line. */
export const CLI_WORDS: Record<Locale, CliWords> = { fr, en, ar, es, pt };
