import { describe, expect, it } from 'vitest';
import { campaignRounds, currentRound } from '../../src/core/campaigns.js';
import {
  isWorkingDay,
  onOrBeforeWorkingDay,
  workingDaysBefore,
  type WorkingCalendar,
} from '../../src/core/working-days.js';
import { buildWorkingCalendar } from '../../src/core/holidays.js';
import { loadConfigFile } from '../../src/adapters/config/committee-file.js';
import { libraryCountryFacts } from '../../src/adapters/country/country-facts.js';
import { exampleConfigPath } from '../../src/adapters/local/package-files.js';

/** Morocco's calendar, with the committee's own list of holidays. */
function morocco(add: string[] = []): WorkingCalendar {
  return buildWorkingCalendar({
    country: 'MA',
    weekend: [6, 7],
    add: add.map((day) => ({ from: day, to: day })),
    remove: [],
    language: 'fr',
    facts: libraryCountryFacts,
    committeeHolidayName: 'jour férié du comité',
  });
}

describe("Morocco's working days", () => {
  it.each([
    ['2019-01-07', true, 'a Monday'],
    ['2019-01-05', false, 'a Saturday'],
    ['2019-01-06', false, 'a Sunday'],
    ['2019-01-11', false, "Manifeste de l'Indépendance (a Friday)"],
    ['2019-01-14', true, 'before the Amazigh New Year was a holiday'],
    ['2025-01-14', false, 'Amazigh New Year, from 2024'],
    ['2019-05-01', false, 'Fête du Travail'],
    ['2019-07-30', false, 'Fête du Trône'],
    ['2019-08-14', false, "Allégeance d'Oued Eddahab"],
    ['2019-08-20', false, 'Révolution du Roi et du Peuple'],
    ['2019-08-21', false, 'Fête de la Jeunesse'],
    ['2019-10-31', true, "before the Fête de l'Unité (from 2026)"],
    ['2029-10-31', false, "Fête de l'Unité"],
    ['2019-11-06', false, 'Marche Verte'],
    ['2019-11-18', false, "Fête de l'Indépendance"],
  ])('%s is worked: %s (%s)', (date, worked) => {
    expect(isWorkingDay(date, morocco())).toBe(worked);
  });

  it('counts the holidays the committee adds', () => {
    expect(isWorkingDay('2019-06-03', morocco())).toBe(true);
    expect(isWorkingDay('2019-06-03', morocco(['2019-06-03']))).toBe(false);
    expect(morocco().holidayOn('2019-11-18')?.name).toBe("Fête de l'Indépendance");
  });

  it('moves a day off to the working day before', () => {
    expect(onOrBeforeWorkingDay('2019-01-13', morocco())).toBe('2019-01-10'); // Sunday → Thursday (Friday 11 is a holiday)
    expect(onOrBeforeWorkingDay('2019-01-07', morocco())).toBe('2019-01-07');
    // Eid al-Fitr, estimated on Tuesday 4 June and the day after.
    expect(onOrBeforeWorkingDay('2019-06-05', morocco())).toBe('2019-06-03');
  });

  it('counts working days back across weekends and holidays', () => {
    expect(workingDaysBefore('2019-03-07', 5, morocco())).toBe('2019-02-28');
    expect(workingDaysBefore('2019-05-02', 5, morocco())).toBe('2019-04-24'); // 1 May skipped
    expect(workingDaysBefore('2019-01-14', 2, morocco())).toBe('2019-01-09'); // Friday 11 is a holiday
    expect(workingDaysBefore('2019-01-12', 0, morocco())).toBe('2019-01-10'); // a Saturday, moved back
  });
});

describe('campaign rounds of the 2019 example', () => {
  it('has the 09/01/2019 deadline and one round five working days before each meeting', async () => {
    const { config } = await loadConfigFile(exampleConfigPath());
    expect(
      campaignRounds(config).map((r) => [r.campaignId, r.due, r.meeting ?? null, r.opensAfter]),
    ).toEqual([
      ['fiche-communication', '2019-01-09', null, null],
      ['avant-reunion', '2019-02-28', '2019-03-07', '2019-01-09'],
      ['avant-reunion', '2019-04-24', '2019-05-02', '2019-02-28'],
      ['avant-reunion', '2019-06-27', '2019-07-04', '2019-04-24'],
      ['avant-reunion', '2019-08-29', '2019-09-05', '2019-06-27'],
      ['avant-reunion', '2019-10-24', '2019-10-31', '2019-08-29'],
    ]);
  });

  it.each([
    ['2019-01-07', '2019-01-09'],
    ['2019-01-16', '2019-01-09'], // late submissions are chased for 7 days
    ['2019-01-17', '2019-02-28'],
    ['2019-10-31', '2019-10-24'],
    ['2019-12-15', '2019-10-24'], // after the last round: the last round
  ])('on %s the round being collected is due %s', async (today, due) => {
    const { config } = await loadConfigFile(exampleConfigPath());
    expect(currentRound(config, today)?.due).toBe(due);
  });
});
