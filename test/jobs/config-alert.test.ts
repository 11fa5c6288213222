/** The email telling the secretariat a configuration was refused, in the committee's language. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/adapters/config/committee-file.js';
import { packageRoot } from '../../src/adapters/local/package-files.js';
import type { CommitteeConfig } from '../../src/core/config-schema.js';
import { refusedConfigNotice } from '../../src/jobs/config-alert.js';
import { noticeEmail } from '../../src/jobs/secretariat-notice.js';

const refusedConfigEmail = (
  ...[config, refused, from]: [CommitteeConfig, Parameters<typeof refusedConfigNotice>[1], string]
) => noticeEmail(config, refusedConfigNotice(config, refused), from);

async function committee(folder: string) {
  const file = join(packageRoot(), 'examples', folder, 'committee.yaml');
  return parseConfigText(await readFile(file, 'utf8'), file).config;
}

describe('a configuration refused', () => {
  it('is told to the secretariat in the committee’s language, each problem with its line', async () => {
    const refused = { sha256: 'ab'.repeat(32), file: 'committee.yaml', details: ['committee.yaml:4:3: committee.timezone — huso horario IANA desconocido (por ejemplo America/Mexico_City)'] };
    const spanish = refusedConfigEmail(await committee('mexico-2025'), refused, 'seguimiento@example.org');
    expect(spanish.subject).toBe('Configuración rechazada — Comité Coordinador de la Alianza para el Gobierno Abierto en México');
    // After the greeting (« Buen día: ») and its blank line.
    expect(spanish.text.split('\n').slice(2, 6)).toEqual([
      'La configuración enviada (committee.yaml) no se aplica: 1 problema por corregir.',
      'La última configuración válida sigue en servicio: los envíos continúan como antes.',
      '',
      `- ${refused.details[0]}`,
    ]);
    const arabic = refusedConfigEmail(await committee('jordanie-2025'), { ...refused, details: ['a', 'b', 'c'] }, 'x@example.org');
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.text).toContain('3 مشاكل يجب تصحيحها');
  }); // prettier-ignore
});
