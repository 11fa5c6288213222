/**
 * The committee's history starts with the committee, not with init's starter: a command run
 * before the workbook is filled in accepts the starter (« Point focal 1 »,
 * point.focal.1@example.org, secretariat@example.org), and the secretariat filling it in then is
 * no change (« Point focal 1 → Awa Koné »); once none of the starter's placeholder people
 * remains, each change is history again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRosterFile } from '../../src/adapters/documents/roster-workbook.js';
import { render } from '../../src/core/catalogue/render.js';
import type { CommitteeConfig } from '../../src/core/config-schema.js';
import { changeLine } from '../../src/core/roster/roster-changes.js';
import { initProject } from '../../src/jobs/init-project.js';
import { loadCommitteeConfig } from '../../src/jobs/load-config.js';
import { asWrittenIn } from '../helpers/roster-as-written.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-starter-history-'));
  await initProject(dir, { country: 'CI', now: new Date('2026-12-07T09:00:00Z') });
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const yaml = () => join(dir, 'committee.yaml');
const load = (day: string) =>
  loadCommitteeConfig(yaml(), { now: new Date(`${day}T10:00:00Z`), alert: false });

async function saveWorkbook(config: CommitteeConfig, day: string): Promise<void> {
  const path = join(dir, 'comite.xlsx');
  await writeRosterFile(path, asWrittenIn(config, dir));
  const time = new Date(`${day}T09:00:00Z`);
  await utimes(path, time, time);
}

const person = (name: string) => ({
  name,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
});

/** The starter's people replaced by the committee's, its secretariat's address too. */
function filled(starter: CommitteeConfig, focal: string[]): CommitteeConfig {
  return {
    ...starter,
    secretariat: { ...starter.secretariat, emails: ['secretariat.ogp@example.org'] },
    commitments: starter.commitments.map((c, i) =>
      focal[i] ? { ...c, title: `Engagement réel ${c.id}`, focalPoint: { ...c.focalPoint, ...person(focal[i]) } } : c,
    ),
  }; // prettier-ignore
}

describe('the committee workbook’s history after init', () => {
  it('records no change while the secretariat fills in the starter, then every change', async () => {
    // A command run before anything is filled in: the starter is accepted as it is.
    const starter = (await load('2026-12-08')).config;
    expect(starter.commitments.map((c) => c.focalPoint.email)).toEqual(['point.focal.1@example.org', 'point.focal.2@example.org']);

    // Commitment 1's focal point filled in, commitment 2's still the starter's.
    await saveWorkbook(filled(starter, ['Awa Kone']), '2026-12-09');
    const first = await load('2026-12-09');
    expect(first.roster?.accepted).toEqual([]);

    // The rest filled in: still the workbook being filled, no change.
    await saveWorkbook(filled(starter, ['Awa Kone', 'Yao Kouassi']), '2026-12-10');
    const second = await load('2026-12-10');
    expect(first.config.commitments[0]?.focalPoint.email).toBe('awa.kone@example.org');
    expect([second.roster?.accepted, second.roster?.changes]).toEqual([[], []]);

    // A real change: Awa Koné replaced.
    await saveWorkbook(filled(starter, ['Mariam Traore', 'Yao Kouassi']), '2026-12-11');
    const third = await load('2026-12-11');
    expect(third.roster?.changes.map((r) => render('fr', changeLine(r)))).toEqual([
      'Engagement 1 : point focal Awa Kone (awa.kone@example.org) → Mariam Traore (mariam.traore@example.org) — modification du 11/12/2026',
    ]);
  }, 60_000); // prettier-ignore
});
