/** The calendar's words in each language a committee may choose. */
import type { Locale } from '../locales.js';
import type { CalendarWords } from './calendar-shape.js';
import { calendar as ar } from './calendar/ar.js';
import { calendar as en } from './calendar/en.js';
import { calendar as es } from './calendar/es.js';
import { calendar as fr } from './calendar/fr.js';
import { calendar as pt } from './calendar/pt.js';

/** Each language's words of the calendar. */
export const CALENDAR_WORDS: Record<Locale, CalendarWords> = { fr, en, ar, es, pt };
