/**
 * How the ids of statuses, levels and the template's lists read in a language: the master,
 * the status page and the open data's categories all say them so. The ids themselves
 * (`received`, `limited`, `done`) are what the code and the published files hold.
 */
import { choiceDisplay } from './template-words.js';
import { selector, translate } from './catalogue/render.js';
import type { IrmLevel } from './completion.js';
import type { SubmissionStatus } from './submission-status.js';
import type { LocaleTag } from './locale-tag.js';
import { invitationKeyOf } from './roles.js';
import type { SendKind } from './schedule.js';

/** A sheet's status (`to-fix`) as the reader's language names it (« À corriger »). */
export function statusLabel(tag: LocaleTag, status: SubmissionStatus): string {
  return translate(tag, 'values.status', { status: selector(status) });
}

/** A completion level (`limited`) as the reader's template names it (« Limité »). */
export function levelLabel(tag: LocaleTag, level: IrmLevel): string {
  return level === 'no-data' ? translate(tag, 'values.noData') : choiceLabel(tag, level);
}

/** A value of the template's fixed lists (`done`, `no-cost`) as the reader's template shows it. */
export function choiceLabel(tag: LocaleTag, value: string): string {
  return choiceDisplay(tag).get(value) ?? value;
}

/**
 * A kind of email as the calendar names it (« Relance »): an invitation to a training workshop
 * says so (« Invitation à l'atelier de formation »), not « Invitation à la réunion ».
 */
export function sendKindLabel(tag: LocaleTag, kind: SendKind, workshop = false): string {
  const id = kind === 'invitation' && workshop ? 'workshop-invitation' : kind;
  return translate(tag, 'calendar.kind', { kind: selector(id) });
}

/** Whether a delivery's key is that of a training workshop's invitation (the ledger's, a run's). */
export function isWorkshopInvitationKey(key: string): boolean {
  return key.startsWith(invitationKeyOf({ kind: 'workshop', date: '' }));
}
