/**
 * Neutral ids, and what earlier versions wrote instead: the frozen table maps every old French
 * value to an id of its set, a reading kept then is read as the ids (one written since is not
 * copied), and a committee.yaml written then still loads — its completion level in French,
 * its campaign named `mise-a-jour` (the starter now writes `update`).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/adapters/config/committee-file.js';
import { exampleConfigPath } from '../../src/adapters/local/package-files.js';
import { EXAMPLE_ONE_FILE } from '../helpers/example-copy.js';
import { campaignRounds } from '../../src/core/campaigns.js';
import { IRM_LEVELS } from '../../src/core/completion.js';
import { SUBMISSION_STATUSES } from '../../src/core/consolidation.js';
import { irmLevelFrom, LEGACY_VALUES, upgradeReading } from '../../src/core/legacy-values.js';
import { starterRoster } from '../../src/core/starter-committee.js';
import type { SubmissionReading } from '../../src/core/submission.js';
import { ACTION_STATUSES, FUNDING_SOURCES } from '../../sheets-templates/vocabulary.js';
import { FRENCH_CHOICES } from '../../sheets-templates/submission-template.js';

describe('the table of old values', () => {
  it('maps each old French value to an id of its set, every id reached once', () => {
    for (const [name, table, ids] of [
      ['submissionStatuses', LEGACY_VALUES.submissionStatuses, SUBMISSION_STATUSES],
      ['irmLevels', LEGACY_VALUES.irmLevels, IRM_LEVELS],
      ['actionStatuses', LEGACY_VALUES.actionStatuses, ACTION_STATUSES],
      ['fundingSources', LEGACY_VALUES.fundingSources, FUNDING_SOURCES],
    ] as const) {
      expect(Object.values(table), name).toEqual([...ids]);
    }
    // The old values were the French template's words, in the order of the ids.
    expect(Object.keys(LEGACY_VALUES.actionStatuses)).toEqual(FRENCH_CHOICES.statuses);
    // « MRAFP », Morocco's coordinating ministry, is now « Ministère coordinateur » (still read).
    expect(Object.keys(LEGACY_VALUES.fundingSources)).toEqual(
      FRENCH_CHOICES.funding.map((w) => (w === 'Ministère coordinateur' ? 'MRAFP' : w)),
    );
    expect(Object.keys(LEGACY_VALUES.irmLevels).slice(1)).toEqual(FRENCH_CHOICES.completion);
  });
});

describe('a reading kept by an earlier version', () => {
  const reading = (status: string, funding: string | null, completion: string | null) =>
    ({
      engagement: {},
      issues: [],
      actions: [{ row: 2, ref: 'A1', status, funding, invalid: {} }],
      milestones: [{ row: 2, ref: 'J1', completion, invalid: {} }],
    }) as unknown as SubmissionReading;

  it('is read with the ids', () => {
    const upgraded = upgradeReading(reading('Reportée', 'À rechercher', 'Achevé'));
    expect([upgraded.actions[0]?.status, upgraded.actions[0]?.funding, upgraded.milestones[0]?.completion]).toEqual(['postponed', 'to-find', 'complete']);
  }); // prettier-ignore

  it('written since, is the same object: nothing copied, nothing changed', () => {
    const current = reading('done', 'partner', 'limited');
    expect(upgradeReading(current)).toBe(current);
    const empty = reading('planned', null, null);
    expect(upgradeReading(empty)).toBe(empty);
  });
});

describe('a committee.yaml written before the ids', () => {
  it('loads: its level in French is the id, its campaign `mise-a-jour` keeps its name and rounds', async () => {
    const path = exampleConfigPath();
    const text = (await readFile(EXAMPLE_ONE_FILE, 'utf8'))
      .replace('{ id: avant-reunion,', '{ id: mise-a-jour,')
      .replace(/(\n {2}- id: 2\n)/, '$1    completion: { level: Substantiel, justification: Validé en réunion }\n');
    expect(text).toContain('level: Substantiel');
    const { config } = parseConfigText(text, path);
    expect(config.commitments.find((c) => c.id === 2)?.completion).toEqual({ level: 'substantial', justification: 'Validé en réunion' });
    // The campaign's id is in each reminder's key: kept as written, so nothing is sent twice.
    expect(new Set(campaignRounds(config).map((r) => r.campaignId))).toEqual(new Set(['fiche-communication', 'mise-a-jour']));
    expect(irmLevelFrom('limited')).toBe('limited');
    expect(irmLevelFrom('Limitado')).toBe('Limitado'); // not an old value: the schema refuses it
  }); // prettier-ignore

  it('while a new committee’s starter names its campaign `update`', () => {
    const roster = starterRoster({
      country: 'MX', placeName: 'México', locale: 'es', timeZone: 'America/Mexico_City', currency: 'MXN', weekend: [6, 7],
      plan: { start: '2025-01-01', end: '2026-12-31' }, meeting: '2025-03-20',
    }); // prettier-ignore
    expect(roster.campaigns?.map((c) => c.id)).toEqual(['update']);
  });
});
