/** The catalogues of every language a committee or a focal point may choose. */
import type { Locale } from '../locales.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pt } from './pt.js';
import type { Catalogue } from './shape.js';

/** Each language's catalogue. */
export const CATALOGUES: Record<Locale, Catalogue> = { fr, en, ar, es, pt };
