/** The names of files: what a submission's name says, what the master is called. */
import { translate } from './catalogue/render.js';
import type { LocaleTag } from './locale-tag.js';

/**
 * The master tracking workbook (SPEC §5), in the output folder: one name whatever the
 * committee's language, because it is where every run finds the previous master, Drive
 * keeps its shared file (its link) by that name, history/ rotates its copies and the
 * secretariat's bookmarks point there — a name per language would leave the old file behind.
 */
export const MASTER_FILE = 'suivi-consolide.xlsx';

/** The master as it is attached to the secretariat's report, named in the committee's language. */
export function masterAttachmentName(tag: LocaleTag): string {
  return translate(tag, 'files.master');
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
