/** The names of files: what a submission's name says, what the master is called. */
import { MESSAGE_FILES } from './catalogue/generated.js';
import { translate } from './catalogue/render.js';
import type { LocaleTag } from './locale-tag.js';

/**
 * The secretariat's files and folders in the output folder that carry a name in its language
 * and are renamed when it changes (the open data's folder, rewritten every run, with them).
 */
export const SECRETARIAT_FILES = ['files.master', 'files.statusPage', 'files.openData'] as const;
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
 * The open data's folder in the committee's language (`donnees-ouvertes` in French,
 * `open-data` in English): its files keep their names (`engagements.csv`, `jalons.csv`,
 * `actions.csv`, `datapackage.json`), which the package's descriptor names for every committee.
 */
export function openDataFolder(tag: LocaleTag): string {
  return secretariatFileName(tag, 'files.openData');
}

/**
 * Where a workbook received by email is kept in the output, named in the committee's language:
 * `courriels/engagement-07-2019-01-07-10h12-1a2b3c4d.xlsx` in French,
 * `emails/commitment-07-….xlsx` in English. The stem is a word {@link commitmentNumberInName}
 * reads. A workbook kept under an earlier name stays there: its path is in the run state.
 */
export function emailedWorkbookName(
  tag: LocaleTag,
  commitmentId: number,
  stamp: string,
  contentHash: string,
): string {
  const number = String(commitmentId).padStart(2, '0');
  const folder = translate(tag, 'files.emailedDir');
  const stem = translate(tag, 'files.emailedStem');
  return `${folder}/${stem}-${number}-${stamp}-${contentHash.slice(0, 8)}.xlsx`;
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
    commitmentWord().exec(name) ?? /(?:^|[^a-z])e(?:ng)?[\s_.-]*0*(\d{1,3})(?!\d)/i.exec(name);
  return m ? Number(m[1]) : null;
}

let commitmentWordPattern: RegExp | null = null;

/**
 * A commitment's word then its number: the usual words, and every catalogue's stem of the
 * workbooks received by email (`files.emailedStem`), so a language added later reads its own.
 */
function commitmentWord(): RegExp {
  if (commitmentWordPattern) return commitmentWordPattern;
  const stems = (['fr', ...Object.keys(MESSAGE_FILES)] as LocaleTag[]).map((c) =>
    translate(c, 'files.emailedStem').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  const words = [...new Set(['engagement', 'commitment', 'compromiss?o', 'التزام', ...stems])];
  commitmentWordPattern = new RegExp(
    `(?:${words.join('|')})[\\s_.-]*(?:n[°ºo.]?\\s*)?0*(\\d{1,3})(?!\\d)`,
    'i',
  );
  return commitmentWordPattern;
}
