/** The validator's words in each language a focal point may read. */
import type { Locale } from '../locales.js';
import type { CellWords } from './cell-shape.js';
import { cells as ar } from './cells/ar.js';
import { cells as en } from './cells/en.js';
import { cells as es } from './cells/es.js';
import { cells as fr } from './cells/fr.js';
import { cells as pt } from './cells/pt.js';

/** Each language's words of the validator. */
export const CELL_WORDS: Record<Locale, CellWords> = { fr, en, ar, es, pt };
