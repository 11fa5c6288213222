/**
 * `schedule` names a training workshop's invitation as one (« Invitation à l'atelier de
 * formation »), in its table and in its JSON, and a meeting's as the meeting's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/run-cli.js';

const YAML = `
committee: { name: Comité OGP }
secretariat: { name: MRAFP, emails: [secretariat@example.org] }
plan: { name: Plan, start: 2018-09-01, end: 2020-08-31 }
commitments:
  - { id: 5, title: Archives, institution: Archives du Maroc, focalPoint: { name: Leila Tazi, email: leila@example.org } }
meetings:
  - { date: 2019-03-07 }
  - { kind: workshop, title: Charte graphique, date: 2019-02-13, invite: [communication-officers] }
charter:
  actionTypes:
    - { name: Atelier, indicator: Nombre de participants }
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-schedule-workshop-'));
  await writeFile(join(dir, 'committee.yaml'), YAML);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('schedule', () => {
  const range = ['--from', '2019-02-01', '--to', '2019-03-07'];
  it('names a workshop’s invitation as the workshop’s', async () => {
    const run = await cli('schedule', '--config', join(dir, 'committee.yaml'), ...range);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    const workshop = lines.filter((l) => l.includes('« Charte graphique »'));
    expect(workshop).toHaveLength(1);
    expect(workshop[0]).toMatch(/^06\/02\/2019 +09:00 +Invitation à l'atelier de formation +Invitation : atelier de formation « Charte graphique » le 13\/02\/2019 /); // prettier-ignore
    expect(lines.filter((l) => l.includes('Invitation : réunion le 07/03/2019'))[0]).toMatch(/ Invitation à la réunion +Invitation : réunion le/); // prettier-ignore
  });

  it('labels it so in its JSON', async () => {
    const run = await cli('schedule', '--config', join(dir, 'committee.yaml'), ...range, '--json');
    const { sends } = JSON.parse(run.stdout) as { sends: { kind: string; label: string; meeting?: string }[] }; // prettier-ignore
    const invitations = sends.filter((s) => s.kind === 'invitation');
    expect(invitations.map((s) => [s.meeting, s.label])).toEqual([
      ['2019-02-13', "Invitation à l'atelier de formation"],
      ['2019-03-07', 'Invitation à la réunion'],
    ]);
  });
});
