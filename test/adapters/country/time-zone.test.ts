/**
 * A country's time zone as its people name it: IANA links several West African zones to
 * Abidjan's, and date-holidays lists that one for Senegal, Mali or Togo; CLDR names each
 * country's own (Africa/Dakar), the same clock. A zone IANA only renamed keeps today's name
 * (Asia/Kolkata, not CLDR's Asia/Calcutta); the examples' zones do not change.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../src/adapters/config/committee-file.js';
import { libraryCountryFacts } from '../../../src/adapters/country/country-facts.js';
import { NO_COUNTRY_FACTS } from '../../../src/core/holidays.js';
import { initProject } from '../../../src/jobs/init-project.js';

const zone = (country: string, subdivision?: string) =>
  libraryCountryFacts.timeZoneOf(country, subdivision);

describe('the time zone of a country', () => {
  it('is the country’s own, where IANA links it to a neighbour’s', () => {
    expect([zone('SN'), zone('ML'), zone('TG'), zone('BJ'), zone('CI')]).toEqual([
      'Africa/Dakar',
      'Africa/Bamako',
      'Africa/Lome',
      'Africa/Porto-Novo',
      'Africa/Abidjan',
    ]);
  });

  it('keeps today’s name of a zone IANA renamed, and the zones of the examples', () => {
    expect([zone('IN'), zone('VN'), zone('UA'), zone('ER')]).toEqual(['Asia/Kolkata', 'Asia/Ho_Chi_Minh', 'Europe/Kyiv', 'Africa/Asmara']);
    expect([zone('MA'), zone('MX'), zone('BR', 'SP'), zone('JO'), zone('US', 'HI')]).toEqual(['Africa/Casablanca', 'America/Mexico_City', 'America/Sao_Paulo', 'Asia/Amman', 'Pacific/Honolulu']);
    // A country the holiday source does not know: CLDR's one zone.
    expect([zone('QA'), NO_COUNTRY_FACTS.timeZoneOf('SN', undefined)]).toEqual(['Asia/Qatar', undefined]);
  }); // prettier-ignore

  it('is the one init --country SN names and writes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ogp-sn-'));
    try {
      const result = await initProject(dir, {
        country: 'SN',
        now: new Date('2026-12-02T12:00:00Z'),
      });
      expect(result.starter?.timeZone).toBe('Africa/Dakar');
      const { config } = await loadConfigFile(join(dir, 'committee.yaml'));
      expect(config.committee.timezone).toBe('Africa/Dakar');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
