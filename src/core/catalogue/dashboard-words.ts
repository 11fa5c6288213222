/** The dashboard's words in each language a committee may choose. */
import type { Locale } from '../locales.js';
import type { DashboardWords } from './dashboard-shape.js';
import { dashboard as ar } from './dashboard/ar.js';
import { dashboard as en } from './dashboard/en.js';
import { dashboard as es } from './dashboard/es.js';
import { dashboard as fr } from './dashboard/fr.js';
import { dashboard as pt } from './dashboard/pt.js';

/** Each language's words of the dashboard. */
export const DASHBOARD_WORDS: Record<Locale, DashboardWords> = { fr, en, ar, es, pt };
