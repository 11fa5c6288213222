/** What mail failures mean, in each language the command line speaks. */
import type { Locale } from '../locales.js';
import type { MailAdviceWords } from './mail-advice-shape.js';
import { advice as ar } from './mail-advice/ar.js';
import { advice as en } from './mail-advice/en.js';
import { advice as es } from './mail-advice/es.js';
import { advice as fr } from './mail-advice/fr.js';
import { advice as pt } from './mail-advice/pt.js';

/** Each language's advice on mail failures. */
export const MAIL_ADVICE_WORDS: Record<Locale, MailAdviceWords> = { fr, en, ar, es, pt };
