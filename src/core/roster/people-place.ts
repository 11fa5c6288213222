/**
 * Where a committee corrects a person's address, as the messages that send the secretariat
 * there say it: the workbook's « Personnes » sheet (a commitment's people), « Comités » (a
 * committee member) and the secretariat's addresses on the « Comité » sheet when the committee
 * keeps its people in a workbook (`roster:`), else committee.yaml. Told committee.yaml, a
 * workbook committee would edit a file that must not hold its people.
 */
import { translate } from '../catalogue/render.js';
import type { CommitteeConfig } from '../config-schema.js';
import { sheetName } from './roster-layout.js';

/** The sheets holding the people, as named in the committee's workbook. */
export interface PeoplePlace {
  /** True when the people are in the committee workbook, false in committee.yaml. */
  workbook: boolean;
  /** « Personnes »: focal points, substitutes, communication officers. */
  people: string;
  /** « Comités »: the members of the steering and implementation committees. */
  committees: string;
  /** « Comité »: the settings sheet, whose row {@link secretariatEmails} holds the secretariat's. */
  committee: string;
  /** « Courriels du secrétariat ». */
  secretariatEmails: string;
}

/**
 * The people's sheets for `config`, in the committee's language (the one its workbook is
 * written in, whatever language the message around them is read in).
 */
export function peoplePlace(config: Pick<CommitteeConfig, 'roster' | 'committee'>): PeoplePlace {
  const tag = config.committee.tag;
  return {
    workbook: config.roster !== undefined,
    people: sheetName(tag, 'people'),
    committees: sheetName(tag, 'committees'),
    committee: sheetName(tag, 'committee'),
    secretariatEmails: translate(tag, 'roster.setting', { setting: 'secretariat_emails' }),
  };
}
