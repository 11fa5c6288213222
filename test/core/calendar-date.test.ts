import { describe, expect, it } from 'vitest';
import {
  formatFrenchDate,
  instantAtLocal,
  isIsoDate,
  localDateAt,
  parseNowArgument,
  serialToIsoDate,
} from '../../src/core/calendar-date.js';

const TZ = 'Africa/Casablanca';

describe('calendar dates', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [61, false, '1900-03-01'], // after the 1900 system's phantom 29 February
    [43474, false, '2019-01-09'],
    [0.999999, false, null],
    [0, true, null],
    [1, true, '1904-01-02'],
    [42012, true, '2019-01-09'],
  ])('serial %d (1904: %s) is %s', (serial, date1904, expected) => {
    expect(serialToIsoDate(serial, date1904)).toBe(expected);
  });

  it('knows real days and formats them the French way', () => {
    expect([isIsoDate('2019-02-29'), isIsoDate('2020-02-29'), isIsoDate('2019-1-9')]).toEqual([
      false,
      true,
      false,
    ]);
    expect(formatFrenchDate('2019-01-09')).toBe('09/01/2019');
  });
});

describe('the committee clock (Africa/Casablanca)', () => {
  it('is UTC+1 most of the year', () => {
    expect(instantAtLocal('2019-01-07', '09:00', TZ).toISOString()).toBe(
      '2019-01-07T08:00:00.000Z',
    );
  });

  it('is UTC+0 during Ramadan (here 2019-05-20)', () => {
    expect(instantAtLocal('2019-05-20', '09:00', TZ).toISOString()).toBe(
      '2019-05-20T09:00:00.000Z',
    );
  });

  it('gives the local calendar day of an instant', () => {
    // 23:30 UTC on 8 January is already 9 January in Casablanca (UTC+1).
    expect(localDateAt(new Date('2019-01-08T23:30:00Z'), TZ)).toBe('2019-01-09');
    expect(localDateAt(new Date('2019-05-20T23:30:00Z'), TZ)).toBe('2019-05-20');
  });

  it.each([
    ['2019-01-07T09:00', '2019-01-07T08:00:00.000Z'],
    ['2019-01-07 09:00', '2019-01-07T08:00:00.000Z'],
    ['2019-01-07', '2019-01-06T23:00:00.000Z'],
    ['2019-01-07T08:00:00Z', '2019-01-07T08:00:00.000Z'],
    ['2019-01-07T09:00:00+01:00', '2019-01-07T08:00:00.000Z'],
  ])('reads --now %s', (text, iso) => {
    expect(parseNowArgument(text, TZ)?.toISOString()).toBe(iso);
  });

  it.each(['demain', '2019-13-01', '2019-01-07T25:00', ''])('refuses --now %j', (text) => {
    expect(parseNowArgument(text, TZ)).toBeNull();
  });
});
