/**
 * One spelling for one word in English: « pre-filled », the usual British (and Kenyan,
 * Ghanaian…) spelling, everywhere a reader meets it — init's count, the dashboard, the help, the
 * emails and the sheet itself — where « prefilled » and « pre-filled » both appeared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/adapters/local/package-files.js';

/** Every English message, its ICU argument names (`{prefilled, select, …}`) left out. */
function englishTexts(): string[] {
  const file = join(packageRoot(), 'src', 'core', 'catalogue', 'messages', 'en.json');
  const parts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
  return Object.values(parts)
    .flatMap((messages) => Object.values(messages))
    .map((text) => text.replace(/\{\s*\w+\s*,/g, '{'));
}

describe('the English catalogue', () => {
  it('spells « pre-filled » one way', () => {
    const texts = englishTexts();
    expect(texts.filter((t) => /\bprefill/i.test(t))).toEqual([]);
    expect(texts.filter((t) => /\bpre-filled\b/.test(t)).length).toBeGreaterThan(5);
  });
});
