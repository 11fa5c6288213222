/**
 * A configuration with its xlsx sources' paths as committee.yaml and the committee workbook
 * write them: relative to the committee's folder, as `roster export` writes them. The workbook
 * refuses an absolute path (it could name any file of the machine), so a test that writes a
 * workbook from a loaded configuration (whose paths are absolute) passes it through this.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { CommitteeConfig } from '../../src/core/config-schema.js';

/** `config` with each absolute xlsx source path made relative to `dir`. */
export function asWrittenIn(config: CommitteeConfig, dir: string): CommitteeConfig {
  return {
    ...config,
    commitments: config.commitments.map((c) => {
      if (c.source?.kind !== 'xlsx' || !isAbsolute(c.source.path)) return c;
      return { ...c, source: { ...c.source, path: relative(dir, c.source.path).split(sep).join('/') } }; // prettier-ignore
    }),
  };
}
