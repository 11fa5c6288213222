/** The configuration's problems in each language a committee may choose. */
import type { Locale } from '../locales.js';
import type { ConfigWords } from './config-shape.js';
import { config as ar } from './config/ar.js';
import { config as en } from './config/en.js';
import { config as es } from './config/es.js';
import { config as fr } from './config/fr.js';
import { config as pt } from './config/pt.js';

/** Each language's words of the configuration's problems. */
export const CONFIG_WORDS: Record<Locale, ConfigWords> = { fr, en, ar, es, pt };
