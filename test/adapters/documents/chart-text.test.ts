/**
 * The charts' names laid out before ECharts draws them: measured as DejaVu Sans draws them
 * (checked against Chromium in status-page-charts.test.ts), on two lines before any « … ».
 */
import { expect, it } from 'vitest';
import {
  measureChartText,
  textWidth,
  wrapText,
} from '../../../src/adapters/documents/chart-text.js';

it('measures Arabic near its drawn width, not as wide as the font is high', () => {
  // Drawn 170.9 px at 12 px in DejaVu Sans (Chromium); ECharts' own guess was 348 px.
  const title = 'تعزيز حق الحصول على المعلومات';
  expect(textWidth(title, 12)).toBeGreaterThanOrEqual(171);
  expect(textWidth(title, 12)).toBeLessThan(210);
  // Accents as their letter; marks over a letter and direction controls of no width.
  expect(textWidth('Évaluation', 12)).toBe(textWidth('Evaluation', 12));
  expect(textWidth('\u2068مُكتمل\u2069', 12)).toBe(textWidth('مكتمل', 12));
  expect(measureChartText('Portail', 'bold 12px DejaVu Sans, Arial, sans-serif').width).toBeCloseTo(textWidth('Portail', 12) * 1.1);
  expect(measureChartText('Portail', '14px sans-serif').width).toBeCloseTo(textWidth('Portail', 14));
}); // prettier-ignore

it('keeps a name on one line when it fits', () => {
  expect(wrapText('3. Gestion des archives publiques', 300, 12)).toEqual({ lines: ['3. Gestion des archives publiques'], cut: false });
}); // prettier-ignore

it('breaks a name between words onto a second line rather than cutting it', () => {
  const name = "1. Sensibiliser le public au droit d'accès à l'information";
  const { lines, cut } = wrapText(name, 300, 12);
  expect(cut).toBe(false);
  expect(lines).toEqual(["1. Sensibiliser le public au droit d'accès à", "l'information"]);
  for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(300);
}); // prettier-ignore

it('cuts with « … » only a name two lines cannot hold, each line within its width', () => {
  const name = "12. Mise en œuvre de la loi organique relative à la loi de finances n° 130-13 et de ses textes d'application dans toutes les administrations";
  const { lines, cut } = wrapText(name, 300, 12);
  expect(cut).toBe(true);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/…$/);
  expect(`${lines[0]} ${lines[1]!.slice(0, -1)}`.trim()).toBe(name.slice(0, `${lines[0]} ${lines[1]!.slice(0, -1)}`.trim().length));
  for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(300);
}); // prettier-ignore

it('breaks inside a word wider than a line', () => {
  const word = 'https://transparence.example.org/donnees';
  const { lines, cut } = wrapText(word, 200, 12);
  expect(cut).toBe(false);
  expect(lines).toHaveLength(2);
  expect(lines.join('')).toBe(word);
  for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(200);
});
