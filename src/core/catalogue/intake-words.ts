/** The intake's notes in each language a committee may choose. */
import type { Locale } from '../locales.js';
import type { IntakeWords } from './intake-shape.js';
import { intake as ar } from './intake/ar.js';
import { intake as en } from './intake/en.js';
import { intake as es } from './intake/es.js';
import { intake as fr } from './intake/fr.js';
import { intake as pt } from './intake/pt.js';

/** Each language's words of the intake's notes. */
export const INTAKE_WORDS: Record<Locale, IntakeWords> = { fr, en, ar, es, pt };
