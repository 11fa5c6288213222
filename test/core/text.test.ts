import { describe, expect, it } from 'vitest';
import { hasBidiOverride, looksLikeFormula, quote, shorten } from '../../src/core/text.js';

describe('shorten', () => {
  it.each([
    ['court', 10, 'court'],
    ['exactement', 10, 'exactement'],
    ['un texte trop long', 8, 'un texte…'],
    // The 8th unit is the first half of an emoji: the cut moves before it.
    ['Atelier 🎉 fin', 9, 'Atelier …'],
    ['Atelier 🎉 fin', 10, 'Atelier 🎉…'],
    ['🇲🇦🇲🇦', 3, '🇲…'],
  ])('%j to %i units → %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
    expect(/[\ud800-\udbff]…$/.test(shorten(text, max))).toBe(false);
  });

  it('quotes a value shortened, on one line', () => {
    expect(quote(`ligne 1\r\nligne 2 ${'x'.repeat(80)}`)).toBe(
      `« ligne 1 ligne 2 ${'x'.repeat(44)}… »`,
    );
  });
});

describe('text a spreadsheet or a reader could be fooled by', () => {
  it.each([
    ['Atelier \u202efdp.exe', true],
    ['\u202dgauche à droite', true],
    ['ورشة عمل حول الحق في الحصول على المعلومات', false],
    ['Atelier \u200f(RLM)', false],
  ])('bidi override in %j: %s', (text, expected) => {
    expect(hasBidiOverride(text)).toBe(expected);
  });

  it.each([
    ['=SOMME(A1:A3)', true],
    ['+212 5 37 00 00 00', true],
    ['-10 %', true],
    ['@ministere', true],
    ['\tTab', true],
    ['Atelier = réunion', false],
  ])('%j looks like a formula: %s', (text, expected) => {
    expect(looksLikeFormula(text)).toBe(expected);
  });
}); // prettier-ignore
