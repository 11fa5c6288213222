/** Which number formats show dates, and which instant a serial or ISO cell shows (ECMA-376). */
import { describe, expect, it } from 'vitest';
import {
  isDateFormat,
  isoCellToDate,
  serialToDate,
} from '../../../src/adapters/xlsx/number-formats.js';

const iso = (d: Date | null) => d?.toISOString().replace(/Z$/, '') ?? null;

describe('isDateFormat', () => {
  it.each([
    ['yyyy\\-mm\\-dd', true],
    ['dd/mm/yyyy', true],
    ['[$-409]d-mmm-yy;@', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['h:mm AM/PM', true],
    ['[h]:mm:ss', true],
    ['[hh]:mm', true],
    ['[mm]:ss', true],
    ['[s]', true], // elapsed seconds: a duration, shown as one
    ['[ss].00', true],
    ['D', true],
    ['S', true],
    ['General', false],
    ['0.00%', false],
    ['[Red]0.00', false],
    ['[>=100]0;[Blue]0', false],
    ['"days "0', false],
    ['\\d0', false],
    ['_h0', false], // _ pads the width of the next character
    ['*s0', false], // * repeats it
    ['#,##0_);[Red](#,##0)', false],
    ['0;"h"', false], // only the first section shows positive numbers
    ['0.00E+00', false],
    ['@', false],
  ])('%s → %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});

describe('serialToDate', () => {
  it.each([
    [1, false, '1900-01-01T00:00:00.000'], // Excel counts from 1 January 1900…
    [10.6320601851852, false, '1900-01-10T15:10:10.000'],
    [59, false, '1900-02-28T00:00:00.000'],
    [61, false, '1900-03-01T00:00:00.000'], // …and a 29 February 1900 that never was (60)
    [0.5, false, '1899-12-30T12:00:00.000'], // a time of day sits on day 0
    [43466, false, '2019-01-01T00:00:00.000'],
    [43530.4166666667, false, '2019-03-06T10:00:00.000'],
    [0, true, '1904-01-01T00:00:00.000'],
    [1, true, '1904-01-02T00:00:00.000'], // the 1904 system has no such day
    [42004, true, '2019-01-01T00:00:00.000'],
  ])('serial %d (1904: %s) shows %s', (serial, date1904, expected) => {
    expect(iso(serialToDate(serial, date1904))).toBe(expected);
  });
});

describe('isoCellToDate', () => {
  it.each([
    ['2019-03-05', false, '2019-03-05T00:00:00.000'],
    ['2019-03-05T10:30:00', false, '2019-03-05T10:30:00.000'],
    ['2019-03-05T10:30:00.250Z', false, '2019-03-05T10:30:00.250'],
    ['2019-03-05T10:30:00+01:00', false, '2019-03-05T10:30:00.000'], // the wall clock written
    ['12:30:00', false, '1899-12-30T12:30:00.000'], // a time alone sits on day 0
    ['T08:15', true, '1904-01-01T08:15:00.000'],
    ['not a date', false, null],
    ['2019-02-30', false, null],
    ['2019-03-05T25:00', false, null],
  ])('%s (1904: %s) → %s', (text, date1904, expected) => {
    expect(iso(isoCellToDate(text, date1904))).toBe(expected);
  });
});
