/**
 * How the ids of statuses, levels and the template's lists read in a language: the master,
 * the status page and the open data's categories all say them so. The ids themselves
 * (`received`, `limited`, `done`) are what the code and the published files hold.
 */
import { choiceDisplay } from './template-words.js';
import { CATALOGUES } from './catalogue/index.js';
import type { IrmLevel } from './completion.js';
import type { SubmissionStatus } from './consolidation.js';
import type { Locale } from './locales.js';

/** A sheet's status (`to-fix`) as the language names it (« À corriger »). */
export function statusLabel(locale: Locale, status: SubmissionStatus): string {
  return CATALOGUES[locale].report.status[status];
}

/** A completion level (`limited`) as the language's template names it (« Limité »). */
export function levelLabel(locale: Locale, level: IrmLevel): string {
  return level === 'no-data' ? CATALOGUES[locale].page.noData : choiceLabel(locale, level);
}

/** A value of the template's fixed lists (`done`, `no-cost`) as the language's template shows it. */
export function choiceLabel(locale: Locale, value: string): string {
  return choiceDisplay(locale).get(value) ?? value;
}
