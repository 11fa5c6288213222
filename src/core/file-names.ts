/** The names of files: what a submission's name says, what the master is called. */
import { MESSAGE_FILES } from './catalogue/generated.js';
import { translate } from './catalogue/render.js';
import type { LocaleTag } from './locale-tag.js';

/** The secretariat's files in the output folder that carry a name in its language. */
export const SECRETARIAT_FILES = ['files.master', 'files.statusPage'] as const;
export type SecretariatFile = (typeof SECRETARIAT_FILES)[number];

/**
 * The master tracking workbook (docs/workbooks.md) and the status page, in the output folder, named in
 * the committee's language (`suivi-consolide.xlsx` in French, `seguimiento-consolidado.xlsx`
 * in Spanish): the stored file and the report's attachment carry the same name.
 */
export function secretariatFileName(tag: LocaleTag, file: SecretariatFile): string {
  return translate(tag, file);
}

/**
 * The names the same file has in every other catalogue (languages and regional variants, the
 * French one included), in the catalogues' order: a folder written before the committee's
 * language changed, or before the files were named per language (always French), holds it
 * under one of them, and the store renames it rather than leave it behind.
 */
export function formerFileNames(tag: LocaleTag, file: SecretariatFile): string[] {
  const current = secretariatFileName(tag, file);
  // French first: every folder written before the names followed the language holds it.
  const catalogues = ['fr', ...Object.keys(MESSAGE_FILES)] as LocaleTag[];
  const names = new Set(catalogues.map((c) => secretariatFileName(c, file)));
  names.delete(current);
  return [...names];
}

/** The master workbook's name, as stored and as attached, in the committee's language. */
export function masterFileName(tag: LocaleTag): string {
  return secretariatFileName(tag, 'files.master');
}

/** The status page's name, as stored and as attached, in the committee's language. */
export function statusPageName(tag: LocaleTag): string {
  return secretariatFileName(tag, 'files.statusPage');
}

/**
 * The committee workbook's default name in the committee's language (`comite.xlsx`,
 * `committee.xlsx`, `اللجنة.xlsx`): what `roster export` writes and `roster import` reads.
 */
export function rosterFileName(tag: LocaleTag): string {
  return translate(tag, 'files.roster');
}

/**
 * The commitment number a file name carries: "Engagement 07", "engagement-7.xlsx",
 * "compromiso-03.xlsx", "Compromisso nº 5", "commitment 12", "E07 - ICPC".
 */
export function commitmentNumberInName(name: string): number | null {
  const m =
    /(?:engagement|commitment|compromiss?o|التزام)[\s_.-]*(?:n[°ºo.]?\s*)?0*(\d{1,3})(?!\d)/i.exec(
      name,
    ) ?? /(?:^|[^a-z])e(?:ng)?[\s_.-]*0*(\d{1,3})(?!\d)/i.exec(name);
  return m ? Number(m[1]) : null;
}
