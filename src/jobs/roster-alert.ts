/**
 * When the committee workbook's newest version does not pass, the run goes on with the last
 * accepted one and the secretariat is told what to fix, each problem at its sheet and cell, once
 * per set of problems (see `RosterStatus.refused.key`): saving the workbook again without fixing
 * it tells nothing new, so nothing is sent again; another mistake is told.
 */
import type { RosterStatus } from '../adapters/config/roster-config.js';
import { translate } from '../core/catalogue/render.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import type { StateStore } from '../core/run-state.js';
import { tellSecretariat, type NoticeOptions, type NoticeSent, type SecretariatNotice } from './secretariat-notice.js'; // prettier-ignore

/** The notice about a refused workbook, in the committee's language (its last accepted one's). */
export function refusedRosterNotice(
  config: CommitteeConfig,
  roster: RosterStatus,
  refused: NonNullable<RosterStatus['refused']>,
): SecretariatNotice {
  const tag = config.committee.tag;
  const accepted = roster.modifiedTime.slice(0, 10);
  const count = refused.problems.length;
  return {
    kind: 'roster-refused',
    key: refused.key,
    subject: translate(tag, 'roster-load.refusedSubject', { committee: config.committee.name }),
    lines: [
      translate(tag, 'roster-load.refusedIntro', { workbook: roster.label, count }),
      translate(tag, 'roster-load.refusedKept', { hasDate: /^\d{4}-\d\d-\d\d$/.test(accepted), accepted }), // prettier-ignore
      '',
      ...refused.problems.map((p) => `- ${p}`),
      '',
      translate(tag, 'roster-load.refusedFix'),
    ],
  };
}

/** Tells the secretariat about a refused workbook unless these problems were told already. */
export async function reportRefusedRoster(
  config: CommitteeConfig,
  roster: RosterStatus,
  store: StateStore,
  options: NoticeOptions,
): Promise<NoticeSent | null> {
  if (!roster.refused) return null;
  return tellSecretariat(config, refusedRosterNotice(config, roster, roster.refused), store, options); // prettier-ignore
}
