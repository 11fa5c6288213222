/**
 * Where a committee writes its days off, as the messages that send the secretariat there say
 * it: the workbook's « Jours chômés » sheet and its columns when the committee keeps its people
 * and plan in a workbook (`roster:`), else the `holidays` section of committee.yaml. Told
 * wrong, the secretariat would type `holidays:` into a committee.yaml that may not hold it.
 */
import { translate } from '../catalogue/render.js';
import type { CommitteeConfig } from '../config-schema.js';
import { sheetName, TABLE_COLUMNS } from './roster-layout.js';

/** The words of the days-off sheet, as written in the committee's workbook. */
export interface DaysOffPlace {
  /** True when the days off are in the committee workbook's sheet, false in committee.yaml. */
  workbook: boolean;
  /** « Jours chômés ». */
  sheet: string;
  /** The columns' headers: « Du », « Au », « Nom », « Ajouté ou retiré ». */
  fromColumn: string;
  toColumn: string;
  nameColumn: string;
  changeColumn: string;
  /** The change column's two values: « Ajouté », « Retiré ». */
  added: string;
  removed: string;
}

/**
 * The days-off sheet's words for `config`, in the committee's language (the one its workbook
 * is written in, whatever language the message around them is read in).
 */
export function daysOffPlace(config: Pick<CommitteeConfig, 'roster' | 'committee'>): DaysOffPlace {
  const tag = config.committee.tag;
  const header = (field: string) =>
    TABLE_COLUMNS.daysOff.find((column) => column.field === field)?.header(tag) ?? field;
  return {
    workbook: config.roster !== undefined,
    sheet: sheetName(tag, 'daysOff'),
    fromColumn: header('from'),
    toColumn: header('to'),
    nameColumn: header('name'),
    changeColumn: header('change'),
    added: translate(tag, 'roster.change', { value: 'added' }),
    removed: translate(tag, 'roster.change', { value: 'removed' }),
  };
}
