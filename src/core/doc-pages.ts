/**
 * The pages of docs/ that ogp-tracker names to a person (issue 33's fixed names), relative to
 * the package: the command line says where to read more, on that person's own machine. Never
 * in an email nor the status page: a path of the machine that runs is no use to their readers.
 */
import type { Locale } from './locales.js';

/** Every page of docs/ that a command's help or an error may name. */
export const DOC_PAGES = [
  'docs/command-line.md',
  'docs/configuration.md',
  'docs/validation-codes.md',
  'docs/workbooks.md',
  'docs/emails.md',
  'docs/mail-setup.md',
  'docs/deploy.md',
] as const;
export type DocPage = (typeof DOC_PAGES)[number];

/** The secretariat's guide in `language` (docs/guide/fr.md…), relative to the package. */
export function guidePage(language: Locale): string {
  return `docs/guide/${language}.md`;
}

/** The language whose guide stands in when a language has none yet: the source's. */
export const GUIDE_FALLBACK: Locale = 'fr';

/** The commands of the command line, each with the page that explains what it works on. */
export const COMMAND_PAGES = {
  init: 'docs/configuration.md',
  config: 'docs/deploy.md',
  template: 'docs/workbooks.md',
  roster: 'docs/workbooks.md',
  validate: 'docs/validation-codes.md',
  consolidate: 'docs/workbooks.md',
  tick: 'docs/emails.md',
  remind: 'docs/emails.md',
  report: 'docs/emails.md',
  schedule: 'docs/emails.md',
  'mail-check': 'docs/mail-setup.md',
  intake: 'docs/emails.md',
} as const satisfies Record<string, DocPage>;
export type PagedCommand = keyof typeof COMMAND_PAGES;

/** The page of `command`, when it is one of ours. */
export function commandPage(command: string | undefined): DocPage | undefined {
  return command !== undefined && Object.hasOwn(COMMAND_PAGES, command)
    ? COMMAND_PAGES[command as PagedCommand]
    : undefined;
}
