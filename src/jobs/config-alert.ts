/**
 * When the configuration kept in Firestore no longer passes, the run goes on with the last
 * valid one and the secretariat gets the problems, each with its line, once per version.
 */
import type { StoredConfig } from '../adapters/config/firestore-copy.js';
import { translate } from '../core/catalogue/render.js';
import type { CommitteeConfig } from '../core/config-schema.js';
import type { StateStore } from '../core/run-state.js';
import { tellSecretariat, type NoticeOptions, type NoticeSent, type SecretariatNotice } from './secretariat-notice.js'; // prettier-ignore

/** The notice about a refused configuration, in the committee's language (its last valid one's). */
export function refusedConfigNotice(
  config: CommitteeConfig,
  refused: NonNullable<StoredConfig['refused']>,
): SecretariatNotice {
  const tag = config.committee.tag;
  return {
    kind: 'config-refused',
    key: refused.sha256,
    subject: translate(tag, 'config.refusedSubject', { committee: config.committee.name }),
    lines: [
      translate(tag, 'config.refusedIntro', { file: refused.file, count: refused.details.length }),
      translate(tag, 'config.refusedKept'),
      '',
      ...refused.details.map((d) => `- ${d}`),
      '',
      // The command on a paragraph of its own.
      ...translate(tag, 'config.refusedFix').split('\n'),
    ],
  };
}

/** Tells the secretariat about a refused configuration unless it went already. */
export async function reportRefusedConfig(
  config: CommitteeConfig,
  refused: NonNullable<StoredConfig['refused']>,
  store: StateStore,
  options: NoticeOptions,
): Promise<NoticeSent | null> {
  return tellSecretariat(config, refusedConfigNotice(config, refused), store, options);
}
